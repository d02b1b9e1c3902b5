/**
 * The per-task table of a task list (`exec --tasks`, `exec --each`): one row per task with its
 * status, exit status, runs, duration and peak, for the terminal and the Markdown report. The
 * names are untrusted when read back from a profile: the renderers escape them.
 */
import type { ProfileTask, RunProfile } from '../profile/types.js';
import { CHART_MAX_POINTS, timeChart, type TimePoint } from './chart.js';
import { formatBytes, humanDuration } from '../shared/units.js';

/** Rows the Markdown table holds at most (every task that did not finish ok is listed first). */
export const MAX_MARKDOWN_TASK_ROWS = 1000;

/** What a status reads as in a report. */
const STATUS_TEXT: Record<ProfileTask['status'], string> = {
  ok: 'ok',
  failed: 'failed',
  'oom-killed': 'OOM-killed',
  'not-started': 'could not start',
  'not-run': 'not run',
  stopped: 'stopped',
};

export const TASK_HEADER = ['#', 'Task', 'Status', 'Exit', 'Runs', 'Duration', 'Peak'];

/** The cells of one task's row, its name left to the renderer to escape. */
export function taskCells(task: ProfileTask, index: number): { name: string; cells: string[] } {
  const ran = task.runs > 0;
  return {
    name: task.name,
    cells: [
      String(index + 1),
      '',
      STATUS_TEXT[task.status],
      task.exitStatus === null ? '—' : String(task.exitStatus),
      String(task.runs),
      ran ? humanDuration(task.durationMs) : '—',
      ran ? formatBytes(task.peakBytes) : '—',
    ],
  };
}

/** One line: how many tasks finished, failed and never ran. */
export function taskSummaryLine(profile: RunProfile): string | null {
  const tasks = profile.tasks;
  if (!tasks || tasks.length === 0) return null;
  const count = (status: ProfileTask['status']): number =>
    tasks.filter((task) => task.status === status).length;
  const parts = [`${count('ok')} of ${tasks.length} task(s) finished ok`];
  for (const status of ['failed', 'oom-killed', 'not-started', 'stopped', 'not-run'] as const)
    if (count(status) > 0) parts.push(`${count(status)} ${STATUS_TEXT[status]}`);
  return parts.join(', ');
}

/**
 * The tasks in the order the Markdown table lists them when it must be cut: every task that did
 * not finish ok first (none of them is ever left out below the cap), then the rest, in list order.
 */
export function tasksForMarkdown(
  tasks: readonly ProfileTask[],
): { task: ProfileTask; index: number }[] {
  const indexed = tasks.map((task, index) => ({ task, index }));
  if (indexed.length <= MAX_MARKDOWN_TASK_ROWS) return indexed;
  const notOk = indexed.filter(({ task }) => task.status !== 'ok');
  const ok = indexed.filter(({ task }) => task.status === 'ok');
  return [...notOk, ...ok].slice(0, MAX_MARKDOWN_TASK_ROWS).sort((a, b) => a.index - b.index);
}

/**
 * Tasks running over time, on the same time axis as the memory chart above it (the profile's
 * timeline): at each of up to CHART_MAX_POINTS even instants, how many tasks had started (their
 * first run) and not yet ended (their last run). Empty without task times.
 */
export function tasksRunningChart(profile: RunProfile): string {
  const spans = (profile.tasks ?? []).flatMap((task) =>
    task.startMs === null || task.endMs === null ? [] : [{ start: task.startMs, end: task.endMs }],
  );
  if (spans.length === 0) return '';
  const endMs = Math.max(
    profile.timeline.tMs.at(-1) ?? 0,
    ...profile.phases.map((phase) => phase.endMs),
    ...spans.map((span) => span.end),
  );
  if (endMs <= 0) return '';
  const steps = CHART_MAX_POINTS;
  const points: TimePoint[] = Array.from({ length: steps }, (_, index) => {
    const tMs = (index / (steps - 1)) * endMs;
    return { tMs, value: running(spans, tMs) };
  });
  // Short tasks between two instants are missed by the grid: their starts count too.
  for (const span of spans) points.push({ tMs: span.start, value: running(spans, span.start) });
  return timeChart({
    title: 'Tasks running',
    endMs,
    series: [{ name: 'tasks running at once', colour: 'blue', points }],
    limit: null,
    countAxis: 'tasks',
  });
}

function running(spans: readonly { start: number; end: number }[], tMs: number): number {
  return spans.filter((span) => span.start <= tMs && tMs < span.end).length;
}
