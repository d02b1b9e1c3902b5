/**
 * From loaded history to an estimate: the glue shared by the action (profiles from GitHub, see
 * ./learn-github.ts) and the CLI (profiles from a folder).
 */
import type { ActionInputs } from '../config/inputs.js';
import { estimateFromHistory } from '../estimate/estimate.js';
import type { MemoryEstimate } from '../estimate/types.js';
import type { Capacity } from '../probe/types.js';
import type { LoadedHistory } from './load.js';
import { sameShard, shardLabel } from '../profile/identity.js';
import type { ShardRef } from '../profile/types.js';
import { quotedNames, quoteUntrusted } from '../shared/inert-text.js';

export type LearnSettings = Pick<
  ActionInputs,
  'profile' | 'minSpeedupGain' | 'elasticMemory' | 'historyRuns'
> &
  Partial<Pick<ActionInputs, 'shard'>>;

/**
 * The estimate for `settings.profile` from loaded history; the loader's notes come first. A shard
 * (`shard: 2/4`) learns from runs of the same shard of the same split only: a job's history holds
 * the runs of its matrix value (`shard: 2`) whatever the split was, and shard 2 of 3 ran other
 * tests than shard 2 of 4 (a third of the suite, not a quarter), so its memory and durations
 * would be read as this shard's.
 */
export function estimateFromLoaded(
  history: LoadedHistory,
  settings: LearnSettings,
  capacity: Pick<Capacity, 'memoryLimitBytes' | 'os'>,
  fallback: MemoryEstimate,
  nowMs: number,
): MemoryEstimate {
  history = sameSplit(history, settings.shard ?? null);
  const estimate = estimateFromHistory({
    profiles: history.profiles.map((entry) => ({
      profile: entry.profile,
      url: entry.url,
      failed: entry.failed,
    })),
    phase: settings.profile,
    capacityMemoryLimitBytes: capacity.memoryLimitBytes,
    capacityOs: capacity.os,
    nowMs,
    minSpeedupGain: settings.minSpeedupGain,
    elasticMemory: settings.elasticMemory,
    fallback,
  });
  return { ...estimate, notes: [...history.notes, ...estimate.notes] };
}

/** The runs of `shard` alone, with a note naming the splits left out; all of them for no shard. */
export function sameSplit(history: LoadedHistory, shard: ShardRef | null): LoadedHistory {
  if (shard === null) return history;
  const kept = history.profiles.filter((entry) => sameShard(entry.profile.run.shard, shard));
  if (kept.length === history.profiles.length) return history;
  const others = history.profiles
    .filter((entry) => !sameShard(entry.profile.run.shard, shard))
    .map((entry) => shardLabel(entry.profile.run.shard) ?? 'the whole');
  return {
    ...history,
    profiles: kept,
    notes: [
      ...history.notes,
      `${others.length} run(s) of another split left out (${[...new Set(others)].join(', ')}): this is ${shardLabel(shard) ?? 'the whole'}, and a shard learns from the same shard of the same split${kept.length === 0 ? '; none is left, so this run plans without history. If the matrix was split differently on purpose, the next runs will learn' : ''}.`,
    ],
  };
}

/**
 * The profiles of one job (`run.job`, which the CLI's `run --name` sets), so that recordings of
 * different commands do not mix into one estimate. With no name, every profile is kept, and a
 * folder that holds several jobs gets a note saying so.
 */
export function onlyJob(history: LoadedHistory, job: string | null): LoadedHistory {
  const jobs = history.profiles.map((entry) => entry.profile.run.job);
  if (job === null) {
    const distinct = new Set(jobs);
    if (distinct.size < 2) return history;
    return {
      ...history,
      notes: [
        ...history.notes,
        `The profiles are of ${distinct.size} jobs (${quotedNames(distinct)}): --name NAME learns from one.`,
      ],
    };
  }
  const kept = history.profiles.filter((entry) => entry.profile.run.job === job);
  if (kept.length === history.profiles.length) return history;
  const others = jobs.filter((name) => name !== job);
  return {
    ...history,
    profiles: kept,
    notes: [
      ...history.notes,
      `${others.length} of ${jobs.length} profiles left out: of other jobs (${quotedNames(others)}), not ${quoteUntrusted(job, 60)}.`,
    ],
  };
}
