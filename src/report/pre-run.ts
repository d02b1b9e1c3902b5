/**
 * The pre-run advisory in the job summary: what the machine offers, what the plan assumed, the
 * recommendation and why, and flags to paste. Pure.
 */
import type { Plan } from '../plan/types.js';
import type { Capacity } from '../probe/types.js';
import { formatBytes, formatDuration } from '../shared/units.js';
import { escapeMarkdownText } from './escape.js';
import { details, table } from './markdown.js';

export interface PreRunInput {
  capacity: Capacity;
  plan: Plan;
  profileName: string;
}

const LIMITED_BY_TEXT: Record<Plan['limitedBy'], string> = {
  memory: 'memory',
  ladder: 'the evidence ladder (one step past the largest count proven on this memory)',
  cpu: 'CPUs',
  speedup: 'the speed-up curve',
  'max-workers': 'max-workers',
  'min-workers': 'min-workers',
  override: 'an override',
};

function limitText(bytes: number | null): string {
  return bytes === null ? 'none' : formatBytes(bytes);
}

export function renderPreRunSummary({ capacity, plan, profileName }: PreRunInput): string {
  const cgroup = capacity.cgroup;
  const estimate = plan.estimate;
  const lines: string[] = [];
  lines.push(
    `### resource-planner: ${plan.workers} worker${plan.workers === 1 ? '' : 's'} for ${escapeMarkdownText(profileName, 64)}`,
  );
  lines.push('');
  lines.push(
    `**${plan.workers}**, limited by **${LIMITED_BY_TEXT[plan.limitedBy]}**. ${escapeMarkdownText(plan.reason, 400)}`,
  );
  lines.push('');

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
  lines.push(
    table(
      ['', 'Host', `Container${cgroup ? ` (cgroup v${cgroup.version})` : ''}`, 'Effective'],
      capacityRows,
    ),
  );
  lines.push('');

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
  planRows.push(['Node heap cap', `\`--max-old-space-size=${plan.nodeHeapMb}\` per worker`]);
  lines.push(table(['Plan', ''], planRows));
  lines.push('');

  const notes = [
    ...capacity.warnings.map((text) => `⚠️ ${text}`),
    ...plan.warnings.map((text) => `⚠️ ${text}`),
    ...estimate.notes,
  ];
  if (notes.length > 0) {
    lines.push(notes.map((note) => `- ${escapeMarkdownText(note, 500)}`).join('\n'));
    lines.push('');
  }

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
