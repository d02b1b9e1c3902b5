/**
 * From loaded history to an estimate: the glue shared by the action (profiles from GitHub, see
 * ./learn-github.ts) and the CLI (profiles from a folder).
 */
import type { ActionInputs } from '../config/inputs.js';
import { estimateFromHistory } from '../estimate/estimate.js';
import type { MemoryEstimate } from '../estimate/types.js';
import type { Capacity } from '../probe/types.js';
import type { LoadedHistory } from './load.js';

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
