// Part 3: CPU cost of reading history (parse + validate + estimate) and the size of one profile.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { table } from '../lib/markdown.mjs';
import { CLI, ROOT } from '../lib/paths.mjs';
import { childrenCpuSeconds } from '../lib/proc.mjs';
import { fixed, median, MiB } from '../lib/stats.mjs';

/** Sampler lines of one hour at 2 Hz (7,200 ticks), 300 live processes, 3 replaced per tick. */
function syntheticLines(index) {
  const lines = [
    {
      k: 'start',
      v: 1,
      t: 0,
      wall: new Date(Date.now() - index * 3_600_000).toISOString(),
      intervalMs: 500,
      source: 'proc',
      rootPid: 1,
      samplerPid: 2,
    },
  ];
  let id = 0;
  const alive = [];
  for (let tick = 0; tick < 7200; tick++) {
    while (alive.length < 300) {
      alive.push(++id);
      lines.push({
        k: 'proc',
        id,
        pid: 1000 + id,
        parent: id % 10 === 0 ? null : 1,
        name: id % 3 === 0 ? 'node' : `tool-${id % 40}`,
        t: tick * 500,
      });
    }
    lines.push({
      k: 's',
      t: tick * 500,
      sys: 5e9,
      cg: null,
      oom: null,
      psi: null,
      p: alive.map((member) => [member, (50 + ((member * 7919 + tick) % 200)) * MiB]),
    });
    alive.splice(0, 3);
  }
  return lines;
}

/** The profile the product's own builder makes of run `index` (run ids 1–20, an hour apart). */
function syntheticProfile(buildProfile, index) {
  return buildProfile({
    lines: syntheticLines(index),
    phases: [{ name: 'test', t: 0, workersRecommended: 4 }],
    endT: 3_600_000,
    host: {
      os: 'linux',
      arch: 'x64',
      logicalCpus: 4,
      cpus: 4,
      memoryTotalBytes: 16 * 1024 * MiB,
      memoryLimitBytes: 16 * 1024 * MiB,
      cgroupMemoryLimitBytes: null,
      cgroupVersion: 2,
    },
    run: {
      repositoryId: 1,
      repository: 'o/r',
      workflow: 'CI',
      job: 'test',
      matrixKey: null,
      runId: index + 1,
      runAttempt: 1,
      sha: null,
      ref: null,
      event: 'push',
      headRepositoryId: 1,
      startedAt: new Date().toISOString(),
    },
    toolVersion: '0.1.0',
    samplerDied: false,
    intervalMs: 500,
    source: 'proc',
  });
}

/** CPU seconds (cutime + cstime) of one `resource-planner ...args` child process. */
function cliCpuSeconds(args) {
  const before = childrenCpuSeconds();
  execFileSync(process.execPath, [CLI, ...args], { stdio: 'ignore' });
  return childrenCpuSeconds() - before;
}

/** Section 3 of RESULTS.md. */
export async function historyCost() {
  // dist/ bundles only the entry points: the profile builder comes from src/ compiled to build/.
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  const { buildProfile } = await import(join(ROOT, 'build/profile/build.js'));
  const { serializeProfile } = await import(join(ROOT, 'build/profile/profile.js'));
  const dir = mkdtempSync(join(os.tmpdir(), 'rp-history-'));
  let gzipped = 0;
  for (let index = 0; index < 20; index++) {
    const text = serializeProfile(syntheticProfile(buildProfile, index));
    if (index === 0) gzipped = gzipSync(text).length;
    writeFileSync(join(dir, `run-${index}.json`), text);
  }
  const withHistory = [];
  const without = [];
  for (let run = 0; run < 5; run++) {
    without.push(cliCpuSeconds(['plan', '--json', '--profile', 'test']));
    withHistory.push(cliCpuSeconds(['plan', '--json', '--profile', 'test', '--history', dir]));
  }
  rmSync(dir, { recursive: true, force: true });
  const extra = median(withHistory) - median(without);
  return `## 3. History cost\n\nMethod: 20 synthetic one-hour profiles at 2 Hz with 300 live processes and churn, built by the product's own profile builder; \`resource-planner plan --history DIR --json\` vs \`plan --json\`, CPU seconds of the child process (cutime + cstime), 5 runs each.\n\n${table(
    ['command', 'CPU s (median)'],
    [
      ['`plan --json`', fixed(median(without), 3)],
      ['`plan --history DIR --json` (20 profiles)', fixed(median(withHistory), 3)],
    ],
  )}\n\nParse + validate + estimate of 20 profiles: **${fixed(extra, 3)} CPU s** (target < 1 s: ${extra < 1 ? 'met' : 'missed'}). One profile gzipped: **${fixed(gzipped / 1024, 1)} KiB** (target ≤ 256 KiB: ${gzipped <= 256 * 1024 ? 'met' : 'missed'}).`;
}
