// resource-planner benchmarks. Drives the shipped code (dist/ and the compiled modules in build/)
// and writes bench/RESULTS.md. Every figure is a median of ≥ 5 runs; times are also given as a
// ratio against a baseline measured in the same run, because these machines are noisy.
//   npm run bench                     all parts
//   npm run bench -- --part latency   one part: latency | sampler | history | quality
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = (entry) => join(ROOT, 'dist', entry, 'index.js');
const CLI = DIST('cli');
const JOB = join(ROOT, 'bench/workload/job.mjs');
const GC_JOB = join(ROOT, 'bench/workload/gc-job.mjs');
const CLK_TCK = 100; // USER_HZ on Linux: /proc/PID/stat times are in 1/100 s.
const MiB = 1024 * 1024;
// The flags the action starts the sampler with (src/sampler/spawn.ts).
const SAMPLER_NODE_FLAGS = ['--max-semi-space-size=1', '--max-old-space-size=64'];

const { values } = parseArgs({ options: { part: { type: 'string' } } });
const parts = values.part ? [values.part] : ['latency', 'sampler', 'history', 'quality'];
const sections = [];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
const fixed = (number, digits = 1) => Number(number).toFixed(digits);
const table = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

/** CPU seconds used by this process's waited-for children so far (cutime + cstime). */
function childrenCpuSeconds() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / CLK_TCK;
}

function processCpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
}

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

function timeCommand(args, env) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function latency() {
  const runs = 15;
  const baseline = [];
  const mainNoSampler = [];
  const mainWithSampler = [];
  for (let index = 0; index < runs; index++) {
    baseline.push(timeCommand(['-e', '0'], process.env));
    const quiet = runnerEnvironment({ INPUT_SAMPLE: 'false' });
    mainNoSampler.push(timeCommand([DIST('main')], quiet.env));
    rmSync(quiet.dir, { recursive: true, force: true });
    const sampling = runnerEnvironment({ INPUT_SAMPLE: 'true' });
    mainWithSampler.push(timeCommand([DIST('main')], sampling.env));
    const job = JSON.parse(
      readFileSync(join(sampling.dir, 'temp/resource-planner/job.json'), 'utf8'),
    );
    if (job.samplerPid) {
      try {
        process.kill(job.samplerPid, 'SIGTERM');
      } catch {
        // It stopped by itself (its root, this process's child, is gone).
      }
    }
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
  sections.push(
    `## 1. Main-step latency\n\nMethod: \`node dist/main/index.js\` with a runner environment (fresh GITHUB_OUTPUT/STATE/ENV/STEP_SUMMARY files, RUNNER_TEMP, \`history: false\`), interleaved with \`node -e 0\`, ${runs} runs each, wall time of the whole process.\n\n${table(['command', 'median ms', 'ratio'], rows)}\n\nTarget ≤ 2× \`node -e 0\`: **${ratio <= 2 ? 'met' : 'missed'}** (${fixed(ratio, 2)}×, sampler spawned).`,
  );
}

function spawnTree(count) {
  // One shell holding `count` sleeps: a process tree to sample or to leave outside the job.
  return spawn('bash', ['-c', `for i in $(seq ${count}); do sleep 600 & done; wait`], {
    stdio: 'ignore',
    detached: true,
  });
}

function procCount() {
  return execFileSync('ls', ['/proc'])
    .toString()
    .split('\n')
    .filter((name) => /^\d+$/.test(name)).length;
}

/** CPU per sample (ms, steady state) and peak RSS (MB) of the shipped sampler, 5 runs, medians. */
async function measureSampler(rootPid) {
  const perSample = [];
  const rss = [];
  for (let run = 0; run < 5; run++) {
    const out = join(mkdtempSync(join(os.tmpdir(), 'rp-sampler-')), 'samples.jsonl');
    const sampler = spawn(
      process.execPath,
      [
        ...SAMPLER_NODE_FLAGS,
        DIST('sampler'),
        '--out',
        out,
        '--root-pid',
        String(rootPid),
        '--interval-ms',
        '100',
      ],
      { stdio: 'ignore' },
    );
    const countSamples = () =>
      readFileSync(out, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('{"k":"s"')).length;
    // Steady state only: skip Node's start-up, then measure over a 5 s window.
    await sleep(1000);
    const cpuBefore = processCpuSeconds(sampler.pid);
    const samplesBefore = countSamples();
    await sleep(5000);
    const cpuAfter = processCpuSeconds(sampler.pid);
    const samplesAfter = countSamples();
    const status = readFileSync(`/proc/${sampler.pid}/status`, 'utf8');
    rss.push(Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024);
    sampler.kill('SIGTERM');
    await new Promise((resolve) => sampler.once('exit', resolve));
    perSample.push(((cpuAfter - cpuBefore) * 1000) / (samplesAfter - samplesBefore));
  }
  return { perSample: median(perSample), rss: median(rss) };
}

async function samplerCost() {
  const existing = procCount();
  const outsideCount = Math.max(0, 300 - existing - 52);
  const outside = spawnTree(outsideCount);
  const job = spawnTree(50);
  await sleep(1500);
  let typical;
  let worst;
  let ps;
  let processes;
  try {
    processes = procCount();
    typical = await measureSampler(job.pid);
    process.kill(-job.pid, 'SIGKILL');
    // Worst case: every process but the system's own is in the job.
    worst = await measureSampler(outside.pid);
    const psPerCall = [];
    for (let run = 0; run < 5; run++) {
      const before = childrenCpuSeconds();
      for (let call = 0; call < 10; call++)
        execFileSync('ps', ['-eo', 'pid,ppid,rss,comm'], { stdio: 'ignore' });
      psPerCall.push(((childrenCpuSeconds() - before) * 1000) / 10);
    }
    ps = median(psPerCall);
  } finally {
    for (const tree of [outside, job]) {
      try {
        process.kill(-tree.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
  const rows = [
    [
      'resource-planner sampler, job of 50 processes',
      fixed(typical.perSample, 2),
      fixed(typical.rss, 0),
    ],
    [
      `resource-planner sampler, job of ${outsideCount} processes (worst case)`,
      fixed(worst.perSample, 2),
      fixed(worst.rss, 0),
    ],
    ['`ps -eo pid,ppid,rss,comm`, one call per sample', fixed(ps, 2), '—'],
  ];
  const met = typical.perSample <= 3 && typical.rss <= 60;
  sections.push(
    `## 2. Sampler cost\n\nMethod: ~${processes} processes in /proc; \`dist/sampler/index.js\` (with the V8 flags the action uses) at 100 ms, 5 runs per case; CPU = utime + stime of the sampler from /proc/PID/stat over a 5 s window after a 1 s warm-up ÷ samples written in that window; RSS = VmHWM (peak). Processes outside the job are read once and then only listed, so the cost grows with the job's processes: both a typical job (50 processes) and the worst case (nearly every process in the job) are shown. \`ps\` measured in the same run: children's CPU (cutime + cstime) over 10 calls, 5 runs. systeminformation is not a dependency and was not measured (REFERENCE §5: ~0.45 CPU-s per \`processes()\` call with 280 processes).\n\n${table(['sampler', 'CPU ms per sample (median)', 'peak RSS MB'], rows)}\n\nCPU per sample, \`ps\` ÷ sampler: ${fixed(ps / typical.perSample, 1)}× (typical job), ${fixed(ps / worst.perSample, 1)}× (worst case). Targets ≤ 3 ms per sample and ≤ 60 MB with ~300 processes: **${met ? 'met' : 'missed'}** for the typical job; worst case ${worst.perSample <= 3 && worst.rss <= 60 ? 'met too' : 'missed'}.`,
  );
}

async function historyCost() {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  const { buildProfile } = await import(join(ROOT, 'build/profile/build.js'));
  const { serializeProfile } = await import(join(ROOT, 'build/profile/profile.js'));
  const dir = mkdtempSync(join(os.tmpdir(), 'rp-history-'));
  let gzipped = 0;
  for (let index = 0; index < 20; index++) {
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
    const profile = buildProfile({
      lines,
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
    const text = serializeProfile(profile);
    if (index === 0) gzipped = gzipSync(text).length;
    writeFileSync(join(dir, `run-${index}.json`), text);
  }
  const withHistory = [];
  const without = [];
  for (let run = 0; run < 5; run++) {
    let before = childrenCpuSeconds();
    execFileSync(process.execPath, [CLI, 'plan', '--json', '--profile', 'test'], {
      stdio: 'ignore',
    });
    without.push(childrenCpuSeconds() - before);
    before = childrenCpuSeconds();
    execFileSync(process.execPath, [CLI, 'plan', '--json', '--profile', 'test', '--history', dir], {
      stdio: 'ignore',
    });
    withHistory.push(childrenCpuSeconds() - before);
  }
  rmSync(dir, { recursive: true, force: true });
  const extra = median(withHistory) - median(without);
  sections.push(
    `## 3. History cost\n\nMethod: 20 synthetic one-hour profiles at 2 Hz with 300 live processes and churn, built by the product's own profile builder; \`resource-planner plan --history DIR --json\` vs \`plan --json\`, CPU seconds of the child process (cutime + cstime), 5 runs each.\n\n${table(
      ['command', 'CPU s (median)'],
      [
        ['`plan --json`', fixed(median(without), 3)],
        ['`plan --history DIR --json` (20 profiles)', fixed(median(withHistory), 3)],
      ],
    )}\n\nParse + validate + estimate of 20 profiles: **${fixed(extra, 3)} CPU s** (target < 1 s: ${extra < 1 ? 'met' : 'missed'}). One profile gzipped: **${fixed(gzipped / 1024, 1)} KiB** (target ≤ 256 KiB: ${gzipped <= 256 * 1024 ? 'met' : 'missed'}).`,
  );
}

const V1_MEMORY = '/sys/fs/cgroup/memory';
function canUseCgroups() {
  try {
    return (
      existsSync(`${V1_MEMORY}/memory.limit_in_bytes`) &&
      spawnSync('test', ['-w', V1_MEMORY]).status === 0
    );
  } catch {
    return false;
  }
}

/** Runs argv inside a fresh v1 memory cgroup with `limitBytes`; returns wall, exit and OOM kills. */
function inCgroup(limitBytes, argv, env = process.env) {
  const cgroup = `${V1_MEMORY}/rp-bench-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  mkdirSync(cgroup);
  try {
    writeFileSync(`${cgroup}/memory.limit_in_bytes`, String(limitBytes));
    // No swap: an over-limit job must be OOM-killed, not slowed down by swapping.
    try {
      writeFileSync(`${cgroup}/memory.swappiness`, '0');
    } catch {
      // Not writable on every kernel.
    }
    const started = process.hrtime.bigint();
    const result = spawnSync(
      'sh',
      ['-c', `echo $$ > ${cgroup}/cgroup.procs && exec "$@"`, 'sh', ...argv],
      { encoding: 'utf8', timeout: 120_000, env },
    );
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    const oomKills = Number(
      /oom_kill (\d+)/.exec(readFileSync(`${cgroup}/memory.oom_control`, 'utf8'))?.[1] ?? 0,
    );
    return { wallMs, status: result.status, stdout: result.stdout, oomKills };
  } finally {
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        rmdirSync(cgroup);
        break;
      } catch {
        spawnSync('sleep', ['0.1']);
      }
    }
  }
}

/** `resource-planner run` five times (seeds 100–104) into a fresh folder; inside `limit` if given. */
function recordHistory(jobFor, limit) {
  const dir = mkdtempSync(join(os.tmpdir(), 'rp-quality-history-'));
  for (let run = 0; run < 5; run++) {
    const argv = [
      process.execPath,
      CLI,
      'run',
      '--profile',
      'test',
      '--interval',
      '100ms',
      '--out',
      join(dir, `run-${run}.json`),
      '--',
      ...jobFor(2, 100 + run),
    ];
    if (limit === null) execFileSync(argv[0], argv.slice(1), { stdio: 'ignore' });
    else inCgroup(limit, argv);
  }
  return dir;
}

/** Per-process peaks (p90) of each recorded run's largest concurrent worker group, in bytes. */
function workerPeaks(historyDir) {
  return readdirSync(historyDir).map((file) => {
    const profile = JSON.parse(readFileSync(join(historyDir, file), 'utf8'));
    const groups = profile.phases[0].workerGroups.filter((group) => group.maxConcurrency >= 2);
    return Math.max(0, ...groups.map((group) => group.peakRss.p90Bytes));
  });
}

/** `resource-planner plan --json --history DIR` run inside the limit: the plan object. */
function planInside(limit, historyDir, flags) {
  const result = inCgroup(limit, [
    process.execPath,
    CLI,
    'plan',
    '--json',
    '--profile',
    'test',
    '--history',
    historyDir,
    ...flags,
  ]);
  return JSON.parse(result.stdout).plan;
}

/**
 * The oracle's candidate: the fastest worker count with no OOM kill and no failure in a sweep of
 * 1..maxWorkers, one run each, stopping at the first failure. measureStrategies then measures it
 * like the others and keeps whichever clean configuration was fastest.
 */
function sweepOracle(limit, jobFor, maxWorkers) {
  let oracle = 1;
  let oracleWall = Infinity;
  for (let workers = 1; workers <= maxWorkers; workers++) {
    const result = inCgroup(limit, jobFor(workers, 1));
    if (result.status !== 0 || result.oomKills > 0) break;
    if (result.wallMs < oracleWall) {
      oracle = workers;
      oracleWall = result.wallMs;
    }
  }
  return oracle;
}

/**
 * Runs every strategy 5 times (seeds 1–5) inside the limit; strategies with the same worker count
 * and environment share one measurement. Returns table rows and a lookup by strategy name.
 */
function measureStrategies(limit, strategies, jobFor) {
  const keyOf = ({ workers, env }) => `${workers} ${env?.NODE_OPTIONS ?? ''}`;
  const measured = new Map();
  for (const { workers, env } of strategies) {
    const key = keyOf({ workers, env });
    if (measured.has(key)) continue;
    const walls = [];
    let oomKills = 0;
    let failures = 0;
    for (let run = 0; run < 5; run++) {
      const result = inCgroup(limit, jobFor(workers, 1 + run), env);
      walls.push(result.wallMs);
      oomKills += result.oomKills;
      if (result.status !== 0) failures++;
    }
    measured.set(key, { wall: median(walls), oomKills, failures });
  }
  // The sweep ran each count once; a count it skipped or failed by chance may have run cleanly
  // five times as another strategy. The oracle is the fastest clean configuration measured.
  const oracle = strategies.find((strategy) => strategy.name === 'oracle');
  const clean = (result) => result.oomKills === 0 && result.failures === 0;
  for (const strategy of strategies) {
    const candidate = measured.get(keyOf(strategy));
    const best = measured.get(keyOf(oracle));
    if (clean(candidate) && (!clean(best) || candidate.wall < best.wall)) {
      oracle.workers = strategy.workers;
      oracle.env = strategy.env;
    }
  }
  const oracleWall = measured.get(keyOf(oracle)).wall;
  const results = new Map();
  const rows = strategies.map(({ name, workers, env }) => {
    const result = measured.get(keyOf({ workers, env }));
    results.set(name, { ...result, ratio: result.wall / oracleWall });
    return [
      `${limit / MiB} MiB`,
      name,
      String(workers) + (env?.NODE_OPTIONS ? ` (${env.NODE_OPTIONS})` : ''),
      String(result.oomKills),
      String(result.failures),
      fixed(result.wall / 1000, 2),
      fixed(result.wall / oracleWall, 2),
    ];
  });
  return { rows, results };
}

const QUALITY_HEADER = [
  'limit',
  'strategy',
  'N',
  'OOM kills (5 runs)',
  'failed runs',
  'wall s (median)',
  '÷ oracle',
];

async function quality() {
  if (process.platform !== 'linux' || !canUseCgroups()) {
    sections.push(
      `## 4. Recommendation quality\n\nSkipped: ${V1_MEMORY} is not writable here (needs root on a cgroup v1 memory hierarchy).`,
    );
    return;
  }
  const cpus = os.availableParallelism();
  await qualityHardMemory(cpus);
  await qualityGarbageCollected(cpus);
}

/** 4a: workers whose memory is held on purpose (Buffers), so it binds whatever the runtime sees. */
async function qualityHardMemory(cpus) {
  const TASKS = 12;
  const jobFor = (workers, seed) => [
    process.execPath,
    JOB,
    '--workers',
    String(workers),
    '--tasks',
    String(TASKS),
    '--seed',
    String(seed),
  ];
  // The workload waits more than it computes: planned with cpus-per-worker 0.25 (the documented
  // knob for such jobs) and a 64 MiB reserve (a container that holds only the job).
  const flags = ['--cpus-per-worker', '0.25', '--memory-reserve', '64M'];
  const bigRunnerHistory = recordHistory(jobFor, null);
  const limits = [1024, 1536, 2048].map((mib) => mib * MiB);
  const rows = [];
  const met = { bigRunner: new Set(), inLimit: new Set() };
  const peaksSeen = [
    `${fixed(median(workerPeaks(bigRunnerHistory)) / MiB, 0)} MiB outside any limit`,
  ];
  for (const limit of limits) {
    const oracle = sweepOracle(limit, jobFor, 12);
    const sameLimitHistory = recordHistory(jobFor, limit);
    const inLimit = planInside(limit, sameLimitHistory, flags).workers;
    peaksSeen.push(
      `${fixed(median(workerPeaks(sameLimitHistory)) / MiB, 0)} MiB inside ${limit / MiB} MiB`,
    );
    rmSync(sameLimitHistory, { recursive: true, force: true });
    const crossAuto = planInside(limit, bigRunnerHistory, flags).workers;
    const crossOff = planInside(limit, bigRunnerHistory, [
      ...flags,
      '--elastic-memory',
      'off',
    ]).workers;
    const defaults = planInside(limit, bigRunnerHistory, ['--cpus-per-worker', '0.25']).workers;
    // The old fixed formula saw the host, not the cgroup: usable = available × 0.7 − 1000 MB.
    const usableMb = (os.freemem() / 1e6) * 0.7 - 1000;
    const oldFormula = Math.max(1, Math.min(cpus, 8, Math.floor(usableMb / 500)));
    const strategies = [
      { name: 'oracle', workers: oracle },
      { name: 'resource-planner, history recorded in this limit', workers: inLimit },
      {
        name: 'resource-planner, history from a big runner (elastic-memory off)',
        workers: crossOff,
      },
      {
        name: 'resource-planner, history from a big runner (elastic-memory auto)',
        workers: crossAuto,
      },
      {
        name: 'resource-planner, history from a big runner, default 512 MiB reserve',
        workers: defaults,
      },
      { name: 'nproc', workers: cpus },
      { name: 'Jest default (cores − 1)', workers: Math.max(1, cpus - 1) },
      { name: 'old fixed formula', workers: oldFormula },
    ];
    const measured = measureStrategies(limit, strategies, jobFor);
    rows.push(...measured.rows);
    const meets = (name) => {
      const result = measured.results.get(name);
      return result.oomKills === 0 && result.failures === 0 && result.ratio <= 1.1;
    };
    if (meets(strategies[3].name)) met.bigRunner.add(limit);
    if (meets(strategies[1].name)) met.inLimit.add(limit);
  }
  rmSync(bigRunnerHistory, { recursive: true, force: true });
  sections.push(
    `## 4. Recommendation quality under real memory limits\n\n### 4a. Workers that hold their memory (Buffers)\n\nWorkload (\`bench/workload/job.mjs\`): ${TASKS} tasks over N Node worker processes; each task ramps to a peak of ~200 MB of touched Buffers (±20%, seeded), keeps it ~0.5 s mostly waiting (I/O-like, so more workers than this machine's ${cpus} CPUs still help and memory, not CPU, binds), and workers keep 70% of their memory between tasks. This memory is held, not garbage, so it hardly shrinks where the workers see less (median per-worker peak, p90 of a run: ${peaksSeen.join('; ')}): the elastic-memory prior's assumption does not hold for it. Each job runs in a fresh cgroup v1 memory limit with swappiness 0; OOM kills from \`memory.oom_control\`. History: 5 runs recorded by \`resource-planner run\` at 2 workers, either on this ${fixed(os.totalmem() / 1024 ** 3, 0)} GiB host outside any limit (a big runner) or inside the same limit (same runner, same container). resource-planner's N comes from \`resource-planner plan --history\` run inside the limit with \`--cpus-per-worker 0.25\` and a 64 MiB reserve (a container that holds only the job) unless stated. Oracle: the fastest configuration without OOM kills or failures among a sweep of N = 1–12 and every strategy below, 5 runs each. nproc and Jest's default are for this ${cpus}-CPU machine; the old formula used the host's free memory (it was not cgroup-aware). Each strategy: 5 runs (seeds 1–5), median wall time.\n\n${table(QUALITY_HEADER, rows)}\n\nTarget (0 OOM kills and ≤ 1.10× the oracle on at least three limits): with history from a big runner (\`elastic-memory: auto\`, the default) **${met.bigRunner.size >= 3 ? 'met' : `missed (met on ${met.bigRunner.size} of ${limits.length} limits)`}**; with history recorded inside the same limit **${met.inLimit.size >= 3 ? 'met' : `missed (met on ${met.inLimit.size} of ${limits.length} limits)`}**. The estimate takes the p90 of per-process peaks with margins (+15%, ×√(1 + 1/5) for five runs, 90% of the budget) as if every worker peaked at once; these workers peak out of step, so their concurrent need is lower and the oracle packs more of them. The same slack is why the elastic-memory prior, whose assumption fails for this workload, caused no OOM kill here: it met the target by spending slack it did not know about, which is no evidence for the prior on held memory.`,
  );
}

/** 4b: workers whose memory is mostly garbage, as test runners' are: it shrinks inside a limit. */
async function qualityGarbageCollected(cpus) {
  const jobFor = (workers) => [
    process.execPath,
    GC_JOB,
    '--workers',
    String(workers),
    '--tasks',
    '8',
  ];
  const bigRunnerHistory = recordHistory(jobFor, null);
  const peak = Math.max(...workerPeaks(bigRunnerHistory));
  const rows = [];
  const outcomes = [];
  for (const factor of [1.5, 2, 3]) {
    const limit = Math.round((factor * peak) / MiB) * MiB;
    const oracle = sweepOracle(limit, jobFor, 6);
    const auto = planInside(limit, bigRunnerHistory, ['--memory-reserve', '64M']);
    const off = planInside(limit, bigRunnerHistory, [
      '--memory-reserve',
      '64M',
      '--elastic-memory',
      'off',
    ]);
    const strategies = [
      { name: 'oracle', workers: oracle },
      {
        name: 'resource-planner (elastic-memory auto, with its node-heap-mb)',
        workers: auto.workers,
        env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${auto.nodeHeapMb}` },
      },
      { name: 'resource-planner (elastic-memory auto, Node defaults)', workers: auto.workers },
      { name: 'resource-planner (elastic-memory off)', workers: off.workers },
      { name: 'nproc', workers: cpus },
      { name: 'Jest default (cores − 1)', workers: Math.max(1, cpus - 1) },
    ];
    const measured = measureStrategies(limit, strategies, jobFor);
    rows.push(...measured.rows);
    const capped = measured.results.get(strategies[1].name);
    const uncapped = measured.results.get(strategies[2].name);
    const nproc = measured.results.get('nproc');
    outcomes.push(
      `${factor}× (${limit / MiB} MiB): resource-planner N = ${auto.workers} (nproc ${cpus}), ${capped.oomKills + uncapped.oomKills} OOM kills, ${fixed(capped.wall / nproc.wall, 2)}× nproc's wall time with node-heap-mb and ${fixed(uncapped.wall / nproc.wall, 2)}× with Node's defaults`,
    );
  }
  rmSync(bigRunnerHistory, { recursive: true, force: true });
  sections.push(
    `### 4b. Garbage-collected workers (elastic memory)\n\nWorkload (\`bench/workload/gc-job.mjs\`): 8 tasks over N Node workers, each task allocating mostly short- and medium-lived objects (a ring of recent batches survives a few collections) and computing, as test runners' workers do. History: 5 runs at 2 workers on this host outside any limit, where one worker peaked at ${fixed(peak / MiB, 0)} MiB. Limits: 1.5, 2 and 3 times that peak. resource-planner plans inside the limit with a 64 MiB reserve and its workers get \`NODE_OPTIONS=--max-old-space-size=<node-heap-mb>\`, as the README tells users, and once more without it; the other strategies run Node with its defaults (Node already sizes its heap from the cgroup limit). Runs of this CPU-bound workload vary by ±10% on this machine, so ratios within 1.10 are within noise. Oracle: the fastest clean configuration among a sweep of N = 1–6 and the strategies below. 5 runs each, median wall time.\n\n${table(QUALITY_HEADER, rows)}\n\nDone-when of the history issue (not slower than nproc, no OOM kill, at about twice one worker's peak): ${outcomes.join('; ')}.`,
  );
}

const runners = { latency, sampler: samplerCost, history: historyCost, quality };
const started = Date.now();
for (const part of parts) {
  if (!runners[part]) throw new Error(`unknown part ${part}`);
  console.error(`bench: ${part}...`);
  await runners[part]();
}
const cpuModel = os.cpus()[0]?.model ?? 'unknown';
const header = `# Benchmark results\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${cpuModel}, ${os.availableParallelism()} CPUs, ${fixed(os.totalmem() / 1024 ** 3, 1)} GiB RAM, Linux ${os.release()}, Node ${process.version}. Whole run: ${fixed((Date.now() - started) / 1000, 0)} s. Produced by \`npm run bench\` (bench/run.mjs); figures are medians, times also as ratios against a baseline measured in the same run.\n`;
const text = `${header}\n${sections.join('\n\n')}\n`;
if (!values.part) writeFileSync(join(ROOT, 'bench/RESULTS.md'), text);
console.log(text);
