// Part 4: recommendation quality inside real cgroup v1 memory limits, against the oracle and the
// usual fixed rules (nproc, Jest's default, the old formula). Needs root; ~10 minutes.
import { rmSync } from 'node:fs';
import os from 'node:os';
import { canUseCgroups, V1_MEMORY } from '../lib/cgroup.mjs';
import { planInside, recordHistory, workerPeaks } from '../lib/cli.mjs';
import { table } from '../lib/markdown.mjs';
import { GC_JOB, JOB } from '../lib/paths.mjs';
import { fixed, median, MiB } from '../lib/stats.mjs';
import { measureStrategies, QUALITY_HEADER, sweepOracle } from '../lib/strategies.mjs';

/** Section 4 of RESULTS.md (4a and 4b), or a note that it was skipped. */
export async function quality() {
  if (process.platform !== 'linux' || !canUseCgroups()) {
    return `## 4. Recommendation quality\n\nSkipped: ${V1_MEMORY} is not writable here (needs root on a cgroup v1 memory hierarchy).`;
  }
  const cpus = os.availableParallelism();
  const hard = await qualityHardMemory(cpus);
  const garbageCollected = await qualityGarbageCollected(cpus);
  return `${hard}\n\n${garbageCollected}`;
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
  return `## 4. Recommendation quality under real memory limits\n\n### 4a. Workers that hold their memory (Buffers)\n\nWorkload (\`bench/workload/job.mjs\`): ${TASKS} tasks over N Node worker processes; each task ramps to a peak of ~200 MB of touched Buffers (±20%, seeded), keeps it ~0.5 s mostly waiting (I/O-like, so more workers than this machine's ${cpus} CPUs still help and memory, not CPU, binds), and workers keep 70% of their memory between tasks. This memory is held, not garbage, so it hardly shrinks where the workers see less (median per-worker peak, p90 of a run: ${peaksSeen.join('; ')}): the elastic-memory prior's assumption does not hold for it. Each job runs in a fresh cgroup v1 memory limit with swappiness 0; OOM kills from \`memory.oom_control\`. History: 5 runs recorded by \`resource-planner run\` at 2 workers, either on this ${fixed(os.totalmem() / 1024 ** 3, 0)} GiB host outside any limit (a big runner) or inside the same limit (same runner, same container). resource-planner's N comes from \`resource-planner plan --history\` run inside the limit with \`--cpus-per-worker 0.25\` and a 64 MiB reserve (a container that holds only the job) unless stated. Oracle: the fastest configuration without OOM kills or failures among a sweep of N = 1–12 and every strategy below, 5 runs each. nproc and Jest's default are for this ${cpus}-CPU machine; the old formula used the host's free memory (it was not cgroup-aware). Each strategy: 5 runs (seeds 1–5), median wall time.\n\n${table(QUALITY_HEADER, rows)}\n\nTarget (0 OOM kills and ≤ 1.10× the oracle on at least three limits): with history from a big runner (\`elastic-memory: auto\`, the default) **${met.bigRunner.size >= 3 ? 'met' : `missed (met on ${met.bigRunner.size} of ${limits.length} limits)`}**; with history recorded inside the same limit **${met.inLimit.size >= 3 ? 'met' : `missed (met on ${met.inLimit.size} of ${limits.length} limits)`}**. The estimate takes the p90 of per-process peaks with margins (+15%, ×√(1 + 1/5) for five runs, 90% of the budget) as if every worker peaked at once; these workers peak out of step, so their concurrent need is lower and the oracle packs more of them. The same slack is why the elastic-memory prior, whose assumption fails for this workload, caused no OOM kill here: it met the target by spending slack it did not know about, which is no evidence for the prior on held memory.`;
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
  return `### 4b. Garbage-collected workers (elastic memory)\n\nWorkload (\`bench/workload/gc-job.mjs\`): 8 tasks over N Node workers, each task allocating mostly short- and medium-lived objects (a ring of recent batches survives a few collections) and computing, as test runners' workers do. History: 5 runs at 2 workers on this host outside any limit, where one worker peaked at ${fixed(peak / MiB, 0)} MiB. Limits: 1.5, 2 and 3 times that peak. resource-planner plans inside the limit with a 64 MiB reserve and its workers get \`NODE_OPTIONS=--max-old-space-size=<node-heap-mb>\`, as the README tells users, and once more without it; the other strategies run Node with its defaults (Node already sizes its heap from the cgroup limit). Runs of this CPU-bound workload vary by ±10% on this machine, so ratios within 1.10 are within noise. Oracle: the fastest clean configuration among a sweep of N = 1–6 and the strategies below. 5 runs each, median wall time.\n\n${table(QUALITY_HEADER, rows)}\n\nDone-when of the history issue (not slower than nproc, no OOM kill, at about twice one worker's peak): ${outcomes.join('; ')}.`;
}
