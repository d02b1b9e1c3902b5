import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDrift } from '../../src/drift/drift.js';
import { staticEstimate } from '../../src/estimate/choose.js';
import { planWorkers } from '../../src/plan/planner.js';
import { probeCapacity } from '../../src/probe/probe.js';
import { markerFor, renderDriftComment, renderDriftSummary } from '../../src/report/comment.js';
import { escapeMarkdownText, escapeMermaidLabel } from '../../src/report/escape.js';
import { renderPostRunSummary } from '../../src/report/post-run.js';
import { renderPreRunSummary } from '../../src/report/pre-run.js';
import { inertText } from '../../src/shared/inert-text.js';
import { group, profile } from '../support/profiles.js';
import { DEFAULT_SETTINGS } from '../support/settings.js';

const MiB = 1024 * 1024;
const HOSTILE = '|@org/team <img src=x> #1 `x` \n::error::x';
const hasCmark = spawnSync('cmark-gfm', ['--version']).status === 0;
if (!hasCmark) console.log('cmark-gfm is not installed: skipping the GFM rendering checks.');

/** GitHub's renderer settings: GFM tables, autolinks and the tag filter. */
function render(markdown: string): string {
  return spawnSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'tagfilter'], {
    input: markdown,
    encoding: 'utf8',
  }).stdout;
}

function hostileProfile() {
  const current = profile(
    [{ name: 'test', peakBytes: 1300 * MiB, workers: 4, perWorkerBytes: 300 * MiB }],
    { runId: 9 },
  );
  const phase = current.phases[0];
  if (phase)
    phase.workerGroups = [
      group({ name: HOSTILE, parentName: HOSTILE, workers: 4, perWorkerBytes: 300 * MiB }),
    ];
  return current;
}

describe('escaping untrusted text', () => {
  it('leaves no markup, mention, reference or command in a hostile name', () => {
    const escaped = escapeMarkdownText(HOSTILE);
    expect(escaped).not.toMatch(/[<>\n]|(?<!\\)[|`]/);
    expect(escaped).not.toMatch(/@org/);
    expect(escaped).not.toMatch(/#1/);
    expect(escaped).not.toContain('::');
    expect(escapeMermaidLabel('a "b" [c]; %%d')).toBe('a b c d');
  });

  it.skipIf(!hasCmark)('renders a hostile process name as inert text in one table cell', () => {
    const current = hostileProfile();
    const html = render(renderPostRunSummary(current, { budget: DEFAULT_SETTINGS }));
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<script/i);
    const rows =
      /<th>Process<\/th>[\s\S]*?<\/table>/.exec(html)?.[0].match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.match(/<td[ >]/g)).toHaveLength(8);
    // The text survives, made inert: `@` and `#` carry a zero-width joiner, `<` is an entity.
    expect(html).toContain('@\u200dorg/team &lt;img src=x&gt; #\u200d1');
    const baseline = [1, 2, 3].map((runId) => profile([{ peakBytes: 1000 * MiB }], { runId }));
    const comment = renderDriftComment({
      report: detectDrift({ current, baseline }),
      current,
      identity: { workflow: HOSTILE, job: HOSTILE, matrixKey: HOSTILE },
      runUrl: null,
    });
    expect(
      comment.startsWith(markerFor({ workflow: HOSTILE, job: HOSTILE, matrixKey: HOSTILE })),
    ).toBe(true);
    expect(comment.split('\n')[0]).toMatch(/^<!-- resource-planner:v1 key=[0-9a-f]{64} -->$/);
    const commentHtml = render(comment);
    expect(commentHtml).not.toMatch(/<img/i);
    expect(commentHtml).not.toMatch(/(^|[^\u200d])@org/);
  });

  it('keeps untrusted text from issuing workflow commands in the log', () => {
    for (const line of inertText(HOSTILE).split('\n'))
      expect(line.trim().startsWith('::')).toBe(false);
  });
});

describe('size limits', () => {
  it('keeps a comment of 200 phases × 50 worker groups within 65,536 characters, marker first', () => {
    const phases = Array.from({ length: 200 }, (_, index) => ({
      name: `phase-${index}-${'x'.repeat(40)}`,
      peakBytes: 900 * MiB,
    }));
    const current = profile(phases);
    for (const phase of current.phases) {
      phase.workerGroups = Array.from({ length: 50 }, (_, index) =>
        group({ name: `worker-${index}-${'y'.repeat(60)}`, workers: 2, perWorkerBytes: 100 * MiB }),
      );
    }
    const baseline = [1, 2, 3].map((runId) =>
      profile(
        phases.map((phase) => ({ ...phase, peakBytes: 600 * MiB })),
        { runId },
      ),
    );
    const identity = { workflow: 'CI', job: 'test', matrixKey: null };
    const comment = renderDriftComment({
      report: detectDrift({ current, baseline }),
      current,
      identity,
      runUrl: null,
    });
    expect(comment.length).toBeLessThanOrEqual(65_536);
    expect(comment.startsWith(markerFor(identity))).toBe(true);
    expect(comment).toContain('Peak memory drifted up');

    const summary = renderPostRunSummary(current, { budget: DEFAULT_SETTINGS });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1_048_576);
    expect(summary).toContain('memory report');
  });
});

/**
 * Rendered examples, committed so a reader sees the reports without running anything. A missing
 * or different file fails the test; UPDATE_EXAMPLES=1 writes them.
 */
describe('rendered examples', () => {
  const directory = new URL('./examples/', import.meta.url).pathname;
  const check = (name: string, markdown: string): void => {
    const path = `${directory}${name}`;
    if (process.env.UPDATE_EXAMPLES === '1' || !existsSync(path)) {
      if (process.env.UPDATE_EXAMPLES !== '1')
        throw new Error(`${name} is missing: run with UPDATE_EXAMPLES=1`);
      mkdirSync(directory, { recursive: true });
      writeFileSync(path, markdown);
    }
    expect(markdown).toBe(readFileSync(path, 'utf8'));
  };

  const capacity = probeCapacity({
    root: '/nonexistent',
    platform: 'darwin',
    os: {
      platform: 'darwin',
      arch: 'arm64',
      totalMemoryBytes: 14 * 1024 * MiB,
      freeMemoryBytes: 10 * 1024 * MiB,
      logicalCpus: 3,
      availableParallelism: 3,
      cpuModel: 'Example',
    },
  });
  const plan = planWorkers({
    capacity,
    settings: DEFAULT_SETTINGS,
    estimate: staticEstimate(768 * MiB, 'fallback'),
  });

  it('pre-run advisory', () =>
    check('pre-run.md', renderPreRunSummary({ capacity, plan, profileName: 'test' })));
  it('post-run advisory', () =>
    check(
      'post-run.md',
      renderPostRunSummary(
        profile([
          { name: 'build', peakBytes: 900 * MiB, workers: 2 },
          { name: 'test', peakBytes: 1500 * MiB, workers: 4, oomKills: 1 },
        ]),
        { budget: DEFAULT_SETTINGS },
      ),
    ));
  it('drift comment', () => {
    const baseline = [1, 2, 3, 4, 5].map((runId) =>
      profile([{ peakBytes: (1000 + runId * 5) * MiB }], { runId }),
    );
    const current = profile([{ peakBytes: 1300 * MiB }]);
    const report = detectDrift({ current, baseline });
    check(
      'drift-comment.md',
      renderDriftComment({
        report,
        current,
        identity: { workflow: 'CI', job: 'test', matrixKey: null },
        runUrl: 'https://github.com/octo/app/actions/runs/9',
      }),
    );
    check('drift-summary.md', renderDriftSummary(report));
  });
});
