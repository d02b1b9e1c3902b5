/**
 * The drift report as Markdown: the job-summary section and the sticky pull-request comment.
 * Pure. The comment starts with a hidden marker built from a hash only (no untrusted text), so it
 * cannot be forged or closed by a name, and stays within GitHub's 65,536-character limit.
 */
import { createHash } from 'node:crypto';
import type { DriftReport, MetricDrift, PhaseDrift } from '../drift/drift.js';
import type { RunProfile } from '../profile/types.js';
import { MiB, formatBytes } from '../shared/units.js';
import { lineChart } from './chart.js';
import { escapeMarkdownText, escapeTableCell } from './escape.js';
import { COMMENT_LIMIT_CHARACTERS, details, fitToLimit, table, type Section } from './markdown.js';

export interface CommentIdentity {
  workflow: string | null;
  job: string | null;
  matrixKey: string | null;
}

/** `<!-- resource-planner:v1 key=<sha256> -->`: one comment per workflow + job + matrix combination. */
export function markerFor(identity: CommentIdentity): string {
  const key = createHash('sha256')
    .update(JSON.stringify([identity.workflow ?? '', identity.job ?? '', identity.matrixKey ?? '']))
    .digest('hex');
  return `<!-- resource-planner:v1 key=${key} -->`;
}

const VERDICT_LINE: Record<DriftReport['verdict'], string> = {
  drift: '🔺 **Peak memory drifted up** against the base branch.',
  improvement: '✅ **Peak memory went down** against the base branch.',
  ok: '✅ **No memory drift** against the base branch.',
  'no-baseline': 'ℹ️ **No baseline yet**: the base branch has no recorded runs to compare with.',
};

function percent(fraction: number | null): string {
  if (fraction === null) return '—';
  const value = Math.round(fraction * 1000) / 10;
  return `${value > 0 ? '+' : ''}${value}%`;
}

function metricCell(metric: MetricDrift): string {
  if (!metric.baseline) return `${formatBytes(metric.currentBytes)} (no baseline)`;
  return `${formatBytes(metric.baseline.medianBytes)} → ${formatBytes(metric.currentBytes)}`;
}

const MARK: Record<PhaseDrift['verdict'], string> = {
  drift: '🔺',
  improvement: '🟢',
  ok: '',
  'no-baseline': '',
};

function phaseTable(report: DriftReport): string {
  const rows = report.phases.map((phase) => [
    `${MARK[phase.verdict]} ${escapeTableCell(phase.name, 64)}`.trim(),
    metricCell(phase.peak),
    percent(phase.peak.changeFraction),
    phase.perWorker
      ? `${metricCell(phase.perWorker)} (${escapeTableCell(phase.workerName ?? '', 40)})`
      : '—',
    phase.perWorker ? percent(phase.perWorker.changeFraction) : '—',
    phase.oomKills > 0 ? `**${phase.oomKills}**` : '0',
  ]);
  return table(
    ['Phase', 'Peak (baseline median → this run)', 'Δ', 'Per worker p90', 'Δ', 'OOM kills'],
    rows,
  );
}

function baselineLine(report: DriftReport): string {
  const first = report.phases.find((phase) => phase.peak.baseline)?.peak;
  const method =
    first?.method === 'robust' ? 'modified z-score > 3.5 and' : 'above the baseline maximum by';
  const spread = first?.baseline
    ? `; peak median ${formatBytes(first.baseline.medianBytes)}, range ${formatBytes(first.baseline.minBytes)}–${formatBytes(first.baseline.maxBytes)}, MAD ${formatBytes(first.baseline.madBytes)}`
    : '';
  return `Baseline: ${report.baselineRuns} run(s) of the base branch${spread}. Drift means ${method} a change of at least ${Math.round(report.thresholdFraction * 100)}%.`;
}

function workersLine(report: DriftReport): string | null {
  if (
    report.currentWorkers === null ||
    report.baselineWorkers === null ||
    report.currentWorkers === report.baselineWorkers
  )
    return null;
  return `Recommended workers: ${report.baselineWorkers} on the base branch → ${report.currentWorkers} here.`;
}

/** Baseline median vs this run, per phase, as a two-line chart (MiB). */
function comparisonChart(report: DriftReport): string {
  const phases = report.phases.filter((phase) => phase.peak.baseline).slice(0, 30);
  if (phases.length === 0) return '';
  return lineChart(
    'Peak per phase, baseline median vs this run',
    phases.map((phase) => phase.name),
    [
      {
        name: 'baseline',
        valuesMiB: phases.map((phase) => (phase.peak.baseline?.medianBytes ?? 0) / MiB),
      },
      { name: 'this run', valuesMiB: phases.map((phase) => phase.peak.currentBytes / MiB) },
    ],
  );
}

function groupsDetails(current: RunProfile): string {
  const rows = current.phases.flatMap((phase) =>
    phase.workerGroups
      .slice(0, 10)
      .map((group) => [
        escapeTableCell(phase.name, 64),
        escapeTableCell(group.name, 64),
        String(group.maxConcurrency),
        formatBytes(group.peakRss.p90Bytes),
        formatBytes(group.peakRss.maxBytes),
      ]),
  );
  return rows.length > 0
    ? table(['Phase', 'Process', 'At once', 'Peak p90', 'Peak max'], rows)
    : '';
}

/** The drift section of the job summary. */
export function renderDriftSummary(report: DriftReport): string {
  const lines = [
    '### resource-planner: memory against the base branch',
    '',
    VERDICT_LINE[report.verdict],
    '',
  ];
  if (report.phases.length > 0 && report.verdict !== 'no-baseline')
    lines.push(phaseTable(report), '', baselineLine(report));
  const workers = workersLine(report);
  if (workers) lines.push('', workers);
  return `${lines.join('\n')}\n`;
}

export interface CommentInput {
  report: DriftReport;
  current: RunProfile;
  identity: CommentIdentity;
  /** Link to this run (built from trusted parts). */
  runUrl: string | null;
  /** The comment existed with a drift and this run has none. */
  resolved?: boolean;
}

export function renderDriftComment({
  report,
  current,
  identity,
  runUrl,
  resolved = false,
}: CommentInput): string {
  const marker = markerFor(identity);
  const title = [identity.workflow, identity.job]
    .filter((part): part is string => !!part)
    .map((part) => escapeMarkdownText(part, 60))
    .join(' / ');
  const verdict =
    resolved && report.verdict !== 'drift'
      ? '✅ **Memory drift resolved**: this run is back within the baseline.'
      : VERDICT_LINE[report.verdict];
  const head = [marker, `#### resource-planner${title ? ` · ${title}` : ''}`, '', verdict];
  const workers = workersLine(report);
  if (workers) head.push('', workers);
  const sections: Section[] = [{ markdown: head.join('\n'), priority: 100 }];
  if (report.phases.length > 0)
    sections.push({ markdown: `${phaseTable(report)}\n\n${baselineLine(report)}`, priority: 80 });
  const chart = comparisonChart(report);
  const groups = groupsDetails(current);
  const extra = [groups, chart].filter((part) => part !== '').join('\n\n');
  if (extra) sections.push({ markdown: details('Worker groups and chart', extra), priority: 30 });
  if (runUrl) sections.push({ markdown: `<sub>[This run](${runUrl})</sub>`, priority: 60 });
  // The marker section has the highest priority and comes first, so trimming never removes it.
  return fitToLimit(sections, COMMENT_LIMIT_CHARACTERS, (text) => text.length);
}
