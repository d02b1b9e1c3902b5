// Part 1: wall time of the action's main step (node dist/main/index.js) against `node -e 0`, for
// the build in dist/ and, in the same run, the last build whose runner protocol was written by
// hand (dist/ as committed at HANDWRITTEN_COMMIT, extracted from git into a temp folder).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { describeMachine } from '../lib/machine.mjs';
import { table } from '../lib/markdown.mjs';
import { DIST, ROOT } from '../lib/paths.mjs';
import { fixed, median } from '../lib/stats.mjs';

/**
 * The last commit whose committed dist/ wrote the runner's file commands by hand (before
 * @actions/core): dist/ is committed, so that build stays measurable as it shipped.
 */
export const HANDWRITTEN_COMMIT = 'e6e0bdf';
/** Target of issue 16: the main step with the sampler spawned, at most this × `node -e 0`. */
const TARGET_RATIO = 2.5;

/** Why dist/ is built as it is: the choice this part measured (scripts/build.mjs). */
const BUNDLING = [
  '**Bundling.** The main step reaches the runner through `@actions/core` 3. Its module imports',
  '`@actions/http-client` (with undici and tunnel) for OIDC tokens and `@actions/exec` (with',
  '`@actions/io`) for `platform`; the main step uses neither, but a bundle evaluates what it',
  'imports. With @vercel/ncc (webpack) every one of those modules runs at start-up. Loading the',
  'toolkit lazily does not help: the step needs it first (inputs) and last (outputs) on every run,',
  'so it would only move the cost. esbuild leaves out a module whose exports nothing uses once it',
  'is marked free of side effects on import; scripts/build.mjs marks those five packages so, and',
  'they stay in the post step and the history fetch, which use them. Rows for other builds appear',
  'when `BENCH_LATENCY_BUILDS` names them (`label=dist-folder;...`).',
].join(' ');

/** A runner's environment for one step: fresh file-command files and RUNNER_TEMP in a temp dir. */
function runnerEnvironment(extra = {}) {
  const dir = mkdtempSync(join(os.tmpdir(), 'rp-bench-'));
  const files = {};
  for (const name of [
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STEP_SUMMARY',
  ]) {
    files[name] = join(dir, name.toLowerCase());
    writeFileSync(files[name], '');
  }
  mkdirSync(join(dir, 'temp'));
  return {
    dir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      RUNNER_TEMP: join(dir, 'temp'),
      ...files,
      INPUT_PROFILE: 'bench',
      INPUT_HISTORY: 'false',
      ...extra,
    },
  };
}

/** Wall time (ms) of `node ...args`, start to exit; throws unless it exits 0. */
function timeCommand(args, env) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Stops the sampler a main step left running, by the PID it saved in RUNNER_TEMP. */
function stopSampler(runnerDir) {
  const job = JSON.parse(readFileSync(join(runnerDir, 'temp/resource-planner/job.json'), 'utf8'));
  if (job.samplerPid) {
    try {
      process.kill(job.samplerPid, 'SIGTERM');
    } catch {
      // It stopped by itself (its root, this process's child, is gone).
    }
  }
}

/** The hand-written build's dist/, extracted from git; null when the commit is not at hand. */
function extractHandwrittenBuild() {
  const dir = mkdtempSync(join(os.tmpdir(), 'rp-bench-handwritten-'));
  try {
    const archive = execFileSync('git', ['archive', HANDWRITTEN_COMMIT, 'dist'], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    if (existsSync(join(dir, 'dist/main/index.js'))) return dir;
  } catch {
    // A shallow clone without that commit: the part reports the current build alone.
  }
  rmSync(dir, { recursive: true, force: true });
  return null;
}

/** Section 1 of RESULTS.md. */
export async function latency() {
  const runs = 30;
  const handwrittenDir = extractHandwrittenBuild();
  const builds = [{ label: 'toolkit (@actions/core), dist/ as built now', main: DIST('main') }];
  if (handwrittenDir) {
    builds.push({
      label: `hand-written protocol, dist/ as committed at ${HANDWRITTEN_COMMIT}`,
      main: join(handwrittenDir, 'dist/main/index.js'),
    });
  }
  // Other builds to weigh in the same run, e.g. while choosing a bundler:
  // BENCH_LATENCY_BUILDS='ncc, core loaded at start=/tmp/ncc-dist;esbuild, no pruning=/tmp/d2'
  // (each a dist/ folder holding main/ and sampler/).
  for (const entry of (process.env.BENCH_LATENCY_BUILDS ?? '').split(';').filter(Boolean)) {
    const split = entry.lastIndexOf('=');
    builds.push({
      label: entry.slice(0, split),
      main: join(entry.slice(split + 1), 'main/index.js'),
    });
  }
  const baseline = [];
  const times = builds.map(() => ({ quiet: [], sampling: [] }));
  const loadBefore = os.loadavg();
  // Interleaved, so a slow spell of the machine hits every command alike.
  for (let index = 0; index < runs; index++) {
    baseline.push(timeCommand(['-e', '0'], process.env));
    builds.forEach((build, which) => {
      const quiet = runnerEnvironment({ INPUT_SAMPLE: 'false' });
      times[which].quiet.push(timeCommand([build.main], quiet.env));
      rmSync(quiet.dir, { recursive: true, force: true });
      const sampling = runnerEnvironment({ INPUT_SAMPLE: 'true' });
      times[which].sampling.push(timeCommand([build.main], sampling.env));
      stopSampler(sampling.dir);
      rmSync(sampling.dir, { recursive: true, force: true });
    });
  }
  const loadAfter = os.loadavg();
  if (handwrittenDir) rmSync(handwrittenDir, { recursive: true, force: true });

  const base = median(baseline);
  const row = (label, values) => [label, fixed(median(values)), fixed(median(values) / base, 2)];
  const rows = [['`node -e 0` (baseline)', fixed(base), '1.00']];
  builds.forEach((build, which) => {
    rows.push(row(`main step, ${build.label}: sampling off`, times[which].quiet));
    rows.push(row(`main step, ${build.label}: sampler spawned`, times[which].sampling));
  });
  const ratio = median(times[0].sampling) / base;
  const load = (values) => values.map((value) => fixed(value, 2)).join(' ');
  const handwrittenNote = handwrittenDir
    ? ''
    : ` The hand-written build (commit ${HANDWRITTEN_COMMIT}) was not in this clone and was not measured.`;
  return `## 1. Main-step latency\n\nMeasured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${describeMachine()}. Method: \`node dist/main/index.js\` with a runner environment (fresh GITHUB_OUTPUT/STATE/ENV/PATH/STEP_SUMMARY files, RUNNER_TEMP, \`history: false\`), interleaved with \`node -e 0\`, ${runs} runs each, wall time of the whole process. The hand-written build is dist/ as committed at ${HANDWRITTEN_COMMIT}, the last commit that wrote the runner protocol by hand, run with the same environment in the same run.${handwrittenNote} Load average (1, 5, 15 min) before: ${load(loadBefore)}; after: ${load(loadAfter)}.\n\n${table(['command', 'median ms', 'ratio'], rows)}\n\nTarget ≤ ${TARGET_RATIO}× \`node -e 0\` with the toolkit: **${ratio <= TARGET_RATIO ? 'met' : 'missed'}** (${fixed(ratio, 2)}×, sampler spawned).\n\n${BUNDLING}`;
}
