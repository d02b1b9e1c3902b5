/**
 * The post-run advisory in the job summary: per phase what the job used, its worker pools, what
 * this run alone would justify, warnings (divergence, steady growth, OOM kills, pressure) and a
 * chart of memory over time. Pure; every string from the profile is escaped.
 */
import { advisePhase } from '../plan/advisory.js';
import { memoryBudgetBytes, resolveReserve } from '../plan/budget.js';
import type { PlanSettings } from '../plan/types.js';
import type { RunProfile } from '../profile/types.js';
import { MiB, formatBytes, formatDuration } from '../shared/units.js';
import { downsampleIndices, lineChart, timeLabel } from './chart.js';
import { escapeMarkdownText, escapeTableCell } from './escape.js';
import { details, fitToLimit, SUMMARY_LIMIT_BYTES, table, type Section } from './markdown.js';

const TOP_GROUPS = 10;

function orDash(bytes: number | null): string {
  return bytes === null ? '—' : formatBytes(bytes);
}

/** The memory-over-time chart of a whole profile, phases named in the title. */
export function memoryChart(profile: RunProfile): string {
  const timeline = profile.timeline;
  if (timeline.tMs.length < 2) return '';
  const indices = downsampleIndices(timeline.treeRssBytes);
  const toMiB = (value: number | null | undefined): number | null =>
    value === null || value === undefined ? null : value / MiB;
  const phaseNames = profile.phases.map((phase) => phase.name).slice(0, 5);
  const title = `Memory over time${phaseNames.length > 1 ? `, phases ${phaseNames.join(' then ')}` : ''}`;
  return lineChart(
    title,
    indices.map((index) => timeLabel((timeline.tMs[index] as number) / 1000)),
    [
      {
        name: 'job processes',
        valuesMiB: indices.map((index) => toMiB(timeline.treeRssBytes[index])),
      },
      {
        name: 'cgroup',
        valuesMiB: indices.map((index) => toMiB(timeline.cgroupUsageBytes[index])),
      },
      {
        name: 'system used',
        valuesMiB: indices.map((index) => toMiB(timeline.systemUsedBytes[index])),
      },
    ],
  );
}

export interface PostRunOptions {
  /** Lines about the recording itself (sampler trouble), shown under the headline. */
  notes?: string[];
  /**
   * The user's reserve (null: auto) and fraction: "what this run alone would justify" uses the
   * plan's budget, with the reserve for a measured base (this run measured it).
   */
  budget: Pick<PlanSettings, 'memoryReserveBytes' | 'memoryFraction'>;
}

export function renderPostRunSummary(profile: RunProfile, options: PostRunOptions): string {
  const notes = options.notes ?? [];
  const budgetBytes = memoryBudgetBytes(profile.host.memoryLimitBytes, {
    memoryReserveBytes: resolveReserve(options.budget.memoryReserveBytes, true).bytes,
    memoryFraction: options.budget.memoryFraction,
  });
  const sections: Section[] = [];
  const head = [`### resource-planner: memory report`, ''];
  if (profile.sampler.samples === 0) head.push('No samples were recorded in this job.', '');
  const phaseRows = profile.phases.map((phase) => [
    escapeTableCell(phase.name, 64),
    formatDuration(phase.durationMs),
    phase.workersRecommended === null ? '—' : String(phase.workersRecommended),
    formatBytes(phase.treeRss.peakBytes),
    formatBytes(phase.treeRss.p95Bytes),
    formatBytes(phase.treeRss.meanBytes),
    formatBytes(phase.treeRss.endBytes),
    orDash(phase.peakCgroupUsageBytes),
    phase.oomKills > 0 ? `**${phase.oomKills}**` : '0',
  ]);
  head.push(
    table(
      ['Phase', 'Duration', 'Workers', 'Peak', 'p95', 'Mean', 'End', 'Cgroup peak', 'OOM kills'],
      phaseRows,
    ),
  );
  sections.push({ markdown: head.join('\n'), priority: 100 });

  const findings: string[] = [];
  const adviceRows: string[][] = [];
  profile.phases.forEach((phase, index) => {
    const advice = advisePhase(profile, index, budgetBytes);
    const name = escapeMarkdownText(phase.name, 64);
    if (advice.group) {
      adviceRows.push([
        name,
        escapeTableCell(advice.group.name, 64),
        String(advice.group.maxConcurrency),
        advice.aggressiveWorkers === null ? '—' : String(advice.aggressiveWorkers),
        advice.conservativeWorkers === null ? '—' : String(advice.conservativeWorkers),
      ]);
      if (advice.divergent) {
        findings.push(
          `Phase ${name}: workers peaked at ${formatBytes(advice.group.peakRss.maxBytes)} but ended at ${formatBytes(advice.group.meanEndRssBytes)} on average (a spread of more than 20%): the safe count depends on how peaks line up; prefer the conservative figure.`,
        );
      }
    }
    if (advice.leakGrowthBytes !== null) {
      findings.push(
        `Phase ${name}: memory grew steadily by about ${formatBytes(advice.leakGrowthBytes)} (robust slope): a possible leak.`,
      );
    }
    if (phase.oomKills > 0)
      findings.push(
        `Phase ${name}: **${phase.oomKills} process(es) were OOM-killed.** Fewer workers or a per-worker heap cap would avoid it.`,
      );
    if (phase.pressureMaxAvg10 !== null && phase.pressureMaxAvg10 >= 10) {
      findings.push(
        `Phase ${name}: memory pressure reached ${phase.pressureMaxAvg10.toFixed(1)}% (PSI some avg10): the job waited on memory.`,
      );
    }
  });
  for (const event of profile.events) {
    if (event.kind === 'sigkill')
      findings.push(
        `A process, ${escapeMarkdownText(event.detail ?? 'unknown', 64)}, was killed by SIGKILL (exit 137).`,
      );
  }
  if (adviceRows.length > 0) {
    sections.push({
      markdown: [
        `**What this run alone would justify** within a ${formatBytes(budgetBytes)} budget (aggressive: on the workers' mean end memory; conservative: on the p90 of their peaks):`,
        '',
        table(['Phase', 'Worker', 'Ran at once', 'Aggressive', 'Conservative'], adviceRows),
      ].join('\n'),
      priority: 80,
    });
  }
  const allNotes = [...notes.map((note) => escapeMarkdownText(note, 300)), ...findings];
  if (allNotes.length > 0)
    sections.push({ markdown: allNotes.map((note) => `- ${note}`).join('\n'), priority: 90 });

  const chart = memoryChart(profile);
  if (chart) sections.push({ markdown: chart, priority: 50 });

  const groupTables = profile.phases
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
          formatBytes(group.meanEndRssBytes),
        ]);
      return `**${escapeMarkdownText(phase.name, 64)}**\n\n${table(['Process', 'Parent', 'At once', 'Seen', 'Peak p50', 'Peak p90', 'Peak max', 'Mean end'], rows)}`;
    });
  if (groupTables.length > 0)
    sections.push({
      markdown: details('Worker groups (top 10 per phase)', groupTables.join('\n\n')),
      priority: 20,
    });

  sections.push({
    markdown: `<sub>Sampled every ${profile.sampler.intervalMs} ms from ${escapeMarkdownText(profile.sampler.source, 16)} (${profile.sampler.samples} samples) on ${escapeMarkdownText(profile.host.os, 16)}/${escapeMarkdownText(profile.host.arch, 16)}, ${profile.host.cpus} CPU(s), ${formatBytes(profile.host.memoryLimitBytes)} limit.</sub>`,
    priority: 10,
  });
  return `${fitToLimit(sections, SUMMARY_LIMIT_BYTES - 1024)}\n`;
}
