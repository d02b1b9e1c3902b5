/**
 * The history digest: what later plans and drift tests need from the history a run learned
 * from, carried forward in the run's own artifact so that the next run fetches one artifact
 * instead of one per earlier run. Pure. docs/profile-format.md describes it; docs/security.md
 * says why it is no weaker than fetching each profile.
 *
 * Each entry is a run profile without its timeline and events (the estimator, the ladder, the
 * speed-up fit and the drift test read only host, run and phases), so entries are validated by
 * the same schema as profiles and flow through the same code.
 */
import { ProfileError } from '../shared/errors.js';
import { MiB } from '../shared/units.js';
import { parseProfile } from './profile.js';
import type { RunProfile } from './types.js';

export const DIGEST_KIND = 'resource-planner/history-digest';
export const DIGEST_VERSION = 1;
/** The file inside the artifact, beside run-profile.json. */
export const DIGEST_FILE_NAME = 'history-digest.json';
/** No digest holds more entries than this, whatever history-runs says (its input maximum). */
export const MAX_DIGEST_ENTRIES = 100;
/** A digest larger than this is refused whole (an entry is a few KiB; 100 fit in well under it). */
export const MAX_DIGEST_BYTES = 4 * MiB;
/** One entry larger than this is refused. */
const MAX_ENTRY_BYTES = 256 * 1024;

export interface HistoryDigest {
  kind: typeof DIGEST_KIND;
  version: typeof DIGEST_VERSION;
  /** Newest first, at most MAX_DIGEST_ENTRIES. */
  entries: RunProfile[];
}

/** A profile as a digest entry: no timeline, no events. */
export function compactProfile(profile: RunProfile): RunProfile {
  return {
    ...profile,
    timeline: { tMs: [], treeRssBytes: [], systemUsedBytes: [], cgroupUsageBytes: [], phase: [] },
    events: [],
  };
}

function startedMs(profile: RunProfile): number {
  const ms = Date.parse(profile.run.startedAt);
  return Number.isFinite(ms) ? ms : 0;
}

/**
 * This run's digest: its own profile and the history it learned from (profiles or earlier
 * digests' entries), one entry per run id (the newest attempt wins), newest first, capped at
 * `maxEntries`. Entries without a run id (local recordings) are kept only for this run itself.
 */
export function buildDigest(
  own: RunProfile,
  history: readonly RunProfile[],
  maxEntries: number,
): HistoryDigest {
  const cap = Math.max(1, Math.min(MAX_DIGEST_ENTRIES, Math.floor(maxEntries)));
  const byRun = new Map<number, RunProfile>();
  for (const profile of history) {
    const runId = profile.run.runId;
    if (runId === null || runId === own.run.runId) continue;
    const existing = byRun.get(runId);
    if (!existing || (profile.run.runAttempt ?? 0) > (existing.run.runAttempt ?? 0))
      byRun.set(runId, profile);
  }
  const earlier = [...byRun.values()].sort((a, b) => startedMs(b) - startedMs(a));
  return {
    kind: DIGEST_KIND,
    version: DIGEST_VERSION,
    entries: [own, ...earlier].slice(0, cap).map(compactProfile),
  };
}

export function serializeDigest(digest: HistoryDigest): string {
  return JSON.stringify(digest);
}

export interface ParsedDigest {
  entries: RunProfile[];
  /** One line per entry left out, and why. */
  problems: string[];
}

/**
 * Parses an untrusted digest: capped in size, plain JSON, each entry validated as a run profile
 * (a bad entry is dropped and counted, the rest stand). Throws ProfileError when the digest as a
 * whole is unusable (too large, not JSON, another kind, a newer version).
 */
export function parseDigest(text: string): ParsedDigest {
  if (Buffer.byteLength(text, 'utf8') > MAX_DIGEST_BYTES)
    throw new ProfileError(`history digest is larger than ${MAX_DIGEST_BYTES} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ProfileError('history digest is not JSON');
  }
  const digest = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<'kind' | 'version' | 'entries', unknown>
  >;
  if (digest.kind !== DIGEST_KIND) throw new ProfileError('not a resource-planner history digest');
  if (digest.version !== DIGEST_VERSION)
    throw new ProfileError(
      `unsupported history digest version ${String(digest.version).slice(0, 16)}`,
    );
  if (!Array.isArray(digest.entries)) throw new ProfileError('history digest has no entries');
  const problems: string[] = [];
  const entries: RunProfile[] = [];
  const raw = digest.entries as unknown[];
  if (raw.length > MAX_DIGEST_ENTRIES)
    problems.push(
      `${raw.length - MAX_DIGEST_ENTRIES} entries past the first ${MAX_DIGEST_ENTRIES} ignored`,
    );
  for (const [index, entry] of raw.slice(0, MAX_DIGEST_ENTRIES).entries()) {
    try {
      entries.push(parseProfile(JSON.stringify(entry), MAX_ENTRY_BYTES));
    } catch (error) {
      problems.push(
        `entry ${index + 1}: ${error instanceof ProfileError ? error.message : 'unreadable'}`,
      );
    }
  }
  return { entries, problems };
}

export interface TrustRules {
  repositoryId: number;
  /** Runs that count as history: this repository, the baseline branch, successful, not a fork. */
  trustedRunIds: ReadonlySet<number>;
}

/**
 * The entries a trusted run's digest may contribute: only runs that would themselves count as
 * history (the same rules as fetching their profiles), one per run id; the rest are dropped with
 * a reason each.
 */
export function trustedEntries(
  entries: readonly RunProfile[],
  rules: TrustRules,
): { kept: RunProfile[]; dropped: string[] } {
  const kept: RunProfile[] = [];
  const dropped: string[] = [];
  const seen = new Set<number>();
  for (const entry of entries) {
    const runId = entry.run.runId;
    if (runId === null) dropped.push('an entry without a run id');
    else if (entry.run.repositoryId !== rules.repositoryId)
      dropped.push(`run ${runId}: another repository`);
    else if (
      entry.run.headRepositoryId !== null &&
      entry.run.headRepositoryId !== rules.repositoryId
    )
      dropped.push(`run ${runId}: from a fork`);
    else if (!rules.trustedRunIds.has(runId))
      dropped.push(`run ${runId}: not a successful run of this workflow on the baseline branch`);
    else if (seen.has(runId)) dropped.push(`run ${runId}: listed twice`);
    else {
      seen.add(runId);
      kept.push(entry);
    }
  }
  return { kept, dropped };
}
