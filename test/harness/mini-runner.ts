/**
 * A mini GitHub Actions runner for end-to-end tests, faithful to what the real one does for a
 * JavaScript action (from the actions/runner source): fresh file-command files per step, INPUT_* from action.yml
 * defaults plus `with`, node spawned directly (not through /bin/sh, which drops names with `-`),
 * STATE_* into post, posts in reverse order and always, GITHUB_ENV applied to later steps
 * (NODE_OPTIONS refused), piped stdio with the held-pipes rule checked, and the orphan-process
 * check by RUNNER_TRACKING_ID at job end.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fakeRuntimeToken, type FakeGitHub } from './fake-github.js';

/** Parses a file-command file with the runner's rules; throws on malformed input. */
export function parseEnvFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  // A trailing newline leaves one empty string at the end.
  if (lines.at(-1) === '') lines.pop();
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] as string).replace(/\r$/, '');
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const name = line.slice(0, equals);
      if (!name) throw new Error(`Invalid format '${line}': name is empty`);
      result[name] = line.slice(equals + 1);
      continue;
    }
    if (heredoc < 0) throw new Error(`Invalid format '${line}'`);
    const name = line.slice(0, heredoc);
    const delimiter = line.slice(heredoc + 2);
    if (!name || !delimiter)
      throw new Error(`Invalid format '${line}': name or delimiter is empty`);
    const value: string[] = [];
    let closed = false;
    for (index++; index < lines.length; index++) {
      const candidate = (lines[index] as string).replace(/\r$/, '');
      if (candidate === delimiter) {
        closed = true;
        break;
      }
      value.push(candidate);
    }
    if (!closed) throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`);
    result[name] = value.join('\n');
  }
  return result;
}

export interface Annotation {
  level: 'warning' | 'error' | 'notice' | 'debug';
  message: string;
}

/** Workflow commands in a step's stdout, as the runner recognises them (trimmed line starts with `::`). */
export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const raw of stdout.split('\n')) {
    const match = /^::(warning|error|notice|debug)(?: [^:]*)?::(.*)$/.exec(raw.trim());
    if (match) {
      const message = (match[2] as string)
        .replace(/%0A/g, '\n')
        .replace(/%0D/g, '\r')
        .replace(/%25/g, '%');
      annotations.push({ level: match[1] as Annotation['level'], message });
    }
  }
  return annotations;
}

export type JobStep =
  | { kind: 'action'; id?: string; with?: Record<string, string> }
  | { kind: 'run'; id?: string; script: string };

export interface StepResult {
  id: string;
  kind: 'action' | 'run' | 'post';
  exitCode: number | null;
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
  annotations: Annotation[];
  durationMs: number;
}

export interface JobEvent {
  name: 'push' | 'pull_request' | 'workflow_run';
  payload: Record<string, unknown>;
}

export interface JobOptions {
  actionDir: string;
  steps: JobStep[];
  github: FakeGitHub;
  event: JobEvent;
  runId: number;
  runAttempt?: number;
  job?: string;
  workflowFile?: string;
  ref?: string;
  sha?: string;
  headRef?: string;
  baseRef?: string;
  matrix?: Record<string, unknown> | null;
  env?: Record<string, string>;
  token?: string;
  /** Per-step time limit (ms). */
  stepTimeoutMs?: number;
}

export interface JobResult {
  steps: StepResult[];
  violations: string[];
  runnerTemp: string;
}

const SUMMARY_LIMIT_BYTES = 1_048_576;
/** Loads test/harness/loopback-only.mjs into every Node process a job starts. */
export const LOOPBACK_ONLY_NODE_OPTIONS = `--import=${new URL('./loopback-only.mjs', import.meta.url).href}`;
/** The real runner waits 5 s for held pipes; tests are stricter. */
const PIPES_HELD_LIMIT_MS = 1000;

interface ActionManifest {
  inputs?: Record<string, { default?: string }>;
  runs: { using: string; main: string; post?: string };
}

function evaluateDefault(
  value: string,
  context: { token: string; matrix: Record<string, unknown> | null },
): string {
  return (
    value
      .replace(/\$\{\{\s*github\.token\s*\}\}/g, context.token)
      // GitHub's toJSON pretty-prints with two-space indentation (actions/languageservices'
      // expression library: JSON.stringify(value, replacer, '  ')).
      .replace(/\$\{\{\s*toJSON\(matrix\)\s*\}\}/g, JSON.stringify(context.matrix, null, 2))
  );
}

export async function runJob(options: JobOptions): Promise<JobResult> {
  const manifest = parseYaml(
    readFileSync(join(options.actionDir, 'action.yml'), 'utf8'),
  ) as ActionManifest;
  const root = mkdtempSync(join(tmpdir(), 'rp-runner-'));
  const runnerTemp = join(root, 'temp');
  const workspace = join(root, 'workspace');
  const commandsDir = join(runnerTemp, '_runner_file_commands');
  mkdirSync(commandsDir, { recursive: true });
  mkdirSync(workspace, { recursive: true });
  const eventPath = join(root, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.event.payload));
  const trackingId = `github_${randomUUID()}`;
  const token = options.token ?? 'ghs_faketoken';
  const github = options.github;
  const violations: string[] = [];
  const steps: StepResult[] = [];
  const jobEnv: Record<string, string> = {};
  const extraPath: string[] = [];

  const baseEnv = (): Record<string, string> => ({
    PATH: [...extraPath, process.env.PATH ?? '/usr/bin:/bin'].join(':'),
    HOME: process.env.HOME ?? root,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: github.repository,
    GITHUB_REPOSITORY_ID: String(github.repositoryId),
    GITHUB_REPOSITORY_OWNER: github.owner,
    GITHUB_RUN_ID: String(options.runId),
    GITHUB_RUN_NUMBER: String(options.runId),
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_JOB: options.job ?? 'test',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_WORKFLOW_REF: `${github.repository}/.github/workflows/${options.workflowFile ?? 'ci.yml'}@${options.ref ?? 'refs/heads/main'}`,
    GITHUB_SHA: options.sha ?? 'a'.repeat(40),
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_HEAD_REF: options.headRef ?? '',
    GITHUB_BASE_REF: options.baseRef ?? '',
    GITHUB_EVENT_NAME: options.event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTION_PATH: options.actionDir,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'mini-runner',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(root, 'toolcache'),
    RUNNER_TRACKING_ID: trackingId,
    ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken(options.runId),
    ACTIONS_RESULTS_URL: `${github.url}/`,
    // No network: anything not on loopback goes to a closed port.
    HTTP_PROXY: 'http://127.0.0.1:9',
    HTTPS_PROXY: 'http://127.0.0.1:9',
    http_proxy: 'http://127.0.0.1:9',
    https_proxy: 'http://127.0.0.1:9',
    // Node's own fetch honours the proxy variables only when asked to.
    NODE_USE_ENV_PROXY: '1',
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    // And every Node process of the job refuses TCP outside loopback (proxies or not).
    NODE_OPTIONS: LOOPBACK_ONLY_NODE_OPTIONS,
    ...options.env,
    ...jobEnv,
  });

  const inputsFor = (withInputs: Record<string, string> = {}): Record<string, string> => {
    const inputs: Record<string, string> = {};
    for (const [name, input] of Object.entries(manifest.inputs ?? {})) {
      const value =
        name in withInputs
          ? (withInputs[name] as string)
          : evaluateDefault(input.default ?? '', { token, matrix: options.matrix ?? null });
      inputs[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    for (const name of Object.keys(withInputs)) {
      if (!(name in (manifest.inputs ?? {}))) violations.push(`unexpected input '${name}'`);
    }
    return inputs;
  };

  const runStep = async (
    id: string,
    kind: StepResult['kind'],
    command: string[],
    extraEnv: Record<string, string>,
  ): Promise<StepResult> => {
    const files = Object.fromEntries(
      ['set_output', 'save_state', 'set_env', 'add_path', 'step_summary'].map((name) => {
        const path = join(commandsDir, `${name}_${randomUUID()}`);
        writeFileSync(path, '');
        return [name, path];
      }),
    ) as Record<'set_output' | 'save_state' | 'set_env' | 'add_path' | 'step_summary', string>;
    const env = {
      ...baseEnv(),
      ...extraEnv,
      GITHUB_OUTPUT: files.set_output,
      GITHUB_STATE: files.save_state,
      GITHUB_ENV: files.set_env,
      GITHUB_PATH: files.add_path,
      GITHUB_STEP_SUMMARY: files.step_summary,
    };
    const started = Date.now();
    const child = spawn(command[0] as string, command.slice(1), {
      env,
      cwd: workspace,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const pipesClosed = new Promise<void>((resolve) => child.once('close', () => resolve()));
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timeout = setTimeout(() => {
      violations.push(`step ${id} timed out`);
      child.kill('SIGKILL');
    }, options.stepTimeoutMs ?? 60_000);
    let exitedAt = 0;
    const exitCode = await new Promise<number | null>((resolve) => {
      child.once('exit', (code) => {
        exitedAt = Date.now();
        resolve(code);
      });
    });
    // The step's process is gone; its pipes must close promptly (a leaked child holding them
    // would make the real runner wait 5 s and kill the tree).
    const held = await Promise.race([
      pipesClosed.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), PIPES_HELD_LIMIT_MS)),
    ]);
    if (held) {
      violations.push(
        `pipes-held: step ${id} left its stdout/stderr open more than ${PIPES_HELD_LIMIT_MS} ms after exiting`,
      );
      child.stdout.destroy();
      child.stderr.destroy();
    }
    clearTimeout(timeout);

    const summary = readFileSync(files.step_summary, 'utf8');
    if (Buffer.byteLength(summary) > SUMMARY_LIMIT_BYTES)
      violations.push(`step ${id} wrote a summary over 1 MiB`);
    const parse = (path: string, what: string): Record<string, string> => {
      try {
        return parseEnvFile(readFileSync(path, 'utf8'));
      } catch (error) {
        violations.push(`step ${id} wrote a malformed ${what} file: ${String(error)}`);
        return {};
      }
    };
    const stepEnv = parse(files.set_env, 'env');
    for (const [name, value] of Object.entries(stepEnv)) {
      if (name === 'NODE_OPTIONS')
        violations.push(`step ${id} tried to set NODE_OPTIONS (the runner refuses it)`);
      else jobEnv[name] = value;
    }
    for (const line of readFileSync(files.add_path, 'utf8').split('\n'))
      if (line.trim()) extraPath.unshift(line.trim());
    const result: StepResult = {
      id,
      kind,
      exitCode,
      outputs: parse(files.set_output, 'output'),
      state: parse(files.save_state, 'state'),
      env: stepEnv,
      summary,
      stdout,
      stderr,
      annotations: parseAnnotations(stdout),
      durationMs: exitedAt - started,
    };
    steps.push(result);
    return result;
  };

  const posts: { id: string; inputs: Record<string, string>; state: Record<string, string> }[] = [];
  let failed = false;
  for (const [index, step] of options.steps.entries()) {
    const id = step.id ?? `step${index + 1}`;
    if (failed) break;
    if (step.kind === 'action') {
      const inputs = inputsFor(step.with);
      const result = await runStep(
        id,
        'action',
        [process.execPath, join(options.actionDir, manifest.runs.main)],
        inputs,
      );
      // post-if: always(): the post runs even when main failed.
      if (manifest.runs.post) posts.push({ id, inputs, state: result.state });
      if (result.exitCode !== 0) failed = true;
    } else {
      const result = await runStep(id, 'run', ['bash', '-e', '-c', step.script], {});
      if (result.exitCode !== 0) failed = true;
    }
  }
  for (const post of posts.reverse()) {
    const state = Object.fromEntries(
      Object.entries(post.state).map(([name, value]) => [`STATE_${name}`, value]),
    );
    await runStep(
      `post-${post.id}`,
      'post',
      [process.execPath, join(options.actionDir, manifest.runs.post as string)],
      { ...post.inputs, ...state },
    );
  }

  for (const orphan of orphansOf(trackingId)) {
    violations.push(`orphan: process ${orphan.pid} (${orphan.name}) outlived the job`);
    try {
      process.kill(orphan.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  return { steps, violations, runnerTemp };
}

/** Processes whose environment carries this job's RUNNER_TRACKING_ID (how the runner finds orphans). */
export function orphansOf(trackingId: string): { pid: number; name: string }[] {
  const found: { pid: number; name: string }[] = [];
  const needle = `RUNNER_TRACKING_ID=${trackingId}`;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!statSync(`/proc/${entry}`).isDirectory()) continue;
      const environ = readFileSync(`/proc/${entry}/environ`, 'latin1');
      if (environ.split('\0').includes(needle)) {
        const stat = readFileSync(`/proc/${entry}/stat`, 'latin1');
        const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
        if (state === 'Z') continue; // a zombie waiting to be reaped holds nothing
        found.push({
          pid: Number(entry),
          name: readFileSync(`/proc/${entry}/comm`, 'utf8').trim(),
        });
      }
    } catch {
      // Gone, or not ours to read.
    }
  }
  return found;
}

/** Event payloads as GitHub sends them (the fields the product reads, realistic values). */
export const events = {
  push(github: FakeGitHub, branch = 'main'): JobEvent {
    return {
      name: 'push',
      payload: {
        ref: `refs/heads/${branch}`,
        repository: {
          id: github.repositoryId,
          full_name: github.repository,
          default_branch: github.defaultBranch,
        },
      },
    };
  },
  pullRequest(
    github: FakeGitHub,
    options: { number: number; head: string; base?: string; fork?: boolean; headSha?: string },
  ): JobEvent {
    const headRepo = options.fork
      ? { id: 9999, full_name: 'forker/app' }
      : { id: github.repositoryId, full_name: github.repository };
    return {
      name: 'pull_request',
      payload: {
        action: 'synchronize',
        number: options.number,
        pull_request: {
          number: options.number,
          head: { ref: options.head, sha: options.headSha ?? 'b'.repeat(40), repo: headRepo },
          base: {
            ref: options.base ?? github.defaultBranch,
            sha: 'c'.repeat(40),
            repo: { id: github.repositoryId, full_name: github.repository },
          },
        },
        repository: {
          id: github.repositoryId,
          full_name: github.repository,
          default_branch: github.defaultBranch,
        },
      },
    };
  },
  workflowRun(
    github: FakeGitHub,
    run: { id: number; headSha: string; headBranch: string; fork?: boolean },
  ): JobEvent {
    const headRepo = run.fork
      ? { id: 9999, full_name: 'forker/app', owner: { login: 'forker' } }
      : { id: github.repositoryId, full_name: github.repository, owner: { login: github.owner } };
    return {
      name: 'workflow_run',
      payload: {
        action: 'completed',
        workflow_run: {
          id: run.id,
          event: 'pull_request',
          conclusion: 'success',
          head_sha: run.headSha,
          head_branch: run.headBranch,
          head_repository: headRepo,
          // GitHub leaves this empty for pull requests from forks.
          pull_requests: [],
        },
        repository: {
          id: github.repositoryId,
          full_name: github.repository,
          default_branch: github.defaultBranch,
        },
      },
    };
  },
};
