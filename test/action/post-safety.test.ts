import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fileJobStore,
  parseProcessIdentity,
  samplerIdentityPath,
  StateKey,
  writeSamplerIdentity,
  type JobState,
} from '../../src/action/job-state.js';
import { runPost, type PostDeps } from '../../src/action/post.js';
import { INPUT_DEFAULTS, parseInputs } from '../../src/config/inputs.js';
import { buildProfile } from '../../src/profile/build.js';
import { profileHost, profileRun } from '../../src/profile/identity.js';
import { serializeProfile } from '../../src/profile/profile.js';
import { parseSamplesFile } from '../../src/profile/samples-file.js';
import { probeCapacity } from '../../src/probe/probe.js';
import { renderPostRunSummary } from '../../src/report/post-run.js';
import { readRunContext } from '../../src/runner/context.js';
import type { PushRequest } from '../../src/runner/pushgateway.js';
import type { ProcessIdentity } from '../../src/sampler/types.js';
import type { DriftOutcome } from '../../src/action/publish-drift.js';
import { recordingRunner } from '../support/recording-runner.js';

const capacity = () =>
  probeCapacity({
    root: '/nonexistent',
    platform: 'darwin',
    os: {
      platform: 'darwin',
      arch: 'arm64',
      totalMemoryBytes: 8 * 1024 ** 3,
      freeMemoryBytes: 6 * 1024 ** 3,
      logicalCpus: 4,
      availableParallelism: 4,
      cpuModel: null,
    },
  });

const SAMPLER: ProcessIdentity = { pid: 4242, startTime: '987654', exe: 'node' };

function jobState(jobDir: string, fields: Partial<JobState> = {}): JobState {
  return {
    version: 1,
    samplerPid: SAMPLER.pid,
    samplerIdentity: SAMPLER,
    samplesFile: join(jobDir, 'samples.jsonl'),
    samplerLogFile: join(jobDir, 'sampler.log'),
    phasesFile: join(jobDir, 'phases.jsonl'),
    intervalMs: 250,
    source: 'proc',
    host: profileHost(capacity()),
    run: profileRun(readRunContext({}, {}), null, '2026-11-24T00:00:00.000Z'),
    historyDir: join(jobDir, 'history'),
    samplerProblem: null,
    ...fields,
  };
}

type StopOutcome = Awaited<ReturnType<PostDeps['stopSampler']>>;

/** The post step over a job directory, with fakes for the sampler and the network. */
function post(
  options: {
    job?: JobState | 'unreadable';
    inputs?: Record<string, string>;
    stop?: StopOutcome;
    upload?: () => Promise<{ id: number | null; sizeBytes: number | null }>;
    compare?: PostDeps['compare'];
    push?: PostDeps['pushMetrics'];
    identityFile?: ProcessIdentity;
  } = {},
) {
  const jobDir = mkdtempSync(join(tmpdir(), 'rp-post-safety-'));
  if (options.job === 'unreadable') writeFileSync(join(jobDir, 'job.json'), '{"version":1,');
  else fileJobStore.write(jobDir, options.job ?? jobState(jobDir));
  if (options.identityFile) writeSamplerIdentity(jobDir, options.identityFile);
  const { runner, log } = recordingRunner(options.inputs ?? {}, {
    [StateKey.Step]: JSON.stringify({ role: 'owner', jobDir, profile: 'test' }),
  });
  const signalled: ProcessIdentity[] = [];
  const written = new Map<string, string>();
  const uploads: string[][] = [];
  const pushes: PushRequest[] = [];
  let exits = 0;
  const deps: PostDeps = {
    runner,
    env: {},
    monotonicMs: () => 1000,
    readEventPayload: () => ({}),
    jobStore: fileJobStore,
    stopSampler: (identity) => {
      signalled.push(identity);
      return Promise.resolve(options.stop ?? 'stopped');
    },
    readTextFile: (path) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return null;
      }
    },
    writeTextFile: (path, text) => {
      if (path.includes('unwritable')) throw new Error(`EACCES: permission denied, open '${path}'`);
      written.set(path, text);
    },
    parseSamples: parseSamplesFile,
    buildProfile,
    serializeProfile,
    renderPostRunSummary,
    upload: (request) => {
      uploads.push(request.files);
      return options.upload ? options.upload() : Promise.resolve({ id: 1, sizeBytes: 10 });
    },
    loadBaseline: () => [],
    compare: options.compare ?? (() => Promise.resolve(null)),
    pushMetrics: (request) => {
      pushes.push(request);
      return options.push ? options.push(request) : Promise.resolve();
    },
    toolVersion: '0.1.0',
    exitAbandoningPending: () => void exits++,
  };
  return { deps, log, signalled, exits: () => exits, jobDir, written, uploads, pushes };
}

describe('post signals only the sampler it started', () => {
  it('passes the recorded identity, not a bare PID', async () => {
    const run = post();
    await runPost(run.deps);
    expect(run.signalled).toEqual([SAMPLER]);
    expect(run.log.warnings).toEqual([]);
  });

  it("the sampler's PID belongs to another process: a note, and the report still comes", async () => {
    const run = post({ stop: 'not-ours' });
    await runPost(run.deps);
    expect(run.log.failures).toEqual([]);
    expect(run.log.summary).toMatch(
      /The sampler's PID .{0,4}4242.{0,4} now belongs to another process.{1,8}not signalled/,
    );
    expect(run.log.summary).toContain('The sampler died before the job ended');
  });

  it('a job state naming another PID: only the recorded sampler is signalled, and it says so', async () => {
    const jobDir = mkdtempSync(join(tmpdir(), 'rp-post-safety-'));
    const run = post({ job: jobState(jobDir, { samplerPid: 1 }) });
    await runPost(run.deps);
    expect(run.signalled).toEqual([SAMPLER]);
    expect(run.log.summary).toContain('The job state names PID 1');
  });

  it('no recorded identity: nothing is signalled', async () => {
    const jobDir = mkdtempSync(join(tmpdir(), 'rp-post-safety-'));
    const run = post({ job: jobState(jobDir, { samplerIdentity: undefined }) });
    await runPost(run.deps);
    expect(run.signalled).toEqual([]);
    expect(run.log.summary).toContain('does not record who the sampler is');
  });

  it('a malformed identity counts as none', async () => {
    const jobDir = mkdtempSync(join(tmpdir(), 'rp-post-safety-'));
    const forged = { pid: '1; rm -rf /', startTime: 5, exe: [] } as unknown as ProcessIdentity;
    const run = post({ job: jobState(jobDir, { samplerIdentity: forged }) });
    await runPost(run.deps);
    expect(run.signalled).toEqual([]);
  });

  it('the job state is unreadable: the owner still stops the sampler by its kept identity', async () => {
    const run = post({ job: 'unreadable', identityFile: SAMPLER });
    await runPost(run.deps);
    expect(run.signalled).toEqual([SAMPLER]);
    expect(run.log.warnings).toEqual([
      'resource-planner: the job state is missing, so there is no memory report for this job. The sampler was stopped.',
    ]);
  });
});

describe('metrics: in the artifact, at metrics-file, pushed; never failing the step', () => {
  it('writes metrics.txt beside the profile and uploads both; metrics-file gets the same text', async () => {
    const run = post({ inputs: { 'metrics-file': '/srv/textfile/rp.prom' } });
    await runPost(run.deps);
    const inArtifact = [...run.written].find(([path]) => path.endsWith('/profile/metrics.txt'));
    expect(inArtifact?.[1]).toMatch(/^# TYPE resource_planner_memory_limit_bytes gauge$/m);
    expect(inArtifact?.[1]).toMatch(/\n# EOF\n$/);
    expect(run.written.get('/srv/textfile/rp.prom')).toBe(inArtifact?.[1]);
    expect(run.uploads).toHaveLength(1);
    expect(run.uploads[0]?.map((file) => file.split('/').pop())).toEqual([
      'run-profile.json',
      'metrics.txt',
      'history-digest.json',
    ]);
    expect(run.pushes).toEqual([]);
    expect(run.log.warnings).toEqual([]);
  });

  it('a metrics-file that cannot be written is one warning; the upload and the report still happen', async () => {
    const run = post({ inputs: { 'metrics-file': '/unwritable/rp.prom' } });
    await runPost(run.deps);
    expect(run.log.failures).toEqual([]);
    expect(run.log.warnings).toEqual([
      "Could not write the run's metrics: EACCES: permission denied, open '/unwritable/rp.prom'",
    ]);
    expect(run.uploads).toHaveLength(1);
    expect(run.log.summary).not.toBe('');
  });

  it("pushes to the job's group; a refused push is one warning, never a failure", async () => {
    const run = post({
      inputs: { 'pushgateway-url': 'http://127.0.0.1:9091/' },
      push: () =>
        Promise.reject(new Error('the Pushgateway answered 400: text format parsing error')),
    });
    await runPost(run.deps);
    expect(run.pushes).toHaveLength(1);
    // The job state has no repository, workflow or job here: the group is the job's name alone.
    expect(run.pushes[0]?.path).toBe('/metrics/job/resource-planner');
    expect(run.pushes[0]?.baseUrl.href).toBe('http://127.0.0.1:9091/');
    expect(run.pushes[0]?.body).toMatch(/# EOF\n$/);
    expect(run.log.failures).toEqual([]);
    expect(run.log.warnings).toEqual([
      "Could not push the run's metrics to 127.0.0.1:9091: the Pushgateway answered 400: text format parsing error",
    ]);
  });

  it('a push that hangs is abandoned at post-timeout', async () => {
    const run = post({
      inputs: { 'pushgateway-url': 'http://127.0.0.1:9091', 'post-timeout': '1s', upload: 'false' },
      push: () => new Promise(() => undefined),
    });
    await runPost(run.deps);
    expect(run.log.warnings).toEqual([
      'The metrics push to 127.0.0.1:9091 did not finish within 1 s (post-timeout): skipped.',
    ]);
    expect(run.exits()).toBe(1);
  });

  it.each([
    ['ftp://gateway:21', /an http:\/\/ or https:\/\/ URL/],
    ['http://user:secret@gateway:9091', /"http:\/\/\*\*\*@gateway:9091"/],
    ['http://gateway:9091/?x=1', /an http:\/\/ or https:\/\/ URL/],
    ['not a url', /an http:\/\/ or https:\/\/ URL/],
  ])(
    'pushgateway-url %j is invalid configuration, naming the input (and never echoing a password)',
    (value, message) => {
      const parse = () => parseInputs((name) => (name === 'pushgateway-url' ? value : ''));
      expect(parse).toThrow(/Input 'pushgateway-url'/);
      expect(parse).toThrow(message);
      expect(parse).not.toThrow(/secret/);
    },
  );
});

describe('post-timeout', () => {
  const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

  it('parses as a duration, 60s by default, at least 1s', () => {
    expect(INPUT_DEFAULTS['post-timeout']).toBe('60s');
    expect(parseInputs(() => '').postTimeoutMs).toBe(60_000);
    expect(parseInputs((name) => (name === 'post-timeout' ? '2m' : '')).postTimeoutMs).toBe(
      120_000,
    );
    expect(() => parseInputs((name) => (name === 'post-timeout' ? '500ms' : ''))).toThrow(
      /Input 'post-timeout' has an invalid value "500ms": expected a duration/,
    );
  });

  it('a hanging upload is abandoned at the limit with a warning; the report is written', async () => {
    const run = post({ inputs: { 'post-timeout': '1s' }, upload: never });
    const begun = Date.now();
    await runPost(run.deps);
    expect(Date.now() - begun).toBeLessThan(3000);
    expect(run.log.warnings).toEqual([
      'The run-profile upload did not finish within 1 s (post-timeout): skipped; later runs cannot learn from this one.',
    ]);
    expect(run.log.failures).toEqual([]);
    expect(run.log.summary).toContain('resource-planner: no memory samples were recorded');
    expect(run.exits()).toBe(1);
  });

  it('a hanging comparison (its comment) is abandoned at the limit with a warning', async () => {
    const run = post({ inputs: { 'post-timeout': '1s', upload: 'false' }, compare: never });
    await runPost(run.deps);
    expect(run.log.warnings).toEqual([
      'The baseline comparison did not finish within 1 s (post-timeout): skipped; no drift check or pull-request comment for this run.',
    ]);
    expect(run.log.summary).toContain('resource-planner: no memory samples were recorded');
    expect(run.exits()).toBe(1);
  });

  it('within the limit nothing is abandoned and the process is left to end by itself', async () => {
    const run = post({ inputs: { 'post-timeout': '1s' } });
    await runPost(run.deps);
    expect(run.log.warnings).toEqual([]);
    expect(run.log.info.some((line) => line.startsWith('Uploaded the run profile'))).toBe(true);
    expect(run.exits()).toBe(0);
  });

  it('a failure after the limit does not surface', async () => {
    let fail: (error: Error) => void = () => undefined;
    const late = new Promise<never>((_, reject) => (fail = reject));
    const run = post({ inputs: { 'post-timeout': '1s' }, upload: () => late });
    await runPost(run.deps);
    fail(new Error('late'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(run.log.warnings).toHaveLength(1);
  });
});

describe('the job state keeps the sampler identity', () => {
  it('keeps a copy beside the job state, and reads identities defensively', () => {
    const jobDir = mkdtempSync(join(tmpdir(), 'rp-keep-'));
    writeSamplerIdentity(jobDir, SAMPLER);
    expect(samplerIdentityPath(jobDir)).toBe(join(jobDir, 'sampler-identity.json'));
    expect(parseProcessIdentity(SAMPLER)).toEqual(SAMPLER);
    expect(parseProcessIdentity({ pid: 3, startTime: null, exe: null })).toEqual({
      pid: 3,
      startTime: null,
      exe: null,
    });
    for (const bad of [null, 5, { pid: 0 }, { pid: 3, startTime: 1, exe: null }, { pid: 3 }])
      expect(parseProcessIdentity(bad)).toBeNull();
  });
});

/** A comparison that found drift, with these annotations. */
const driftOutcome =
  (warnings: string[] = []) =>
  (): Promise<DriftOutcome> =>
    Promise.resolve({
      report: {
        verdict: 'drift',
        phases: [],
        baselineRuns: 3,
        thresholdFraction: 0.2,
        currentWorkers: 4,
        baselineWorkers: 4,
        otherShardRuns: 0,
      },
      summary: '### Memory against the base branch\n',
      warnings,
      notices: [],
    });

describe('a job summary that cannot be written', () => {
  it('is one warning; the drift annotations and fail-on-drift still come', async () => {
    const run = post({
      inputs: { 'fail-on-drift': 'true' },
      compare: driftOutcome([
        'Phase "test": peak memory drifted up (+80% against the baseline median).',
      ]),
    });
    run.deps.runner.appendSummary = () =>
      Promise.reject(new Error("Unable to access summary file: '/summary/step_summary'."));
    await runPost(run.deps);
    expect(run.log.warnings).toEqual([
      "Could not write the job summary: Unable to access summary file: '/summary/step_summary'.",
      'Phase "test": peak memory drifted up (+80% against the baseline median).',
    ]);
    expect(run.log.failures).toEqual([
      'Peak memory drifted against the baseline (fail-on-drift is true).',
    ]);
  });
});

describe('a profile folder that cannot be written', () => {
  it('is one warning and no upload; the summary, the drift check and fail-on-drift still come', async () => {
    const run = post({ inputs: { 'fail-on-drift': 'true' }, compare: driftOutcome() });
    const write = run.deps.writeTextFile;
    run.deps.writeTextFile = (path, text) => {
      if (path.includes('/profile/'))
        throw new Error(`ENOSPC: no space left on device, open '${path}'`);
      write(path, text);
    };
    await runPost(run.deps);
    expect(run.log.warnings).toEqual([
      expect.stringMatching(
        /^Could not write the run profile, so later runs cannot learn from this one: ENOSPC: no space left on device, open '.*\/profile\/run-profile\.json'$/,
      ),
      expect.stringMatching(
        /^Could not write the run's metrics: ENOSPC: .*\/profile\/metrics\.txt'$/,
      ),
    ]);
    expect(run.uploads).toEqual([]);
    expect(run.log.summary).toContain('### Memory against the base branch');
    expect(run.log.failures).toEqual([
      'Peak memory drifted against the baseline (fail-on-drift is true).',
    ]);
  });
});
