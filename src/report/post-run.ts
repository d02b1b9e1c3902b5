/**
 * The post-run report in the job summary: a headline with the job's peak against its limit,
 * notes that are worth acting on (each saying what to do), what this run alone would justify,
 * a chart of memory over time, and the detail tables collapsed. Pure; every string from the
 * profile is escaped.
 */
import { advisePhase, type PhaseAdvice } from '../plan/advisory.js';
import { memoryBudgetBytes, resolveReserve } from '../plan/budget.js';
import type { PlanSettings } from '../plan/types.js';
import type { PhaseProfile, RunProfile } from '../profile/types.js';
import { formatBytes, humanDuration } from '../shared/units.js';
import { chartNumber, timeAxisFor, timeChart } from './chart.js';
import { escapeMarkdownText, escapeTableCell } from './escape.js';
import { details, fitToLimit, SUMMARY_LIMIT_BYTES, table, type Section } from './markdown.js';
import {
  TASK_HEADER,
  taskCells,
  taskSummaryLine,
  tasksForMarkdown,
  tasksRunningChart,
} from './tasks.js';

const TOP_GROUPS = 10;
/** A peak at or above this share of the limit leaves too little headroom to ignore. */
export const NEAR_LIMIT_SHARE = 0.9;
/** PSI `some avg10` (percent) from which waiting on memory costs noticeable time. */
export const PRESSURE_NOTE_PERCENT = 10;

function orDash(bytes: number | null): string {
  return bytes === null ? '—' : formatBytes(bytes);
}

export function share(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—';
}

function plural(count: number, word: string): string {
  if (count === 1) return `${count} ${word}`;
  return `${count} ${word}${word.endsWith('s') ? 'es' : 's'}`;
}

/**
 * How the words of the headline, the notes and the advisory are marked up: Markdown for the job
 * summary, plain (optionally bold) text for the terminal (./terminal.ts). Each function makes
 * untrusted text safe for its medium.
 */
export interface NoteStyle {
  /** A phase's name, emphasised. */
  phase(name: string): string;
  /** Other untrusted text (a process name), cut to `maxLength`. */
  text(value: string, maxLength: number): string;
  /** A figure to stand out (the advisory's count). */
  strong(value: string): string;
  /** A flag or setting to type (`max-workers`). */
  code(value: string): string;
}

export const MARKDOWN_STYLE: NoteStyle = {
  phase: (name) => `**${escapeMarkdownText(name, 64)}**`,
  text: (value, maxLength) => escapeMarkdownText(value, maxLength),
  strong: (value) => `**${value}**`,
  code: (value) => `\`${value}\``,
};

function phaseName(phase: { name: string }): string {
  return MARKDOWN_STYLE.phase(phase.name);
}

/** The phase with the highest peak (the first on a tie), or null without phases. */
function peakPhase(profile: RunProfile): PhaseProfile | null {
  return profile.phases.reduce<PhaseProfile | null>(
    (best, phase) =>
      best === null || phase.treeRss.peakBytes > best.treeRss.peakBytes ? phase : best,
    null,
  );
}

/** `peak 2.2 GiB of the 7 GiB limit (31%) in **test**, no OOM kill`, or the OOM kills first. */
export function postRunHeadline(profile: RunProfile, style: NoteStyle = MARKDOWN_STYLE): string {
  const phaseName = (phase: { name: string }): string => style.phase(phase.name);
  const limit = profile.host.memoryLimitBytes;
  const top = peakPhase(profile);
  if (profile.sampler.samples === 0 || top === null)
    return 'no memory samples were recorded in this job';
  const oomKills = profile.phases.reduce((sum, phase) => sum + phase.oomKills, 0);
  const peak = `peak ${formatBytes(top.treeRss.peakBytes)} of the ${formatBytes(limit)} limit (${share(top.treeRss.peakBytes, limit)}) in ${phaseName(top)}`;
  const heapDeaths = profile.phases.reduce((sum, phase) => sum + (phase.heapLimitKills ?? 0), 0);
  if (oomKills === 0 && heapDeaths === 0) return `${peak}, no OOM kill`;
  const where = (lost: (phase: PhaseProfile) => boolean): string =>
    profile.phases.length > 1 ? ` in ${profile.phases.filter(lost).map(phaseName).join(', ')}` : '';
  const losses = [
    ...(oomKills > 0
      ? [`${plural(oomKills, 'process')} OOM-killed${where((phase) => phase.oomKills > 0)}`]
      : []),
    ...(heapDeaths > 0
      ? [
          `${plural(heapDeaths, 'Node process')} out of heap${where((phase) => (phase.heapLimitKills ?? 0) > 0)}`,
        ]
      : []),
  ];
  return `⛔ ${losses.join(', ')}; ${peak}`;
}

function limitedByText(advice: PhaseAdvice, cpus: number, cpusPerWorker: number): string {
  switch (advice.limitedBy) {
    case 'cpu':
      return `CPUs: ${cpus} ÷ ${cpusPerWorker} per worker`;
    case 'max-workers':
      return 'max-workers';
    case 'oom':
      return `an OOM kill with ${advice.group?.maxConcurrency ?? 0} at once`;
    default:
      return 'memory';
  }
}

/** The advisory's lines: one for each phase that has a pool of workers to size. */
export function adviceLines(
  profile: RunProfile,
  { budgetBytes, advices }: { budgetBytes: number; advices: PhaseAdvice[] },
  cpusPerWorker: number,
  style: NoteStyle = MARKDOWN_STYLE,
): string[] {
  return profile.phases
    .map((phase, index) =>
      adviceLine(phase, advices[index] as PhaseAdvice, budgetBytes, profile, cpusPerWorker, style),
    )
    .filter((line): line is string => line !== null);
}

/** One line per phase: the count, what limited it, and what memory alone would allow. */
function adviceLine(
  phase: PhaseProfile,
  advice: PhaseAdvice,
  budgetBytes: number,
  profile: RunProfile,
  cpusPerWorker: number,
  style: NoteStyle = MARKDOWN_STYLE,
): string | null {
  const group = advice.group;
  if (!group || advice.workers === null || advice.memoryFits === null) return null;
  const memory = `${plural(advice.memoryFits, 'worker')} fit${advice.memoryFits === 1 ? 's' : ''} the ${formatBytes(budgetBytes)} budget at ${formatBytes(group.peakRss.p90Bytes)} each (p90 of their peaks)${advice.baseBytes > 0 ? ` beside ${formatBytes(advice.baseBytes)} for the rest of the job` : ''}`;
  const why =
    advice.limitedBy === 'memory'
      ? memory
      : `limited by ${limitedByText(advice, profile.host.cpus, cpusPerWorker)}; ${memory}`;
  return `${style.strong(plural(advice.workers, 'worker'))} for ${style.phase(phase.name)} (${style.text(group.name, 40)}, ${group.maxConcurrency} ran at once): ${why}.`;
}

/** Notes strong enough to act on, each saying what to do. */
export function findings(
  profile: RunProfile,
  advices: PhaseAdvice[],
  style: NoteStyle = MARKDOWN_STYLE,
): string[] {
  const { code } = style;
  const notes: string[] = [];
  const limit = profile.host.memoryLimitBytes;
  profile.phases.forEach((phase, index) => {
    const advice = advices[index] as PhaseAdvice;
    const name = style.phase(phase.name);
    const group = advice.group;
    if (phase.oomKills > 0) {
      notes.push(
        group && group.maxConcurrency > 1
          ? `⛔ ${style.strong(`${plural(phase.oomKills, 'process')} OOM-killed`)} in ${name}, with ${group.maxConcurrency} ${style.text(group.name, 40)} workers at once: run at most ${group.maxConcurrency - 1} (${code(`max-workers: ${group.maxConcurrency - 1}`)}), or cap each worker's memory (Node: ${code('--max-old-space-size')}).`
          : `⛔ ${style.strong(`${plural(phase.oomKills, 'process')} OOM-killed`)} in ${name}: lower the parallelism of the step or use a runner with more memory.`,
      );
    } else if (limit > 0 && phase.treeRss.peakBytes >= NEAR_LIMIT_SHARE * limit) {
      notes.push(
        `⚠️ The peak of ${name} reached ${share(phase.treeRss.peakBytes, limit)} of the limit: a larger input may be OOM-killed. Keep the planned count, and do not raise ${code('max-workers')} for this job.`,
      );
    }
    if ((phase.heapLimitKills ?? 0) > 0) {
      const kills = phase.heapLimitKills ?? 0;
      notes.push(
        `⛔ ${style.strong(`${plural(kills, 'Node process')} stopped at the V8 heap limit`)} in ${name} ("JavaScript heap out of memory")${group && group.maxConcurrency > 1 ? `, with ${group.maxConcurrency} ${style.text(group.name, 40)} workers at once` : ''}: at this count each worker's heap cap (${code('node-heap-mb')}) is smaller than it needs. The next plan treats this count as unsafe in this memory, as after an OOM kill; or give the job more memory.`,
      );
    }
    if (advice.leakGrowthBytes !== null) {
      notes.push(
        `📈 Memory in ${name} kept rising through the second half of the phase, after the workers had started: +${formatBytes(advice.leakGrowthBytes)}, ${share(advice.leakGrowthBytes, phase.treeRss.peakBytes)} of its peak. If it does so again, look for a leak (Node: a heap snapshot of one worker); Jest's ${code('--workerIdleMemoryLimit')} restarts workers that grow.`,
      );
    }
    if (advice.swing && group) {
      notes.push(
        `ℹ️ The ${style.text(group.name, 40)} workers of ${name} used ${formatBytes(advice.swing.meanBytes)} on average while alive but peaked at ${formatBytes(advice.swing.peakBytes)} (p90): the count below assumes every worker at its peak at once. Planning from history (the action's main step) models how their peaks line up and may allow more.`,
      );
    }
    if (phase.pressureMaxAvg10 !== null && phase.pressureMaxAvg10 >= PRESSURE_NOTE_PERCENT) {
      notes.push(
        `⚠️ Memory pressure in ${name} reached ${phase.pressureMaxAvg10.toFixed(1)}% (share of time processes waited for memory, PSI some avg10): the job ran slower for it; fewer workers may finish sooner.`,
      );
    }
  });
  for (const event of profile.events) {
    if (event.kind === 'sigkill')
      notes.push(
        `⚠️ A process, ${style.text(event.detail ?? 'unknown', 64)}, was killed by SIGKILL (exit 137). If the job did not kill it, the OOM killer outside the container or a timeout did: compare the peak above with the limit.`,
      );
  }
  return notes;
}

/** Memory over time with the limit, the phases named under it. */
export function memoryChart(profile: RunProfile): string {
  const timeline = profile.timeline;
  if (timeline.tMs.length < 2) return '';
  const endMs = Math.max(timeline.tMs.at(-1) ?? 0, ...profile.phases.map((phase) => phase.endMs));
  const points = (values: readonly (number | null)[]) =>
    timeline.tMs.map((tMs, index) => ({ tMs, value: values[index] ?? null }));
  const hasCgroup = timeline.cgroupUsageBytes.some((value) => value !== null);
  const unit = timeAxisFor(endMs).time;
  const phaseNotes =
    profile.phases.length > 1
      ? [
          `<sub>Phases (${unit.name}): ${profile.phases
            .slice(0, 20)
            .map(
              (phase) =>
                `${escapeMarkdownText(phase.name, 40)} ${chartNumber(phase.startMs / unit.ms)}–${chartNumber(phase.endMs / unit.ms)}`,
            )
            .join(' · ')}</sub>`,
        ]
      : [];
  return timeChart({
    title: 'Memory over time',
    endMs,
    series: [
      { name: 'job processes (sum of RSS)', colour: 'red', points: points(timeline.treeRssBytes) },
      hasCgroup
        ? { name: 'cgroup charge', colour: 'blue', points: points(timeline.cgroupUsageBytes) }
        : { name: 'system used', colour: 'blue', points: points(timeline.systemUsedBytes) },
    ],
    limit: {
      name: `limit (${formatBytes(profile.host.memoryLimitBytes)})`,
      bytes: profile.host.memoryLimitBytes,
    },
    notes: phaseNotes,
  });
}

export interface PostRunOptions {
  /** Lines about the recording itself (sampler trouble), shown under the headline. */
  notes?: string[];
  /**
   * The user's settings that bound "what this run alone would justify": the reserve (null: auto,
   * taken as for a measured base, since this run measured it) and fraction give the budget;
   * cpus-per-worker and max-workers cap the count as the plan does.
   */
  budget: Pick<
    PlanSettings,
    'memoryReserveBytes' | 'memoryFraction' | 'cpusPerWorker' | 'maxWorkers'
  >;
}

function statisticsTable(profile: RunProfile): string {
  return table(
    ['Phase', 'Peak', 'p95', 'Mean', 'Last sample', 'Cgroup peak', 'Pressure (PSI)'],
    profile.phases.map((phase) => [
      escapeTableCell(phase.name, 64),
      formatBytes(phase.treeRss.peakBytes),
      formatBytes(phase.treeRss.p95Bytes),
      formatBytes(phase.treeRss.meanBytes),
      formatBytes(phase.treeRss.endBytes),
      orDash(phase.peakCgroupUsageBytes),
      phase.pressureMaxAvg10 === null ? '—' : `${phase.pressureMaxAvg10.toFixed(1)}%`,
    ]),
  );
}

function groupTables(profile: RunProfile): string[] {
  return profile.phases
    .filter((phase) => phase.workerGroups.length > 0)
    .map((phase) => {
      const rows = phase.workerGroups
        .slice(0, TOP_GROUPS)
        .map((group) => [
          escapeTableCell(group.name, 64),
          escapeTableCell(group.parentName ?? '—', 64),
          String(group.maxConcurrency),
          String(group.processes),
          formatBytes(group.peakRss.p50Bytes),
          formatBytes(group.peakRss.p90Bytes),
          formatBytes(group.peakRss.maxBytes),
          group.concurrency ? formatBytes(group.concurrency.memberMeanBytes) : '—',
        ]);
      return `${phaseName(phase)}\n\n${table(['Process', 'Parent', 'At once', 'Seen', 'Peak p50', 'Peak p90', 'Peak max', 'Mean while alive'], rows)}`;
    });
}

/** The budget the user's settings leave on this run's limit, and each phase's advice within it. */
export function postRunAdvice(
  profile: RunProfile,
  settings: PostRunOptions['budget'],
): { budgetBytes: number; advices: PhaseAdvice[] } {
  const budgetBytes = memoryBudgetBytes(profile.host.memoryLimitBytes, {
    memoryReserveBytes: resolveReserve(settings.memoryReserveBytes, true).bytes,
    memoryFraction: settings.memoryFraction,
  });
  const advices = profile.phases.map((_, index) =>
    advisePhase(profile, index, {
      budgetBytes,
      cpusPerWorker: settings.cpusPerWorker,
      maxWorkers: settings.maxWorkers,
    }),
  );
  return { budgetBytes, advices };
}

export function renderPostRunSummary(profile: RunProfile, options: PostRunOptions): string {
  const settings = options.budget;
  const { budgetBytes, advices } = postRunAdvice(profile, settings);
  const sections: Section[] = [];
  const sampled = profile.sampler.samples > 0;
  const totalMs = profile.phases.reduce((sum, phase) => sum + phase.durationMs, 0);
  const head = [`### resource-planner: ${postRunHeadline(profile)}`];
  if (sampled && profile.phases.length > 0)
    head.push(
      '',
      `${humanDuration(totalMs)}${profile.phases.length > 1 ? ` in ${profile.phases.length} phases` : ''} on ${profile.host.cpus} CPU(s) with a ${formatBytes(profile.host.memoryLimitBytes)} memory limit.`,
    );
  sections.push({ markdown: head.join('\n'), priority: 100 });

  const notes = [
    ...(options.notes ?? []).map((note) => escapeMarkdownText(note, 300)),
    ...(sampled ? findings(profile, advices) : []),
  ];
  if (notes.length > 0)
    sections.push({ markdown: notes.map((note) => `- ${note}`).join('\n'), priority: 90 });
  if (!sampled) return `${fitToLimit(sections, SUMMARY_LIMIT_BYTES - 1024)}\n`;

  const tasks = profile.tasks ?? [];
  if (tasks.length > 0) {
    const shown = tasksForMarkdown(tasks);
    sections.push({
      markdown: [
        // Our own words and counts: nothing untrusted to escape.
        `**Tasks**: ${taskSummaryLine(profile) ?? ''}.`,
        '',
        table(
          TASK_HEADER,
          shown.map(({ task, index }) => {
            const { name, cells } = taskCells(task, index);
            cells[1] = `\`${escapeTableCell(name, 80)}\``;
            return cells;
          }),
          ['right', 'left', 'left', 'right', 'right', 'right', 'right'],
        ),
        ...(shown.length < tasks.length
          ? ['', `${tasks.length - shown.length} more task(s) that finished ok are in the profile.`]
          : []),
      ].join('\n'),
      priority: 84,
    });
  }

  if (profile.phases.length > 1) {
    // Deaths at the V8 heap limit get a column only where there were some (rare, and mostly null).
    const anyHeap = profile.phases.some((phase) => (phase.heapLimitKills ?? 0) > 0);
    const bold = (count: number): string => (count > 0 ? `**${count}**` : '0');
    sections.push({
      markdown: table(
        [
          'Phase',
          'Duration',
          'Workers planned',
          'Peak',
          'Of the limit',
          'OOM kills',
          ...(anyHeap ? ['Out of heap'] : []),
        ],
        profile.phases.map((phase) => [
          escapeTableCell(phase.name, 64),
          humanDuration(phase.durationMs),
          phase.workersRecommended === null ? '—' : String(phase.workersRecommended),
          formatBytes(phase.treeRss.peakBytes),
          share(phase.treeRss.peakBytes, profile.host.memoryLimitBytes),
          bold(phase.oomKills),
          ...(anyHeap ? [bold(phase.heapLimitKills ?? 0)] : []),
        ]),
        ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
      ),
      priority: 85,
    });
  }

  const lines = adviceLines(profile, { budgetBytes, advices }, settings.cpusPerWorker);
  if (lines.length > 0)
    sections.push({
      markdown: [
        '**What this run alone would justify** (each worker at its peak at once; the plan learns from many runs):',
        '',
        ...lines.map((line) => `- ${line}`),
      ].join('\n'),
      priority: 80,
    });

  const chart = memoryChart(profile);
  if (chart) sections.push({ markdown: chart, priority: 50 });
  // A task list: how many tasks ran at once, on the memory chart's time axis.
  const running = tasksRunningChart(profile);
  if (running) sections.push({ markdown: running, priority: 45 });

  const detail = [statisticsTable(profile), ...groupTables(profile)].join('\n\n');
  sections.push({
    markdown: details('Memory statistics and worker groups (top 10 per phase)', detail),
    priority: 20,
  });
  sections.push({
    markdown: `<sub>Sampled every ${profile.sampler.intervalMs} ms from ${escapeMarkdownText(profile.sampler.source, 16)} (${profile.sampler.samples} samples) on ${escapeMarkdownText(profile.host.os, 16)}/${escapeMarkdownText(profile.host.arch, 16)}. Peak: the highest sum of the job's processes' RSS in one sample.</sub>`,
    priority: 10,
  });
  return `${fitToLimit(sections, SUMMARY_LIMIT_BYTES - 1024)}\n`;
}
