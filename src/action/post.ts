/**
 * The post step. Only the invocation that started the sampler (the job's first) reports: it runs
 * last of all posts, so its report covers every phase. It stops the sampler, turns the samples
 * into a run profile, uploads it, writes the post-run advisory, and compares with the baseline.
 */
import { join } from 'node:path';
import { InputError, errorMessage } from '../shared/errors.js';
import { parseInputs, type ActionInputs } from '../config/inputs.js';
import { StateKey, type JobState, type JobStore, type StepState } from './job-state.js';
import type { DriftOutcome, DriftRequest } from './publish-drift.js';
import { profileArtifactName, PROFILE_FILE_NAME } from '../profile/naming.js';
import type { RunProfile } from '../profile/types.js';
import type { Environment } from '../runner/actions-runner.js';
import { inertLogText } from '../runner/actions-runner.js';
import type { Runner } from '../runner/types.js';
import type { SamplerLine } from '../sampler/types.js';
import type { BuildProfileInput } from '../profile/build.js';
import type { PostRunOptions } from '../report/post-run.js';
import type { UploadRequest, UploadResult } from '../github/artifacts.js';

export interface PostDeps {
  runner: Runner;
  env: Environment;
  monotonicMs(): number;
  /** The event payload; `{}` when there is none or it cannot be read (never throws). */
  readEventPayload(): unknown;
  jobStore: JobStore;
  /** Stops the sampler: 'stopped' (it exited on SIGTERM), 'killed' (SIGKILL), 'not-running'. */
  stopSampler(pid: number): Promise<'stopped' | 'killed' | 'not-running'>;
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
  toolVersion: string;
}

export async function runPost(deps: PostDeps): Promise<void> {
  const { runner } = deps;
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
    const inputs = parseInputs((name) => runner.getInput(name));
    const job = deps.jobStore.read(stepState.jobDir);
    if (!job) {
      runner.warning(
        'resource-planner: the job state is missing, so there is no memory report for this job.',
      );
      return;
    }
    await reportJob(deps, inputs, stepState, job);
  } catch (error) {
    if (error instanceof InputError) {
      runner.setFailed(error.message);
      return;
    }
    runner.warning(`resource-planner could not finish its report: ${errorMessage(error)}`);
  }
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
): Promise<void> {
  const { runner } = deps;
  const notes: string[] = [];

  let samplerDied = false;
  if (job.samplerPid !== null) {
    const stopped = await deps.stopSampler(job.samplerPid);
    if (stopped === 'killed') notes.push('The sampler did not stop on SIGTERM and was killed.');
    if (stopped === 'not-running') samplerDied = true;
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
  deps.writeTextFile(profileFile, deps.serializeProfile(profile));

  if (inputs.upload) {
    const name = profileArtifactName(
      job.run.job ?? 'job',
      job.run.matrixKey,
      job.run.runAttempt ?? 1,
    );
    try {
      const uploaded = await deps.upload({
        name,
        file: profileFile,
        rootDirectory: profileDir,
        retentionDays: inputs.retentionDays,
      });
      runner.info(
        `Uploaded the run profile as artifact '${name}'${uploaded.sizeBytes ? ` (${uploaded.sizeBytes} bytes)` : ''}.`,
      );
    } catch (error) {
      runner.warning(
        `Could not upload the run profile, so later runs cannot learn from this one: ${errorMessage(error)}`,
      );
    }
  }

  let drift: DriftOutcome | null = null;
  try {
    const baseline = deps.loadBaseline(job.historyDir);
    drift = await deps.compare({
      inputs,
      profile,
      baseline,
      eventPayload: deps.readEventPayload(),
    });
  } catch (error) {
    runner.warning(`Could not compare with the baseline: ${errorMessage(error)}`);
  }

  if (inputs.summary) {
    const summary =
      deps.renderPostRunSummary(profile, { notes, budget: inputs.plan }) +
      (drift ? `\n${drift.summary}` : '');
    runner.appendSummary(summary);
  } else {
    for (const note of notes) runner.info(note);
  }
  if (drift) {
    for (const warning of drift.warnings) runner.warning(inertLogText(warning));
    for (const notice of drift.notices) runner.notice(inertLogText(notice));
    if (inputs.failOnDrift && drift.report.verdict === 'drift') {
      runner.setFailed('Peak memory drifted against the baseline (fail-on-drift is true).');
    }
  }
}
