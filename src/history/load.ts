/**
 * Earlier runs' profiles, from GitHub (the action) or from a folder (the CLI). Never throws for
 * GitHub trouble: problems become notes, and a bad profile is skipped and counted.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../shared/errors.js';
import { httpStatus } from '../github/types.js';
import { MAX_PROFILE_BYTES, parseProfile } from '../profile/profile.js';
import type { RunProfile } from '../profile/types.js';
import { extractProfileFromZip } from './extract.js';
import { FileError, listFolder, readBoundedText } from '../runner/files.js';
import { downloadArtifactZip, findBaselineArtifacts, type BaselineQuery } from '../github/runs.js';

export interface LoadedProfile {
  profile: RunProfile;
  runId: number | null;
  url: string | null;
}

export interface LoadedHistory {
  profiles: LoadedProfile[];
  skipped: { runId: number | null; reason: string }[];
  notes: string[];
  apiCalls: number;
}

export interface LoadHistoryOptions extends Omit<BaselineQuery, 'signal'> {
  serverUrl: string;
  timeoutMs: number;
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

export async function loadHistory(options: LoadHistoryOptions): Promise<LoadedHistory> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const result: LoadedHistory = { profiles: [], skipped: [], notes: [], apiCalls: 0 };
  let candidates;
  try {
    const discovery = await findBaselineArtifacts({ ...options, signal });
    result.apiCalls += discovery.apiCalls;
    result.notes.push(...discovery.notes);
    candidates = discovery.candidates;
  } catch (error) {
    result.notes.push(`Could not list earlier runs: ${describeFailure(error)}.`);
    return result;
  }

  const runUrl = (runId: number): string =>
    `${options.serverUrl}/${options.owner}/${options.repo}/actions/runs/${runId}`;
  // Two downloads at a time: quick on a warm API, gentle on the rate limit.
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < candidates.length) {
      const candidate = candidates[next++];
      if (!candidate) break;
      try {
        result.apiCalls++;
        const zip = await downloadArtifactZip({
          request: options.request,
          owner: options.owner,
          repo: options.repo,
          artifactId: candidate.artifactId,
          sizeInBytes: candidate.sizeInBytes,
          signal,
        });
        const profile = parseProfile(await extractProfileFromZip(zip));
        if (
          profile.run.repositoryId !== null &&
          profile.run.repositoryId !== options.repositoryId
        ) {
          throw new Error('the profile names another repository');
        }
        result.profiles.push({ profile, runId: candidate.runId, url: runUrl(candidate.runId) });
      } catch (error) {
        result.skipped.push({ runId: candidate.runId, reason: describeFailure(error) });
        if (signal.aborted) break;
      }
    }
  };
  await Promise.all([worker(), worker()]);
  result.profiles.sort((a, b) => (b.runId ?? 0) - (a.runId ?? 0));
  const skips = summariseSkips(result.skipped, candidates.length);
  if (skips) result.notes.push(skips);
  return result;
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
  for (const file of files.sort().slice(0, maxProfiles)) {
    try {
      const text = readBoundedText(file, MAX_PROFILE_BYTES, {
        what: 'a run profile',
        followLinks: false,
      });
      const profile = parseProfile(text);
      result.profiles.push({ profile, runId: profile.run.runId, url: null });
    } catch (error) {
      result.skipped.push({
        runId: null,
        reason: error instanceof FileError ? error.message : `${file}: ${errorMessage(error)}`,
      });
    }
  }
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
