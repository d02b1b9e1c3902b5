/**
 * The post step. Only the invocation that started the sampler (the job's first) reports: it runs
 * last of all posts, so its report covers every phase. It stops the sampler, turns the samples
 * into a run profile, uploads it, writes the post-run advisory, and compares with the baseline.
 *
 * It signals the sampler only when the process holding its PID is still the sampler (the identity
 * recorded at its start), and gives each network operation `post-timeout`: one that takes longer
 * is abandoned with a warning, and the process is ended once everything else is written.
 */
import { join } from 'node:path';
import { InputError, errorMessage } from '../shared/errors.js';
import { parseInputs, type ActionInputs } from '../config/inputs.js';
import {
  parseProcessIdentity,
  samplerIdentityPath,
  StateKey,
  type JobState,
  type JobStore,
  type StepState,
} from './job-state.js';
import type { DriftOutcome, DriftRequest } from './publish-drift.js';
import { jobSummarySections } from '../report/job-summary.js';
import { buildDigest, DIGEST_FILE_NAME, serializeDigest } from '../profile/digest.js';
import { profileArtifactName, PROFILE_FILE_NAME } from '../profile/naming.js';
import type { RunProfile } from '../profile/types.js';
import type { Environment, Runner } from '../runner/types.js';
import type { ProcessIdentity, SamplerLine } from '../sampler/types.js';
import type { BuildProfileInput } from '../profile/build.js';
import { joinWithinLimit, SUMMARY_LIMIT_BYTES } from '../report/markdown.js';
import type { PostRunOptions } from '../report/post-run.js';
import type { UploadRequest, UploadResult } from '../github/artifacts.js';
import { driftReportFor } from '../drift/drift.js';
import { pushgatewayPath, renderOpenMetrics } from '../report/openmetrics.js';
import type { PushRequest } from '../runner/pushgateway.js';

/** The run's metrics beside its profile in the artifact (OpenMetrics text; docs/metrics.md). */
export const METRICS_FILE_NAME = 'metrics.txt';

export interface PostDeps {
  runner: Runner;
  env: Environment;
  monotonicMs(): number;
  /** The event payload; `{}` when there is none or it cannot be read (never throws). */
  readEventPayload(): unknown;
  jobStore: JobStore;
  /**
   * Stops the sampler if the process holding `identity.pid` is still it: 'stopped' (it exited on
   * SIGTERM), 'killed' (SIGKILL), 'not-running', or 'not-ours' (the PID belongs to another
   * process, which was not signalled).
   */
  stopSampler(
    identity: ProcessIdentity,
  ): Promise<'stopped' | 'killed' | 'not-running' | 'not-ours'>;
  readTextFile(path: string): string | null;
  writeTextFile(path: string, text: string): void;
  parseSamples(text: string): { lines: SamplerLine[]; skipped: number; truncatedTail: boolean };
  buildProfile(input: BuildProfileInput): RunProfile;
  serializeProfile(profile: RunProfile): string;
  renderPostRunSummary(profile: RunProfile, options: PostRunOptions): string;
  upload(request: UploadRequest): Promise<UploadResult>;
  /** Validated baseline profiles saved by the main step. */
  loadBaseline(historyDir: string): RunProfile[];
  /** Drift test, summary section and sticky comment (loaded lazily). */
  compare(request: DriftRequest): Promise<DriftOutcome | null>;
  /** One PUT of the metrics to a Pushgateway (`pushgateway-url`). */
  pushMetrics(request: PushRequest): Promise<void>;
  toolVersion: string;
  /**
   * Called last, only when a network operation was abandoned at its time limit: ends the process
   * once its output is flushed, as the abandoned request would otherwise keep it alive.
   */
  exitAbandoningPending?(): void;
}

/** What post left unfinished: set when a network operation was abandoned at its time limit. */
interface Pending {
  abandoned: boolean;
}

export async function runPost(deps: PostDeps): Promise<void> {
  const { runner } = deps;
  const pending: Pending = { abandoned: false };
  try {
    const stepState = parseStepState(runner.getState(StateKey.Step));
    if (!stepState) {
      runner.info('resource-planner: nothing to report (the main step did not record anything).');
      return;
    }
    if (stepState.role === 'phase') {
      runner.info(
        `resource-planner: phase '${stepState.profile}' is reported by the job's first resource-planner step.`,
      );
      return;
    }
    // The token is usually a secret the runner masks already; one passed another way is masked
    // here, before anything can log it.
    runner.setSecret(runner.getInput('github-token'));
    const inputs = parseInputs((name) => runner.getInput(name));
    const job = deps.jobStore.read(stepState.jobDir);
    if (!job) {
      runner.warning(
        `resource-planner: the job state is missing, so there is no memory report for this job.${await stopWithoutJobState(deps, stepState.jobDir)}`,
      );
      return;
    }
    await reportJob(deps, inputs, stepState, job, pending);
  } catch (error) {
    if (error instanceof InputError) {
      runner.setFailed(error.message);
      return;
    }
    runner.warning(`resource-planner could not finish its report: ${errorMessage(error)}`);
  } finally {
    if (pending.abandoned) deps.exitAbandoningPending?.();
  }
}

/** The sampler's identity kept beside the job state (see `samplerIdentityPath`), or null. */
function identityFromFile(deps: PostDeps, jobDir: string): ProcessIdentity | null {
  const text = deps.readTextFile(samplerIdentityPath(jobDir));
  if (text === null) return null;
  try {
    return parseProcessIdentity(JSON.parse(text));
  } catch {
    return null;
  }
}

/**
 * The owner's post without a readable job state: still stops the sampler the main step started
 * (by the identity kept beside the job state), so it does not run on after the job. Returns what
 * to add to the warning.
 */
async function stopWithoutJobState(deps: PostDeps, jobDir: string): Promise<string> {
  const identity = identityFromFile(deps, jobDir);
  if (!identity) return '';
  const outcome = await deps.stopSampler(identity);
  if (outcome === 'stopped' || outcome === 'killed') return ' The sampler was stopped.';
  if (outcome === 'not-ours') return ` ${notOursNote(identity.pid)}`;
  return '';
}

function notOursNote(pid: number): string {
  return `The sampler's PID (${pid}) now belongs to another process: not signalled.`;
}

const TIMED_OUT = Symbol('timed out');

/**
 * `work` raced against a timer of `ms`. The timer is cleared as soon as either settles, so it never
 * holds the process; it is not unref()'d, because if the pending request held no handle of its own
 * an unref()'d timer would let Node leave the step half done. A late failure of abandoned work is
 * swallowed.
 */
async function withinTimeLimit<T>(
  work: () => Promise<T>,
  ms: number,
): Promise<T | typeof TIMED_OUT> {
  const promise = Promise.resolve().then(work);
  promise.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** `60 s`, `2.5 s`: the limit as the warning states it. */
function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

function parseStepState(text: string): StepState | null {
  if (!text) return null;
  try {
    const state = JSON.parse(text) as Partial<StepState>;
    if ((state.role === 'owner' || state.role === 'phase') && typeof state.jobDir === 'string') {
      return {
        role: state.role,
        jobDir: state.jobDir,
        profile: String(state.profile ?? 'default'),
      };
    }
  } catch {
    // Unreadable state is the same as none.
  }
  return null;
}

async function reportJob(
  deps: PostDeps,
  inputs: ActionInputs,
  step: StepState,
  job: JobState,
  pending: Pending,
): Promise<void> {
  const { runner } = deps;
  const notes: string[] = [];
  const limitMs = inputs.postTimeoutMs;

  let samplerDied = false;
  if (job.samplerPid !== null) {
    // Signal only the process the sampler was: never a bare PID, which may have been reused.
    const fromFile = identityFromFile(deps, step.jobDir);
    const identity =
      parseProcessIdentity(job.samplerIdentity) ??
      (fromFile?.pid === job.samplerPid ? fromFile : null);
    if (!identity) {
      notes.push(
        `The job state does not record who the sampler is, so PID ${job.samplerPid} was not signalled; the sampler stops by itself when the job ends.`,
      );
    } else {
      if (identity.pid !== job.samplerPid)
        notes.push(
          `The job state names PID ${job.samplerPid}, not the sampler's PID (${identity.pid}): PID ${job.samplerPid} was not signalled.`,
        );
      const stopped = await deps.stopSampler(identity);
      if (stopped === 'killed') notes.push('The sampler did not stop on SIGTERM and was killed.');
      if (stopped === 'not-running') samplerDied = true;
      if (stopped === 'not-ours') {
        notes.push(notOursNote(identity.pid));
        samplerDied = true;
      }
    }
  } else if (job.samplerProblem) {
    notes.push(`The sampler never started: ${job.samplerProblem}`);
  }

  const samplesText = deps.readTextFile(job.samplesFile);
  const samples = deps.parseSamples(samplesText ?? '');
  // A sampler that ended by itself but wrote its stop line (root exited) did not die.
  if (samplerDied && samples.lines.some((line) => line.k === 'stop')) samplerDied = false;
  if (samplerDied)
    notes.push('The sampler died before the job ended: the report covers what it recorded.');
  if (samples.truncatedTail) notes.push('The last sample line was cut short and was skipped.');
  if (samplesText === null && job.samplerPid !== null) notes.push('The samples file is missing.');

  const profile = deps.buildProfile({
    lines: samples.lines,
    phases: deps.jobStore.readPhaseMarks(job.phasesFile),
    endT: deps.monotonicMs(),
    host: job.host,
    run: job.run,
    toolVersion: deps.toolVersion,
    samplerDied,
    intervalMs: job.intervalMs,
    source: job.source,
  });

  const profileDir = join(step.jobDir, 'profile');
  const profileFile = join(profileDir, PROFILE_FILE_NAME);
  // The file is only for the upload: a folder that cannot take it (a full disk) costs the
  // upload, not the summary, the drift check or fail-on-drift below.
  let profileWritten = false;
  try {
    deps.writeTextFile(profileFile, deps.serializeProfile(profile));
    profileWritten = true;
  } catch (error) {
    runner.warning(
      `Could not write the run profile, so later runs cannot learn from this one: ${errorMessage(error)}`,
    );
  }
  // The baseline the main step saved: compared with below, and carried forward in the digest.
  let baseline: RunProfile[] = [];
  try {
    baseline = deps.loadBaseline(job.historyDir);
  } catch (error) {
    runner.warning(`Could not read the baseline the main step saved: ${errorMessage(error)}`);
  }

  // The drift test, once: for the metrics here and the summary and comment below. Without a
  // baseline every phase is 'no-baseline', which the metrics leave out.
  const driftReport = driftReportFor(profile, baseline, inputs);
  // The metrics: in the artifact, at `metrics-file`, and pushed below (all fail open).
  const metrics = renderOpenMetrics(profile, driftReport);
  const metricsFile = join(profileDir, METRICS_FILE_NAME);
  let metricsWritten = false;
  try {
    deps.writeTextFile(metricsFile, metrics);
    metricsWritten = true;
    if (inputs.metricsFile !== '') deps.writeTextFile(inputs.metricsFile, metrics);
  } catch (error) {
    runner.warning(`Could not write the run's metrics: ${errorMessage(error)}`);
  }

  if (inputs.upload && profileWritten) {
    const files = metricsWritten ? [profileFile, metricsFile] : [profileFile];
    try {
      // The history this run learned from, with this run, so the next run fetches one artifact.
      const digestFile = join(profileDir, DIGEST_FILE_NAME);
      deps.writeTextFile(
        digestFile,
        serializeDigest(buildDigest(profile, baseline, inputs.historyRuns)),
      );
      files.push(digestFile);
    } catch (error) {
      runner.debug(`No history digest in this run's artifact: ${errorMessage(error)}`);
    }
    const name = profileArtifactName(
      job.run.job ?? 'job',
      job.run.matrixKey,
      job.run.runAttempt ?? 1,
    );
    try {
      const uploaded = await withinTimeLimit(
        () =>
          deps.upload({
            name,
            files,
            rootDirectory: profileDir,
            retentionDays: inputs.retentionDays,
          }),
        limitMs,
      );
      if (uploaded === TIMED_OUT) {
        pending.abandoned = true;
        runner.warning(
          `The run-profile upload did not finish within ${seconds(limitMs)} (post-timeout): skipped; later runs cannot learn from this one.`,
        );
      } else {
        runner.info(
          `Uploaded the run profile as artifact '${name}'${uploaded.sizeBytes ? ` (${uploaded.sizeBytes} bytes)` : ''}.`,
        );
      }
    } catch (error) {
      runner.warning(
        `Could not upload the run profile, so later runs cannot learn from this one: ${errorMessage(error)}`,
      );
    }
  }

  let drift: DriftOutcome | null = null;
  try {
    const compared = await withinTimeLimit(
      () =>
        deps.compare({
          inputs,
          profile,
          report: driftReport,
          eventPayload: deps.readEventPayload(),
        }),
      limitMs,
    );
    if (compared === TIMED_OUT) {
      pending.abandoned = true;
      runner.warning(
        `The baseline comparison did not finish within ${seconds(limitMs)} (post-timeout): skipped; no drift check or pull-request comment for this run.`,
      );
    } else drift = compared;
  } catch (error) {
    runner.warning(`Could not compare with the baseline: ${errorMessage(error)}`);
  }

  if (inputs.pushgatewayUrl) await push(deps, inputs, profile, metrics, pending);

  if (inputs.summary) {
    const postRun = deps.renderPostRunSummary(profile, { notes, budget: inputs.plan });
    const sections = jobSummarySections(postRun, drift);
    // A summary file the runner did not make writable is one warning: the drift annotations
    // and fail-on-drift below must still come.
    try {
      await runner.appendSummary(joinWithinLimit(sections, SUMMARY_LIMIT_BYTES));
    } catch (error) {
      runner.warning(`Could not write the job summary: ${errorMessage(error)}`);
    }
  } else {
    for (const note of notes) runner.info(note);
  }
  if (drift) {
    for (const warning of drift.warnings) runner.warning(warning);
    for (const notice of drift.notices) runner.notice(notice);
    if (inputs.failOnDrift && drift.report.verdict === 'drift') {
      runner.setFailed('Peak memory drifted against the baseline (fail-on-drift is true).');
    }
  }
}

/** Pushes the metrics to the job's group on the Pushgateway, within post-timeout; fails open. */
async function push(
  deps: PostDeps,
  inputs: ActionInputs,
  profile: RunProfile,
  metrics: string,
  pending: Pending,
): Promise<void> {
  const baseUrl = inputs.pushgatewayUrl as URL;
  const path = pushgatewayPath({
    repository: profile.run.repository,
    workflow: profile.run.workflow,
    job_name: profile.run.job,
    matrix: profile.run.matrixKey,
  });
  try {
    const pushed = await withinTimeLimit(
      () => deps.pushMetrics({ baseUrl, path, body: metrics }),
      inputs.postTimeoutMs,
    );
    if (pushed === TIMED_OUT) {
      pending.abandoned = true;
      deps.runner.warning(
        `The metrics push to ${baseUrl.host} did not finish within ${seconds(inputs.postTimeoutMs)} (post-timeout): skipped.`,
      );
    } else deps.runner.info(`Pushed the run's metrics to ${baseUrl.host}.`);
  } catch (error) {
    deps.runner.warning(
      `Could not push the run's metrics to ${baseUrl.host}: ${errorMessage(error)}`,
    );
  }
}
