/**
 * The main step: probe, estimate, plan, publish, and start (or mark a phase of) the recording.
 * Orchestration only; every decision lives in a pure module and every side effect in `deps`.
 */
import { delimiter, join } from 'node:path';
import { InputError, errorMessage } from '../shared/errors.js';
import { chooseEstimate } from '../estimate/choose.js';
import type { MemoryEstimate } from '../estimate/types.js';
import type { LearnRequest } from '../history/learn-github.js';
import {
  OVERRIDE_VARIABLE,
  parseInputs,
  parseOverrideWorkers,
  type ActionInputs,
} from '../config/inputs.js';
import { jobDirFor, StateKey, type JobState, type JobStore, type StepState } from './job-state.js';
import { exportedEnvironment, fallbackOutputs, outputJson, planOutputs } from '../plan/outputs.js';
import { planWorkers } from '../plan/planner.js';
import type { Plan } from '../plan/types.js';
import type { Capacity } from '../probe/types.js';
import { profileHost, profileRun } from '../profile/identity.js';
import { renderPreRunSummary } from '../report/pre-run.js';
import type { Environment } from '../runner/types.js';
import { ensureWritableDirectory, readBoundedText, shownPath } from '../runner/files.js';
import {
  adviceRequestFor,
  adviseRunners,
  visibilityFromPayload,
  type RunnerAdvice,
} from '../advise/advise.js';
import {
  BUILTIN_CATALOG,
  CATALOG_MAX_BYTES,
  CatalogError,
  mergeCatalog,
  parseCatalog,
  type RunnerEntry,
} from '../advise/catalog.js';
import type { HistoryProfile } from '../estimate/estimate.js';
import { renderAdviceSummary } from '../report/advice.js';
import { baselineBranchFor, readRunContext, type RunContext } from '../runner/context.js';
import type { Runner } from '../runner/types.js';
import { samplerFiles, type SamplerHandle } from '../sampler/types.js';

export interface StartSamplerRequest {
  rootPid: number;
  intervalMs: number;
  jobDir: string;
  capacity: Capacity;
}

export interface MainDeps {
  runner: Runner;
  env: Environment;
  /** The event payload; `{}` when there is none or it cannot be read (never throws). */
  readEventPayload(): unknown;
  jobStore: JobStore;
  /** The capacity; asynchronous because macOS and Windows ask systeminformation. */
  probe(): Promise<Capacity>;
  /** Milliseconds of the system's monotonic clock (shared with the sampler). */
  monotonicMs(): number;
  nowIso(): string;
  /** The process whose descendants are the job (the runner worker). */
  jobRootPid: number;
  startSampler(request: StartSamplerRequest): SamplerHandle;
  isProcessAlive(pid: number): boolean;
  learn(request: LearnRequest): Promise<MemoryEstimate>;
  /** `mode: report` (workflow_run): compare the triggering run and comment. */
  report(inputs: ActionInputs, eventPayload: unknown): Promise<void>;
  toolVersion: string;
  /** Writes the CLI's launchers (src/runner/cli-shim.ts) into `folder`, or throws saying why not. */
  /** Writes the CLI's launchers into `folder`; they point later steps at `historyDir` ('' none). */
  installCli(folder: string, historyDir: string): void;
  /**
   * Makes `jobDir` (under RUNNER_TEMP) a folder the job state can be written to, or throws saying
   * why not; it must end quickly on any file system (RUNNER_TEMP under /proc makes a recursive
   * mkdir loop forever). Defaults to `ensureWritableDirectory`: a few plain mkdirs at most.
   */
  prepareJobDir?(jobDir: string): void;
  /**
   * The text of the `runner-catalog` file, at most `maxBytes`, or throws saying why not.
   * Defaults to `readBoundedText`.
   */
  readCatalogFile?(path: string, maxBytes: number): string;
}

export async function runMain(deps: MainDeps): Promise<void> {
  const { runner } = deps;
  const published = { outputs: false };
  let planning: { inputs: ActionInputs; overrideWorkers: number | null } | null = null;
  try {
    // The token is usually a secret the runner masks already; one passed another way is masked
    // here, before anything can log it.
    runner.setSecret(runner.getInput('github-token'));
    const inputs = parseInputs((name) => runner.getInput(name));
    const overrideWorkers = parseOverrideWorkers(deps.env[OVERRIDE_VARIABLE]);
    if (inputs.mode === 'report') {
      await deps.report(inputs, deps.readEventPayload());
      return;
    }
    planning = { inputs, overrideWorkers };
    await planStep(deps, inputs, overrideWorkers, published);
  } catch (error) {
    if (error instanceof InputError) {
      runner.setFailed(error.message);
      return;
    }
    // Fail open: our own trouble must never break the user's build, nor leave the later steps
    // that paste the outputs with empty ones.
    runner.warning(`resource-planner could not finish its plan: ${errorMessage(error)}`);
    if (planning && !published.outputs) {
      const { inputs, overrideWorkers } = planning;
      const outputs = fallbackOutputs({
        forcedWorkers: overrideWorkers ?? inputs.plan.forcedWorkers,
        minWorkers: inputs.plan.minWorkers,
        perWorkerBytes: inputs.memoryPerWorkerBytes ?? inputs.fallbackMemoryPerWorkerBytes,
      });
      for (const [name, value] of Object.entries(outputs)) runner.setOutput(name, value);
    }
  }
}

async function planStep(
  deps: MainDeps,
  inputs: ActionInputs,
  overrideWorkers: number | null,
  published: { outputs: boolean },
): Promise<void> {
  const { runner } = deps;
  // A catalogue file that is not valid fails the step before anything else: it is configuration.
  const catalog = runnerCatalog(deps, inputs);
  const context = readRunContext(deps.env, deps.readEventPayload());
  const capacity = await deps.probe();
  for (const warning of capacity.warnings) runner.warning(`Probe: ${warning}`);

  const jobDir = context.runnerTemp ? usableJobDir(deps, inputs, context.runnerTemp) : null;
  const existing = jobDir ? deps.jobStore.read(jobDir) : null;
  const historyDir = jobDir ? join(jobDir, 'history') : '';

  const history: { profiles: HistoryProfile[] | null } = { profiles: null };
  const estimate = await estimateFor(deps, inputs, context, capacity, historyDir, (loaded) => {
    history.profiles = loaded;
  });
  if (overrideWorkers !== null)
    runner.info(`${OVERRIDE_VARIABLE}=${overrideWorkers} overrides the recommendation.`);
  const plan = planWorkers({ capacity, settings: { ...inputs.plan, overrideWorkers }, estimate });

  for (const [name, value] of Object.entries(planOutputs(plan))) runner.setOutput(name, value);
  published.outputs = true;
  if (inputs.exportEnv) {
    for (const [name, value] of Object.entries(exportedEnvironment(plan, deps.env)))
      runner.exportVariable(name, value);
  }
  logPlan(runner, inputs, plan);
  const advice =
    history.profiles === null ? null : adviseFromHistory(deps, inputs, catalog, history.profiles);
  // The advice quotes history (platform names, notes): its raw text is made safe to paste.
  if (advice) runner.setOutput('runner-advice', outputJson(advice));
  if (advice?.shards?.matrix) {
    runner.setOutput('shards', String(advice.shards.count));
    runner.setOutput('matrix', outputJson(advice.shards.matrix));
  }
  if (jobDir) putCliOnPath(deps, jobDir, inputs.history ? historyDir : '');

  if (jobDir && inputs.sample)
    recordPhase(deps, inputs, context, capacity, plan, jobDir, historyDir, existing);
  else if (!context.runnerTemp)
    runner.info(
      'RUNNER_TEMP is not set: not recording memory (not running on an Actions runner?).',
    );

  if (inputs.summary) {
    // A later phase of the job: the first phase's summary already showed the capacity.
    await runner.appendSummary(
      renderPreRunSummary({
        capacity,
        plan,
        profileName: inputs.profile,
        earlierHost: existing?.host ?? null,
      }),
    );
    // The advice when there is some, or when the user asked for it and should hear why not.
    const asked = inputs.targetDurationMs !== null || inputs.runnerCatalog !== '';
    if (advice && (advice.advised || asked))
      await runner.appendSummary(renderAdviceSummary(advice));
    else if (!advice && asked)
      runner.info(
        'No runner advice: no history was loaded (history: false, or no token or run context).',
      );
  }
}

/** The catalogue: the built-in runners, extended or replaced by the `runner-catalog` file. */
function runnerCatalog(deps: MainDeps, inputs: ActionInputs): RunnerEntry[] {
  if (inputs.runnerCatalog === '') return mergeCatalog(BUILTIN_CATALOG, null);
  const file = shownPath(inputs.runnerCatalog);
  let text: string;
  try {
    text = (deps.readCatalogFile ?? defaultReadCatalog)(inputs.runnerCatalog, CATALOG_MAX_BYTES);
  } catch (error) {
    throw new CatalogError('runner-catalog', file, '', `cannot be read (${errorMessage(error)})`);
  }
  return mergeCatalog(BUILTIN_CATALOG, parseCatalog(text, 'runner-catalog', file));
}

function defaultReadCatalog(path: string, maxBytes: number): string {
  return readBoundedText(path, maxBytes, { what: 'a runner catalogue' });
}

/** The runner-size advice from the loaded history; null, with a warning, if it fails. */
function adviseFromHistory(
  deps: MainDeps,
  inputs: ActionInputs,
  catalog: RunnerEntry[],
  profiles: HistoryProfile[],
): RunnerAdvice | null {
  try {
    const advice = adviseRunners(
      adviceRequestFor(inputs, {
        profiles,
        catalog,
        visibility: visibilityFromPayload(deps.readEventPayload()),
        nowMs: Date.parse(deps.nowIso()),
      }),
    );
    deps.runner.info(`Runner advice: ${advice.reason}`);
    return advice;
  } catch (error) {
    deps.runner.warning(`resource-planner could not advise a runner size: ${errorMessage(error)}`);
    return null;
  }
}

/**
 * The job's folder under RUNNER_TEMP, made ready before anything is written there; null, with one
 * warning, when RUNNER_TEMP cannot hold it (the plan goes on without recording).
 */
function usableJobDir(deps: MainDeps, inputs: ActionInputs, runnerTemp: string): string | null {
  const jobDir = jobDirFor(runnerTemp);
  try {
    (deps.prepareJobDir ?? ensureWritableDirectory)(jobDir);
    return jobDir;
  } catch (error) {
    const message = `RUNNER_TEMP ${runnerTemp} cannot hold the job state (${errorMessage(error)}): planning without recording.`;
    // Without sampling nothing was to be recorded: then it only costs the history's copy.
    if (inputs.sample) deps.runner.warning(message);
    else deps.runner.info(message);
    return null;
  }
}

/** The per-worker estimate: the input's figure, or one learned from history, or the fallback. */
function estimateFor(
  deps: MainDeps,
  inputs: ActionInputs,
  context: RunContext,
  capacity: Capacity,
  historyDir: string,
  keepProfiles: (profiles: HistoryProfile[]) => void,
): Promise<MemoryEstimate> {
  const unavailable = !inputs.history
    ? 'history: false: using fallback-memory-per-worker.'
    : !inputs.githubToken || !context.owner || !context.repo || !context.runnerTemp
      ? 'No token or repository to read history from: using fallback-memory-per-worker.'
      : null;
  return chooseEstimate({
    memoryPerWorkerBytes: inputs.memoryPerWorkerBytes,
    fallbackMemoryPerWorkerBytes: inputs.fallbackMemoryPerWorkerBytes,
    history:
      unavailable !== null
        ? { unavailable }
        : {
            learn: (fallback) =>
              deps.learn({
                inputs,
                context,
                capacity,
                baselineBranch: baselineBranchFor(context, inputs.baselineBranch),
                historyDir,
                fallback,
                log: deps.runner,
                keepProfiles,
              }),
          },
    onLearnError: 'warn-and-fall-back',
    warn: (message) => deps.runner.warning(message),
  });
}

/**
 * Later steps of the job can run `resource-planner` (exec, plan, run...): the launchers go into
 * the job's folder and it onto PATH once. Fails open: a folder that cannot take them is one
 * warning, and the plan stands.
 */
function putCliOnPath(deps: MainDeps, jobDir: string, historyDir: string): void {
  const folder = join(jobDir, 'bin');
  try {
    deps.installCli(folder, historyDir);
    if (!(deps.env.PATH ?? '').split(delimiter).includes(folder)) {
      deps.runner.addPath(folder);
      deps.runner.info(`The resource-planner CLI is on PATH for later steps of this job.`);
    }
  } catch (error) {
    deps.runner.warning(
      `Could not put the resource-planner CLI on PATH for later steps: ${errorMessage(error)}`,
    );
  }
}

function recordPhase(
  deps: MainDeps,
  inputs: ActionInputs,
  context: RunContext,
  capacity: Capacity,
  plan: Plan,
  jobDir: string,
  historyDir: string,
  existing: JobState | null,
): void {
  const { runner } = deps;
  const mark = { name: inputs.profile, t: deps.monotonicMs(), workersRecommended: plan.workers };
  try {
    if (existing) {
      deps.jobStore.appendPhaseMark(existing.phasesFile, mark);
      const alive = existing.samplerPid !== null && deps.isProcessAlive(existing.samplerPid);
      runner.info(
        `Phase '${inputs.profile}' started; ${alive ? `the sampler (PID ${existing.samplerPid}) is already recording this job` : 'the sampler is not running, so this phase has no samples'}.`,
      );
      saveStep(runner, { role: 'phase', jobDir, profile: inputs.profile });
      return;
    }
    const state: JobState = {
      version: 1,
      samplerPid: null,
      samplesFile: samplerFiles(jobDir).samplesFile,
      samplerLogFile: samplerFiles(jobDir).logFile,
      phasesFile: join(jobDir, 'phases.jsonl'),
      intervalMs: inputs.sampleIntervalMs,
      source: 'none',
      host: profileHost(capacity),
      run: profileRun(context, inputs.matrixKey, deps.nowIso(), null, inputs.shard),
      historyDir,
      samplerProblem: null,
    };
    try {
      const handle = deps.startSampler({
        rootPid: deps.jobRootPid,
        intervalMs: inputs.sampleIntervalMs,
        jobDir,
        capacity,
      });
      Object.assign(state, {
        samplerPid: handle.pid,
        // Post signals only a process that still matches this identity (a PID may be reused).
        samplerIdentity: handle.identity ?? null,
        samplesFile: handle.samplesFile,
        samplerLogFile: handle.logFile,
        source: handle.source,
        intervalMs: handle.intervalMs,
      });
      runner.info(
        `Recording memory every ${handle.intervalMs} ms (sampler PID ${handle.pid}, ${handle.source}).`,
      );
    } catch (error) {
      state.samplerProblem = errorMessage(error);
      runner.warning(
        `Could not start the memory sampler; the plan stands but this run records nothing: ${state.samplerProblem}`,
      );
    }
    deps.jobStore.write(jobDir, state);
    deps.jobStore.appendPhaseMark(state.phasesFile, mark);
    saveStep(runner, { role: 'owner', jobDir, profile: inputs.profile });
  } catch (error) {
    runner.warning(`Could not record phase '${inputs.profile}': ${errorMessage(error)}`);
  }
}

function saveStep(runner: Runner, state: StepState): void {
  runner.saveState(StateKey.Step, JSON.stringify(state));
}

function logPlan(runner: Runner, inputs: ActionInputs, plan: Plan): void {
  runner.info(
    `resource-planner [${inputs.profile}]: ${plan.workers} worker(s), limited by ${plan.limitedBy}. ${plan.reason}`,
  );
  for (const note of plan.estimate.notes) runner.info(`  ${note}`);
  for (const warning of plan.warnings) runner.warning(warning);
}
