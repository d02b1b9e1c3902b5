import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/config/inputs.js';
import { parseProfile, serializeProfile } from '../../src/profile/profile.js';
import type { ProfileTask, RunProfile } from '../../src/profile/types.js';
import { renderPostRunSummary } from '../../src/report/post-run.js';
import {
  MAX_MARKDOWN_TASK_ROWS,
  tasksForMarkdown,
  tasksRunningChart,
} from '../../src/report/tasks.js';
import { renderTerminalReport } from '../../src/report/terminal.js';
import { MiB } from '../../src/shared/units.js';
import { profile } from '../support/profiles.js';

const task = (name: string, extra: Partial<ProfileTask> = {}): ProfileTask => ({
  name,
  status: 'ok',
  exitStatus: 0,
  runs: 1,
  durationMs: 1200,
  peakBytes: 300 * MiB,
  peakUnsharedBytes: null,
  startMs: 0,
  endMs: 1200,
  ...extra,
});
const withTasks = (tasks: ProfileTask[]): RunProfile => ({
  ...profile([{ name: 'default', peakBytes: 600 * MiB, workers: 2 }]),
  tasks,
});
const budget = parseInputs(() => '').plan;

describe('the tasks of a task list in a profile', () => {
  it('round-trips through the schema, and a profile without tasks stays valid', () => {
    const tasks = [
      task('npm#0123456789ab'),
      task('make#ba9876543210', { status: 'oom-killed', exitStatus: 137, runs: 2 }),
    ];
    expect(parseProfile(serializeProfile(withTasks(tasks))).tasks).toEqual(tasks);
    expect(parseProfile(serializeProfile(profile([{ peakBytes: MiB }]))).tasks).toBeUndefined();
  });

  it.each([
    ['an unknown status', [{ ...task('a'), status: 'exploded' }]],
    ['a name past 256 characters', [task('x'.repeat(257))]],
    ['a negative peak', [task('a', { peakBytes: -1 })]],
    ['an argument field', [{ ...task('a'), argv: ['--token=secret'] }]],
  ])('refuses %s', (_, tasks) => {
    const text = serializeProfile({ ...withTasks([]), tasks: tasks as ProfileTask[] });
    expect(() => parseProfile(text)).toThrow(/does not match the schema/);
  });
});

describe('the per-task table', () => {
  const tasks = [
    task('npm#0123456789ab'),
    task('evil|name\n@admin #12', { status: 'failed', exitStatus: 3 }),
    task('sleep#ffffffffffff', { status: 'not-run', exitStatus: null, runs: 0, peakBytes: 0 }),
  ];

  it('lists every task in the terminal report, in order, names on one line', () => {
    const text = renderTerminalReport(withTasks(tasks), { budget, colour: false, width: 100 });
    expect(text).toMatch(/Tasks: 1 of 3 task\(s\) finished ok, 1 failed, 1 not run/);
    expect(text).toMatch(/^ +1 +npm#0123456789ab +ok +0 +1 +1\.2 s +300 MiB$/m);
    expect(text).toMatch(/^ +2 +evil\|name @admin #12 +failed +3 +1 /m);
    expect(text).toMatch(/^ +3 +sleep#ffffffffffff +not run +— +0 +— +—$/m);
  });

  it('escapes names in the Markdown table: one row per task, no mention, no broken cell', () => {
    const markdown = renderPostRunSummary(withTasks(tasks), { budget });
    expect(markdown).toContain('**Tasks**: 1 of 3 task(s) finished ok, 1 failed, 1 not run.');
    const rows = markdown.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows).toHaveLength(3);
    expect(rows[1]).not.toContain('@admin');
    expect(rows[1]?.split(/(?<!\\)\|/).length).toBe(9);
  });

  it('cuts the Markdown table at its cap, keeping every task that did not finish ok', () => {
    const many = Array.from({ length: MAX_MARKDOWN_TASK_ROWS + 50 }, (_, index) =>
      task(
        `t#${String(index).padStart(12, '0')}`,
        index % 400 === 399 ? { status: 'failed', exitStatus: 1 } : {},
      ),
    );
    const shown = tasksForMarkdown(many);
    expect(shown).toHaveLength(MAX_MARKDOWN_TASK_ROWS);
    expect(shown.filter(({ task: entry }) => entry.status === 'failed')).toHaveLength(
      many.filter((entry) => entry.status === 'failed').length,
    );
    expect(shown.map(({ index }) => index)).toEqual(
      [...shown.map(({ index }) => index)].sort((a, b) => a - b),
    );
    expect(renderPostRunSummary(withTasks(many), { budget })).toContain(
      '50 more task(s) that finished ok are in the profile.',
    );
  });
});

describe('tasksRunningChart', () => {
  it('draws how many tasks ran at once on a time axis, from each task start to its end', () => {
    // 0–4 s: a; 1–3 s: b (2 at once); 5–6 s: c; d never ran.
    const chartOf = tasksRunningChart(
      withTasks([
        task('a', { startMs: 0, endMs: 4000 }),
        task('b', { startMs: 1000, endMs: 3000 }),
        task('c', { startMs: 5000, endMs: 6000 }),
        task('d', { status: 'not-run', runs: 0, exitStatus: null, startMs: null, endMs: null }),
      ]),
    );
    expect(chartOf).toContain('xychart-beta');
    expect(chartOf).toContain('title "Tasks running"');
    expect(chartOf).toContain('y-axis "tasks"');
    const values = (/\n {2}line \[([^\]]+)\]/.exec(chartOf)?.[1] ?? '').split(', ').map(Number);
    expect(Math.max(...values)).toBe(2);
    expect(values.at(-1)).toBe(0);
    expect(values).toContain(1);
  });

  it('draws nothing without task times', () => {
    expect(tasksRunningChart(withTasks([task('a', { startMs: null, endMs: null })]))).toBe('');
    expect(tasksRunningChart(withTasks([]))).toBe('');
  });
});
