/**
 * Runner-size advice: from history, what each catalogue runner would do with the phase — the
 * worker count the planner would choose there, the duration the speed-up fit predicts, the
 * predicted peak against its memory, and the cost — and which one to use: the cheapest that meets
 * the target duration without an OOM risk, else the fastest. No advice where history cannot
 * support it (no durations, one worker count only), and the reasons and limits stated. Pure.
 * docs/algorithm.md §6 explains the model.
 */
import type { ActionInputs } from '../config/inputs.js';
import { staticEstimate } from '../estimate/choose.js';
import { confidenceFor, estimateFromHistory, type HistoryProfile } from '../estimate/estimate.js';
import { fitSpeedup, predictDurationMs, type DurationPoint } from '../estimate/speedup.js';
import type { Confidence, SpeedupModel } from '../estimate/types.js';
import { resolveReserve } from '../plan/budget.js';
import { planWorkers } from '../plan/planner.js';
import type { Plan, PlanSettings } from '../plan/types.js';
import { sameShard, shardLabel } from '../profile/identity.js';
import type { ShardRef } from '../profile/types.js';
import { mainWorkerGroup, workersRan } from '../profile/worker-group.js';
import { formatBytes, formatDuration } from '../shared/units.js';
import { CATALOG_DATE, CATALOG_SOURCES, profileOsOf, type RunnerEntry } from './catalog.js';
import { wholeFromShardSets, type SplitDerivation, type WholeFromShards } from './shard-sets.js';
import { adviseShards, type ShardAdvice, type ShardPeakLearner } from './shards.js';
import type { RunnerPrediction } from './types.js';

export type RepoVisibility = 'public' | 'private';

export interface AdviceRequest {
  profiles: readonly HistoryProfile[];
  /** The phase (profile input) to advise for. */
  phase: string;
  catalog: readonly RunnerEntry[];
  /** `target-duration` in ms, or null for none. */
  targetMs: number | null;
  /** Which standard runners apply: public repositories run them free. */
  visibility: RepoVisibility;
  /** The plan's settings; a forced `workers` count is not applied (the advice finds the best). */
  settings: Omit<PlanSettings, 'overrideWorkers' | 'forcedWorkers'>;
  nowMs: number;
  minSpeedupGain: number;
  elasticMemory: boolean;
  /** The shard this run is (`shard` input); history of other shards or splits is left out. */
  shard: ShardRef | null;
}

export type { RunnerPrediction } from './types.js';

export interface AdviceEvidence {
  /** Runs of the phase in the history advised from (this OS and architecture). */
  runs: number;
  /** Of them, successful ones whose durations were fitted. */
  timedRuns: number;
  /** Distinct `min(workers, CPUs)` the durations were measured at. */
  workerCounts: number[];
  /** Distinct CPU counts of the runners history ran on. */
  cpuCounts: number[];
  os: string;
  arch: string;
  serialFraction: number;
  singleWorkerMs: number;
  /** T1 · s: the duration no number of workers goes below on one runner. */
  serialFloorMs: number;
  /**
   * Of `runs`, workflow runs that ran the phase split, every shard recorded: each counts as one
   * run of the whole, its duration derived from the shards' (./shard-sets.ts).
   */
  shardSets: number;
  /** How the whole's durations were derived, per split size. */
  splits: SplitDerivation[];
  /**
   * No run of the whole recorded its memory: each runner's peak is predicted from the shards'
   * workers, which may hold less than the whole's (confidence low).
   */
  memoryFromShards: boolean;
}

export interface RunnerAdvice {
  phase: string;
  targetMs: number | null;
  visibility: RepoVisibility;
  /** The recommended entry's name, or null (no advice, or no runner fits). */
  recommended: string | null;
  /** One line: what is recommended and why, or why there is no advice. */
  reason: string;
  /** Advice exists: history supported a prediction for at least one runner. */
  advised: boolean;
  evidence: AdviceEvidence | null;
  /** Predictions, the recommended first, then by cost and duration. */
  runners: RunnerPrediction[];
  /** Catalogue entries not predicted, with why (another OS or architecture than history's). */
  skipped: { name: string; why: string }[];
  /** What the advice cannot see, one line each. */
  limits: string[];
  /** Where the catalogue's figures come from: GitHub's docs on a date, and user files. */
  catalog: CatalogOrigin;
  /** How many shards would meet the target, when the phase runs whole and a target is set. */
  shards: ShardAdvice | null;
}

export interface CatalogOrigin {
  /** The day the built-in figures were read, when any built-in runner is in the catalogue. */
  builtinDate: string | null;
  builtinSources: string[];
  /** Sources of user-supplied entries (`runner-catalog runners.json`). */
  files: string[];
}

/** Where a catalogue's figures come from. */
export function catalogOrigin(catalog: readonly RunnerEntry[]): CatalogOrigin {
  const builtin = catalog.some((entry) => entry.source.startsWith('GitHub docs'));
  return {
    builtinDate: builtin ? CATALOG_DATE : null,
    builtinSources: builtin ? Object.values(CATALOG_SOURCES) : [],
    files: distinctText(
      catalog.filter((entry) => !entry.source.startsWith('GitHub docs')).map((e) => e.source),
    ),
  };
}

function distinctText(values: string[]): string[] {
  return [...new Set(values)];
}

interface TimedRun {
  effectiveWorkers: number;
  cpus: number;
  /** The memory the run had: min(host, cgroup). */
  memoryBytes: number;
  durationMs: number;
  succeeded: boolean;
}

/** A platform of history: the OS and architecture its runs were recorded on. */
interface Platform {
  os: string;
  arch: string;
  runs: TimedRun[];
}

const OS_NAMES: Record<string, string> = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' };

/**
 * Runs of `phase` grouped by (OS, architecture), each with the workers that had a CPU each; with
 * the whole-suite runs derived from complete shard sets.
 */
function platformsOf(
  profiles: readonly HistoryProfile[],
  phase: string,
  fromShards: WholeFromShards['wholes'] = [],
): Platform[] {
  const platforms = new Map<string, Platform>();
  for (const { set, durationMs } of fromShards) {
    const key = `${set.os}/${set.arch}`;
    const platform = platforms.get(key) ?? { os: set.os, arch: set.arch, runs: [] };
    platforms.set(key, platform);
    platform.runs.push({
      effectiveWorkers: set.effectiveWorkers,
      cpus: set.cpus,
      memoryBytes: set.memoryBytes,
      durationMs,
      succeeded: true,
    });
  }
  for (const entry of profiles) {
    // (Profiles of other shards are filtered out by the caller.)
    const host = entry.profile.host;
    for (const recorded of entry.profile.phases) {
      if (recorded.name !== phase) continue;
      const group = mainWorkerGroup(recorded);
      if (!group) continue;
      const key = `${host.os}/${host.arch}`;
      const platform = platforms.get(key) ?? { os: host.os, arch: host.arch, runs: [] };
      platforms.set(key, platform);
      const workers = Math.max(1, workersRan(group));
      platform.runs.push({
        // More workers than CPUs share them: the durations measure min(workers, CPUs) at work.
        effectiveWorkers: Math.max(1, Math.min(workers, host.cpus)),
        cpus: host.cpus,
        memoryBytes: host.memoryLimitBytes,
        durationMs: recorded.durationMs,
        succeeded:
          entry.failed !== true &&
          (entry.profile.run.exitCode === null || entry.profile.run.exitCode === 0) &&
          recorded.oomKills === 0,
      });
    }
  }
  return [...platforms.values()].sort((a, b) => b.runs.length - a.runs.length);
}

function catalogEntry(catalog: readonly RunnerEntry[], name: string): RunnerEntry {
  const entry = catalog.find((item) => item.name === name);
  if (!entry) throw new Error(`no catalogue entry named ${name}`);
  return entry;
}

/** `4 CPUs, 16 GiB and 2 CPUs, 7 GiB`: the sizes history ran on. */
function sizesOf(platform: Platform): string {
  const sizes = new Set(
    platform.runs.map((run) => `${run.cpus} CPUs, ${formatBytes(run.memoryBytes)}`),
  );
  return [...sizes].join(' and ');
}

function distinct(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

function noAdvice(request: AdviceRequest, reason: string, limits: string[] = []): RunnerAdvice {
  return {
    phase: request.phase,
    targetMs: request.targetMs,
    visibility: request.visibility,
    recommended: null,
    reason,
    advised: false,
    evidence: null,
    runners: [],
    skipped: [],
    limits,
    catalog: catalogOrigin(request.catalog),
    shards: null,
  };
}

/** Why a platform's durations cannot be fitted, or the fit. */
function fitPlatform(platform: Platform, minGain: number): SpeedupModel | string {
  const timed = platform.runs.filter((run) => run.succeeded && run.durationMs > 0);
  const counts = distinct(timed.map((run) => run.effectiveWorkers));
  if (timed.length === 0)
    return `no successful run of the phase recorded a duration (${platform.runs.length} run(s), all failed or OOM-killed)`;
  if (counts.length < 2) {
    const seen = counts[0] ?? 1;
    const other = seen === 1 ? 2 : Math.floor(seen / 2);
    return (
      `durations at one worker count only (${seen} worker(s) with a CPU each, ${timed.length} run(s)): ` +
      `the speed-up with more CPUs cannot be measured. Run once at another count (workers: ${other}) to get advice`
    );
  }
  if (timed.length < 3)
    return `${timed.length} timed run(s) at ${counts.join(' and ')} workers: the speed-up fit needs 3 or more`;
  const points: DurationPoint[] = timed.map((run) => ({
    workers: run.effectiveWorkers,
    durationMs: run.durationMs,
  }));
  const fit = fitSpeedup(points, minGain);
  // A `no-gain` fit measured that more workers were slower: a bigger runner would not help either.
  if (fit?.kind === 'amdahl') return fit;
  return `durations at ${counts.join(', ')} workers do not fall with more workers${fit ? ` (the fastest measured: ${fit.maxUsefulWorkers})` : ''}: more CPUs would not help, and the advice cannot tell runners apart`;
}

/** The order of predictions: cheapest first, then fastest, then fewer CPUs. */
function byCost(a: RunnerPrediction, b: RunnerPrediction): number {
  return a.costUsd - b.costUsd || a.durationMs - b.durationMs || a.cpus - b.cpus;
}

function byDuration(a: RunnerPrediction, b: RunnerPrediction): number {
  return a.durationMs - b.durationMs || a.costUsd - b.costUsd || a.cpus - b.cpus;
}

/**
 * Advice for every catalogue runner of history's OS and architecture that the repository's
 * visibility allows.
 */
export function adviseRunners(request: AdviceRequest): RunnerAdvice {
  // Like with like: a shard's runs measure part of the suite, the whole's runs all of it; a
  // complete set of shards ran all of it too, in parts (./shard-sets.ts).
  const profiles = request.profiles.filter((entry) =>
    sameShard(entry.profile.run.shard, request.shard),
  );
  const allProfiles = request.profiles;
  const fromShards = sameShard(request.shard, null)
    ? wholeFromShardSets(allProfiles, request.phase)
    : null;
  const inSets = new Set(fromShards?.sets.flatMap((set) => set.profiles));
  const left = allProfiles
    .filter((entry) => !sameShard(entry.profile.run.shard, request.shard) && !inSets.has(entry))
    .map((entry) => shardLabel(entry.profile.run.shard) ?? 'the whole');
  const shardNote =
    left.length > 0
      ? `${left.length} run(s) of another shard or split left out (${[...new Set(left)].slice(0, 6).join(', ')}${new Set(left).size > 6 ? ', …' : ''}): ${shardLabel(request.shard) ?? 'the whole phase'} is compared with the same.`
      : null;
  // The whole's memory: from its own runs; where none recorded it, from the complete sets'
  // shards, their memory and OOM kills counted and their worker counts proving nothing (as a
  // failed run's), because the whole runs more tests in one job than any shard did.
  const wholeMeasured = platformsOf(profiles, request.phase).length > 0;
  const memoryFromShards = !wholeMeasured && (fromShards?.sets.length ?? 0) > 0;
  request = {
    ...request,
    profiles: memoryFromShards
      ? (fromShards as WholeFromShards).sets.flatMap((set) =>
          set.profiles.map((entry) => ({ ...entry, failed: true })),
        )
      : profiles,
  };
  const platforms = platformsOf(profiles, request.phase, fromShards?.wholes);
  if (platforms.length === 0)
    return noAdvice(
      request,
      `No advice: no earlier run${request.shard ? ` of ${shardLabel(request.shard)}` : ''} recorded workers in phase '${request.phase}'.`,
      shardNote ? [shardNote] : [],
    );
  const fits = platforms.map((platform) => ({
    platform,
    fit: fitPlatform(platform, request.minSpeedupGain),
  }));
  const usable = fits.find(
    (item): item is { platform: Platform; fit: SpeedupModel } => typeof item.fit !== 'string',
  );
  if (!usable) {
    const first = fits[0] as { platform: Platform; fit: string };
    return noAdvice(request, `No advice: ${first.fit}.`, shardNote ? [shardNote] : []);
  }
  const { platform, fit } = usable;
  const timed = platform.runs.filter((run) => run.succeeded && run.durationMs > 0);
  const workerCounts = distinct(timed.map((run) => run.effectiveWorkers));
  const cpuCounts = distinct(platform.runs.map((run) => run.cpus));
  const largestSeen = Math.max(...workerCounts);
  const evidence: AdviceEvidence = {
    runs: platform.runs.length,
    timedRuns: timed.length,
    workerCounts,
    cpuCounts,
    os: platform.os,
    arch: platform.arch,
    serialFraction: fit.serialFraction,
    singleWorkerMs: fit.singleWorkerMs,
    serialFloorMs: fit.singleWorkerMs * fit.serialFraction,
    shardSets:
      fromShards?.wholes.filter(({ set }) => set.os === platform.os && set.arch === platform.arch)
        .length ?? 0,
    splits: fromShards?.splits ?? [],
    memoryFromShards,
  };

  const skipped: RunnerAdvice['skipped'] = [];
  const runners: RunnerPrediction[] = [];
  const platformName = `${OS_NAMES[platform.os] ?? platform.os} ${platform.arch}`;
  for (const entry of request.catalog) {
    if (entry.visibility !== 'any' && entry.visibility !== request.visibility) continue;
    if (profileOsOf(entry.os) !== platform.os || entry.arch !== platform.arch) {
      skipped.push({
        name: entry.name,
        why: `history is from ${platformName}: durations and memory there are unknown`,
      });
      continue;
    }
    runners.push(predictFor(request, entry, platform, fit, largestSeen, memoryFromShards));
  }

  const others = fits.filter((item) => item.platform !== platform);
  const limits = limitsOf(request, evidence, others, platformName, skipped.length);
  const capped = runners.filter(
    (runner) => !runner.sizeInHistory && runner.confidence === 'medium',
  ).length;
  if (capped > 0 && confidenceFor(evidence.timedRuns) === 'high')
    limits.push(
      `${capped} runner(s) of sizes history never ran on (it ran on ${sizesOf(platform)}): their predictions carry its per-CPU speed and memory over, so confidence medium at most.`,
    );
  limits.push(...shardSetLimits(evidence, fromShards));
  if (shardNote) limits.push(shardNote);
  // Runners whose count fits only if the workers' memory shrinks with the runner come last: they
  // are chosen only when no other is safe, and the reason then says what it rests on.
  const safeAnyway = runners.filter((runner) => runner.safe && !runner.reliesOnElasticMemory);
  const safe = safeAnyway.length > 0 ? safeAnyway : runners.filter((runner) => runner.safe);
  let recommended: RunnerPrediction | null = null;
  let reason: string;
  if (runners.length === 0) {
    return {
      ...noAdvice(
        request,
        `No advice: the catalogue has no runner for ${platformName}, where history ran, that a ${request.visibility} repository can use.`,
        limits,
      ),
      evidence,
      skipped,
    };
  }
  if (safe.length === 0) {
    reason = `No runner in the catalogue fits even one worker of phase '${request.phase}' without an OOM risk.`;
  } else if (request.targetMs !== null) {
    const meeting = safe.filter((runner) => runner.meetsTarget === true).sort(byCost);
    const target = formatDuration(request.targetMs);
    if (meeting.length > 0) {
      recommended = meeting[0] as RunnerPrediction;
      reason = `${recommended.name}: the cheapest that meets ${target} without an OOM risk.`;
    } else {
      recommended = [...safe].sort(byDuration)[0] as RunnerPrediction;
      reason =
        request.targetMs < evidence.serialFloorMs
          ? `None meets ${target}: it is below the ${formatDuration(evidence.serialFloorMs)} that does not parallelise (the fit's serial part), so no runner size reaches it, and shards would help only if that part is tests rather than set-up, which profiles cannot tell. The fastest is ${recommended.name}.`
          : `None meets ${target}; the fastest is ${recommended.name}.`;
    }
  } else {
    recommended = [...safe].sort(byCost)[0] as RunnerPrediction;
    reason = `${recommended.name}: the cheapest without an OOM risk (no target-duration given).`;
  }
  if (recommended?.extrapolated)
    reason += ` Its ${recommended.workers} workers are beyond the ${largestSeen} history ran: extrapolated, confidence low.`;
  // Said where it lowered the confidence; the limits say it for every size.
  if (recommended && !recommended.sizeInHistory && confidenceFor(evidence.timedRuns) === 'high')
    reason += ` History never ran on its size (${recommended.cpus} CPUs, ${formatBytes(recommended.memoryBytes)}), only on ${sizesOf(platform)}: confidence medium.`;
  if (recommended?.reliesOnElasticMemory)
    reason += ` Its ${recommended.workers} workers fit there only if their memory shrinks with the runner's, as Node and JVM heaps do (pass node-heap-mb); memory they hold (buffers, caches) does not: with elastic-memory off, fewer fit. Confidence low.`;

  const chosen = recommended;
  const ordered = [...runners].sort(byCost);
  if (chosen) {
    ordered.splice(ordered.indexOf(chosen), 1);
    ordered.unshift(chosen);
  }
  return {
    phase: request.phase,
    targetMs: request.targetMs,
    visibility: request.visibility,
    recommended: chosen?.name ?? null,
    reason,
    advised: true,
    evidence,
    runners: ordered,
    skipped,
    limits,
    catalog: catalogOrigin(request.catalog),
    shards:
      chosen && request.targetMs !== null && request.shard === null
        ? adviseShards(
            chosen,
            fit,
            request.targetMs,
            shardPeakLearner(
              request,
              allProfiles,
              catalogEntry(request.catalog, chosen.name),
              platform,
              fit,
              chosen.workers,
            ),
          )
        : null,
  };
}

/**
 * The plan on a catalogue runner from `profiles`: the estimate learned there (its memory, its OS),
 * the durations from `fit`, and the count the planner would choose, or `forcedWorkers`.
 */
function planOn(
  request: AdviceRequest,
  profiles: readonly HistoryProfile[],
  entry: RunnerEntry,
  os: string,
  fit: SpeedupModel,
  elasticMemory: boolean,
  forcedWorkers: number | null,
): Plan {
  const fallback = staticEstimate(entry.memoryBytes, 'fallback');
  const estimate = {
    ...estimateFromHistory({
      profiles: [...profiles],
      phase: request.phase,
      capacityMemoryLimitBytes: entry.memoryBytes,
      capacityOs: os,
      nowMs: request.nowMs,
      minSpeedupGain: request.minSpeedupGain,
      elasticMemory,
      fallback,
    }),
    // Durations fitted against the workers that had a CPU each, so runs on runners of other
    // sizes in history compare like with like.
    speedup: fit,
  };
  // The OS and the runner on that machine are not measured: the reserve for unmeasured memory.
  const reserve =
    request.settings.memoryReserveBytes ?? resolveReserve(null, false, entry.memoryBytes).bytes;
  return planWorkers({
    capacity: {
      cpus: entry.cpus,
      memoryLimitBytes: entry.memoryBytes,
      memoryAvailableBytes: entry.memoryBytes,
    },
    settings: {
      ...request.settings,
      memoryReserveBytes: reserve,
      forcedWorkers,
      overrideWorkers: null,
    },
    estimate,
  });
}

/**
 * A shard's peak on `entry` at `workers`, learned from the earlier runs of that shard of that
 * split on history's platform (as measured: not scaled for the runner's memory); null with none.
 */
function shardPeakLearner(
  request: AdviceRequest,
  allProfiles: readonly HistoryProfile[],
  entry: RunnerEntry,
  platform: Platform,
  fit: SpeedupModel,
  workers: number,
): ShardPeakLearner {
  return (shard) => {
    const runs = allProfiles.filter(
      (item) =>
        sameShard(item.profile.run.shard, shard) &&
        item.profile.host.os === platform.os &&
        item.profile.host.arch === platform.arch &&
        item.profile.phases.some(
          (phase) => phase.name === request.phase && mainWorkerGroup(phase) !== null,
        ),
    );
    if (runs.length === 0) return null;
    const plan = planOn(request, runs, entry, platform.os, fit, false, workers);
    return { peakBytes: plan.predictedPeakBytes, runs: runs.length };
  };
}

function predictFor(
  request: AdviceRequest,
  entry: RunnerEntry,
  platform: Platform,
  fit: SpeedupModel,
  largestSeen: number,
  memoryFromShards: boolean,
): RunnerPrediction {
  const planThere = (elasticMemory: boolean, forcedWorkers: number | null = null) =>
    planOn(request, request.profiles, entry, platform.os, fit, elasticMemory, forcedWorkers);
  const plan = planThere(request.elasticMemory);
  const workers = plan.workers;
  // Scaled down for a smaller runner, Node/JVM workers are assumed to need less (their heaps size
  // themselves from the memory they see). Memory they hold (Buffers, caches) does not shrink:
  // in bench/RESULTS.md §8b the scaled prediction was 38–40% below the measured peak. So the peak
  // shown is the one with the workers' memory as history measured it, at the same count; the
  // scaled one is kept beside it, and a count that fits only under the scaling is marked.
  const scaled = plan.estimate.elastic && plan.estimate.elasticShare < 1;
  const heldPlan = scaled ? planThere(false, workers) : null;
  const peakBytes = heldPlan?.predictedPeakBytes ?? plan.predictedPeakBytes;
  const reliesOnElasticMemory = heldPlan !== null && workers > heldPlan.memoryBound;
  // Whole ms: floating-point noise (300,000.0000001 ms) must not bill another minute.
  const durationMs = Math.round(predictDurationMs(fit, Math.min(workers, entry.cpus)));
  const billedMinutes = Math.max(1, Math.ceil(durationMs / 60_000));
  const extrapolated = Math.min(workers, entry.cpus) > largestSeen;
  const timedRuns = platform.runs.filter((run) => run.succeeded && run.durationMs > 0).length;
  const sizeInHistory = platform.runs.some((run) => sameSize(run, entry));
  return {
    name: entry.name,
    label: entry.label,
    cpus: entry.cpus,
    memoryBytes: entry.memoryBytes,
    pricePerMinuteUsd: entry.pricePerMinuteUsd,
    workers,
    limitedBy: plan.limitedBy,
    durationMs,
    peakBytes,
    elasticPeakBytes:
      heldPlan !== null && plan.predictedPeakBytes < peakBytes ? plan.predictedPeakBytes : null,
    memoryBound: plan.memoryBound,
    safe: plan.memoryBound >= 1 && workers <= plan.memoryBound,
    billedMinutes,
    costUsd: Math.round(billedMinutes * entry.pricePerMinuteUsd * 1e6) / 1e6,
    meetsTarget: request.targetMs === null ? null : durationMs <= request.targetMs,
    extrapolated,
    reliesOnElasticMemory,
    sizeInHistory,
    confidence:
      extrapolated || reliesOnElasticMemory || memoryFromShards
        ? 'low'
        : sizeInHistory
          ? confidenceFor(timedRuns)
          : atMostMedium(confidenceFor(timedRuns)),
    source: entry.source,
  };
}

/**
 * A run was on a runner of the entry's size: its CPUs, and its memory within
 * SAME_MEMORY_SHARE (a runner's memory as the kernel reports it is a little under the catalogue's
 * figure: GitHub's 16 GB runner shows 15.6 GiB).
 */
function sameSize(run: TimedRun, entry: RunnerEntry): boolean {
  return (
    run.cpus === entry.cpus &&
    Math.abs(run.memoryBytes - entry.memoryBytes) <= SAME_MEMORY_SHARE * entry.memoryBytes
  );
}

const SAME_MEMORY_SHARE = 0.1;

/**
 * A size history never ran on is predicted, not measured: its per-CPU speed and its memory
 * (GC'd heaps size themselves from it) may differ, so at most medium confidence however many
 * runs there are.
 */
function atMostMedium(confidence: Confidence): Confidence {
  return confidence === 'high' ? 'medium' : confidence;
}

/**
 * What the whole-suite evidence from shard sets rests on, one line each: how the durations were
 * derived per split, the sets that could not be used, and where the whole's memory came from.
 */
function shardSetLimits(evidence: AdviceEvidence, fromShards: WholeFromShards | null): string[] {
  if (!fromShards) return [];
  const limits: string[] = [];
  for (const split of evidence.shardSets > 0 ? evidence.splits : []) {
    const counts = split.workerCounts.join(', ');
    limits.push(
      split.serialMs !== null
        ? `${split.sets} run(s) of the phase split ${split.total} ways, every shard recorded, count as runs of the whole: the sum of the shards' durations less ${split.total - 1} × ${formatDuration(split.serialMs)}, the set-up each shard repeats (the per-shard serial part, fitted to the sets' sums at ${counts} workers).`
        : `${split.sets} run(s) of the phase split ${split.total} ways, every shard recorded, count as runs of the whole: the plain sum of the shards' durations, which errs long by the set-up each shard repeats ((${split.total} − 1) × the per-shard serial part; the sets ran at ${split.workerCounts.length === 1 ? `${counts} workers only` : `${counts} workers without falling`}, so that part cannot be told apart). The advice errs towards a faster runner or more shards.`,
    );
  }
  if (fromShards.incomplete.length > 0)
    limits.push(
      `${fromShards.incomplete.length} split run(s) not counted as runs of the whole: ${fromShards.incomplete.slice(0, 3).join('; ')}${fromShards.incomplete.length > 3 ? '; …' : ''}.`,
    );
  if (evidence.memoryFromShards)
    limits.push(
      `No run of the whole phase recorded its memory: each runner's peak is predicted from the workers of ${fromShards.sets.reduce((sum, set) => sum + set.profiles.length, 0)} shard run(s), whose counts prove nothing for the whole. The whole runs every shard's tests in one job; its workers and the rest of the job may hold more than a shard's did, so the peaks may err low: confidence low. The shards' own peaks (shards.perShard) are measured.`,
    );
  return limits;
}

function limitsOf(
  request: AdviceRequest,
  evidence: AdviceEvidence,
  /** History on other platforms than the one advised from. */
  others: { platform: Platform; fit: SpeedupModel | string }[],
  platformName: string,
  skipped: number,
): string[] {
  const limits = [
    `Durations are of phase '${request.phase}' alone: the job's other steps and the runner's start-up add to the time and the bill.`,
    `Other sizes are assumed to have the per-CPU speed of the ${evidence.cpuCounts.join(', ')}-CPU runner(s) history ran on.`,
  ];
  if (evidence.cpuCounts.length > 1)
    limits.push(
      `History ran on runners of ${evidence.cpuCounts.join(' and ')} CPUs: durations are fitted against the workers that had a CPU each, min(workers, CPUs).`,
    );
  if (skipped > 0)
    limits.push(
      `${skipped} catalogue runner(s) of other systems or architectures left out: history has runs on ${platformName} only.`,
    );
  for (const other of others)
    limits.push(
      `${other.platform.runs.length} run(s) on ${OS_NAMES[other.platform.os] ?? other.platform.os} ${other.platform.arch} not used: the advice is from the platform with the most usable runs${typeof other.fit === 'string' ? ` (there: ${other.fit})` : ''}.`,
    );
  if (request.targetMs !== null && request.targetMs < evidence.serialFloorMs)
    limits.push(
      `target-duration ${formatDuration(request.targetMs)} is below the fit's serial floor of ${formatDuration(evidence.serialFloorMs)} (${Math.round(evidence.serialFraction * 100)}% of ${formatDuration(evidence.singleWorkerMs)} does not parallelise): one runner cannot reach it. A single test longer than the target cannot be split either; profiles do not record test durations.`,
    );
  return limits;
}

/** The plan's inputs the advice takes (the action's, or the CLI's flags read as them). */
export type AdviceInputs = Pick<
  ActionInputs,
  'profile' | 'plan' | 'minSpeedupGain' | 'elasticMemory' | 'targetDurationMs' | 'shard'
>;

/** The request from the inputs: the plan's settings without a forced count. */
export function adviceRequestFor(
  inputs: AdviceInputs,
  history: {
    profiles: readonly HistoryProfile[];
    catalog: readonly RunnerEntry[];
    visibility: RepoVisibility;
    nowMs: number;
  },
): AdviceRequest {
  const { forcedWorkers: _forced, ...settings } = inputs.plan;
  return {
    profiles: history.profiles,
    phase: inputs.profile,
    catalog: history.catalog,
    targetMs: inputs.targetDurationMs,
    visibility: history.visibility,
    settings,
    nowMs: history.nowMs,
    minSpeedupGain: inputs.minSpeedupGain,
    elasticMemory: inputs.elasticMemory,
    shard: inputs.shard,
  };
}

/**
 * The repository's visibility from the event payload (`repository.private`); private when the
 * payload does not say (the paid case: free runners are never advised where they are not free).
 */
export function visibilityFromPayload(payload: unknown): RepoVisibility {
  const repository =
    typeof payload === 'object' && payload !== null
      ? (payload as { repository?: unknown }).repository
      : undefined;
  const isPrivate =
    typeof repository === 'object' && repository !== null
      ? (repository as { private?: unknown }).private
      : undefined;
  return isPrivate === false ? 'public' : 'private';
}
