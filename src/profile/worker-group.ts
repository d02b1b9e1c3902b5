/** Which worker group of a phase stands for "the workers". Pure. */
import type { PhaseProfile, WorkerGroup } from './types.js';

/** The group that best stands for "the workers": the largest total among groups running 2+ at once. */
export function mainWorkerGroup(phase: PhaseProfile): WorkerGroup | null {
  const concurrent = phase.workerGroups.filter((group) => group.maxConcurrency >= 2);
  const candidates = concurrent.length > 0 ? concurrent : phase.workerGroups;
  let best: WorkerGroup | null = null;
  for (const group of candidates)
    if (!best || group.peakTotalBytes > best.peakTotalBytes) best = group;
  return best;
}

/**
 * How many of the group ran at once: the sustained count where the profile has it (v3), else the
 * most alive in one sample (a tool's brief helper or replacement worker inflates that one).
 */
export function workersRan(group: WorkerGroup): number {
  return group.concurrency?.sustainedAlive ?? group.maxConcurrency;
}
