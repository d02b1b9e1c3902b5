import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { detectDrift } from '../../src/drift/drift.js';
import { markerFor, renderDriftComment } from '../../src/report/comment.js';
import { escapeMarkdownText, escapeMermaidLabel } from '../../src/report/escape.js';
import { renderPostRunSummary } from '../../src/report/post-run.js';
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

  it('keeps dollar signs from opening GitHub math ($…$, $$…$$)', () => {
    // GitHub renders LaTeX between dollar signs in comments; an escaped `\$` is a plain dollar.
    expect(escapeMarkdownText('$\\huge PWNED$ $$x$$')).toBe('\\$\\\\huge PWNED\\$ \\$\\$x\\$\\$');
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
    expect(comment).toContain('**peak +50%**: 600 MiB → 900 MiB');

    const summary = renderPostRunSummary(current, { budget: DEFAULT_SETTINGS });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1_048_576);
    expect(summary).toContain('resource-planner: peak 900 MiB of the 16 GiB limit');
  });
});
