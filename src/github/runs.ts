/**
 * Finding and fetching earlier runs' profiles through the REST API. Thin adapter over
 * `octokit.request`; every response's shape is checked before use (a truncated body arrives as
 * status 200 with `data === ""`).
 *
 * Trust: only completed runs of this workflow on the baseline branch whose head repository is
 * this repository (never a fork), only artifacts whose run and repositories match. A run that
 * failed (or timed out) is as trusted as one that succeeded (same workflow, same branch, same
 * repository) and is the only place an OOM kill that failed the job shows up; callers learn from
 * it what a failure can prove (see `failedRunIds`). At most 3 listing calls: the runs, and the
 * artifact name for attempts 1 and 2; each further matrix combination looked up among the same
 * runs (a planning job's fan-out shards, src/history/load.ts) costs 2 more.
 */
import { UnsafeArtifactError } from '../shared/errors.js';
import type { GitHubRequest } from './types.js';
import { profileArtifactName } from '../profile/naming.js';
import { MiB } from '../shared/units.js';
import { asRecord } from '../shared/record.js';

export interface BaselineQuery {
  request: GitHubRequest;
  owner: string;
  repo: string;
  repositoryId: number;
  workflowFile: string;
  branch: string;
  job: string;
  matrixKey: string | null;
  maxRuns: number;
  signal?: AbortSignal;
}

export interface BaselineCandidate {
  artifactId: number;
  name: string;
  sizeInBytes: number;
  runId: number;
  runAttempt: number;
  headSha: string | null;
  createdAt: string | null;
}

export interface Discovery {
  candidates: BaselineCandidate[];
  /** Every run that counts as history (completed, this workflow, the baseline branch, not a fork). */
  trustedRunIds: ReadonlySet<number>;
  /**
   * The trusted runs GitHub reports as failed or timed out: their OOM kills and memory count, but
   * a count they ran is no proof (the job may have failed at the V8 heap limit, not the cgroup's).
   */
  failedRunIds: ReadonlySet<number>;
  notes: string[];
  apiCalls: number;
}

/** Conclusions of runs that count as history: what GitHub reports for a run that ran to its end. */
const SUCCEEDED = new Set(['success']);
const FAILED = new Set(['failure', 'timed_out']);

/** Attempts whose artifact names are looked up: a run re-tried more than once is rare. */
const ATTEMPTS_LOOKED_UP = [1, 2];

export async function findBaselineArtifacts(query: BaselineQuery): Promise<Discovery> {
  const listed = await listTrustedRuns(query);
  if (listed.trustedRunIds.size === 0) return { ...listed, candidates: [] };
  const found = await findArtifactsOf(query, query.matrixKey, listed.trustedRunIds);
  return {
    ...listed,
    candidates: found.candidates,
    notes: [...listed.notes, ...found.notes],
    apiCalls: listed.apiCalls + found.apiCalls,
  };
}

/** The trusted runs of the workflow on the branch (one call): every run that counts as history. */
export async function listTrustedRuns(
  query: Omit<BaselineQuery, 'job' | 'matrixKey' | 'maxRuns'>,
): Promise<Omit<Discovery, 'candidates'>> {
  const notes: string[] = [];
  const runsResponse = await query.request(
    'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    {
      owner: query.owner,
      repo: query.repo,
      per_page: 100,
      request: { signal: query.signal },
      workflow_id: query.workflowFile,
      branch: query.branch,
      status: 'completed',
    },
  );
  const runs = asRecord(runsResponse.data).workflow_runs;
  if (!Array.isArray(runs)) {
    notes.push('The workflow runs listing had an unexpected shape; planning without history.');
    return { trustedRunIds: new Set(), failedRunIds: new Set(), notes, apiCalls: 1 };
  }
  const trustedRuns = new Set<number>();
  const failedRuns = new Set<number>();
  let forks = 0;
  for (const item of runs as unknown[]) {
    const run = asRecord(item);
    if (typeof run.id !== 'number') continue;
    if (
      asRecord(run.head_repository).id !== query.repositoryId ||
      asRecord(run.repository).id !== query.repositoryId
    ) {
      forks++;
      continue;
    }
    // A listing without conclusions (older servers) is read as it was asked for: completed runs.
    const conclusion = typeof run.conclusion === 'string' ? run.conclusion : 'success';
    if (FAILED.has(conclusion)) failedRuns.add(run.id);
    else if (!SUCCEEDED.has(conclusion)) continue; // cancelled, skipped, neutral, ...
    trustedRuns.add(run.id);
  }
  if (forks > 0) notes.push(`${forks} run(s) from other repositories (forks) were not used.`);
  if (trustedRuns.size === 0)
    notes.push(`No completed runs of ${query.workflowFile} on ${query.branch} yet.`);
  return { trustedRunIds: trustedRuns, failedRunIds: failedRuns, notes, apiCalls: 1 };
}

/**
 * The artifacts of one job and matrix combination among the trusted runs, newest run first, at
 * most `maxRuns` (one call per attempt looked up: 2).
 */
export async function findArtifactsOf(
  query: Omit<BaselineQuery, 'matrixKey' | 'workflowFile' | 'branch'>,
  matrixKey: string | null,
  trustedRuns: ReadonlySet<number>,
): Promise<{ candidates: BaselineCandidate[]; notes: string[]; apiCalls: number }> {
  const notes: string[] = [];
  let apiCalls = 0;
  const byRun = new Map<number, BaselineCandidate>();
  for (const attempt of ATTEMPTS_LOOKED_UP) {
    const name = profileArtifactName(query.job, matrixKey, attempt);
    apiCalls++;
    const response = await query.request('GET /repos/{owner}/{repo}/actions/artifacts', {
      owner: query.owner,
      repo: query.repo,
      per_page: 100,
      request: { signal: query.signal },
      name,
    });
    const artifacts = asRecord(response.data).artifacts;
    if (!Array.isArray(artifacts)) {
      notes.push('The artifacts listing had an unexpected shape.');
      continue;
    }
    for (const item of artifacts as unknown[]) {
      const artifact = asRecord(item);
      const run = asRecord(artifact.workflow_run);
      if (
        typeof artifact.id !== 'number' ||
        artifact.name !== name ||
        artifact.expired !== false ||
        typeof artifact.size_in_bytes !== 'number' ||
        typeof run.id !== 'number' ||
        !trustedRuns.has(run.id) ||
        run.repository_id !== query.repositoryId ||
        run.head_repository_id !== query.repositoryId
      ) {
        continue;
      }
      const existing = byRun.get(run.id);
      if (existing && existing.runAttempt >= attempt) continue;
      byRun.set(run.id, {
        artifactId: artifact.id,
        name,
        sizeInBytes: artifact.size_in_bytes,
        runId: run.id,
        runAttempt: attempt,
        headSha: typeof run.head_sha === 'string' ? run.head_sha : null,
        createdAt: typeof artifact.created_at === 'string' ? artifact.created_at : null,
      });
    }
  }
  const candidates = [...byRun.values()].sort((a, b) => b.runId - a.runId).slice(0, query.maxRuns);
  return { candidates, notes, apiCalls };
}

export interface DownloadQuery {
  request: GitHubRequest;
  owner: string;
  repo: string;
  artifactId: number;
  sizeInBytes: number;
  maxZipBytes?: number;
  signal?: AbortSignal;
}

/** Profiles zip to a few KiB; 8 MiB bounds what a hostile artifact can cost. */
export const MAX_ZIP_BYTES = 8 * MiB;

/**
 * Downloads an artifact's zip. The API answers 302 to a signed blob URL; fetch follows it and, per
 * the Fetch standard, drops the Authorization header when the redirect changes origin. The size is
 * checked against `size_in_bytes` before and counted while streaming.
 */
export async function downloadArtifactZip(query: DownloadQuery): Promise<Buffer> {
  const cap = query.maxZipBytes ?? MAX_ZIP_BYTES;
  if (query.sizeInBytes > cap)
    throw new UnsafeArtifactError(`artifact is ${query.sizeInBytes} bytes (at most ${cap})`);
  const response = await query.request(
    'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    {
      owner: query.owner,
      repo: query.repo,
      artifact_id: query.artifactId,
      archive_format: 'zip',
      request: { signal: query.signal, parseSuccessResponseBody: false },
    },
  );
  return readCapped(response.data, cap);
}

async function readCapped(body: unknown, cap: number): Promise<Buffer> {
  if (body instanceof ArrayBuffer) {
    if (body.byteLength > cap) throw new UnsafeArtifactError(`download exceeds ${cap} bytes`);
    return Buffer.from(body);
  }
  if (Buffer.isBuffer(body)) {
    if (body.length > cap) throw new UnsafeArtifactError(`download exceeds ${cap} bytes`);
    return body;
  }
  const stream = body as { getReader?: () => ReadableStreamDefaultReader<Uint8Array> } | null;
  if (!stream || typeof stream.getReader !== 'function')
    throw new UnsafeArtifactError('the download had an unexpected shape');
  const reader = stream.getReader();
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel();
      throw new UnsafeArtifactError(`download exceeds ${cap} bytes`);
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}
