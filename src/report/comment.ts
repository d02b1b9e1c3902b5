/**
 * The drift report as Markdown: the job-summary section and the sticky pull-request comment.
 * Both open with one headline that names the phase and the number ("`test` peak +52%: 1.4 →
 * 2.2 GiB"), say what to do next, give the baseline of that phase, then one row per phase; the
 * chart and the method are collapsed. Pure. The comment starts with a hidden marker built from a
 * hash only (no untrusted text), so it cannot be forged or closed by a name, and stays within
 * GitHub's 65,536-character limit.
 */
import { createHash } from 'node:crypto';
import {
  MODIFIED_Z_LIMIT,
  ROBUST_MIN_RUNS,
  type DriftReport,
  type MetricDrift,
  type PhaseDrift,
} from '../drift/drift.js';
import { shardLabel } from '../profile/identity.js';
import type { RunProfile } from '../profile/types.js';
import { GiB, MiB, formatBytes } from '../shared/units.js';
import { BAR_MAX_SLOTS, barChart } from './chart.js';
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

function percent(fraction: number | null): string {
  if (fraction === null) return '—';
  const value = Math.round(fraction * 1000) / 10;
  return `${value > 0 ? '+' : ''}${value}%`;
}

function name(phase: { name: string }): string {
  return `**${escapeMarkdownText(phase.name, 64)}**`;
}

/** The phase the headline is about: the largest rise among drifts, the largest fall among improvements, else the largest change. */
export function headlinePhase(report: DriftReport): PhaseDrift | null {
  const change = (phase: PhaseDrift): number => phase.peak.changeFraction ?? 0;
  const pick = (phases: PhaseDrift[], score: (phase: PhaseDrift) => number) =>
    phases.reduce<PhaseDrift | null>(
      (best, phase) => (best === null || score(phase) > score(best) ? phase : best),
      null,
    );
  const drifted = report.phases.filter((phase) => phase.verdict === 'drift');
  if (drifted.length > 0) return pick(drifted, (phase) => phase.oomKills * 1000 + change(phase));
  const improved = report.phases.filter((phase) => phase.verdict === 'improvement');
  if (improved.length > 0) return pick(improved, (phase) => -change(phase));
  return (
    pick(
      report.phases.filter((phase) => phase.peak.baseline),
      (phase) => Math.abs(change(phase)),
    ) ??
    report.phases[0] ??
    null
  );
}

function limitText(limitBytes: number | null, currentBytes: number): string {
  if (limitBytes === null || limitBytes <= 0) return '';
  return ` (limit ${formatBytes(limitBytes)}: this run used ${Math.round((currentBytes / limitBytes) * 100)}% of it)`;
}

/** `1.4 GiB → 2.2 GiB`; two decimals when the short forms would read the same. */
function change(metric: MetricDrift): string {
  if (!metric.baseline) return formatBytes(metric.currentBytes);
  const before = formatBytes(metric.baseline.medianBytes);
  const after = formatBytes(metric.currentBytes);
  if (before !== after || metric.baseline.medianBytes === metric.currentBytes)
    return `${before} → ${after}`;
  return `${precise(metric.baseline.medianBytes)} → ${precise(metric.currentBytes)}`;
}

function precise(bytes: number): string {
  return bytes >= GiB ? `${(bytes / GiB).toFixed(2)} GiB` : `${(bytes / MiB).toFixed(1)} MiB`;
}

/** One line: the verdict, the phase, the number, and the limit. */
export function driftHeadline(
  report: DriftReport,
  limitBytes: number | null,
  resolved = false,
): string {
  const phase = headlinePhase(report);
  if (report.verdict === 'no-baseline' || phase === null || !phase.peak.baseline) {
    const peak = phase
      ? `: peak ${formatBytes(phase.peak.currentBytes)}${limitText(limitBytes, phase.peak.currentBytes)}`
      : '';
    return `ℹ️ **No baseline yet**${peak}. The base branch has no recorded runs to compare with.`;
  }
  const figures = `${change(phase.peak)} against the base branch${limitText(limitBytes, phase.peak.currentBytes)}`;
  const multi = report.phases.length > 1;
  switch (report.verdict) {
    case 'drift':
      return phase.oomKills > 0
        ? `⛔ **${phase.oomKills} OOM kill(s)** in ${name(phase)}: peak ${figures}.`
        : `🔺 ${name(phase)} **peak ${percent(phase.peak.changeFraction)}**: ${figures}.`;
    case 'improvement':
      return `✅ ${name(phase)} **peak ${percent(phase.peak.changeFraction)}**: ${figures}.`;
    default:
      return resolved
        ? `✅ **Memory drift resolved**: ${multi ? `${name(phase)} ` : ''}peak ${percent(phase.peak.changeFraction)}, ${figures}, within the baseline's range.`
        : `✅ **No memory drift**: ${multi ? `${name(phase)} ` : ''}peak ${percent(phase.peak.changeFraction)}, ${figures}.`;
  }
}

/** What the reader should do next. */
export function nextStep(report: DriftReport, resolved = false): string {
  const phase = headlinePhase(report);
  switch (report.verdict) {
    case 'drift': {
      if (!phase) return '';
      if (phase.oomKills > 0)
        return `**What to do:** processes of ${name(phase)} ran out of memory. Lower its parallelism (\`max-workers\`) or find what grew; merging would make the base branch fail the same way.`;
      const worker =
        phase.perWorker?.baseline && phase.workerName
          ? ` The ${escapeMarkdownText(phase.workerName, 40)} workers went ${change(phase.perWorker)} each (p90 of their peaks, ${percent(phase.perWorker.changeFraction)}).`
          : '';
      return `**What to do:** if the rise is expected (more tests, a bigger input, a new dependency), merge: the baseline follows the base branch. If not, look at what this pull request changed in ${name(phase)}.${worker}`;
    }
    case 'improvement':
      return '**What to do:** nothing; after the merge the baseline follows and the plan may allow more workers.';
    case 'no-baseline':
      return '**What to do:** nothing yet. Comparisons start once runs on the base branch have recorded a profile (the action with `history: true` on pushes to it).';
    default:
      return resolved
        ? '**What to do:** nothing; the drift reported earlier on this pull request is gone.'
        : '**What to do:** nothing.';
  }
}

/** `1.38–1.45 GiB`: two decimals when the short forms would read the same. */
function rangeText(minBytes: number, maxBytes: number): string {
  const low = formatBytes(minBytes);
  const high = formatBytes(maxBytes);
  if (low !== high) return `${low}–${high}`;
  if (minBytes === maxBytes) return `all ${low}`;
  return `${precise(minBytes)}–${precise(maxBytes)}`;
}

/** The baseline of the headline's phase, in plain words. */
function baselineLine(report: DriftReport): string | null {
  const phase = headlinePhase(report);
  const stats = phase?.peak.baseline;
  if (!phase || !stats) return null;
  const spread = stats.medianBytes > 0 ? Math.round((stats.madBytes / stats.medianBytes) * 100) : 0;
  const where = report.phases.length > 1 ? ` of ${name(phase)}` : '';
  return `Baseline${where}: ${stats.n} run(s) of the base branch, peaks ${rangeText(stats.minBytes, stats.maxBytes)} (median ${formatBytes(stats.medianBytes)}, a typical run within ±${spread}% of it).`;
}

/** Plain words for the test, with the statistics named for those who want them. */
function methodText(report: DriftReport): string {
  const threshold = Math.round(report.thresholdFraction * 100);
  const methods = new Set(report.phases.map((phase) => phase.peak.method));
  const parts: string[] = [];
  if (methods.has('robust'))
    parts.push(
      `With ${ROBUST_MIN_RUNS} or more baseline runs, a peak is drift when it lies far outside the runs' usual spread and at least ${threshold}% above their median. "Far outside": a modified z-score of the log peak above ${MODIFIED_Z_LIMIT} (0.6745 × distance from the median ÷ the median absolute deviation, Iglewicz & Hoaglin).`,
    );
  if (methods.has('max'))
    parts.push(
      `With fewer baseline runs, a peak is drift when it is more than ${threshold}% above the highest baseline peak.`,
    );
  parts.push(
    'A fall past the same tests is an improvement; an OOM kill is always drift. Peak: the highest sum of the job\u2019s processes\u2019 RSS in one sample.',
  );
  if (report.otherShardRuns > 0)
    parts.push(
      `${report.otherShardRuns} baseline run(s) of another shard or split were left out: a shard is compared with the same shard of the same split.`,
    );
  return parts.join(' ');
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
    phase.peak.baseline ? formatBytes(phase.peak.baseline.medianBytes) : 'none',
    formatBytes(phase.peak.currentBytes),
    percent(phase.peak.changeFraction),
    phase.perWorker && phase.workerName
      ? `${escapeTableCell(phase.workerName, 40)}: ${change(phase.perWorker)}${phase.perWorker.baseline ? ` (${percent(phase.perWorker.changeFraction)})` : ''}`
      : '—',
    phase.oomKills > 0 ? `**${phase.oomKills}**` : '0',
  ]);
  return table(
    [
      'Phase',
      'Baseline median peak',
      'This run',
      'Change',
      'Per worker (p90 of peaks)',
      'OOM kills',
    ],
    rows,
    ['left', 'right', 'right', 'right', 'left', 'right'],
  );
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

/**
 * Baseline median vs this run as bars, per phase (a one-point line would draw nothing, and a line
 * would join unrelated phases). At most BAR_MAX_SLOTS ÷ 2 phases: the ones that changed most.
 */
export function comparisonChart(report: DriftReport): string {
  const compared = report.phases.filter((phase) => phase.peak.baseline);
  if (compared.length === 0) return '';
  const room = Math.floor(BAR_MAX_SLOTS / 2);
  const shown =
    compared.length <= room
      ? compared
      : [...compared]
          .sort(
            (a, b) => Math.abs(b.peak.changeFraction ?? 0) - Math.abs(a.peak.changeFraction ?? 0),
          )
          .slice(0, room);
  const chart = barChart({
    title: 'Peak memory, baseline median vs this run',
    series: [
      { name: 'baseline median', colour: 'blue', short: 'base' },
      { name: 'this run', colour: 'red', short: 'now' },
    ],
    groups: shown.map((phase) => ({
      label: phase.name,
      values: [phase.peak.baseline?.medianBytes ?? 0, phase.peak.currentBytes],
    })),
  });
  const more =
    shown.length < compared.length
      ? `\n\n<sub>The ${shown.length} phases that changed most, of ${compared.length}.</sub>`
      : '';
  return `${chart}${more}`;
}

function groupsTable(current: RunProfile): string {
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

/** Headline, what to do, the baseline of that phase, and the recommended-workers change. */
function leadLines(report: DriftReport, limitBytes: number | null, resolved: boolean): string[] {
  const lines = [driftHeadline(report, limitBytes, resolved), '', nextStep(report, resolved)];
  const baseline = report.verdict === 'no-baseline' ? null : baselineLine(report);
  if (baseline) lines.push('', baseline);
  const workers = workersLine(report);
  if (workers) lines.push('', workers);
  return lines;
}

/** The drift section of the job summary (`current` gives the limit). */
export function renderDriftSummary(report: DriftReport, current?: RunProfile): string {
  const limit = current ? current.host.memoryLimitBytes : null;
  const shard = current ? shardLabel(current.run.shard) : null;
  const lines = [
    `### resource-planner: memory against the base branch${shard ? ` (${shard})` : ''}`,
    '',
    ...leadLines(report, limit, false),
  ];
  if (report.phases.length > 0 && report.verdict !== 'no-baseline') {
    lines.push('', phaseTable(report));
    const chart = comparisonChart(report);
    lines.push(
      '',
      details('Chart and method', [chart, methodText(report)].filter(Boolean).join('\n\n')),
    );
  }
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
  const shard = shardLabel(current.run.shard);
  const title = [
    [identity.workflow, identity.job]
      .filter((part): part is string => !!part)
      .map((part) => escapeMarkdownText(part, 60))
      .join(' / '),
    ...(shard ? [shard] : []),
  ]
    .filter((part) => part !== '')
    .join(' · ');
  const isResolved = resolved && report.verdict !== 'drift';
  const head = [
    marker,
    `#### resource-planner${title ? ` · ${title}` : ''}`,
    '',
    ...leadLines(report, current.host.memoryLimitBytes, isResolved),
  ];
  const sections: Section[] = [{ markdown: head.join('\n'), priority: 100 }];
  if (report.phases.length > 0 && report.verdict !== 'no-baseline')
    sections.push({ markdown: phaseTable(report), priority: 80 });
  const parts = [
    { name: 'chart', markdown: comparisonChart(report) },
    { name: 'worker groups', markdown: groupsTable(current) },
    { name: 'method', markdown: report.verdict === 'no-baseline' ? '' : methodText(report) },
  ].filter((part) => part.markdown !== '');
  if (parts.length > 0) {
    const names = parts.map((part) => part.name);
    const title = `${names.slice(0, -1).join(', ')}${names.length > 1 ? ' and ' : ''}${names.at(-1) ?? ''}`;
    sections.push({
      markdown: details(
        title.charAt(0).toUpperCase() + title.slice(1),
        parts.map((part) => part.markdown).join('\n\n'),
      ),
      priority: 30,
    });
  }
  if (runUrl) sections.push({ markdown: `<sub>[This run](${runUrl})</sub>`, priority: 60 });
  // The marker section has the highest priority and comes first, so trimming never removes it.
  return fitToLimit(sections, COMMENT_LIMIT_CHARACTERS, (text) => text.length);
}
