/**
 * Earlier runs' profiles, from GitHub (the action) or from a folder (the CLI). Never throws for
 * GitHub trouble: problems become notes, and a bad profile is skipped and counted.
 */
import { lstatSync } from 'node:fs';
import { basename, join } from 'node:path';
import { errorMessage } from '../shared/errors.js';
import { httpStatus } from '../github/types.js';
import { MAX_PROFILE_BYTES, parseProfile } from '../profile/profile.js';
import type { RunProfile } from '../profile/types.js';
import { extractFilesFromZip } from './extract.js';
import {
  DIGEST_FILE_NAME,
  MAX_DIGEST_BYTES,
  parseDigest,
  trustedEntries,
} from '../profile/digest.js';
import { PROFILE_FILE_NAME } from '../profile/naming.js';
import { FileError, listFolder, readBoundedText, shownPath } from '../runner/files.js';
import {
  downloadArtifactZip,
  findArtifactsOf,
  listTrustedRuns,
  type BaselineCandidate,
  type BaselineQuery,
  type Discovery,
} from '../github/runs.js';
import { canonicalMatrixKey } from '../profile/identity.js';

export interface LoadedProfile {
  profile: RunProfile;
  runId: number | null;
  url: string | null;
  /**
   * GitHub reports the run as failed (from the API listing, never from the profile): its OOM
   * kills and memory are evidence, the count it ran is no proof, and it is no drift baseline.
   * False where nothing says so (profiles from a folder: the CLI records the exit status).
   */
  failed: boolean;
}

export interface LoadedHistory {
  profiles: LoadedProfile[];
  skipped: { runId: number | null; reason: string }[];
  notes: string[];
  apiCalls: number;
  /**
   * A planning job's (`fanOutShards`): the runs of its history job's shards, each recorded as
   * shard i of a split, newest first per shard; absent otherwise. Kept apart from `profiles`: they
   * measure parts of the suite, not the whole.
   */
  shardRuns?: LoadedProfile[];
}

export interface LoadHistoryOptions extends Omit<BaselineQuery, 'signal'> {
  serverUrl: string;
  timeoutMs: number;
  /**
   * A planning job (`history-job`): also look up the history job's fan-out shards, matrix
   * `{"shard":i}` (loadFanOut).
   */
  fanOutShards?: boolean;
  /** The fan-out job's matrix values beside `shard` (`history-matrix`); null for none. */
  fanOutMatrix?: Readonly<Record<string, string | number | boolean>> | null;
}

function describeFailure(error: unknown): string {
  const status = httpStatus(error);
  if (status === 403) return 'access denied (403): the token needs "actions: read"';
  if (status === 404) return 'not found (404)';
  if (status === 410) return 'expired (410)';
  if (status === 429) return 'rate limited (429)';
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError'))
    return 'timed out';
  return errorMessage(error);
}

function summariseSkips(skipped: LoadedHistory['skipped'], total: number): string | null {
  if (skipped.length === 0) return null;
  const reasons = [...new Set(skipped.map((skip) => skip.reason))].slice(0, 3).join('; ');
  return `${skipped.length} of ${total} profiles skipped: ${reasons}.`;
}

/** Downloads at once for runs the digest did not cover: quick on a warm API, gentle on the rate limit. */
const PARALLEL_DOWNLOADS = 4;

/** `each` over `items`, PARALLEL_DOWNLOADS at a time, starting no more once `signal` aborts. */
async function fewAtATime<T>(
  items: readonly T[],
  signal: AbortSignal,
  each: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !signal.aborted) await each(items[next++] as T);
  };
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, worker));
}

/**
 * The most shards of a fan-out job a planning job looks up: each costs 2 listing calls and a
 * download (3 API calls with digests), so 16 shards cost 48 calls of the 1,000 an hour a
 * repository's GITHUB_TOKEN has.
 */
export const MAX_FAN_OUT_SHARDS = 16;

/**
 * The matrix key a fan-out job's shard `index` records: `{"shard":2}`, or with the job's other
 * matrix values (`history-matrix`) `{"node":22,"shard":2}` (canonical JSON).
 */
export function shardMatrixKey(
  index: number,
  others: Readonly<Record<string, string | number | boolean>> | null = null,
): string {
  return canonicalMatrixKey(JSON.stringify({ ...others, shard: index })) as string;
}

/**
 * The baseline's profiles in as few round trips as the history allows: list the trusted runs
 * and their artifacts (3 calls), download the newest run's artifact, and take the digest it
 * carries of the history it learned from; only runs the digest does not cover (older versions,
 * expired digests) are downloaded one by one, a few at a time. With `fanOutShards` (a planning
 * job) also the fan-out job's shards (`shardRuns`, see loadFanOut). One time limit for all.
 */
export async function loadHistory(options: LoadHistoryOptions): Promise<LoadedHistory> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const result: LoadedHistory = { profiles: [], skipped: [], notes: [], apiCalls: 0 };
  let listed;
  try {
    listed = await listTrustedRuns({ ...options, signal });
    result.apiCalls += listed.apiCalls;
    result.notes.push(...listed.notes);
  } catch (error) {
    result.notes.push(`Could not list earlier runs: ${describeFailure(error)}.`);
    return result;
  }
  if (listed.trustedRunIds.size === 0) return result;
  const whole = await loadCombination(options, listed, options.matrixKey, signal);
  result.apiCalls += whole.apiCalls;
  result.profiles.push(...whole.profiles);
  result.skipped.push(...whole.skipped);
  result.notes.push(...whole.notes);
  if (options.fanOutShards) {
    const fanOut = await loadFanOut(options, listed, signal);
    result.apiCalls += fanOut.apiCalls;
    result.notes.push(...fanOut.notes);
    result.shardRuns = fanOut.profiles;
  }
  return result;
}

/**
 * A planning job's fan-out shards: the history job's runs recorded under matrix `{"shard":i}`
 * (the matrix of the documented recipe), i = 1..T, T the split of shard 1's newest run
 * (`run.shard.total`), at most MAX_FAN_OUT_SHARDS. Each shard's newest artifact carries the digest
 * of that shard's history, so a split of T costs 3·T calls. A run whose profile under
 * `{"shard":i}` does not record itself as shard i (no `shard` input, another index) is left out:
 * which part of the suite it ran is not known. Never throws: trouble becomes notes.
 */
async function loadFanOut(
  options: LoadHistoryOptions,
  listed: Listed,
  signal: AbortSignal,
): Promise<{ profiles: LoadedProfile[]; notes: string[]; apiCalls: number }> {
  const notes: string[] = [];
  const profiles: LoadedProfile[] = [];
  let apiCalls = 0;
  let leftOut = 0;
  const shard = async (index: number): Promise<LoadedProfile[]> => {
    const loaded = await loadCombination(
      options,
      listed,
      shardMatrixKey(index, options.fanOutMatrix ?? null),
      signal,
    );
    apiCalls += loaded.apiCalls;
    for (const note of loaded.notes) notes.push(`Shard ${index}: ${note}`);
    const kept = loaded.profiles.filter((entry) => entry.profile.run.shard?.index === index);
    leftOut += loaded.profiles.length - kept.length;
    return kept;
  };
  const first = await shard(1);
  const newest = first[0]?.profile.run.shard;
  if (!newest) {
    notes.push(
      `No run of job ${options.job}'s shard 1 (matrix ${shardMatrixKey(1, options.fanOutMatrix ?? null)}, recorded with shard: 1/TOTAL) found: planning from its whole runs alone.`,
    );
    return { profiles, notes, apiCalls };
  }
  profiles.push(...first);
  const total = Math.min(newest.total, MAX_FAN_OUT_SHARDS);
  if (newest.total > MAX_FAN_OUT_SHARDS)
    notes.push(
      `Shard 1's newest run was 1 of ${newest.total}: only shards 1 to ${MAX_FAN_OUT_SHARDS} are looked up, so no complete set of that split is seen.`,
    );
  const rest = Array.from({ length: total - 1 }, (_, offset) => offset + 2);
  await fewAtATime(rest, signal, async (index) => {
    profiles.push(...(await shard(index)));
  });
  profiles.sort(
    (a, b) =>
      (b.runId ?? 0) - (a.runId ?? 0) ||
      (a.profile.run.shard?.index ?? 0) - (b.profile.run.shard?.index ?? 0),
  );
  if (leftOut > 0)
    notes.push(
      `${leftOut} run(s) under a shard's matrix value left out: their profile records no shard, or another one (pass shard: \${{ matrix.shard }}/TOTAL).`,
    );
  const runs = new Set(profiles.map((entry) => entry.runId)).size;
  notes.push(
    `Job ${options.job}'s shards 1 to ${total} (shard 1's newest run was 1 of ${newest.total}): ${profiles.length} shard run(s) from ${runs} workflow run(s).`,
  );
  return { profiles, notes, apiCalls };
}

type Listed = Pick<Discovery, 'trustedRunIds' | 'failedRunIds'>;

/**
 * One job and matrix combination's profiles among the listed runs: the newest run's artifact
 * with its digest, then the runs the digest did not cover, up to `maxRuns`. Never throws.
 */
async function loadCombination(
  options: LoadHistoryOptions,
  listed: Listed,
  matrixKey: string | null,
  signal: AbortSignal,
): Promise<LoadedHistory> {
  const result: LoadedHistory = { profiles: [], skipped: [], notes: [], apiCalls: 0 };
  const { trustedRunIds, failedRunIds } = listed;
  let candidates: BaselineCandidate[];
  try {
    const found = await findArtifactsOf({ ...options, signal }, matrixKey, trustedRunIds);
    result.apiCalls += found.apiCalls;
    result.notes.push(...found.notes);
    candidates = found.candidates;
  } catch (error) {
    result.apiCalls += 1;
    result.notes.push(`Could not list earlier runs' artifacts: ${describeFailure(error)}.`);
    return result;
  }
  if (candidates.length === 0) return result;

  const runUrl = (runId: number): string =>
    `${options.serverUrl}/${options.owner}/${options.repo}/actions/runs/${runId}`;
  const covered = new Set<number>();
  const take = (profile: RunProfile, runId: number): void => {
    covered.add(runId);
    result.profiles.push({ profile, runId, url: runUrl(runId), failed: failedRunIds.has(runId) });
  };
  const fetchOne = async (candidate: BaselineCandidate): Promise<string | null> => {
    result.apiCalls++;
    const zip = await downloadArtifactZip({
      request: options.request,
      owner: options.owner,
      repo: options.repo,
      artifactId: candidate.artifactId,
      sizeInBytes: candidate.sizeInBytes,
      signal,
    });
    const refused: string[] = [];
    const files = await extractFilesFromZip(zip, {
      required: PROFILE_FILE_NAME,
      optional: [DIGEST_FILE_NAME],
      refused,
    });
    for (const problem of refused)
      result.notes.push(`The digest of run ${candidate.runId} was not used: ${problem}.`);
    const profile = parseProfile(files.get(PROFILE_FILE_NAME) as string);
    if (profile.run.repositoryId !== null && profile.run.repositoryId !== options.repositoryId)
      throw new Error('the profile names another repository');
    take(profile, candidate.runId);
    return files.get(DIGEST_FILE_NAME) ?? null;
  };

  // 1. The newest trusted run: its profile and the digest of the history it learned from.
  const newest = candidates[0] as BaselineCandidate;
  let fromDigest = 0;
  try {
    const digestText = await fetchOne(newest);
    if (digestText !== null) {
      fromDigest = takeDigest(digestText, newest.runId, trustedRunIds, options, result, take);
    }
  } catch (error) {
    result.skipped.push({ runId: newest.runId, reason: describeFailure(error) });
  }

  // 2. Runs the digest did not cover, up to history-runs in all, a few at a time.
  const rest = candidates
    .slice(1)
    .filter((candidate) => !covered.has(candidate.runId))
    .slice(0, Math.max(0, options.maxRuns - Math.max(1, result.profiles.length)));
  await fewAtATime(rest, signal, async (candidate) => {
    try {
      await fetchOne(candidate);
    } catch (error) {
      result.skipped.push({ runId: candidate.runId, reason: describeFailure(error) });
    }
  });

  result.profiles.sort((a, b) => (b.runId ?? 0) - (a.runId ?? 0));
  result.profiles.splice(options.maxRuns);
  // The newest run's own profile came with its digest: both count as "from the digest".
  const viaDigest = fromDigest > 0 && covered.has(newest.runId) ? fromDigest + 1 : 0;
  const separately = result.profiles.length - viaDigest;
  result.notes.push(
    viaDigest > 0
      ? `${viaDigest} run(s) from the digest of run ${newest.runId}, ${separately} fetched separately.`
      : `No usable digest in run ${newest.runId}'s artifact (an older version of the action?): ${separately} run(s) fetched one by one, ${PARALLEL_DOWNLOADS} at a time.`,
  );
  const skips = summariseSkips(result.skipped, rest.length + 1);
  if (skips) result.notes.push(skips);
  const failed = result.profiles.filter((entry) => entry.failed).length;
  if (failed > 0)
    result.notes.push(
      `${failed} of them from run(s) that failed: their OOM kills and memory count, the worker counts they ran prove nothing.`,
    );
  return result;
}

/**
 * Takes the digest's entries that the baseline rules allow (each validated like a profile and
 * kept with its own run id); says what was dropped. Returns how many were taken.
 */
function takeDigest(
  text: string,
  digestRunId: number,
  trustedRunIds: ReadonlySet<number>,
  options: LoadHistoryOptions,
  result: LoadedHistory,
  take: (profile: RunProfile, runId: number) => void,
): number {
  let parsed;
  try {
    parsed = parseDigest(text);
  } catch (error) {
    result.notes.push(`The digest of run ${digestRunId} was not used: ${errorMessage(error)}.`);
    return 0;
  }
  const { kept, dropped } = trustedEntries(
    parsed.entries.filter((entry) => entry.run.runId !== digestRunId),
    { repositoryId: options.repositoryId, trustedRunIds },
  );
  const newestFirst = kept.slice(0, Math.max(0, options.maxRuns - 1));
  for (const entry of newestFirst) take(entry, entry.run.runId as number);
  const problems = [...parsed.problems, ...dropped];
  if (problems.length > 0)
    result.notes.push(
      `The digest of run ${digestRunId}: ${problems.length} entr${problems.length === 1 ? 'y' : 'ies'} left out (${problems.slice(0, 3).join('; ')}).`,
    );
  return newestFirst.length;
}

/**
 * Profiles from a folder: `*.json` files and `run-profile.json` one level down (as
 * `gh run download` lays artifacts out). Each is read with the profile cap applied while reading;
 * links are not followed, and FIFOs, devices, sockets and links named `*.json` are skipped with a
 * note (never opened). Throws `FileError` (one line: `DIR: no such folder`) when `directory`
 * itself cannot be listed.
 */
export function loadHistoryFromDirectory(directory: string, maxProfiles = 100): LoadedHistory {
  const result: LoadedHistory = { profiles: [], skipped: [], notes: [], apiCalls: 0 };
  const files: string[] = [];
  for (const entry of listFolder(directory)) {
    const path = join(directory, entry);
    if (isFolder(path)) files.push(...innerProfiles(path, result));
    else if (entry.endsWith('.json')) files.push(path);
  }
  const digests: RunProfile[] = [];
  for (const file of files.sort().slice(0, maxProfiles)) {
    try {
      if (basename(file) === DIGEST_FILE_NAME) {
        // A downloaded artifact's digest: its entries count for runs no profile here covers.
        const parsed = parseDigest(
          readBoundedText(file, MAX_DIGEST_BYTES, { what: 'a history digest', followLinks: false }),
        );
        digests.push(...parsed.entries);
        if (parsed.problems.length > 0)
          result.notes.push(
            `${shownPath(file)}: ${parsed.problems.length} digest entries left out.`,
          );
        continue;
      }
      const text = readBoundedText(file, MAX_PROFILE_BYTES, {
        what: 'a run profile',
        followLinks: false,
      });
      const profile = parseProfile(text);
      result.profiles.push({ profile, runId: profile.run.runId, url: null, failed: false });
    } catch (error) {
      result.skipped.push({
        runId: null,
        reason:
          error instanceof FileError ? error.message : `${shownPath(file)}: ${errorMessage(error)}`,
      });
    }
  }
  const covered = new Set(result.profiles.map((entry) => entry.runId));
  let fromDigests = 0;
  for (const entry of digests) {
    if (entry.run.runId !== null && covered.has(entry.run.runId)) continue;
    covered.add(entry.run.runId);
    result.profiles.push({ profile: entry, runId: entry.run.runId, url: null, failed: false });
    fromDigests++;
  }
  if (fromDigests > 0)
    result.notes.push(`${fromDigests} run(s) from history digests in ${directory}.`);
  result.profiles.splice(maxProfiles);
  if (files.length > maxProfiles)
    result.notes.push(`Only the first ${maxProfiles} of ${files.length} files were read.`);
  const skips = summariseSkips(result.skipped, files.length);
  if (skips) result.notes.push(skips);
  return result;
}

/** A real folder (not a link to one). */
function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The `*.json` entries of a folder one level down; a folder that cannot be listed is a note. */
function innerProfiles(folder: string, result: LoadedHistory): string[] {
  let entries: string[];
  try {
    entries = listFolder(folder);
  } catch (error) {
    result.notes.push(`Skipped ${errorMessage(error)}.`);
    return [];
  }
  return entries
    .filter((inner) => inner.endsWith('.json') && !isFolder(join(folder, inner)))
    .map((inner) => join(folder, inner));
}
