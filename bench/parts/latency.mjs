// Part 1: wall time of the action's main step (node dist/main/index.js) against `node -e 0`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { table } from '../lib/markdown.mjs';
import { DIST } from '../lib/paths.mjs';
import { fixed, median } from '../lib/stats.mjs';

/** A runner's environment for one step: fresh file-command files and RUNNER_TEMP in a temp dir. */
function runnerEnvironment(extra = {}) {
  const dir = mkdtempSync(join(os.tmpdir(), 'rp-bench-'));
  const files = {};
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY']) {
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

/** Section 1 of RESULTS.md. */
export async function latency() {
  const runs = 15;
  const baseline = [];
  const mainNoSampler = [];
  const mainWithSampler = [];
  // Interleaved, so a slow spell of the machine hits all three alike.
  for (let index = 0; index < runs; index++) {
    baseline.push(timeCommand(['-e', '0'], process.env));
    const quiet = runnerEnvironment({ INPUT_SAMPLE: 'false' });
    mainNoSampler.push(timeCommand([DIST('main')], quiet.env));
    rmSync(quiet.dir, { recursive: true, force: true });
    const sampling = runnerEnvironment({ INPUT_SAMPLE: 'true' });
    mainWithSampler.push(timeCommand([DIST('main')], sampling.env));
    stopSampler(sampling.dir);
    rmSync(sampling.dir, { recursive: true, force: true });
  }
  const base = median(baseline);
  const rows = [
    ['`node -e 0` (baseline)', fixed(base), '1.00'],
    [
      'main step, history off, sampling off',
      fixed(median(mainNoSampler)),
      fixed(median(mainNoSampler) / base, 2),
    ],
    [
      'main step, history off, sampler spawned',
      fixed(median(mainWithSampler)),
      fixed(median(mainWithSampler) / base, 2),
    ],
  ];
  const ratio = median(mainWithSampler) / base;
  return `## 1. Main-step latency\n\nMethod: \`node dist/main/index.js\` with a runner environment (fresh GITHUB_OUTPUT/STATE/ENV/STEP_SUMMARY files, RUNNER_TEMP, \`history: false\`), interleaved with \`node -e 0\`, ${runs} runs each, wall time of the whole process.\n\n${table(['command', 'median ms', 'ratio'], rows)}\n\nTarget ≤ 2× \`node -e 0\`: **${ratio <= 2 ? 'met' : 'missed'}** (${fixed(ratio, 2)}×, sampler spawned).`;
}
