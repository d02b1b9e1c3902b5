/**
 * Injection strings through every renderer that takes untrusted text and through the log path.
 * Each string is used as a worker, profile, phase, process, parent, event, workflow and job
 * name; the Markdown must stay inert (no HTML, links, mentions, references, hidden or
 * reordering characters, broken tables) and no log line may read as a workflow command.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { terminalIo } from '../../src/cli/deps.js';
import { detectDrift } from '../../src/drift/drift.js';
import { staticEstimate } from '../../src/estimate/choose.js';
import { planWorkers } from '../../src/plan/planner.js';
import { probeCapacity } from '../../src/probe/probe.js';
import type { RunProfile } from '../../src/profile/types.js';
import { barChart, timeChart } from '../../src/report/chart.js';
import { renderDriftComment, renderDriftSummary } from '../../src/report/comment.js';
import { escapeMarkdownText, escapeMermaidLabel } from '../../src/report/escape.js';
import { memoryChart, renderPostRunSummary } from '../../src/report/post-run.js';
import { renderPreRunSummary } from '../../src/report/pre-run.js';
import { testStep } from '../harness/step-runner.js';
import { group, profile } from '../support/profiles.js';
import { DEFAULT_SETTINGS } from '../support/settings.js';

const MiB = 1024 * 1024;

export const INJECTIONS: readonly string[] = [
  // Mentions and references
  '@user',
  '@org/team',
  'cc @octocat, please',
  'mail foo@bar.com',
  '#1',
  'fixes #123',
  'owner/repo#1',
  'owner/repo@abc1234',
  // HTML
  '<img src=x onerror=alert(1)>',
  '<IMG SRC=x>',
  '<script>alert(1)</script>',
  '<details open><summary>x</summary>',
  '</details></table>',
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)>',
  '<iframe src=//evil.example>',
  '<!-- x --> --> <!--',
  '&lt;script&gt; &amp;',
  // Markdown
  '[link](https://evil.example)',
  '![img](https://evil.example/x.png)',
  '[ref]: https://evil.example',
  '<https://evil.example>',
  'https://evil.example/x',
  'www.evil.example',
  '| a | b |',
  'a|b|c',
  '\\|',
  'x\\',
  '```\ncode\n```',
  '~~~',
  '`code`',
  '# Heading',
  '## h',
  '> quote',
  '- item',
  '1. item',
  '*em* **strong** _u_ ~~s~~',
  '---',
  '=== setext',
  // Workflow commands
  '::error::PWN',
  '::set-output name=x::y',
  '::add-mask::secret',
  '::stop-commands::tok',
  '::tok::',
  '##[error]x',
  '##[set-env name=X]y',
  '##vso[task.setvariable variable=x]y',
  '  ::error::leading spaces',
  '\t::warning::leading tab',
  'x\r::error::after CR',
  'x\n::error::after LF',
  'x\r\n::error::after CRLF',
  'x\u2028::error::after LS',
  'x\u2029::error::after PS',
  'x\u0085::error::after NEL',
  '\u00a0::error::after NBSP',
  '\ufeff::error::after BOM',
  '\u200b::error::after ZWSP',
  '%0A::error::encoded',
  'x::error::mid-line',
  // Bidi and zero-width characters
  'abc\u202edef.exe',
  '\u2066isolate\u2069',
  '\u200eLRM\u200fRLM',
  'ALM\u061c',
  'a\u202ab\u202bc\u202cd\u202de',
  'a\u2067b\u2068c',
  'zero\u200bwidth',
  'non\u200cjoiner',
  'joiner\u200d',
  'word\u2060joiner',
  'bom\ufeff',
  'soft\u00adhyphen',
  // Controls and sizes
  'nul\u0000byte',
  'esc\u001b[31mred',
  'bell\u0007',
  'del\u007f',
  'c1\u009b31m',
  'x'.repeat(5000),
  '@'.repeat(300),
  `${'#1 '.repeat(200)}`,
];

/** The characters no untrusted text may bring into the Markdown raw: controls but LF, bidi, zero-width. */
const HIDDEN = /(?!\n)[\p{Cc}\p{Bidi_Control}\u00ad\u200b-\u200d\u2028\u2029\u2060\ufeff]/u;
/** What the log shows escaped: controls (TAB kept), bidi controls, line and paragraph separators. */
const LOG_HIDDEN = /(?!\t)[\p{Cc}\p{Bidi_Control}\u2028\u2029]/u;

/** .NET `Trim` removes Unicode white space (NEL included); JavaScript's trim is close enough. */
function readsAsCommand(line: string): boolean {
  return line.replace(/^[\s\u0085]+/, '').startsWith('::') || line.includes('##[');
}

/** Markdown outside fenced code blocks (GitHub links nothing inside them). */
function outsideFences(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '');
}

/** A GFM table row's cells: `|` separates unless backslash-escaped. */
function cellCount(row: string): number {
  let cells = 0;
  for (let index = 0; index < row.length; index++) {
    if (row[index] === '\\') index++;
    else if (row[index] === '|') cells++;
  }
  return cells - 1;
}

/** Every check on a rendered Markdown document. */
function expectInertMarkdown(markdown: string, label: string): void {
  const lines = markdown.split(/\r\n|\r|\n/);
  for (const line of lines) expect(readsAsCommand(line), `${label}: ${line}`).toBe(false);
  expect(markdown, label).not.toMatch(/<(script|img|svg|iframe|a[\s>])/i);
  // Only our own zero-width joiner, right after `@` or `#`, may stay; nothing else hidden.
  expect(markdown.replace(/[@#]\u200d/g, ''), label).not.toMatch(HIDDEN);
  // Numeric character references (`&#58;`) are escapes, not issue references.
  const text = outsideFences(markdown).replace(/&#\d+;/g, '');
  expect(text, label).not.toMatch(/@(?!\u200d)[\w-]/);
  expect(text, label).not.toMatch(/#(?!\u200d)\d/);
  expect(text, label).not.toMatch(/\]\(|!\[/);
  // Tables: every row has as many cells as the header.
  let header: number | null = null;
  for (const line of lines) {
    if (!line.startsWith('|')) {
      header = null;
      continue;
    }
    const count = cellCount(line);
    if (header === null) header = count;
    expect(count, `${label}: ${line}`).toBe(header);
  }
}

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

function preRun(name: string): string {
  const estimate = {
    ...plan.estimate,
    source: 'history' as const,
    historyRuns: 3,
    workerName: name,
    notes: [name],
  };
  return renderPreRunSummary({ capacity, plan: { ...plan, estimate }, profileName: name });
}

/** A profile whose every name is `name`: phases, process and parent, event detail, run names. */
function hostileProfile(name: string, runId = 9, peakMiB = 1300): RunProfile {
  const current = profile(
    [
      { name, peakBytes: peakMiB * MiB, workers: 4, perWorkerBytes: 300 * MiB },
      { name: `${name} 2`, peakBytes: peakMiB * MiB, workers: 2, perWorkerBytes: 300 * MiB },
    ],
    { runId },
  );
  for (const phase of current.phases) {
    phase.oomKills = 1;
    phase.pressureMaxAvg10 = 50;
    phase.workerGroups = [
      group({ name, parentName: name, workers: 4, perWorkerBytes: 300 * MiB }),
      group({ name: `${name}-b`, parentName: null, workers: 2, perWorkerBytes: 200 * MiB }),
    ];
  }
  current.run.workflow = name;
  current.run.job = name;
  current.events = [{ tMs: 0, kind: 'sigkill', phase: name, detail: name, value: null }];
  return current;
}

function postRun(name: string): string {
  return renderPostRunSummary(hostileProfile(name), {
    budget: DEFAULT_SETTINGS,
    notes: [name],
  });
}

function drift(name: string): { comment: string; summary: string } {
  const current = hostileProfile(name);
  const baseline = [1, 2, 3].map((runId) => hostileProfile(name, runId, 1000));
  const report = detectDrift({ current, baseline });
  return {
    comment: renderDriftComment({
      report,
      current,
      identity: { workflow: name, job: name, matrixKey: name },
      runUrl: null,
    }),
    summary: renderDriftSummary(report),
  };
}

describe('injection strings', () => {
  it('are at least 50', () => {
    expect(INJECTIONS.length).toBeGreaterThanOrEqual(50);
  });

  describe.each(INJECTIONS.map((text) => [JSON.stringify(text).slice(0, 60), text]))(
    '%s',
    (_label, text) => {
      it('stays inert in the pre-run summary', () => expectInertMarkdown(preRun(text), 'pre-run'));
      it('stays inert in the post-run summary', () =>
        expectInertMarkdown(postRun(text), 'post-run'));
      it('stays inert in the drift comment and summary', () => {
        const { comment, summary } = drift(text);
        expectInertMarkdown(comment, 'comment');
        expectInertMarkdown(summary, 'drift summary');
      });
      it('stays inert in chart labels', () => {
        const time = timeChart({
          title: text,
          endMs: 1000,
          series: [{ name: 'job', colour: 'red', points: [{ tMs: 0, value: 1 }] }],
          limit: null,
        });
        const bars = barChart({
          title: text,
          series: [{ name: 'this run', colour: 'red', short: 'now' }],
          groups: [
            { label: text, values: [1] },
            { label: text, values: [2] },
          ],
        });
        const chart = `${memoryChart(hostileProfile(text))}\n${time}\n${bars}`;
        expectInertMarkdown(chart, 'chart');
        const label = escapeMermaidLabel(text);
        expect(label).not.toMatch(/["'`[\]{}();:#%<>\\|\r\n]/);
        expect(label).not.toMatch(HIDDEN);
      });
      it('stays inert in the log of the action', () => {
        const { runner, written } = testStep();
        runner.info(`History: ${text}`);
        runner.info(text);
        runner.warning(text, { title: text });
        runner.notice(text);
        runner.error(`Could not read ${text}`);
        runner.setFailed(text);
        const [, , ...annotations] = written;
        for (const line of written
          .slice(0, 2)
          .join('')
          .split(/\r\n|\r|\n/))
          expect(readsAsCommand(line), line).toBe(false);
        for (const annotation of annotations) {
          const lines = annotation.split(/\r\n|\r|\n/);
          expect(lines, annotation).toHaveLength(2);
          const data = /^::(?:notice|warning|error)(?: [^:]*)?::(.*)$/.exec(lines[0] ?? '')?.[1];
          expect(data, annotation).toBeDefined();
          expect(data).not.toMatch(/%0A|%0D|##\[/i);
          expect(data).not.toMatch(LOG_HIDDEN);
        }
      });
      it('stays inert in the output of the CLI', () => {
        let out = '';
        const io = terminalIo(
          {},
          { stdout: (chunk) => void (out += chunk), stderr: (chunk) => void (out += chunk) },
        );
        io.stderr(`note: ${text}\n`);
        io.stdout(postRun(text));
        io.stdout(`${text}`);
        io.stdout(`${text}\n`);
        for (const line of out.split(/\r\n|\r|\n/)) expect(readsAsCommand(line), line).toBe(false);
        expect(out.replace(/\n/g, '')).not.toMatch(LOG_HIDDEN);
      });
    },
  );
});

describe('escapeMarkdownText shows hidden characters', () => {
  it.each([
    ['abc\u202edef', 'abc\\\\u202Edef'],
    ['a\u200bb', 'a\\\\u200Bb'],
    ['nul\u0000', 'nul\\\\u0000'],
    ['soft\u00adhyphen', 'soft\\\\u00ADhyphen'],
    ['c1\u009b', 'c1\\\\u009B'],
    ['line\nbreak\ttab', 'line break tab'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdownText(input)).toBe(expected);
  });

  it('in Mermaid labels as U+XXXX', () => {
    expect(escapeMermaidLabel('abc\u202edef')).toBe('abc U+202E def');
  });
});

const hasCmark = spawnSync('cmark-gfm', ['--version']).status === 0;

describe.skipIf(!hasCmark)('rendered by cmark-gfm (GitHub settings)', () => {
  const render = (markdown: string): string =>
    spawnSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'tagfilter'], {
      input: markdown,
      encoding: 'utf8',
    }).stdout;

  it('has no HTML, links or images from any injection string, and whole tables', () => {
    const names = INJECTIONS.filter((text) => text.length < 200);
    const documents = names.flatMap((text) => [preRun(text), postRun(text), drift(text).comment]);
    const html = render(documents.join('\n\n---\n\n'));
    expect(html).not.toMatch(/<(script|img|svg|iframe)/i);
    expect(html).not.toMatch(/<a\s/i);
    expect(html).not.toMatch(/\u202e|\u2066|\u200b/);
    const tables = html.match(/<table>[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBeGreaterThan(names.length);
    for (const table of tables) {
      const header = table.match(/<th[ >]/g)?.length ?? 0;
      for (const row of table.match(/<tbody>[\s\S]*?<\/tbody>/)?.[0].match(/<tr>[\s\S]*?<\/tr>/g) ??
        [])
        expect(row.match(/<td[ >]/g)?.length, row).toBe(header);
    }
  });
});
