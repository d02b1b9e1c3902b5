/**
 * State shared between the action's steps. Two scopes:
 * - step state (STATE_* from main to its own post): which role this invocation plays;
 * - job state: a file under RUNNER_TEMP (a fresh directory per job) that every invocation of
 *   the action in the job reads, so only the first starts a sampler and later ones mark phases.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProfileHost, ProfileRun } from '../profile/types.js';
import type { PhaseMark, ProcessIdentity } from '../sampler/types.js';

/** Keys of step state, in one place. */
export const StateKey = {
  /** JSON of `StepState`. */
  Step: 'resource-planner',
} as const;

export interface StepState {
  /** `owner` started the sampler and writes the job's report in its post; `phase` only marked a phase. */
  role: 'owner' | 'phase';
  jobDir: string;
  profile: string;
}

export interface JobState {
  version: 1;
  samplerPid: number | null;
  /**
   * Who the sampler is (PID, start time, executable), read when it started: post signals only a
   * process that still matches it. Absent or null: the sampler is never signalled.
   */
  samplerIdentity?: ProcessIdentity | null;
  samplesFile: string;
  samplerLogFile: string;
  phasesFile: string;
  intervalMs: number;
  source: string;
  host: ProfileHost;
  run: ProfileRun;
  /** Validated profiles of earlier runs, saved by main for post's drift comparison. */
  historyDir: string;
  /** Why sampling is off, when it is. */
  samplerProblem: string | null;
}

export const JOB_DIR_NAME = 'resource-planner';

export function jobDirFor(runnerTemp: string): string {
  return join(runnerTemp, JOB_DIR_NAME);
}

export function jobStatePath(jobDir: string): string {
  return join(jobDir, 'job.json');
}

/** The job state, or null when no invocation has written it yet (or it is unreadable). */
export function readJobState(jobDir: string): JobState | null {
  try {
    const parsed = JSON.parse(readFileSync(jobStatePath(jobDir), 'utf8')) as JobState;
    return parsed.version === 1 ? parsed : null;
  } catch {
    return null;
  }
}

export function writeJobState(jobDir: string, state: JobState): void {
  mkdirSync(jobDir, { recursive: true });
  writeFileSync(jobStatePath(jobDir), JSON.stringify(state), 'utf8');
}

/**
 * A copy of the sampler's identity beside the job state, so that the post step that owns the
 * sampler can still stop it when the job state itself is unreadable.
 */
export function samplerIdentityPath(jobDir: string): string {
  return join(jobDir, 'sampler-identity.json');
}

export function writeSamplerIdentity(jobDir: string, identity: ProcessIdentity): void {
  mkdirSync(jobDir, { recursive: true });
  writeFileSync(samplerIdentityPath(jobDir), JSON.stringify(identity), 'utf8');
}

/** A process identity from untrusted JSON (the job state, the identity file); null when malformed. */
export function parseProcessIdentity(value: unknown): ProcessIdentity | null {
  if (typeof value !== 'object' || value === null) return null;
  const { pid, startTime, exe } = value as Record<string, unknown>;
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
  if (startTime !== null && typeof startTime !== 'string') return null;
  if (exe !== null && typeof exe !== 'string') return null;
  return { pid, startTime, exe };
}

export function appendPhaseMark(phasesFile: string, mark: PhaseMark): void {
  appendFileSync(phasesFile, JSON.stringify(mark) + '\n', 'utf8');
}

/** Phase marks written by the invocations so far; unreadable lines are skipped. */
export function readPhaseMarks(phasesFile: string): PhaseMark[] {
  let text: string;
  try {
    text = readFileSync(phasesFile, 'utf8');
  } catch {
    return [];
  }
  const marks: PhaseMark[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const mark = JSON.parse(line) as Partial<PhaseMark>;
      if (typeof mark.name === 'string' && typeof mark.t === 'number') {
        marks.push({
          name: mark.name,
          t: mark.t,
          workersRecommended:
            typeof mark.workersRecommended === 'number' ? mark.workersRecommended : null,
        });
      }
    } catch {
      // A line cut short by a crash: the others still count.
    }
  }
  return marks;
}

/** The job state's storage, passed to the steps so that tests can see what they keep. */
export interface JobStore {
  read(jobDir: string): JobState | null;
  write(jobDir: string, state: JobState): void;
  appendPhaseMark(phasesFile: string, mark: PhaseMark): void;
  readPhaseMarks(phasesFile: string): PhaseMark[];
}

/** The real store: files under RUNNER_TEMP. */
export const fileJobStore: JobStore = {
  read: readJobState,
  write: writeJobState,
  appendPhaseMark,
  readPhaseMarks,
};
