/**
 * The whole phase from its shards: a workflow run whose every shard 1..T of one split was recorded
 * ran the whole suite, in T parts. Its duration as one job is derived here, so that a phase that
 * only ever ran split (the documented recipe's fan-out job) still gives the advice durations of
 * the whole. Pure. docs/algorithm.md §7 ("The whole from its shards").
 *
 * The model is the one the shard count assumes (./shards.ts): each shard repeats the serial part S
 * (set-up, collection) and runs its share W_i of the work with m workers, D_i = S + W_i / m. The
 * whole at m workers is S + ΣW_i / m = ΣD_i − (T − 1)·S. S is estimated from the sets' sums,
 * ΣD = T·S + W / m, by least squares on 1/m where sets of the split ran at two or more worker
 * counts; otherwise the plain sum is taken, which errs long by (T − 1)·S.
 */
import { linearRegression } from 'simple-statistics';
import type { HistoryProfile } from '../estimate/estimate.js';
import { mainWorkerGroup, workersRan } from '../profile/worker-group.js';

/** One workflow run's complete set of shards of a split. Times in ms, sizes in bytes. */
export interface ShardSet {
  runId: number;
  /** T: the split's size (2 or more). */
  total: number;
  os: string;
  arch: string;
  cpus: number;
  /** The least memory any of its shards had. */
  memoryBytes: number;
  /** min(workers, CPUs), the same in every shard. */
  effectiveWorkers: number;
  /** The phase's duration in shard 1, 2, … T. */
  shardDurationsMs: number[];
  /** Every shard succeeded (GitHub's conclusion, the exit status, no OOM kill in the phase). */
  succeeded: boolean;
  /** The shards' profiles, in index order. */
  profiles: HistoryProfile[];
}

/** How the whole's duration was derived for the sets of one split. */
export interface SplitDerivation {
  total: number;
  /** Successful sets of this split. */
  sets: number;
  /** Distinct worker counts they ran at. */
  workerCounts: number[];
  /**
   * The per-shard serial part subtracted (T − 1) times, or null where it could not be estimated
   * (one worker count only, or sums that do not fall with more workers): the plain sum.
   */
  serialMs: number | null;
}

export interface WholeFromShards {
  /** One entry per complete set: its whole-suite duration as one job (successful sets only). */
  wholes: { set: ShardSet; durationMs: number }[];
  /** Complete sets, successful or not (a failed one's memory and OOM kills still count). */
  sets: ShardSet[];
  splits: SplitDerivation[];
  /** Workflow runs with shards recorded but no complete set, and why; one line each. */
  incomplete: string[];
}

/**
 * The complete sets among `profiles` (shards of one split recorded by one workflow run, phase
 * `phase` with workers in each) and the whole-suite duration of each successful one.
 * @example
 * // Two shards at 1, 2 and 4 workers: ΣD = 440, 240, 140 s = 40 s + 400 s / m, so S = 20 s and
 * // the whole took 420, 220 and 120 s.
 */
export function wholeFromShardSets(
  profiles: readonly HistoryProfile[],
  phase: string,
): WholeFromShards {
  const { sets, incomplete } = completeSets(profiles, phase);
  const wholes: WholeFromShards['wholes'] = [];
  const splits: SplitDerivation[] = [];
  for (const total of [...new Set(sets.map((set) => set.total))].sort((a, b) => a - b)) {
    const ofSplit = sets.filter((set) => set.total === total && set.succeeded);
    if (ofSplit.length === 0) continue;
    const serialMs = perShardSerialMs(ofSplit);
    splits.push({
      total,
      sets: ofSplit.length,
      workerCounts: [...new Set(ofSplit.map((set) => set.effectiveWorkers))].sort((a, b) => a - b),
      serialMs,
    });
    for (const set of ofSplit)
      wholes.push({ set, durationMs: wholeDurationMs(set.shardDurationsMs, serialMs ?? 0) });
  }
  return { wholes, sets, splits, incomplete };
}

/** ΣD_i − (T − 1)·S, in whole ms. */
export function wholeDurationMs(shardDurationsMs: readonly number[], serialMs: number): number {
  const sum = shardDurationsMs.reduce((total, duration) => total + duration, 0);
  return Math.round(sum - (shardDurationsMs.length - 1) * serialMs);
}

/**
 * S from sets of one split: the least-squares intercept of ΣD on 1/m, divided by T; null with
 * fewer than two worker counts or a slope that is not positive. Kept within [0, the shortest
 * shard's duration]: a negative intercept is noise around no serial part, and no shard's
 * set-up outlasts the shard.
 */
export function perShardSerialMs(sets: readonly ShardSet[]): number | null {
  const counts = new Set(sets.map((set) => set.effectiveWorkers));
  if (sets.length < 2 || counts.size < 2) return null;
  const total = (sets[0] as ShardSet).total;
  const { m: slope, b: intercept } = linearRegression(
    sets.map((set) => [
      1 / set.effectiveWorkers,
      set.shardDurationsMs.reduce((sum, duration) => sum + duration, 0),
    ]),
  );
  if (!(slope > 0)) return null;
  const shortest = Math.min(...sets.flatMap((set) => set.shardDurationsMs));
  return Math.min(shortest, Math.max(0, intercept / total));
}

interface ShardRun {
  entry: HistoryProfile;
  index: number;
  durationMs: number;
  effectiveWorkers: number;
  succeeded: boolean;
}

/** Groups shard runs by workflow run and split; a group is a set when it is whole and uniform. */
function completeSets(
  profiles: readonly HistoryProfile[],
  phase: string,
): { sets: ShardSet[]; incomplete: string[] } {
  const groups = new Map<string, ShardRun[]>();
  for (const entry of profiles) {
    const { shard, runId } = entry.profile.run;
    if (shard === null || shard.total < 2 || runId === null) continue;
    const recorded = entry.profile.phases.find((candidate) => candidate.name === phase);
    const group = recorded ? mainWorkerGroup(recorded) : null;
    if (!recorded || !group) continue;
    const key = `${runId}/${shard.total}`;
    const runs = groups.get(key) ?? [];
    groups.set(key, runs);
    // Attempts of one shard: the later one ran last, and is the one the set is made of.
    const same = runs.findIndex((run) => run.index === shard.index);
    if (same >= 0) {
      const earlier = runs[same] as ShardRun;
      if ((earlier.entry.profile.run.runAttempt ?? 0) >= (entry.profile.run.runAttempt ?? 0))
        continue;
      runs.splice(same, 1);
    }
    runs.push({
      entry,
      index: shard.index,
      durationMs: recorded.durationMs,
      effectiveWorkers: Math.max(
        1,
        Math.min(Math.max(1, workersRan(group)), entry.profile.host.cpus),
      ),
      succeeded:
        entry.failed !== true &&
        (entry.profile.run.exitCode === null || entry.profile.run.exitCode === 0) &&
        recorded.oomKills === 0 &&
        recorded.durationMs > 0,
    });
  }
  const sets: ShardSet[] = [];
  const incomplete: string[] = [];
  for (const [key, runs] of groups) {
    const [runId, total] = key.split('/').map(Number) as [number, number];
    runs.sort((a, b) => a.index - b.index);
    const hosts = new Set(runs.map(({ entry }) => hostKey(entry)));
    const counts = new Set(runs.map((run) => run.effectiveWorkers));
    if (runs.length < total) {
      const missing = Array.from({ length: total }, (_, i) => i + 1).filter(
        (index) => !runs.some((run) => run.index === index),
      );
      incomplete.push(
        `run ${runId}: shard(s) ${missing.slice(0, 4).join(', ')}${missing.length > 4 ? ', …' : ''} of ${total} not recorded`,
      );
    } else if (hosts.size > 1)
      incomplete.push(`run ${runId}: its shards ran on runners of different sizes`);
    else if (counts.size > 1)
      incomplete.push(
        `run ${runId}: its shards ran different worker counts (${[...counts].sort((a, b) => a - b).join(', ')}), so their sum has no one count`,
      );
    else {
      const host = (runs[0] as ShardRun).entry.profile.host;
      sets.push({
        runId,
        total,
        os: host.os,
        arch: host.arch,
        cpus: host.cpus,
        memoryBytes: Math.min(...runs.map(({ entry }) => entry.profile.host.memoryLimitBytes)),
        effectiveWorkers: (runs[0] as ShardRun).effectiveWorkers,
        shardDurationsMs: runs.map((run) => run.durationMs),
        succeeded: runs.every((run) => run.succeeded),
        profiles: runs.map((run) => run.entry),
      });
    }
  }
  sets.sort((a, b) => b.runId - a.runId);
  return { sets, incomplete };
}

/** Shards compare as one set only on one kind of runner: OS, architecture and CPUs. */
function hostKey(entry: HistoryProfile): string {
  const host = entry.profile.host;
  return `${host.os}/${host.arch}/${host.cpus}`;
}
