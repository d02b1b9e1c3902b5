/**
 * Product bugs the hostile-profile suite found, each as its smallest failing input, kept as
 * regression tests now that they are fixed (the property suite covers their inputs again).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { realCliDeps, terminalIo } from '../../src/cli/deps.js';
import { runCli } from '../../src/cli/main.js';
import { staticEstimate } from '../../src/estimate/choose.js';
import { estimateFromHistory } from '../../src/estimate/estimate.js';
import { detectDrift } from '../../src/drift/drift.js';
import { parseProfile, serializeProfile } from '../../src/profile/profile.js';
import type { RunProfile } from '../../src/profile/types.js';
import { renderDriftSummary } from '../../src/report/comment.js';
import { joinWithinLimit, SUMMARY_LIMIT_BYTES } from '../../src/report/markdown.js';
import { renderPostRunSummary } from '../../src/report/post-run.js';
import { group, profile } from '../support/profiles.js';
import { DEFAULT_SETTINGS } from '../support/settings.js';

const MiB = 1024 * 1024;
const NOW_MS = Date.parse('2026-11-21T10:00:00.000Z');

function estimate(profiles: RunProfile[], minSpeedupGain?: number) {
  return estimateFromHistory({
    profiles: profiles.map((entry) => ({ profile: entry, url: null })),
    phase: 'test',
    capacityMemoryLimitBytes: 16 * 1024 * MiB,
    capacityOs: 'linux',
    nowMs: NOW_MS,
    ...(minSpeedupGain === undefined ? {} : { minSpeedupGain }),
    fallback: staticEstimate(768 * MiB, 'fallback'),
  });
}

describe('regressions found by the hostile-profile suite', () => {
  // src/estimate/speedup.ts fitSpeedup: `for (workers = 2; workers <= largest * 4; workers++)`
  // stops only when one more worker gains less than min-speedup-gain; at 0 (which the input
  // allows) it never does, so the loop runs 4 × the largest worker count of any profile (the
  // schema allows 10^9): ~4 ns a step, ~17 s for one plan. Fix: cap the loop (e.g. at
  // MAX_WORKERS_CONSIDERED), or solve gain(n) = min-speedup-gain in closed form.
  it('min-speedup-gain 0: the speed-up fit stays quick whatever worker count a profile claims', () => {
    const runs = [1, 2, 30_000_000].map((workers, runId) =>
      profile([{ peakBytes: 2 * 1024 * MiB, workers, durationMs: 1_000_000 / workers }], {
        runId,
      }),
    );
    const started = performance.now();
    const result = estimate(runs, 0);
    const elapsed = performance.now() - started;
    expect(result.speedup).not.toBeNull();
    expect(elapsed).toBeLessThan(100);
  });

  // src/estimate/estimate.ts figuresFor: weight = 0.5 ** (ageDays / 7) underflows to 0 for runs
  // older than ~20.6 years (1075 half-lives); with 5+ runs the target is their weighted p90,
  // and weightedQuantile returns 0 when every weight is 0. A history whose every profile claims
  // such a start (a runner clock at the epoch, a forged or damaged profile) plans at 0 B per
  // worker: memory stops bounding the plan. Fix: weigh ages relative to the newest run, or use
  // equal weights when they sum to 0.
  it('every run dated 20+ years ago: the per-worker estimate is not 0 B', () => {
    const runs = [1, 2, 3, 4, 5].map((runId) =>
      profile([{ peakBytes: 3000 * MiB, workers: 4, perWorkerBytes: 500 * MiB }], {
        runId,
        startedAt: '2000-01-01T00:00:00.000Z',
      }),
    );
    expect(estimate(runs).perWorkerBytes).toBeGreaterThan(500 * MiB);
  });

  // src/action/post.ts writes renderPostRunSummary(profile) + '\n' + the drift summary as one
  // job summary; the first is held under 1 MiB − 1 KiB, the second has no budget (it grows
  // with the phases: ~660 B each with long escaped names), so together they pass GitHub's 1 MiB
  // per step and the runner drops the whole summary. src/action/report-mode.ts joins up to 20
  // drift summaries of a fork's profiles the same way. Fix: one budget for what a step writes
  // (fitToLimit over all the sections), or renderers that take the room left.
  it('the post step keeps its summary within 1 MiB (post-run and drift summaries together)', () => {
    const quotes = '"'.repeat(63);
    const current = profile(
      Array.from({ length: 300 }, (_, index) => ({
        name: `${index}${quotes}`,
        peakBytes: 2000 * MiB,
      })),
    );
    for (const phase of current.phases)
      phase.workerGroups = [
        group({
          name: `a${quotes}`,
          parentName: `b${quotes}`,
          workers: 4,
          perWorkerBytes: 300 * MiB,
        }),
      ];
    const parsed = parseProfile(serializeProfile(current));
    const postRun = renderPostRunSummary(parsed, { budget: DEFAULT_SETTINGS });
    const drift = renderDriftSummary(detectDrift({ current: parsed, baseline: [parsed] }));
    expect(Buffer.byteLength(postRun)).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(Buffer.byteLength(drift)).toBeLessThan(SUMMARY_LIMIT_BYTES);
    // Together they pass 1 MiB; the post step writes them through one budget.
    expect(Buffer.byteLength(`${postRun}\n${drift}`)).toBeGreaterThan(SUMMARY_LIMIT_BYTES);
    const written = joinWithinLimit([postRun, drift], SUMMARY_LIMIT_BYTES);
    expect(Buffer.byteLength(written)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(written.startsWith(postRun)).toBe(true);
    expect(written).toMatch(
      /1 section\(s\) left out to stay within GitHub.s 1 MiB job-summary limit/,
    );
  });

  // src/history/load.ts loadHistoryFromDirectory: a skipped file's reason is `${file}: ...`
  // with the path as it is, and the CLI prints each note as `note: ...`. A file name with a
  // line break splits the note, and the second line reads as anything the name says (inert
  // still: no workflow command gets through). Fix: quote the path (quoteUntrusted) in the
  // reason, or fold notes to one line where the CLI prints them.
  describe('a history file named with a line break', () => {
    const root = mkdtempSync(join(tmpdir(), 'rp-known-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const history = join(root, 'history');
    mkdirSync(history);
    writeFileSync(join(history, 'a\nwarning: forged.json'), 'not a profile');
    writeFileSync(
      join(history, 'b.json'),
      serializeProfile(profile([{ peakBytes: 2 * 1024 * MiB }], { runId: 2 })),
    );

    it('keeps its note on one line (the path is quoted)', async () => {
      let output = '';
      const deps = realCliDeps();
      deps.io = terminalIo(
        {},
        {
          stdout: (text) => void (output += text),
          stderr: (text) => void (output += text),
        },
      );
      expect(await runCli(['plan', '--history', history], deps)).toBe(0);
      expect(output).toContain('forged.json');
      expect(output).not.toMatch(/^warning: forged/m);
    });
  });
});
