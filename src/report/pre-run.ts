/**
 * The pre-run advisory in the job summary: a headline with the count and what decided it, the
 * predicted peak against the limit, warnings, and collapsed details (the capacity, shown by the
 * job's first phase only, the plan's figures, the runs learned from, flags to paste). Pure.
 */
import type { Plan } from '../plan/types.js';
import type { Capacity } from '../probe/types.js';
import type { ProfileHost } from '../profile/types.js';
import { formatBytes, formatDuration } from '../shared/units.js';
import { escapeMarkdownText } from './escape.js';
import { details, table } from './markdown.js';

export interface PreRunInput {
  capacity: Capacity;
  plan: Plan;
  profileName: string;
  /**
   * The host as the job's first phase recorded it, when this is a later phase of the same job:
   * the capacity table is then left out and only what differs is said.
   */
  earlierHost?: ProfileHost | null;
}

function limitText(bytes: number | null): string {
  return bytes === null ? 'none' : formatBytes(bytes);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Why this many, with the numbers that decided it. */
export function planWhy(plan: Plan): string {
  const memory = `${formatBytes(plan.perWorkerBytes)} each in a budget of ${formatBytes(plan.memoryBudgetBytes)}`;
  switch (plan.limitedBy) {
    case 'memory':
      return `memory-bound: ${memory}`;
    case 'cpu':
      return `CPU-bound: ${plan.cpus} CPUs ÷ ${plan.cpusPerWorker} per worker (memory allows ${plan.memoryBound})`;
    case 'ladder':
      return `held by the evidence ladder: the model allows ${plan.predictedMemoryBound}, history has proven fewer on this memory`;
    case 'speedup':
      return `more would not run faster (memory allows ${plan.memoryBound}, CPUs ${plan.cpuBound})`;
    case 'max-workers':
      return `capped by max-workers (memory allows ${plan.memoryBound}, CPUs ${plan.cpuBound})`;
    case 'min-workers':
      return `raised to min-workers (memory allows ${plan.memoryBound}: ${memory})`;
    default:
      return 'set by an override';
  }
}

/** Later phases: what differs from the first phase's host, or that nothing does. */
function capacityChange(capacity: Capacity, plan: Plan, earlier: ProfileHost): string {
  const changes: string[] = [];
  if (earlier.memoryLimitBytes !== plan.memoryLimitBytes)
    changes.push(
      `memory limit ${formatBytes(earlier.memoryLimitBytes)} → ${formatBytes(plan.memoryLimitBytes)}`,
    );
  if (earlier.cpus !== plan.cpus) changes.push(`CPUs ${earlier.cpus} → ${plan.cpus}`);
  if (earlier.cgroupMemoryLimitBytes !== (capacity.cgroup?.memoryLimitBytes ?? null))
    changes.push(
      `cgroup limit ${limitText(earlier.cgroupMemoryLimitBytes)} → ${limitText(capacity.cgroup?.memoryLimitBytes ?? null)}`,
    );
  return changes.length === 0
    ? `Capacity as in the job's first phase; ${formatBytes(plan.memoryAvailableBytes)} available now.`
    : `Capacity changed since the job's first phase: ${changes.join(', ')}; ${formatBytes(plan.memoryAvailableBytes)} available now.`;
}

export function renderPreRunSummary({
  capacity,
  plan,
  profileName,
  earlierHost = null,
}: PreRunInput): string {
  const cgroup = capacity.cgroup;
  const estimate = plan.estimate;
  const lines: string[] = [];
  lines.push(
    `### resource-planner: ${plural(plan.workers, 'worker')} for ${escapeMarkdownText(profileName, 64)} — ${planWhy(plan)}`,
  );
  lines.push('');
  lines.push(
    `Predicted peak at ${plan.workers}: **${formatBytes(plan.predictedPeakBytes)} of the ${formatBytes(plan.memoryLimitBytes)} limit** (${plan.memoryLimitBytes > 0 ? Math.round((plan.predictedPeakBytes / plan.memoryLimitBytes) * 100) : 0}%), on ${plural(plan.cpus, 'CPU')}.`,
  );
  lines.push('');
  if (earlierHost) {
    lines.push(capacityChange(capacity, plan, earlierHost), '');
  }

  const notes = [
    ...capacity.warnings.map((text) => `⚠️ ${text}`),
    ...plan.warnings.map((text) => `⚠️ ${text}`),
    ...estimate.notes,
  ];
  if (notes.length > 0) {
    lines.push(notes.map((note) => `- ${escapeMarkdownText(note, 500)}`).join('\n'));
    lines.push('');
  }

  const capacityRows: string[][] = [
    [
      'Memory limit',
      formatBytes(capacity.hostMemoryTotalBytes),
      cgroup ? limitText(cgroup.memoryLimitBytes) : 'no cgroup',
      `**${formatBytes(plan.memoryLimitBytes)}** (${capacity.memoryBinding})`,
    ],
    [
      'Memory available',
      formatBytes(capacity.hostMemoryAvailableBytes),
      cgroup && cgroup.memoryUsageBytes !== null
        ? `${formatBytes(cgroup.memoryUsageBytes)} charged`
        : '',
      `**${formatBytes(plan.memoryAvailableBytes)}**`,
    ],
    [
      'CPUs',
      `${capacity.logicalCpus} logical${capacity.physicalCpus ? `, ${capacity.physicalCpus} physical` : ''}${capacity.affinityCpus !== null && capacity.affinityCpus !== capacity.logicalCpus ? `, affinity ${capacity.affinityCpus}` : ''}`,
      cgroup
        ? `quota ${cgroup.cpuQuota === null ? 'none' : cgroup.cpuQuota}${cgroup.cpusetCpus !== null ? `, cpuset ${cgroup.cpusetCpus}` : ''}`
        : '',
      `**${plan.cpus}** (${capacity.cpuBinding})`,
    ],
  ];
  if (capacity.swapTotalBytes)
    capacityRows.push(['Swap (not counted)', formatBytes(capacity.swapTotalBytes), '', '']);
  const capacityTable = table(
    ['', 'Host', `Container${cgroup ? ` (cgroup v${cgroup.version})` : ''}`, 'Effective'],
    capacityRows,
  );

  const source =
    estimate.source === 'history'
      ? `learned from ${estimate.historyRuns} earlier run${estimate.historyRuns === 1 ? '' : 's'}${estimate.workerName ? ` (worker ${escapeMarkdownText(estimate.workerName, 64)})` : ''}, confidence ${estimate.confidence}`
      : estimate.source === 'input'
        ? 'from the memory-per-worker input'
        : 'fallback-memory-per-worker (no history yet)';
  const planRows: string[][] = [
    [
      'Budget',
      `(${formatBytes(plan.memoryAvailableBytes)} available − ${formatBytes(plan.memoryReserveBytes)} reserve, ${plan.reserveSource}) × ${plan.memoryFraction} = **${formatBytes(plan.memoryBudgetBytes)}**`,
    ],
    [
      'Per worker',
      estimate.concurrency && plan.memoryModel.kind !== 'lockstep'
        ? `**${formatBytes(estimate.concurrency.meanMemberBytes)}** on average, ${formatBytes(estimate.concurrency.memberPeakBytes)} at peak (not all at once: see the model), ${source}`
        : `**${formatBytes(plan.perWorkerBytes)}**, ${source}`,
    ],
  ];
  if (plan.baseBytes > 0) planRows.push(['Base (non-worker) memory', formatBytes(plan.baseBytes)]);
  if (estimate.spread) {
    planRows.push([
      'Spread in history',
      `p50 ${formatBytes(estimate.spread.p50Bytes)}, p90 ${formatBytes(estimate.spread.p90Bytes)}, max ${formatBytes(estimate.spread.maxBytes)}`,
    ]);
  }
  planRows.push(['Why', escapeMarkdownText(plan.reason, 400)]);
  planRows.push([
    'Memory model',
    `${plan.memoryModel.kind}: ${escapeMarkdownText(plan.memoryModel.why, 300)}`,
  ]);
  if (plan.ladderLine !== null)
    planRows.push(['Evidence ladder', escapeMarkdownText(plan.ladderLine, 400)]);
  planRows.push([
    'Memory allows',
    `${plan.memoryBound} worker${plan.memoryBound === 1 ? '' : 's'} (predicted peak at ${plan.workers}: ${formatBytes(plan.predictedPeakBytes)} of ${formatBytes(plan.memoryLimitBytes)})`,
  ]);
  planRows.push([
    'CPUs allow',
    `${plan.cpuBound} (${plan.cpus} ÷ ${plan.cpusPerWorker} per worker)`,
  ]);
  if (plan.speedupBound !== null) planRows.push(['Speed-up allows', String(plan.speedupBound)]);
  if (plan.predictedDurationMs !== null)
    planRows.push(['Predicted duration', formatDuration(plan.predictedDurationMs)]);
  planRows.push([
    'Node heap cap',
    `\`--max-old-space-size=${plan.nodeHeapMb}\` per worker${plan.nodeHeapHeld ? ` (${heapHeldText(plan)})` : ''}`,
  ]);
  // The capacity is the job's: shown by its first phase only (later phases say what differs).
  const planDetails = earlierHost
    ? table(['Plan', ''], planRows)
    : `${capacityTable}\n\n${table(['Plan', ''], planRows)}`;
  lines.push(
    details(
      earlierHost ? 'How the plan was made' : 'Capacity and how the plan was made',
      planDetails,
    ),
  );
  lines.push('');

  if (estimate.runs.length > 0) {
    const runRows = estimate.runs
      .slice(0, 30)
      .map((run) => [
        run.url && run.runId !== null
          ? `[${run.runId}${run.runAttempt && run.runAttempt > 1 ? ` (attempt ${run.runAttempt})` : ''}](${run.url})`
          : String(run.runId ?? '?'),
        escapeMarkdownText(run.startedAt.slice(0, 16).replace('T', ' '), 20),
        run.workers === null ? '' : String(run.workers),
        run.perWorkerBytes === null ? '' : formatBytes(run.perWorkerBytes),
        run.oomKills > 0 ? `${run.oomKills} OOM kill(s)` : '',
      ]);
    lines.push(
      details(
        `Runs learned from (${estimate.runs.length})`,
        table(['Run', 'Started', 'Workers', 'Per worker', ''], runRows),
      ),
    );
    lines.push('');
  }

  const n = plan.workers;
  lines.push(
    details(
      'Flags to paste',
      table(
        ['Tool', 'Flag'],
        [
          ['Jest / Vitest', `\`--maxWorkers=${n}\``],
          ['pytest-xdist', `\`-n ${n}\``],
          ['make', `\`-j${n}\``],
          ['cargo', `\`--jobs ${n}\` or \`CARGO_BUILD_JOBS=${n}\``],
          ['Gradle', `\`--max-workers=${n}\``],
          ['ctest', `\`--parallel ${n}\``],
          ['Node workers', `\`NODE_OPTIONS=--max-old-space-size=${plan.nodeHeapMb}\``],
        ],
      ),
    ),
  );
  return `${lines.join('\n')}\n`;
}

/** Why the heap cap is what it is when a proof held it: "the cap 2 workers ran clean with (run 7)". */
export function heapHeldText(plan: Pick<Plan, 'workers' | 'nodeHeapHeld'>): string {
  const runId = plan.nodeHeapHeld?.runId;
  return `the cap ${plan.workers} worker(s) ran clean with here${runId != null ? ` (run ${runId})` : ''}`;
}
