/**
 * Memory per worker from earlier runs' profiles. Pure. The method, its constants and their
 * sources are explained in docs/algorithm.md §3.
 */
import { linearRegression } from 'simple-statistics';
import { mainWorkerGroup, workersRan } from '../profile/worker-group.js';
import type { PhaseProfile, RunProfile } from '../profile/types.js';
import { quotedNames } from '../shared/inert-text.js';
import { quantile, weightedQuantile } from '../shared/stats.js';
import { MiB, formatBytes } from '../shared/units.js';
import { DEFAULT_MIN_SPEEDUP_GAIN, fitSpeedup, speedupNote } from './speedup.js';
import {
  fitConcurrencyModel,
  type ConcurrencyModel,
  type ConcurrencyObservation,
} from './concurrency.js';
import type { Confidence, CountEvidence, HistoryRunRef, MemoryEstimate } from './types.js';

/** +15% safety margin on the target, as the Kubernetes VPA recommender. */
export const SAFETY_MARGIN = 0.15;
/** Below this many runs the maximum, not the p90, is the target (VPA keeps bounds wide early). */
export const MIN_RUNS_FOR_QUANTILE = 5;
export const TARGET_QUANTILE = 0.9;
/**
 * Half-life of a run's weight. VPA decays pod samples with a 24 h half-life because pods run
 * continuously; CI runs are sparse (a few a day on a busy branch) and a change to the code moves
 * memory for good, so a week lets ~20 recent runs count while old behaviour fades.
 */
export const DEFAULT_HALF_LIFE_DAYS = 7;
/** VPA's bump after an OOM kill: max(used + 100 MiB, used × 1.2). */
export const OOM_BUMP_BYTES = 100 * MiB;
export const OOM_BUMP_FACTOR = 1.2;
const DAY_MS = 86_400_000;
/** The smallest weight a run can have (it still counts, if every other run is as old). */
const MIN_WEIGHT = 1e-300;
/**
 * Runtimes that size their heap from the memory they can see, a cgroup limit included: Node (V8's
 * default heap limit follows the constrained memory) and the JVM (container support since JDK 10,
 * heap = MaxRAMPercentage of it). Matched against the worker group's executable name.
 */
export const ELASTIC_RUNTIMES: ReadonlySet<string> = new Set(['node', 'java']);
/**
 * The smallest share of a per-worker figure learned with more memory that such workers are
 * assumed to need when they run with less. docs/measurements.md M2: Jest workers that peaked at 652 MiB on a
 * 24 GiB host passed at 333 MiB (51%) inside an 800 MiB limit, and four of them were OOM-killed at
 * ~307 MiB each (47%) inside 1.2 GiB: the need sat at about half the unconstrained peak.
 */
export const ELASTIC_MIN_SHARE = 0.5;

export interface HistoryProfile {
  profile: RunProfile;
  /** Link to the run, from trusted parts only. */
  url: string | null;
  /** GitHub reports the run as failed (the loader knows it from the API, not from the profile). */
  failed?: boolean;
}

export interface EstimateInput {
  profiles: HistoryProfile[];
  /** The phase (profile input) to estimate for. */
  phase: string;
  /** The memory the plan will run in (min(host, cgroup)). */
  capacityMemoryLimitBytes: number;
  /** This runner's OS (`linux`, `darwin`, `win32`): profiles from another OS count memory differently. */
  capacityOs?: string;
  nowMs: number;
  halfLifeDays?: number;
  minSpeedupGain?: number;
  /**
   * `elastic-memory: auto` (default true): Node/JVM workers learned on a runner with more memory
   * are expected to need less on this one. False (`off`) treats every peak as a hard need.
   */
  elasticMemory?: boolean;
  fallback: MemoryEstimate;
}

/** True for an executable name (any case, `.exe` or not) of a runtime in ELASTIC_RUNTIMES. */
export function isElasticRuntime(name: string | null): boolean {
  return name !== null && ELASTIC_RUNTIMES.has(name.toLowerCase().replace(/\.exe$/, ''));
}

/** Confidence multiplier √(1 + 1/n): 1.41 after one run, 1.10 after five, 1.02 after twenty. */
export function confidenceMultiplier(runs: number): number {
  return runs <= 0 ? Number.POSITIVE_INFINITY : Math.sqrt(1 + 1 / runs);
}

export function confidenceFor(runs: number): Confidence {
  if (runs <= 0) return 'none';
  if (runs < MIN_RUNS_FOR_QUANTILE) return 'low';
  if (runs < 15) return 'medium';
  return 'high';
}

interface RunFigures {
  ref: HistoryRunRef;
  /** The run's per-worker figure, raised after an OOM kill (VPA's bump). */
  perWorkerBytes: number;
  /** The same as measured, before any bump (what the ladder compares to tell memory has risen). */
  measuredPerWorkerBytes: number;
  baseBytes: number;
  workers: number;
  peakBytes: number;
  durationMs: number;
  weight: number;
  oom: boolean;
  /** Node processes stopped at the V8 heap limit (0 where unwatched). */
  heapLimitKills: number;
  /** Exit status 0 or unknown (the action learns only from successful runs). */
  succeeded: boolean;
  /** When the phase started (the run's start, moved on by the phase's offset). */
  phaseStartedAt: string;
  /** The cgroup limit the run ran under, when it was tighter than the host. */
  constrainedLimitBytes: number | null;
  /** The memory the run's processes could see: min(host, cgroup limit). */
  memoryLimitBytes: number;
  /** The most the run used at once of what its limit counts (see CountEvidence.peakUsedBytes). */
  peakUsedBytes: number | null;
  /** The heap cap the recorder set for the phase (MiB), or null (see CountEvidence.nodeHeapMb). */
  nodeHeapMb: number | null;
  workerName: string;
  /** The group's concurrency figures scaled to the cgroup's charge, when v2 recorded them. */
  observation: ConcurrencyObservation | null;
}

/**
 * The figures of every phase of a profile that ran `phaseName`. One phase per run in the action;
 * `resource-planner exec` records each attempt as a phase of its own (an OOM-killed one and the
 * run after it), and each is evidence of the count it ran.
 */
function figuresOf(
  entry: HistoryProfile,
  phaseName: string,
  nowMs: number,
  halfLifeDays: number,
): RunFigures[] {
  return entry.profile.phases
    .filter((phase) => phase.name === phaseName)
    .map((phase) => figuresFor(entry, phase, nowMs, halfLifeDays))
    .filter((figures): figures is RunFigures => figures !== null);
}

/** The moment a phase started, from the profile's start: orders the attempts of one run. */
function phaseStartedAt(startedAt: string, phase: PhaseProfile): string {
  const moved = new Date(Date.parse(startedAt) + phase.startMs);
  // An unreadable start (untrusted text) or one moved out of the Date range stays as it was.
  return phase.startMs > 0 && Number.isFinite(moved.getTime()) ? moved.toISOString() : startedAt;
}

function figuresFor(
  entry: HistoryProfile,
  phase: PhaseProfile,
  nowMs: number,
  halfLifeDays: number,
): RunFigures | null {
  const group = mainWorkerGroup(phase);
  if (!group || group.peakRss.p90Bytes <= 0) return null;
  const oom = phase.oomKills > 0;
  // Summed RSS counts shared pages (libraries, copy-on-write) once per process; the cgroup charges
  // them once. Where the cgroup charged less than the summed peak, scale down to its charge.
  const treePeak = phase.treeRss.peakBytes;
  const charged = phase.peakCgroupUsageBytes;
  const sharedPageScale =
    charged !== null && charged > 0 && charged < treePeak ? charged / treePeak : 1;
  const measuredPerWorker = group.peakRss.p90Bytes * sharedPageScale;
  let perWorker = measuredPerWorker;
  if (oom) perWorker = Math.max(perWorker + OOM_BUMP_BYTES, perWorker * OOM_BUMP_FACTOR);
  const workers = Math.max(1, workersRan(group));
  const peak = treePeak * sharedPageScale;
  const startedMs = Date.parse(entry.profile.run.startedAt);
  const ageDays = Number.isFinite(startedMs) ? Math.max(0, (nowMs - startedMs) / DAY_MS) : 0;
  // Never exactly 0: 0.5 ** age underflows past ~1075 half-lives (20 years at 7 days), and a
  // history whose weights are all 0 would make every weighted quantile 0 B.
  const weight = Math.max(MIN_WEIGHT, 0.5 ** (ageDays / halfLifeDays));
  const host = entry.profile.host;
  const constrained =
    host.cgroupMemoryLimitBytes !== null && host.cgroupMemoryLimitBytes < host.memoryTotalBytes
      ? host.cgroupMemoryLimitBytes
      : null;
  const concurrency = group.concurrency;
  const observation: ConcurrencyObservation | null =
    concurrency && concurrency.aliveAtPeak >= 2
      ? {
          aliveAtPeak: concurrency.aliveAtPeak,
          peakTotalBytes: group.peakTotalBytes * sharedPageScale,
          meanMemberBytes: concurrency.memberMeanBytes * sharedPageScale,
          sdMemberBytes: concurrency.memberSdBytes * sharedPageScale,
          memberPeakBytes: measuredPerWorker,
          weight,
        }
      : null;
  return {
    ref: {
      runId: entry.profile.run.runId,
      runAttempt: entry.profile.run.runAttempt,
      sha: entry.profile.run.sha,
      startedAt: entry.profile.run.startedAt,
      url: entry.url,
      perWorkerBytes: perWorker,
      workers,
      oomKills: phase.oomKills,
    },
    perWorkerBytes: perWorker,
    measuredPerWorkerBytes: measuredPerWorker,
    baseBytes: Math.max(0, peak - group.peakTotalBytes * sharedPageScale),
    workers,
    peakBytes: peak,
    durationMs: phase.durationMs,
    weight,
    oom,
    heapLimitKills: phase.heapLimitKills ?? 0,
    // The action's profiles have no exit status; GitHub's conclusion stands in for it.
    succeeded:
      entry.failed !== true &&
      (entry.profile.run.exitCode === null || entry.profile.run.exitCode === 0),
    phaseStartedAt: phaseStartedAt(entry.profile.run.startedAt, phase),
    constrainedLimitBytes: constrained,
    memoryLimitBytes: host.memoryLimitBytes,
    peakUsedBytes: constrained !== null ? phase.peakCgroupUsageBytes : phase.peakSystemUsedBytes,
    nodeHeapMb: phase.nodeHeapMb,
    workerName: group.name,
    observation,
  };
}

/** Runs recorded on another OS count memory differently (e.g. `ps` RSS on macOS): left out. */
function sameOs(
  profiles: HistoryProfile[],
  os: string | undefined,
): { kept: HistoryProfile[]; note: string | null } {
  if (os === undefined) return { kept: profiles, note: null };
  const kept = profiles.filter((entry) => entry.profile.host.os === os);
  const others = [
    ...new Set(
      profiles
        .filter((entry) => entry.profile.host.os !== os)
        .map((entry) => entry.profile.host.os),
    ),
  ];
  return {
    kept,
    note:
      kept.length === profiles.length
        ? null
        : `${profiles.length - kept.length} profile(s) from another OS (${others.slice(0, 3).join(', ')}) ignored: memory is counted differently there.`,
  };
}

export function estimateFromHistory(input: EstimateInput): MemoryEstimate {
  const halfLife = input.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  const { kept, note: osNote } = sameOs(input.profiles, input.capacityOs);
  const perProfile = kept.map((entry) => figuresOf(entry, input.phase, input.nowMs, halfLife));
  const runs = perProfile.flat();
  const missing = perProfile.filter((figures) => figures.length === 0).length;
  const notes: string[] = osNote ? [osNote] : [];
  if (runs.length === 0) {
    if (input.profiles.length === 0) return { ...input.fallback, notes: input.fallback.notes };
    // History there is, just not for this phase: name the phases it has, not "no history yet".
    const phases = kept.flatMap((entry) => entry.profile.phases.map((phase) => phase.name));
    notes.push(
      `${input.profiles.length} earlier profile(s) found, but none recorded workers in phase '${input.phase}'` +
        (phases.length > 0 ? `; they have phase(s) ${quotedNames(phases)}.` : '.') +
        ` Assuming ${formatBytes(input.fallback.perWorkerBytes)} per worker (the fallback).`,
    );
    return { ...input.fallback, notes };
  }
  const n = runs.length;
  if (missing > 0)
    notes.push(
      `${missing} of ${kept.length} earlier profile(s) had no workers in phase '${input.phase}'.`,
    );

  const target = perWorkerTarget(runs, halfLife, notes);
  const ooms = runs.filter((run) => run.oom);
  if (ooms.length > 0) {
    // An OOM kill is hard evidence the workers needed more: the target never falls below the
    // bumped figure of such a run, whatever the quantile says.
    const bumped = Math.max(...ooms.map((run) => run.perWorkerBytes));
    target.perWorkerBytes = Math.max(target.perWorkerBytes, bumped);
    notes.push(
      `${ooms.length} earlier run(s) had OOM kills: raised to max(used + 100 MiB, used × 1.2) = ${formatBytes(bumped)} per worker at least.`,
    );
  }

  const multiplier = (1 + SAFETY_MARGIN) * confidenceMultiplier(n);
  let perWorkerBytes = Math.round(target.perWorkerBytes * multiplier);
  notes.push(
    `+15% margin and ×${confidenceMultiplier(n).toFixed(2)} for ${n} run(s) of evidence: ${formatBytes(perWorkerBytes)} per worker.`,
  );

  const latestName = runs.reduce((latest, run) =>
    Date.parse(run.ref.startedAt) > Date.parse(latest.ref.startedAt) ? run : latest,
  ).workerName;
  const elastic =
    isElasticRuntime(latestName) && ooms.length === 0 && input.elasticMemory !== false;
  const elasticShare = elastic ? elasticPriorShare(runs, input.capacityMemoryLimitBytes) : 1;
  if (elasticShare < 1) {
    const leastSeenBytes = Math.min(...runs.map((run) => run.memoryLimitBytes));
    perWorkerBytes = Math.round(perWorkerBytes * elasticShare);
    notes.push(
      `Elastic memory: '${latestName}' workers size their heap from the memory they see; every run learned from saw at least ${formatBytes(leastSeenBytes)}, this runner ${formatBytes(input.capacityMemoryLimitBytes)}: ×${elasticShare.toFixed(2)} = ${formatBytes(perWorkerBytes)} per worker.${latestName.toLowerCase().startsWith('node') ? ' Pass node-heap-mb to the workers as --max-old-space-size.' : ''} Set elastic-memory: off if their memory is held rather than garbage (large caches, syntax trees).`,
    );
  }
  perWorkerBytes = provenUnderTighterLimit(
    runs,
    input.capacityMemoryLimitBytes,
    perWorkerBytes,
    notes,
  );

  const concurrency = concurrencyModelFor(runs, notes);
  // A failed run's duration says how long it took to fail, not how long the work takes; so does
  // an attempt that ran out of memory in a run that succeeded later (exec's retry).
  const speedup = fitSpeedup(
    runs
      .filter((run) => run.succeeded && !run.oom && run.heapLimitKills === 0)
      .map((run) => ({ workers: run.workers, durationMs: run.durationMs })),
    input.minSpeedupGain ?? DEFAULT_MIN_SPEEDUP_GAIN,
  );
  if (speedup) notes.push(speedupNote(speedup));

  const perWorkerValues = runs.map((run) => run.perWorkerBytes);
  return {
    source: 'history',
    perWorkerBytes,
    memberPeakBytes: Math.round(target.perWorkerBytes),
    baseBytes: Math.round(target.baseBytes),
    confidence: confidenceFor(n),
    historyRuns: n,
    spread: {
      p50Bytes: Math.round(quantile(perWorkerValues, 0.5)),
      p90Bytes: Math.round(quantile(perWorkerValues, 0.9)),
      maxBytes: Math.max(...perWorkerValues),
    },
    workerName: latestName,
    oomInHistory: ooms.length > 0,
    speedup,
    concurrency,
    elasticShare,
    elastic,
    baseMeasured: true,
    countEvidence: runs.map(countEvidenceOf),
    runs: runs.map((run) => run.ref),
    notes,
  };
}

/**
 * The per-worker target before margins and the base memory: the largest of few runs or the
 * time-weighted p90 of more, and where runs at 3+ worker counts allow, the slope of peak memory
 * on workers (regression) to separate per-worker from base memory.
 */
function perWorkerTarget(
  runs: RunFigures[],
  halfLife: number,
  notes: string[],
): { perWorkerBytes: number; baseBytes: number } {
  const n = runs.length;
  const perWorkerValues = runs.map((run) => run.perWorkerBytes);
  const weights = runs.map((run) => run.weight);
  let target: number;
  let baseBytes = weightedQuantile(
    runs.map((run) => run.baseBytes),
    weights,
    0.5,
  );
  if (n < MIN_RUNS_FOR_QUANTILE) {
    target = Math.max(...perWorkerValues);
    notes.push(
      `Per worker: the largest of ${n} run(s) (${formatBytes(target)}), as fewer than ${MIN_RUNS_FOR_QUANTILE} runs make a quantile unreliable.`,
    );
  } else {
    target = weightedQuantile(perWorkerValues, weights, TARGET_QUANTILE);
    notes.push(
      `Per worker: the p90 of ${n} runs, recent runs weighted more (half-life ${halfLife} days): ${formatBytes(target)}.`,
    );
  }
  const counts = new Set(runs.map((run) => run.workers));
  if (counts.size >= 3) {
    const { m: slope, b: intercept } = linearRegression(
      runs.map((run) => [run.workers, run.peakBytes]),
    );
    if (slope > 0 && intercept >= 0) {
      notes.push(
        `Peak memory rises by ${formatBytes(slope)} per worker across ${counts.size} worker counts (regression); base ${formatBytes(intercept)}.`,
      );
      target = Math.max(target, slope);
      baseBytes = intercept;
    }
  }
  return { perWorkerBytes: target, baseBytes };
}

/**
 * Elastic memory, the prior: Node and JVM workers size their heaps from the memory they see, so
 * figures learned where every run saw more memory than this runner has overstate the need here.
 * The ratio of memories, never below half (docs/measurements.md M2); 1 when no run saw more.
 */
function elasticPriorShare(runs: RunFigures[], capacityMemoryLimitBytes: number): number {
  const leastSeenBytes = Math.min(...runs.map((run) => run.memoryLimitBytes));
  return capacityMemoryLimitBytes < leastSeenBytes
    ? Math.max(ELASTIC_MIN_SHARE, capacityMemoryLimitBytes / leastSeenBytes)
    : 1;
}

/**
 * Elastic memory, the evidence: garbage-collected workers grow into what they see, so a run that
 * finished inside a tighter cgroup limit without an OOM kill proves its workers fit in
 * (limit − base) ÷ workers.
 */
function provenUnderTighterLimit(
  runs: RunFigures[],
  capacityMemoryLimitBytes: number,
  perWorkerBytes: number,
  notes: string[],
): number {
  const feasible = runs
    .filter(
      (run) =>
        !run.oom &&
        run.succeeded &&
        run.constrainedLimitBytes !== null &&
        run.constrainedLimitBytes < capacityMemoryLimitBytes,
    )
    .map((run) =>
      Math.max(1, ((run.constrainedLimitBytes as number) - run.baseBytes) / run.workers),
    );
  if (feasible.length === 0) return perWorkerBytes;
  const proven = Math.round(Math.min(...feasible));
  if (proven >= perWorkerBytes) return perWorkerBytes;
  notes.push(
    `${feasible.length} run(s) under a tighter memory limit finished without OOM at ${formatBytes(proven)} per worker: using that (garbage-collected workers use less when they see less).`,
  );
  return proven;
}

/** The concurrency model from the runs that recorded 2+ workers alive at once (v2 profiles). */
function concurrencyModelFor(runs: RunFigures[], notes: string[]): ConcurrencyModel | null {
  const observations = runs
    .map((run) => run.observation)
    .filter((observation): observation is ConcurrencyObservation => observation !== null);
  if (observations.length === 0) {
    notes.push(
      'Concurrency: no run recorded 2+ workers at once with per-sample figures (v1 profiles or one worker): workers are planned as if they peak together.',
    );
    return null;
  }
  try {
    const model = fitConcurrencyModel(observations);
    notes.push(`Concurrency (${model.kind}): ${model.reason}.`);
    return model;
  } catch (error) {
    notes.push(
      `Concurrency: no usable evidence (${error instanceof Error ? error.message : String(error)}).`,
    );
    return null;
  }
}

function countEvidenceOf(run: RunFigures): CountEvidence {
  return {
    runId: run.ref.runId,
    workers: run.workers,
    memoryLimitBytes: run.memoryLimitBytes,
    clean: !run.oom && run.heapLimitKills === 0 && run.succeeded,
    oomKills: run.ref.oomKills,
    heapLimitKills: run.heapLimitKills,
    perWorkerBytes: run.measuredPerWorkerBytes,
    peakUsedBytes: run.peakUsedBytes,
    nodeHeapMb: run.nodeHeapMb,
    startedAt: run.phaseStartedAt,
    weight: run.weight,
  };
}
