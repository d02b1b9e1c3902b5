/**
 * From loaded history to an estimate: the glue shared by the action (profiles from GitHub, see
 * ./learn-github.ts) and the CLI (profiles from a folder).
 */
import type { ActionInputs } from '../config/inputs.js';
import { estimateFromHistory } from '../estimate/estimate.js';
import type { MemoryEstimate } from '../estimate/types.js';
import type { Capacity } from '../probe/types.js';
import type { LoadedHistory } from './load.js';
import { quotedNames, quoteUntrusted } from '../shared/inert-text.js';

export type LearnSettings = Pick<
  ActionInputs,
  'profile' | 'minSpeedupGain' | 'elasticMemory' | 'historyRuns'
>;

/** The estimate for `settings.profile` from loaded history; the loader's notes come first. */
export function estimateFromLoaded(
  history: LoadedHistory,
  settings: LearnSettings,
  capacity: Pick<Capacity, 'memoryLimitBytes' | 'os'>,
  fallback: MemoryEstimate,
  nowMs: number,
): MemoryEstimate {
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
