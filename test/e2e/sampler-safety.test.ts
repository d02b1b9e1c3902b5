/**
 * The sampler's safety through the built dist/: it never outlives its job (it watches its owner
 * and has a hard lifetime), post never signals a process that is not the sampler, and a hanging
 * network operation does not hold the post step past `post-timeout`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  events,
  LOOPBACK_ONLY_NODE_OPTIONS,
  runJob,
  type JobResult,
} from '../harness/mini-runner.js';
import { useFakeGitHub } from '../support/fake-github-fixture.js';

const ACTION_DIR = new URL('../..', import.meta.url).pathname;
const SAMPLER = join(ACTION_DIR, 'dist/sampler/index.js');
const onLinux = process.platform === 'linux';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.charAt(stat.lastIndexOf(')') + 2) !== 'Z';
  } catch {
    return false;
  }
}

/** Waits until `pid` is gone; returns how long that took (ms), or null past `limitMs`. */
async function goneWithin(pid: number, limitMs: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (!alive(pid)) return Date.now() - started;
    await sleep(25);
  }
  return null;
}

/** The samples file's lines, parsed (a line cut short is skipped). */
function lines(file: string): { k: string; reason?: string; samplerPid?: number }[] {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as { k: string; reason?: string }];
      } catch {
        return [];
      }
    });
}

const stopReason = (file: string): string | undefined =>
  lines(file).find((line) => line.k === 'stop')?.reason;

/** Processes the tests start, killed after each test whatever happened. */
const started: ChildProcess[] = [];
function track<T extends ChildProcess>(child: T): T {
  started.push(child);
  return child;
}
afterEach(() => {
  for (const child of started.splice(0)) {
    try {
      if (child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});

/** Starts dist/sampler/index.js as the action does (detached, output in files). */
function startSampler(args: string[]): { child: ChildProcess; out: string } {
  const out = join(mkdtempSync(join(tmpdir(), 'rp-safety-')), 'samples.jsonl');
  const child = track(
    spawn(process.execPath, [SAMPLER, '--out', out, '--interval-ms', '100', ...args], {
      stdio: 'ignore',
      detached: true,
    }),
  );
  return { child, out };
}

/** Resolves with the exit code once `child` exits. */
function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

describe.skipIf(!onLinux)('the built sampler never outlives its owner', () => {
  it('stops soon after its owner exits', async () => {
    const owner = track(spawn('sleep', ['1'], { stdio: 'ignore' }));
    const { child, out } = startSampler(['--root-pid', String(owner.pid)]);
    await exited(owner);
    const ownerGoneAt = Date.now();
    expect(await exited(child)).toBe(0);
    expect(Date.now() - ownerGoneAt).toBeLessThan(2000);
    expect(stopReason(out)).toBe('root-exited');
  });

  it('stops when its owner has exited but was never reaped (a zombie)', async () => {
    // `sleep 30` inherits the shell's child and never waits for it: the owner stays a zombie.
    const shell = track(
      spawn('sh', ['-c', 'sleep 1 & echo $!; exec sleep 30'], {
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
    const ownerPid = await new Promise<number>((resolve) =>
      shell.stdout?.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))),
    );
    const { child, out } = startSampler(['--root-pid', String(ownerPid)]);
    const code = await Promise.race([exited(child), sleep(5000).then(() => 'still running')]);
    expect(readFileSync(`/proc/${ownerPid}/stat`, 'latin1')).toMatch(/\) Z /);
    expect(code).toBe(0);
    expect(stopReason(out)).toBe('root-exited');
  });

  it('stops at once when its owner’s PID belongs to a process started at another time', async () => {
    // A live process standing for one that took the owner's PID after the owner exited.
    const other = track(spawn('sleep', ['30'], { stdio: 'ignore' }));
    const { child, out } = startSampler([
      '--root-pid',
      String(other.pid),
      '--root-start-time',
      '1',
    ]);
    const code = await Promise.race([exited(child), sleep(3000).then(() => 'still running')]);
    expect(code).toBe(0);
    expect(stopReason(out)).toBe('root-replaced');
    expect(alive(other.pid as number)).toBe(true);
  });

  it('stops by itself at its maximum lifetime, its owner still running', async () => {
    const owner = track(spawn('sleep', ['30'], { stdio: 'ignore' }));
    const begun = Date.now();
    const { child, out } = startSampler([
      '--root-pid',
      String(owner.pid),
      '--max-lifetime-ms',
      '1500',
    ]);
    const code = await Promise.race([exited(child), sleep(6000).then(() => 'still running')]);
    const lifetime = Date.now() - begun;
    expect(code).toBe(0);
    expect(stopReason(out)).toBe('max-lifetime');
    expect(lifetime).toBeGreaterThanOrEqual(1400);
    expect(lifetime).toBeLessThan(4000);
    expect(alive(owner.pid as number)).toBe(true);
  });
});

/**
 * A job as the real runner runs it, where the main step's parent is the runner worker, which
 * exits when the job ends: a small worker process runs the steps (the mini-runner runs them from
 * the test process itself, which outlives every job).
 */
describe.skipIf(!onLinux)('a job whose post step cannot stop the sampler', () => {
  const WORKER = `
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
const plan = JSON.parse(process.argv[2]);
let state = {};
for (const step of plan) {
  if (step.sleepMs) { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, step.sleepMs); continue; }
  if (step.waitFor) {
    // Until the sampler is up (its first sample written), at most 10 s.
    for (let i = 0; i < 200; i++) {
      let text = ''; try { text = readFileSync(step.waitFor, 'utf8'); } catch {}
      if (text.includes('"k":"s"')) break;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
    continue;
  }
  if (step.corrupt) { writeFileSync(step.corrupt, '{"version":1,"samplerPid":'); continue; }
  const env = { ...step.env };
  if (step.withState) for (const [name, value] of Object.entries(state)) env['STATE_' + name] = value;
  const result = spawnSync(process.execPath, [step.script], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  process.stdout.write(result.stdout + result.stderr);
  if (step.env.GITHUB_STATE) state = parse(readFileSync(step.env.GITHUB_STATE, 'utf8'));
}
function parse(text) {
  const out = {}; const rows = text.split('\\n');
  for (let i = 0; i < rows.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(rows[i]); if (!m) continue;
    const value = []; for (i++; i < rows.length && rows[i] !== m[2]; i++) value.push(rows[i]);
    out[m[1]] = value.join('\\n');
  }
  return out;
}
`;

  const manifest = parseYaml(readFileSync(join(ACTION_DIR, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };

  function stepEnv(root: string, withInputs: Record<string, string>, files: boolean) {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? root,
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_JOB: 'test',
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'push',
      RUNNER_TEMP: join(root, 'temp'),
      NODE_OPTIONS: LOOPBACK_ONLY_NODE_OPTIONS,
    };
    for (const [name, input] of Object.entries(manifest.inputs)) {
      const fallback = (input.default ?? '').includes('${{') ? '' : (input.default ?? '');
      env[`INPUT_${name.toUpperCase()}`] = withInputs[name] ?? fallback;
    }
    if (files) {
      for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY']) {
        const path = join(root, `${name.toLowerCase()}-${Math.random().toString(36).slice(2)}`);
        writeFileSync(path, '');
        env[name] = path;
      }
    }
    return env;
  }

  const inputs = { history: 'false', upload: 'false', 'sample-interval': '100ms' };
  const main = join(ACTION_DIR, 'dist/main/index.js');
  const post = join(ACTION_DIR, 'dist/post/index.js');

  it.each([
    ['its state is missing', { mainFiles: true, postState: false, corrupt: false, post: true }],
    ['GITHUB_STATE is unset', { mainFiles: false, postState: true, corrupt: false, post: true }],
    ['the job state is corrupted', { mainFiles: true, postState: true, corrupt: true, post: true }],
    ['it never runs', { mainFiles: true, postState: true, corrupt: false, post: false }],
  ])('post %s: the sampler ends with the job', async (_case, options) => {
    const root = mkdtempSync(join(tmpdir(), 'rp-worker-'));
    const jobDir = join(root, 'temp', 'resource-planner');
    const plan = [
      { script: main, env: stepEnv(root, inputs, options.mainFiles), withState: false },
      // The job's own steps, once the sampler is up.
      { waitFor: join(jobDir, 'samples.jsonl') },
      { sleepMs: 300 },
      ...(options.corrupt ? [{ corrupt: join(jobDir, 'job.json') }] : []),
      ...(options.post
        ? [{ script: post, env: stepEnv(root, inputs, true), withState: options.postState }]
        : []),
    ];
    const workerFile = join(root, 'worker.mjs');
    writeFileSync(workerFile, WORKER);
    const worker = track(
      spawn(process.execPath, [workerFile, JSON.stringify(plan)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    let log = '';
    worker.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    expect(await exited(worker), log).toBe(0);
    const samplesFile = join(jobDir, 'samples.jsonl');
    const samplerPid = lines(samplesFile).find((line) => line.k === 'start')?.samplerPid;
    expect(samplerPid, log).toBeGreaterThan(0);
    // Its owner (the worker) is gone: the sampler follows within a few intervals.
    expect(await goneWithin(samplerPid as number, 3000), log).not.toBeNull();
    expect(stopReason(samplesFile)).toBe(options.corrupt ? 'sigterm' : 'root-exited');
    if (options.corrupt) expect(log).toContain('The sampler was stopped.');
  });
});

describe.skipIf(!onLinux)('the built action with a sampler PID that is not the sampler', () => {
  const github = useFakeGitHub();

  /** A process outside the job that post must never signal. */
  function bystander(): ChildProcess {
    return track(spawn('sleep', ['60'], { stdio: 'ignore' }));
  }

  /** A run step that rewrites the job state with `edit` (a JS expression over `j`). */
  const editJobState = (edit: string): string =>
    `node -e "const f = process.env.RUNNER_TEMP + '/resource-planner/job.json'; const fs = require('fs'); const j = JSON.parse(fs.readFileSync(f, 'utf8')); ${edit}; fs.writeFileSync(f, JSON.stringify(j))"`;

  /** Shell: waits until the sampler is up (its first sample written), at most 10 s. */
  const SAMPLER_UP = `for i in $(seq 200); do grep -qs '"k":"s"' "$RUNNER_TEMP/resource-planner/samples.jsonl" && break; sleep 0.05; done`;

  function samplerOf(result: JobResult): { pid: number; stop: string | undefined } {
    const file = join(result.runnerTemp, 'resource-planner', 'samples.jsonl');
    const pid = lines(file).find((line) => line.k === 'start')?.samplerPid ?? 0;
    return { pid, stop: stopReason(file) };
  }

  it('the job state names another process: it is not signalled, the sampler is stopped', async () => {
    const other = bystander();
    const result = await runJob({
      actionDir: ACTION_DIR,
      github,
      event: events.push(github),
      runId: 701,
      env: { OTHER_PID: String(other.pid) },
      steps: [
        { kind: 'action', with: { profile: 'test', 'sample-interval': '100ms', history: 'false' } },
        {
          kind: 'run',
          script: `${SAMPLER_UP} && ${editJobState('j.samplerPid = Number(process.env.OTHER_PID)')}`,
        },
      ],
    });
    expect(result.violations).toEqual([]);
    const postStep = result.steps.at(-1);
    expect(postStep?.exitCode).toBe(0);
    expect(alive(other.pid as number)).toBe(true);
    expect(other.exitCode).toBeNull();
    expect(postStep?.summary).toContain(`The job state names PID ${other.pid}`);
    expect(samplerOf(result).stop).toBe('sigterm');
  });

  it('the sampler crashed and its PID was taken: post does not signal the new process', async () => {
    const other = bystander();
    const result = await runJob({
      actionDir: ACTION_DIR,
      github,
      event: events.push(github),
      runId: 702,
      env: { OTHER_PID: String(other.pid) },
      steps: [
        { kind: 'action', with: { profile: 'test', 'sample-interval': '100ms', history: 'false' } },
        {
          kind: 'run',
          // The sampler dies; the job state's PID (and the identity's) now name a live process,
          // as when the system hands the PID to a new one.
          script: `${SAMPLER_UP} && ${editJobState(
            "process.kill(j.samplerPid, 'SIGKILL'); j.samplerPid = Number(process.env.OTHER_PID); if (j.samplerIdentity) j.samplerIdentity.pid = j.samplerPid",
          )} && sleep 0.2`,
        },
      ],
    });
    expect(result.violations).toEqual([]);
    const postStep = result.steps.at(-1);
    expect(postStep?.exitCode).toBe(0);
    expect(alive(other.pid as number)).toBe(true);
    // The summary escapes Markdown (parentheses, colons): compare the note's words.
    expect(postStep?.summary).toMatch(
      new RegExp(
        `The sampler's PID .{0,4}${other.pid}.{0,4} now belongs to another process.{1,8}not signalled`,
      ),
    );
    expect(postStep?.summary).toContain('The sampler died before the job ended');
    expect(github.state.artifacts).toHaveLength(1);
  });

  it('the job state is unreadable: the owner’s post still stops the sampler', async () => {
    const result = await runJob({
      actionDir: ACTION_DIR,
      github,
      event: events.push(github),
      runId: 703,
      steps: [
        { kind: 'action', with: { profile: 'test', 'sample-interval': '100ms', history: 'false' } },
        {
          kind: 'run',
          script: `${SAMPLER_UP} && printf '{"version":1,' > "$RUNNER_TEMP/resource-planner/job.json"`,
        },
      ],
    });
    // No orphan: the sampler did not outlive the job.
    expect(result.violations).toEqual([]);
    const postStep = result.steps.at(-1);
    expect(postStep?.exitCode).toBe(0);
    expect(postStep?.annotations).toContainEqual({
      level: 'warning',
      message: expect.stringContaining('The sampler was stopped.'),
    });
    expect(samplerOf(result).stop).toBe('sigterm');
  });
});

describe.skipIf(!onLinux)('post-timeout: a hanging network operation does not hold the job', () => {
  const github = useFakeGitHub();
  const LIMIT_S = 3;

  it('the artifact blob upload hangs: post warns, skips it and exits 0 soon after the limit', async () => {
    github.addRun({ id: 801 });
    github.injectFault({
      method: 'PUT',
      path: /^\/devstoreaccount1\/actions-results\/\d+$/,
      fault: { kind: 'hang' },
    });
    const result = await runJob({
      actionDir: ACTION_DIR,
      github,
      event: events.push(github),
      runId: 801,
      stepTimeoutMs: 40_000,
      steps: [
        {
          kind: 'action',
          with: {
            profile: 'test',
            'sample-interval': '100ms',
            history: 'false',
            'post-timeout': `${LIMIT_S}s`,
          },
        },
      ],
    });
    expect(result.violations).toEqual([]);
    const postStep = result.steps.at(-1);
    expect(postStep?.kind).toBe('post');
    expect(postStep?.exitCode).toBe(0);
    // Upload started at once and was abandoned at the limit; a few seconds for the rest.
    expect(postStep?.durationMs).toBeLessThan((LIMIT_S + 4) * 1000);
    expect(postStep?.annotations).toContainEqual({
      level: 'warning',
      message: `The run-profile upload did not finish within ${LIMIT_S} s (post-timeout): skipped; later runs cannot learn from this one.`,
    });
    expect(github.state.requests.some((request) => request.status === 0)).toBe(true);
    expect(github.state.artifacts).toHaveLength(0);
    // The report was still written.
    expect(postStep?.summary).toMatch(
      /resource-planner: (peak \S+ \S+ of the \S+ \S+ limit|no memory samples)/,
    );
  }, 60_000);

  it('the pull-request comment hangs: post warns, skips the comparison and exits 0', async () => {
    github.addRun({ id: 802, headBranch: 'feature', event: 'pull_request' });
    github.injectFault({
      method: 'GET',
      path: `/repos/${github.repository}/issues/7/comments`,
      fault: { kind: 'hang' },
    });
    const result = await runJob({
      actionDir: ACTION_DIR,
      github,
      event: events.pullRequest(github, { number: 7, head: 'feature' }),
      runId: 802,
      ref: 'refs/pull/7/merge',
      headRef: 'feature',
      baseRef: 'main',
      stepTimeoutMs: 40_000,
      steps: [
        {
          kind: 'action',
          with: {
            profile: 'test',
            'sample-interval': '100ms',
            history: 'false',
            upload: 'false',
            comment: 'always',
            'post-timeout': `${LIMIT_S}s`,
          },
        },
      ],
    });
    expect(result.violations).toEqual([]);
    const postStep = result.steps.at(-1);
    expect(postStep?.exitCode).toBe(0);
    expect(postStep?.durationMs).toBeLessThan((LIMIT_S + 4) * 1000);
    expect(postStep?.annotations).toContainEqual({
      level: 'warning',
      message: expect.stringContaining(
        `The baseline comparison did not finish within ${LIMIT_S} s (post-timeout): skipped`,
      ),
    });
    expect(postStep?.summary).toMatch(
      /resource-planner: (peak \S+ \S+ of the \S+ \S+ limit|no memory samples)/,
    );
  }, 60_000);
});
