/**
 * The parallelism decision. Pure: capacity, settings and a memory estimate in, a plan out, with
 * every term visible so the summary can show the arithmetic. See docs/algorithm.md.
 */
import type { Capacity } from '../probe/types.js';
import { predictDurationMs } from '../estimate/speedup.js';
import type { MemoryEstimate, SpeedupModel } from '../estimate/types.js';
import { MiB, formatBytes } from '../shared/units.js';
import { memoryBudgetBytes, resolveReserve } from './budget.js';
import {
  buildLadder,
  FAILED_STEP_HOLD_RUNS,
  laddered,
  provenHeapCapMb,
  type Ladder,
} from './ladder.js';
import { memoryBoundFor } from './memory-bound.js';
import type { LimitedBy, MemoryModelKind, Plan, PlanSettings } from './types.js';

/**
 * Share of a worker's memory slot given to the V8 old-space heap. The rest covers what the heap
 * limit does not bound: the young generation (up to 3 × 16 MiB semi-spaces on 64-bit V8), code,
 * and native memory such as Buffers. 75% keeps a 512 MiB slot's RSS inside it in practice.
 */
export const NODE_HEAP_SHARE = 0.75;
/** Below this a Node worker cannot do useful work; the plan warns instead of going lower. */
export const MIN_NODE_HEAP_MB = 128;

type CapacityFacts = Pick<Capacity, 'cpus' | 'memoryLimitBytes' | 'memoryAvailableBytes'>;

export interface PlanInput {
  capacity: CapacityFacts;
  settings: PlanSettings;
  estimate: MemoryEstimate;
}

/**
 * workers = clamp(min, max, min(CPU bound, memory bound, speed-up bound)), where
 *   budget       = max(0, (available − reserve) × fraction)
 *   memory bound = the largest N whose predicted need fits the budget (./memory-bound.ts),
 *                  then held to what history proves on this memory (./ladder.ts)
 *   CPU bound    = max(1, floor(cpus ÷ cpus-per-worker))
 * The `workers` input and RESOURCE_PLANNER_WORKERS replace the result (limited-by `override`).
 */
export function planWorkers({ capacity, settings, estimate }: PlanInput): Plan {
  const warnings: string[] = [];
  const reserve = resolveReserve(
    settings.memoryReserveBytes,
    estimate.baseMeasured,
    capacity.memoryLimitBytes,
  );
  const budget = memoryBudgetBytes(capacity.memoryAvailableBytes, {
    memoryReserveBytes: reserve.bytes,
    memoryFraction: settings.memoryFraction,
  });
  const perWorker = Math.max(1, estimate.perWorkerBytes);
  const base = Math.max(0, estimate.baseBytes);
  const ladder =
    estimate.countEvidence.length > 0
      ? buildLadder({
          evidence: estimate.countEvidence,
          memoryLimitBytes: capacity.memoryLimitBytes,
          latestPerWorkerBytes: latestPerWorker(estimate),
        })
      : null;
  const model = memoryBoundFor(estimate, budget, ladder, {
    limitBytes: capacity.memoryLimitBytes,
    reserveBytes: reserve.bytes,
  });
  const memoryBound = ladder ? laddered(model.bound, ladder) : model.bound;
  const cpuBound = Math.max(1, Math.floor(capacity.cpus / settings.cpusPerWorker + 1e-9));
  const speedupBound = speedupBoundFor(estimate, memoryBound, ladder);

  if (capacity.memoryAvailableBytes <= reserve.bytes) {
    warnings.push(
      `Available memory (${formatBytes(capacity.memoryAvailableBytes)}) is no more than the reserve ` +
        `(${formatBytes(reserve.bytes)}): planning the minimum of ${settings.minWorkers} worker(s). ` +
        'Lower memory-reserve or give the job more memory.',
    );
  } else if (memoryBound === 0 && estimate.source !== 'fallback') {
    // Without history the figure is fallback-memory-per-worker's guess (the estimate's note says so
    // and how to change it): a first run planned low is expected, not something to warn about.
    warnings.push(
      `Not even one worker fits: the budget is ${formatBytes(budget)} but one worker needs ` +
        `${formatBytes(perWorker)} on top of ${formatBytes(base)} of base memory. Planning ${settings.minWorkers}.`,
    );
  }

  let workers: number;
  let limitedBy: LimitedBy;
  let reason: string;
  const override = settings.overrideWorkers ?? settings.forcedWorkers;
  if (override !== null) {
    workers = override;
    limitedBy = 'override';
    reason =
      settings.overrideWorkers !== null
        ? `RESOURCE_PLANNER_WORKERS=${override} overrides the plan.`
        : `The workers input (--workers in the CLI) fixes the count at ${override}.`;
    if (override > memoryBound) {
      warnings.push(
        `The forced ${override} workers exceed the ${memoryBound} that fit in the memory budget: expect swapping or OOM kills.`,
      );
    }
    if (override > cpuBound) {
      warnings.push(
        `The forced ${override} workers exceed the ${cpuBound} that ${capacity.cpus} CPU(s) allow at ${settings.cpusPerWorker} per worker: they will wait for CPU time.`,
      );
    }
  } else {
    ({ workers, limitedBy, reason } = boundedChoice(memoryBound, cpuBound, speedupBound, settings, {
      budget,
      base,
      perWorker,
      cpus: capacity.cpus,
      modelText: model.text,
      modelKind: model.kind,
      ladderBinds: ladder !== null && memoryBound !== model.bound,
      ladder,
      speedupKind: estimate.speedup?.kind ?? null,
    }));
  }

  // Never below the cap a clean run at this count ran with here: that run proved the count with it.
  const provenHeap = provenHeapCapMb(estimate.countEvidence, capacity.memoryLimitBytes, workers);
  const budgetHeapMb = nodeHeapFor(budget, base, workers);
  const nodeHeapHeld = provenHeap !== null && provenHeap.mb > budgetHeapMb ? provenHeap : null;
  const nodeHeapMb = nodeHeapHeld?.mb ?? budgetHeapMb;
  if (nodeHeapMb <= MIN_NODE_HEAP_MB) {
    warnings.push(
      `Each of ${workers} Node worker(s) gets a heap cap of only ${nodeHeapMb} MiB: tests may fail with "JavaScript heap out of memory".`,
    );
  }

  return {
    workers,
    limitedBy,
    reason,
    cpuBound,
    memoryBound,
    predictedMemoryBound: model.bound,
    memoryModel: { kind: model.kind, why: model.why },
    predictedPeakBytes: Math.round(base + model.needOf(workers)),
    ladder,
    ladderLine: ladder ? ladderLine(ladder, model.bound, memoryBound, model.kind) : null,
    speedupBound,
    cpus: capacity.cpus,
    cpusPerWorker: settings.cpusPerWorker,
    memoryLimitBytes: capacity.memoryLimitBytes,
    memoryAvailableBytes: capacity.memoryAvailableBytes,
    memoryReserveBytes: reserve.bytes,
    reserveSource: reserve.source,
    memoryFraction: settings.memoryFraction,
    memoryBudgetBytes: budget,
    perWorkerBytes: perWorker,
    baseBytes: base,
    nodeHeapMb,
    nodeHeapHeld,
    predictedDurationMs: estimate.speedup ? predictDurationMs(estimate.speedup, workers) : null,
    estimate,
    warnings,
  };
}

/** The newest run's per-worker figure (to tell whether memory has risen since a proof). */
function latestPerWorker(estimate: MemoryEstimate): number | null {
  let latest: { t: number; bytes: number } | null = null;
  for (const run of estimate.countEvidence) {
    const t = Date.parse(run.startedAt) || 0;
    if (latest === null || t > latest.t) latest = { t, bytes: run.perWorkerBytes };
  }
  return latest?.bytes ?? null;
}

/** How the ladder line names what made a count unsafe, and the reason it stays below it. */
const UNSAFE_TEXT = {
  'oom-kill': 'OOM-killed',
  'heap-limit': 'stopped at the V8 heap limit',
  failed: 'failed past the proof',
} as const;
const UNSAFE_WHY = {
  'oom-kill': 'was OOM-killed',
  'heap-limit': 'ran out of heap',
  failed: `failed (held for ${FAILED_STEP_HOLD_RUNS} clean runs, or until forgotten after a second failure)`,
} as const;

/** "proven 3 (run 42) · unsafe 5 · proposed 4 (one step up: predicted 1.1 GiB fits 1.2 GiB)". */
export function ladderLine(
  ladder: Ladder,
  predictedBound: number,
  bound: number,
  kind: MemoryModelKind | null = null,
): string {
  const parts: string[] = [];
  parts.push(
    ladder.proven === null
      ? 'proven: none on this memory yet'
      : `proven ${ladder.proven}${ladder.provenRunId !== null ? ` (run ${ladder.provenRunId})` : ''}`,
  );
  if (ladder.unsafe !== null)
    parts.push(
      `${UNSAFE_TEXT[ladder.unsafeCause ?? 'oom-kill']} at ${ladder.unsafe}${ladder.unsafeRunId !== null ? ` (run ${ladder.unsafeRunId})` : ''}`,
    );
  let why: string;
  if (ladder.proven === null) why = 'nothing proven here yet: the model alone decides';
  else if (ladder.risen)
    why = 'memory per worker has risen since that proof: the model alone decides';
  else if (bound > ladder.proven && predictedBound > bound)
    why = `one step past the proof (the model allows ${predictedBound}; the plan climbs one step at a time)`;
  else if (bound > ladder.proven && kind === 'measured-step')
    why = `one step past the proof, where the peak measured at ${ladder.proven} plus the step's predicted share fits`;
  else if (bound > ladder.proven) why = `one step past the proof, where the model predicts it fits`;
  else if (ladder.unsafe !== null && bound === ladder.unsafe - 1)
    why = `below the count that ${UNSAFE_WHY[ladder.unsafeCause ?? 'oom-kill']}`;
  else if (predictedBound > bound)
    why = `the model allows ${predictedBound}, but the plan climbs one step at a time`;
  else if (predictedBound < bound)
    why = `held at the proof (the model alone would say ${predictedBound})`;
  else why = `the model predicts the next step does not fit`;
  parts.push(`memory allows ${bound}: ${why}`);
  if (ladder.ignored.length > 0) parts.push(`ignored: ${ladder.ignored.join('; ')}`);
  return parts.join(' · ');
}

interface Terms {
  budget: number;
  base: number;
  perWorker: number;
  cpus: number;
  /** How the model counted the workers that fit, for the reason line. */
  modelText: string;
  /** The measured step compares with the limit, not the budget: its reason says so. */
  modelKind: MemoryModelKind;
  /** The ladder moved the memory bound away from the model's. */
  ladderBinds: boolean;
  ladder: Ladder | null;
  speedupKind: SpeedupModel['kind'] | null;
}

/**
 * Where the durations say to stop. Amdahl's fit stops the climb where one more worker stops
 * paying, but never below a count proven on this memory: the fitted curve always falls, so going
 * below a proof would trade measured speed for a predicted saving, and a fit from a few noisy
 * durations flips easily. A `no-gain` model is measured, not extrapolated (runs at more workers
 * took longer, beyond the min-speedup-gain band), so it may go below the proof: fewer workers are
 * then both faster and lighter. Runs at the lower count keep testing it: if they turn out slower,
 * the model changes and the plan climbs back to the proof.
 */
function speedupBoundFor(
  estimate: MemoryEstimate,
  memoryBound: number,
  ladder: Ladder | null,
): number | null {
  const speedup = estimate.speedup;
  if (!speedup) return null;
  if (speedup.kind === 'no-gain') return Math.max(1, speedup.maxUsefulWorkers);
  const provenFloor = ladder && !ladder.risen ? (ladder.proven ?? 1) : 1;
  return Math.max(1, Math.min(memoryBound, provenFloor), speedup.maxUsefulWorkers);
}

function boundedChoice(
  memoryBound: number,
  cpuBound: number,
  speedupBound: number | null,
  settings: PlanSettings,
  terms: Terms,
): { workers: number; limitedBy: LimitedBy; reason: string } {
  const memoryText = terms.ladderBinds
    ? `${memoryBound} on the evidence ladder (${terms.modelText})`
    : terms.modelKind === 'measured-step'
      ? terms.modelText
      : `${formatBytes(terms.budget)} budget${terms.base > 0 ? ` − ${formatBytes(terms.base)} base` : ''} fits ${terms.modelText}`;
  const cpuText = `${terms.cpus} CPU(s) ÷ ${settings.cpusPerWorker} per worker = ${cpuBound}`;

  let workers = Math.min(memoryBound, cpuBound);
  // On a tie the CPU is named: adding memory alone would not allow more workers.
  let limitedBy: LimitedBy =
    memoryBound < cpuBound ? (terms.ladderBinds ? 'ladder' : 'memory') : 'cpu';
  let reason =
    limitedBy === 'cpu'
      ? `CPU: ${cpuText} (memory allows ${memoryBound}).`
      : `Memory: ${memoryText} (CPUs allow ${cpuBound}).`;
  if (speedupBound !== null && speedupBound < workers) {
    workers = speedupBound;
    limitedBy = 'speedup';
    reason =
      terms.speedupKind === 'no-gain'
        ? `Speed-up: earlier runs at more than ${speedupBound} worker(s) took longer, not less (memory allows ${memoryBound}, CPUs ${cpuBound}).`
        : `Speed-up: past ${speedupBound} workers each extra worker gains too little (memory allows ${memoryBound}, CPUs ${cpuBound}).`;
  }
  if (settings.maxWorkers !== null && workers > settings.maxWorkers) {
    reason = `max-workers caps the count at ${settings.maxWorkers} (memory allows ${memoryBound}, CPUs ${cpuBound}).`;
    return { workers: settings.maxWorkers, limitedBy: 'max-workers', reason };
  }
  if (workers < settings.minWorkers) {
    reason = `min-workers raises the count to ${settings.minWorkers} (memory allows ${memoryBound}, CPUs ${cpuBound}).`;
    return { workers: settings.minWorkers, limitedBy: 'min-workers', reason };
  }
  return { workers, limitedBy, reason };
}

/** Per-worker V8 heap cap (MiB) so that `workers` Node workers stay inside the budget. */
export function nodeHeapFor(budgetBytes: number, baseBytes: number, workers: number): number {
  const slotBytes = Math.max(0, budgetBytes - baseBytes) / Math.max(1, workers);
  return Math.max(MIN_NODE_HEAP_MB, Math.floor((slotBytes * NODE_HEAP_SHARE) / MiB));
}
