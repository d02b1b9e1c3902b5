// Part 5: convergence. Six rounds of plan → run → record inside one real cgroup v1 memory limit,
// starting from an empty history, on four workloads, against an oracle swept in the same run.
// Needs root on a cgroup v1 memory hierarchy; ~20 minutes for (a)–(c), plus (d) when
// BENCH_JEST_PROJECT names a checked-out project with a Jest (or Vitest) suite.
//   BENCH_CONVERGENCE_CASES=a,b,c   run only some cases (default: all four)
//   BENCH_JEST_PROJECT=DIR          (d): the project's folder (outside this repository)
//   BENCH_JEST_COMMAND='...'        (d): its suite with {workers}; default: Jest, --no-cache
//   BENCH_JEST_LIMITS_MIB=900,1200  (d): the two limits; default 1.5× and 2× one worker's peak
//   BENCH_CONVERGENCE_KEEP=DIR      keep each case's history and every round's plan JSON in DIR
//   BENCH_CONVERGENCE_REPLAYS=2     timed runs of each round's count after its recorded run
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { canUseCgroups, V1_MEMORY } from '../lib/cgroup.mjs';
import { planInside, recordedRun, recordHistory, workerPeaks } from '../lib/cli.mjs';
import { describeMachine } from '../lib/machine.mjs';
import { table } from '../lib/markdown.mjs';
import { CLI, GC_JOB, JOB, PY_POOL } from '../lib/paths.mjs';
import { fixed, median, MiB } from '../lib/stats.mjs';

const ROUNDS = 6;
/** The round by which the plan should be within NOISE of the oracle. */
const TARGET_ROUND = 4;
/** 1.10: the target's tolerance, and the noise band for "slower than nproc". */
const NOISE = 1.1;
/**
 * Each round's count is run again this many times after its recorded run, timed but not recorded,
 * so that a round's wall time is a median of as many runs as the sweep's (3 in (a)–(c)): one run
 * against a median of three put the shared machine's noise on the round alone.
 */
const REPLAYS = Number(process.env.BENCH_CONVERGENCE_REPLAYS ?? 2);

const ROUND_HEADER = [
  'limit',
  'round',
  'N planned',
  'ran at once',
  'limited by',
  'model',
  'ladder',
  'OOM kills',
  'exit',
  'median wall s',
  '÷ oracle',
  '÷ nproc',
];

/** Section 5 of RESULTS.md, or a note that it was skipped. */
export async function convergence() {
  if (process.platform !== 'linux' || !canUseCgroups()) {
    return `## 5. Convergence\n\nSkipped: ${V1_MEMORY} is not writable here (needs root on a cgroup v1 memory hierarchy).`;
  }
  const wanted = (process.env.BENCH_CONVERGENCE_CASES ?? 'a,b,c,d').split(',');
  const cpus = os.availableParallelism();
  const started = Date.now();
  const cases = { a: heldMemoryCase, b: garbageCollectedCase, c: pythonPoolCase, d: projectCase };
  const sections = [];
  for (const id of Object.keys(cases)) {
    if (!wanted.includes(id)) continue;
    console.error(`bench: convergence (${id})...`);
    sections.push(await cases[id](cpus));
  }
  const minutes = fixed((Date.now() - started) / 60_000, 0);
  return `## 5. Convergence: six rounds from no history\n\nMeasured on ${describeMachine()}, a machine shared with other engineers' test runs (the load is given per case), driving \`${CLI}\`. Cases ${wanted.join(', ')}: ${minutes} min.\n\n${METHOD}\n\n${sections.join('\n\n')}`;
}

const METHOD = `Method (\`npm run bench -- --part convergence\`, bench/parts/convergence.mjs). For each case and memory limit, ${ROUNDS} rounds, starting from an empty history folder. Round k: \`resource-planner plan --json --profile test --history DIR\` run inside a fresh cgroup v1 memory limit (swappiness 0), so it sees that limit, with the product's default \`memory-reserve: auto\` (512 MiB, at most a quarter of the limit, until history measures the job's base, then 100 MiB) and defaults otherwise, except \`--cpus-per-worker\` where a case says so; then the workload at the planned N through \`resource-planner run --profile test --interval 100ms --out DIR/roundK.json -- <workload>\` inside a fresh cgroup with the same limit; for Node workers with \`--node-heap-mb <plan.nodeHeapMb>\` too, which gives the command \`NODE_OPTIONS=--max-old-space-size=<plan.nodeHeapMb>\` as the README tells users and records the cap (profile v6), so that a count the round proves is planned again with at least that cap. OOM kills from the cgroup's \`memory.oom_control\`, exit status of \`resource-planner run\` (the workload's), wall time of the whole \`resource-planner run\`. The round's count is then run ${REPLAYS} more time(s) the same way (same seed and heap cap, without \`--out\`: timed, not recorded) and the round's wall time is the median of its ${REPLAYS + 1} runs, as many as the sweep's runs of a count in (a)–(c), so that the shared machine's noise weighs on both alike; an OOM kill or a failure in any of them counts against the round. A round whose run was OOM-killed keeps its profile in DIR: the product learns from it. Seeds repeat 1, 2, 3, 1, 2, 3 over the rounds, the seeds of the sweep. Oracle: in the same run, in the same limit and through the same \`resource-planner run\` (without \`--out\`), a sweep of fixed counts N = 1, 2, … with Node's own heap sizing, stopping at the first count with an OOM kill or a failure; median wall time of each count (its passes interleaved with the rounds, so both see the same load); the oracle is the fastest clean count and nproc (${os.availableParallelism()} here) is the sweep's entry at that count. "÷ oracle" and "÷ nproc" divide a round's median by those medians. Targets: 0 OOM kills in every round; from round ${TARGET_ROUND} on, wall time ≤ ${NOISE.toFixed(2)}× the oracle; never slower than nproc where nproc ran clean (a round counts as slower when it took more than ${NOISE.toFixed(2)}× nproc's median, the same noise band).`;

// ---------------------------------------------------------------------------------------------
// The cases.

/** (a) §4a's held-memory workload at §4a's three limits. */
async function heldMemoryCase(cpus) {
  const argvFor = (workers, seed) => [
    process.execPath,
    JOB,
    '--workers',
    String(workers),
    '--tasks',
    '12',
    '--seed',
    String(seed),
  ];
  const limits = [1024, 1536, 2048].map((mib) => mib * MiB);
  const results = limits.map((limit) =>
    runCase({
      id: 'a',
      limit,
      argvFor,
      sweepMax: 8,
      sweepRuns: 3,
      planFlags: ['--cpus-per-worker', '0.25'],
      nodeWorkers: true,
      cpus,
    }),
  );
  return caseSection(
    '5a. Held memory (§4a\u2019s workload)',
    `Workload: \`bench/workload/job.mjs\`, 12 tasks of ~200 MB held Buffers each (±20%, seeded), mostly waiting, as in §4a. Planned with \`--cpus-per-worker 0.25\` (as §4a: the workload waits more than it computes, so this machine's ${cpus} CPUs should not bind it). Sweep N = 1–8, 3 runs each.`,
    results,
  );
}

/** (b) §4b's garbage-collected workload at 1.5×, 2× and 3× one worker's peak. */
async function garbageCollectedCase(cpus) {
  const argvFor = (workers) => [
    process.execPath,
    GC_JOB,
    '--workers',
    String(workers),
    '--tasks',
    '8',
  ];
  // One worker's peak as §4b measures it: 5 runs at 2 workers outside any limit.
  const unlimited = recordHistory(argvFor, null);
  const peak = Math.max(...workerPeaks(unlimited));
  rmSync(unlimited, { recursive: true, force: true });
  const results = [1.5, 2, 3].map((factor) =>
    runCase({
      id: 'b',
      limit: Math.round((factor * peak) / MiB) * MiB,
      label: `${factor}×`,
      argvFor,
      sweepMax: 4,
      sweepRuns: 3,
      planFlags: [],
      nodeWorkers: true,
      cpus,
    }),
  );
  return caseSection(
    '5b. Garbage-collected workers (§4b\u2019s workload)',
    `Workload: \`bench/workload/gc-job.mjs\`, 8 CPU-bound tasks of short- and medium-lived objects, as in §4b. One worker peaked at ${fixed(peak / MiB, 0)} MiB outside any limit (max over 5 runs at 2 workers); limits 1.5×, 2× and 3× that. The workload is CPU-bound, so the plan keeps the default \`cpus-per-worker\` 1 (at most ${cpus} workers here). Sweep N = 1–4, 3 runs each.`,
    results,
  );
}

/** (c) A workload new to the benchmark: a forked Python pool that holds its memory. */
async function pythonPoolCase(cpus) {
  // The interpreter itself, not a shim (pyenv's python3 is a bash script that execs it).
  const python = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
    encoding: 'utf8',
  }).trim();
  const argvFor = (workers, seed) => [
    python,
    PY_POOL,
    '--workers',
    String(workers),
    '--tasks',
    '16',
    '--seed',
    String(seed),
  ];
  const limits = [768, 1280].map((mib) => mib * MiB);
  const results = limits.map((limit) =>
    runCase({
      id: 'c',
      limit,
      argvFor,
      sweepMax: 8,
      sweepRuns: 3,
      planFlags: ['--cpus-per-worker', '0.25'],
      nodeWorkers: false,
      cpus,
    }),
  );
  const version = execFileSync(python, ['--version'], { encoding: 'utf8' }).trim();
  return caseSection(
    '5c. A forked Python pool (new workload)',
    `Workload: \`bench/workload/py-pool.py\` (${version}), 16 tasks over a \`concurrent.futures\` pool of N worker processes forked from the main one (the sampler sees N \`${python.split('/').pop()}\` processes under one parent). Each task grows its worker's held memory (written bytearrays) to a seeded peak of 112–208 MB in four steps, computes briefly and waits; task lengths vary 0.36–0.84 s (seeded), so workers peak out of step; a worker keeps 60% of its last peak between tasks. Not a Node or JVM worker, so the elastic-memory prior never applies. Planned with \`--cpus-per-worker 0.25\` (it waits more than it computes). Sweep N = 1–8, 3 runs each.`,
    results,
  );
}

/** (d) A real open-source project's test suite, checked out outside this repository. */
async function projectCase(cpus) {
  const project = process.env.BENCH_JEST_PROJECT;
  const title = '5d. A real project\u2019s Jest suite';
  if (!project) return `### ${title}\n\nskipped: set BENCH_JEST_PROJECT`;
  const command =
    process.env.BENCH_JEST_COMMAND ??
    'node node_modules/jest/bin/jest.js --no-cache --maxWorkers={workers}';
  const argvFor = (workers) => [
    'sh',
    '-c',
    `cd "$0" && exec ${command.replaceAll('{workers}', String(workers))}`,
    project,
  ];
  const timeoutMs = 600_000;
  let limitsMib = (process.env.BENCH_JEST_LIMITS_MIB ?? '').split(',').filter(Boolean).map(Number);
  let peakText = '';
  if (limitsMib.length === 0) {
    // One worker's peak: one run at nproc workers outside any limit.
    const dir = mkdtempSync(join(os.tmpdir(), 'rp-convergence-peak-'));
    recordedRun(null, argvFor(cpus), { out: join(dir, 'peak.json'), timeoutMs });
    const peak = Math.max(...workerPeaks(dir));
    rmSync(dir, { recursive: true, force: true });
    // Both below nproc workers at their unconstrained peak plus Jest's own process: memory binds.
    limitsMib = [1.5, 2].map((factor) => Math.round((factor * peak) / MiB));
    peakText = ` One worker peaked at ${fixed(peak / MiB, 0)} MiB in one run at ${cpus} workers outside any limit; limits 1.5× and 2× that, where ${cpus} workers at that peak do not fit beside Jest's own process.`;
  }
  const results = limitsMib.map((mib) =>
    runCase({
      id: 'd',
      limit: mib * MiB,
      argvFor,
      sweepMax: cpus + 1,
      sweepRuns: 2,
      planFlags: [],
      nodeWorkers: true,
      cpus,
      timeoutMs,
    }),
  );
  const inBand = /jest/.test(command)
    ? ' At `--maxWorkers=1` Jest runs the tests in its own process, without workers.'
    : '';
  return caseSection(
    title,
    `Project: \`${project}\` (${describeProject(project)}), suite run as \`${command}\` from the project's folder.${peakText} A test runner's workers transform and run test files and are CPU-bound, so the plan keeps the default \`cpus-per-worker\` 1 (at most ${cpus} workers here).${inBand} Sweep N = 1–${cpus + 1}, 2 runs each (the suite is the slowest workload here); 3 rounds between the sweep's passes.`,
    results,
  );
}

/**
 * "name version, commit" from the project's package.json and, when present, a `.bench-commit`
 * file holding the commit it was checked out at (an archive of a commit has no .git to ask).
 */
function describeProject(dir) {
  try {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const commitFile = join(dir, '.bench-commit');
    const commit = existsSync(commitFile)
      ? `commit ${readFileSync(commitFile, 'utf8').trim()}`
      : 'commit unknown';
    return `${pkg.name} ${pkg.version}, ${commit}`;
  } catch {
    return 'no package.json';
  }
}

// ---------------------------------------------------------------------------------------------
// One case in one limit: the sweep (the oracle and nproc) and the rounds, interleaved.

/**
 * The sweep's passes are spread over the rounds (pass 1, rounds 1–2, pass 2, rounds 3–4, ...) so
 * both see the same load on this shared machine. Pass 1 stops at the first count with an OOM kill
 * or a failure; later passes run the counts pass 1 found clean and stop the same way.
 */
export function runCase({
  id,
  limit,
  label,
  argvFor,
  sweepMax,
  sweepRuns,
  planFlags,
  nodeWorkers,
  cpus,
  timeoutMs,
}) {
  const sweep = new Map(); // N → { walls, oomKills, failures, runs }
  const loads = []; // the 1-minute load average before each measured run
  const startedAt = Date.now();
  let sweepTop = sweepMax;
  const sweepPass = (seed) => {
    for (let workers = 1; workers <= sweepTop; workers++) {
      loads.push(os.loadavg()[0]);
      const result = recordedRun(limit, argvFor(workers, seed), { timeoutMs });
      const entry = sweep.get(workers) ?? { walls: [], oomKills: 0, failures: 0 };
      entry.walls.push(result.wallMs);
      entry.oomKills += result.oomKills;
      if (result.status !== 0) entry.failures++;
      sweep.set(workers, entry);
      if (result.oomKills > 0 || result.status !== 0) {
        sweepTop = workers - 1;
        break;
      }
    }
  };

  const history = mkdtempSync(join(os.tmpdir(), 'rp-convergence-history-'));
  const rounds = [];
  const plans = [];
  const roundsPerPass = Math.ceil(ROUNDS / sweepRuns);
  for (let pass = 0; pass < sweepRuns; pass++) {
    sweepPass(pass + 1);
    for (let k = pass * roundsPerPass + 1; k <= Math.min(ROUNDS, (pass + 1) * roundsPerPass); k++) {
      const plan = planInside(limit, history, planFlags);
      plans.push(plan);
      const nodeHeapMb = nodeWorkers ? plan.nodeHeapMb : undefined;
      const out = join(history, `round${k}.json`);
      const seed = ((k - 1) % 3) + 1;
      loads.push(os.loadavg()[0]);
      const result = recordedRun(limit, argvFor(plan.workers, seed), {
        out,
        nodeHeapMb,
        timeoutMs,
      });
      const walls = [result.wallMs];
      let { oomKills, status } = result;
      // What a failed run printed last, kept with BENCH_CONVERGENCE_KEEP: why it failed.
      const failures = [];
      const noteFailure = (run) => {
        if (run.status !== 0 || run.timedOut)
          failures.push(`${run.stdout ?? ''}${run.stderr ?? ''}`.slice(-4000));
      };
      noteFailure(result);
      // Replays only time the count: an OOM kill or a failure in one counts against the round.
      for (let replay = 0; replay < REPLAYS && oomKills === 0 && status === 0; replay++) {
        loads.push(os.loadavg()[0]);
        const again = recordedRun(limit, argvFor(plan.workers, seed), { nodeHeapMb, timeoutMs });
        walls.push(again.wallMs);
        noteFailure(again);
        oomKills += again.oomKills;
        if (again.status !== 0) status = again.timedOut ? 'timeout' : again.status;
      }
      rounds.push({
        round: k,
        workers: plan.workers,
        limitedBy: plan.limitedBy,
        model: plan.estimate.source === 'fallback' ? 'fallback' : plan.memoryModel.kind,
        coldStart: plan.estimate.source === 'fallback',
        perWorkerMb: plan.perWorkerBytes / MiB,
        reserveMb: plan.memoryReserveBytes / MiB,
        budgetMb: plan.memoryBudgetBytes / MiB,
        baseMb: plan.baseBytes / MiB,
        ladder: shortLadder(plan.ladderLine),
        nodeHeapMb: plan.nodeHeapMb,
        oomKills,
        status: result.timedOut ? 'timeout' : status,
        wallMs: median(walls),
        recordedWallMs: result.wallMs,
        runs: walls.length,
        profileKept: existsSync(out),
        seen: seenAtOnce(out),
        // A V8 heap limit reached (e.g. --max-old-space-size from node-heap-mb), not the cgroup's.
        heapLimit: failures.some((text) => /JavaScript heap out of memory/.test(text)),
        failures,
      });
      console.error(
        `  ${limit / MiB} MiB round ${k}: N=${plan.workers} (${plan.limitedBy}) oom=${oomKills} exit=${status} ${walls.map((wall) => fixed(wall / 1000, 2)).join(', ')} s`,
      );
    }
  }
  if (process.env.BENCH_CONVERGENCE_KEEP) {
    // For a closer look: the profiles the rounds recorded and the plans made from them.
    const kept = join(process.env.BENCH_CONVERGENCE_KEEP, `${id}-${limit / MiB}MiB`);
    mkdirSync(kept, { recursive: true });
    cpSync(history, join(kept, 'history'), { recursive: true });
    plans.forEach((plan, index) =>
      writeFileSync(join(kept, `plan${index + 1}.json`), `${JSON.stringify(plan, null, 2)}\n`),
    );
    for (const round of rounds)
      if (round.failures.length > 0)
        writeFileSync(join(kept, `round${round.round}-failed.txt`), round.failures.join('\n---\n'));
  }
  rmSync(history, { recursive: true, force: true });

  const counts = [...sweep.entries()].map(([workers, entry]) => ({
    workers,
    wallMs: median(entry.walls),
    runs: entry.walls.length,
    oomKills: entry.oomKills,
    failures: entry.failures,
    clean: entry.oomKills === 0 && entry.failures === 0,
  }));
  // Counts above the smallest one that was OOM-killed or failed ran fewer times: not candidates.
  const firstBad = Math.min(
    ...counts.filter((count) => !count.clean).map((count) => count.workers),
  );
  const clean = counts.filter((count) => count.clean && count.workers < firstBad);
  const oracle = clean.reduce(
    (best, count) => (best === null || count.wallMs < best.wallMs ? count : best),
    null,
  );
  const nproc = counts.find((count) => count.workers === cpus) ?? null;
  return {
    limit,
    label,
    counts,
    oracle,
    nproc,
    rounds,
    cpus,
    loads,
    seconds: (Date.now() - startedAt) / 1000,
  };
}

/** The plan's ladder line without run numbers, its reason in a few words. */
function shortLadder(line) {
  if (!line) return '—';
  const [proven, ...rest] = line.replace(/ \(run [^)]*\)/g, '').split(' · ');
  const parts = [proven.replace('proven: none on this memory yet', 'none proven')];
  for (const part of rest) {
    if (part.startsWith('ignored:')) continue;
    parts.push(
      part
        .replace('memory allows ', 'allows ')
        .replace('nothing proven here yet: the model alone decides', 'model alone')
        .replace(
          /one step past the proof \(the model allows (\d+); the plan climbs one step at a time\)/,
          'one step up (model $1)',
        )
        .replace('one step past the proof, where the model predicts it fits', 'one step up')
        .replace(
          /the model allows (\d+), but the plan climbs one step at a time/,
          'model $1, one step a round',
        )
        .replace('below the count that was OOM-killed', 'below the OOM kill')
        .replace(
          /held at the proof \(the model alone would say (\d+)\)/,
          'held at the proof (model $1)',
        )
        .replace('the model predicts the next step does not fit', 'next step does not fit')
        .replace(
          'memory per worker has risen since that proof: the model alone decides',
          'memory rose: model alone',
        ),
    );
  }
  return parts.join(' · ');
}

// ---------------------------------------------------------------------------------------------
// Reporting.

export function caseSection(title, description, results) {
  const loads = results.flatMap((result) => result.loads);
  const seconds = results.reduce((sum, result) => sum + result.seconds, 0);
  const run = `Run ${new Date().toISOString().slice(0, 10)}, ${fixed(seconds / 60, 1)} min; 1-minute load before each measured run: median ${fixed(median(loads), 2)}, ${fixed(Math.min(...loads), 2)}–${fixed(Math.max(...loads), 2)}.`;
  const rows = [];
  const sweeps = [];
  const verdicts = [];
  for (const result of results) {
    const name = `${result.label ? `${result.label} ` : ''}${result.limit / MiB} MiB`;
    sweeps.push(`- ${name}: ${sweepLine(result)}`);
    for (const round of result.rounds) {
      rows.push([
        round.round === 1 ? name : '',
        String(round.round),
        String(round.workers),
        round.seen,
        round.limitedBy,
        round.model,
        round.ladder,
        String(round.oomKills) + (round.profileKept ? '' : ' (no profile)'),
        `${round.status}${round.heapLimit ? ' (V8 heap limit)' : ''}`,
        fixed(round.wallMs / 1000, 2),
        result.oracle ? fixed(round.wallMs / result.oracle.wallMs, 2) : '—',
        result.nproc?.clean ? fixed(round.wallMs / result.nproc.wallMs, 2) : '—',
      ]);
    }
    verdicts.push(`- ${name}: ${verdict(result)}`);
  }
  return `### ${title}\n\n${description} ${run}\n\nSweep (median wall s of each count; the oracle is the fastest clean one):\n\n${sweeps.join('\n')}\n\n${table(ROUND_HEADER, rows)}\n\nTargets:\n\n${verdicts.join('\n')}`;
}

function sweepLine({ counts, oracle, nproc }) {
  const runs = Math.max(...counts.map((count) => count.runs));
  const entries = counts.map((count) => {
    if (!count.clean)
      return `${count.workers}: ${count.oomKills > 0 ? 'OOM-killed' : 'failed'} in ${count.failures} of ${count.runs} run(s) (${count.oomKills} kills)`;
    const fewer = count.runs < runs ? ` (${count.runs} run${count.runs > 1 ? 's' : ''})` : '';
    return `${count.workers}: ${fixed(count.wallMs / 1000, 2)}${fewer}`;
  });
  const oracleText = oracle
    ? `${oracle.workers} (${fixed(oracle.wallMs / 1000, 2)} s)`
    : 'none: no count ran clean';
  const nprocText = nproc
    ? nproc.clean
      ? `${fixed(nproc.wallMs / 1000, 2)} s`
      : 'not clean'
    : 'not reached';
  return `${entries.join(' · ')}. Oracle N = ${oracleText}; nproc ${nprocText}.`;
}

/** Why a round planned what it did, from its plan: the binding term, the model, the ladder. */
function planFacts(round) {
  if (round.coldStart)
    return `no history: ${fixed(round.perWorkerMb, 0)} MiB fallback per worker, ${fixed(round.reserveMb, 0)} MiB reserve, ${fixed(round.budgetMb, 0)} MiB budget`;
  return `limited by ${round.limitedBy}; ${round.model} model, ${fixed(round.perWorkerMb, 0)} MiB per worker, ${fixed(round.budgetMb, 0)} MiB budget − ${fixed(round.baseMb, 0)} MiB base; ladder: ${round.ladder}`;
}

/** The three targets for one limit: met, or missed with the facts that explain it. */
function verdict({ rounds, oracle, nproc, counts, cpus }) {
  const parts = [];
  const killed = rounds.filter((round) => round.oomKills > 0);
  const failed = rounds.filter((round) => round.status !== 0 && round.oomKills === 0);
  const failedText = failed.length
    ? ` (but round ${failed.map((round) => `${round.round} exited ${round.status}${round.heapLimit ? ` at the V8 heap limit (node-heap-mb ${round.nodeHeapMb})` : ''}`).join(', ')} without an OOM kill)`
    : '';
  parts.push(
    killed.length === 0
      ? `0 OOM kills: **met**${failedText}`
      : `0 OOM kills: **missed** (${killed.map((round) => `round ${round.round} at N = ${round.workers}: ${round.oomKills} kill(s), exit ${round.status}; ${planFacts(round)}`).join('; ')})${failedText}`,
  );

  if (!oracle) {
    parts.push(`≤ ${NOISE.toFixed(2)}× the oracle: not measurable (no count ran clean)`);
  } else {
    const late = rounds.filter((round) => round.round >= TARGET_ROUND);
    const slow = late.filter(
      (round) => round.wallMs > NOISE * oracle.wallMs || round.oomKills > 0 || round.status !== 0,
    );
    if (slow.length === 0) {
      parts.push(`≤ ${NOISE.toFixed(2)}× the oracle from round ${TARGET_ROUND}: **met**`);
    } else {
      const why = slow.map((round) => {
        const ratio = fixed(round.wallMs / oracle.wallMs, 2);
        const atN = counts.find((count) => count.workers === round.workers);
        if (round.oomKills > 0 || round.status !== 0)
          return `round ${round.round} at N = ${round.workers} ${round.oomKills > 0 ? 'was OOM-killed' : `exited ${round.status}${round.heapLimit ? ` at the V8 heap limit (node-heap-mb ${round.nodeHeapMb})` : ''}`}`;
        if (round.workers === oracle.workers)
          return `round ${round.round} ran the oracle's N = ${round.workers} in ${ratio}× its median: the same count, so run-to-run variation (the shared machine's load)`;
        const sweepRatio = atN?.clean
          ? `; the sweep's median at ${round.workers} is ${fixed(atN.wallMs / oracle.wallMs, 2)}× the oracle`
          : '';
        const side = round.workers < oracle.workers ? 'fewer' : 'more';
        return `round ${round.round}: ${ratio}× with N = ${round.workers}, ${side} than the oracle's ${oracle.workers} (${planFacts(round)}${sweepRatio})`;
      });
      parts.push(
        `≤ ${NOISE.toFixed(2)}× the oracle from round ${TARGET_ROUND}: **missed** (${why.join('; ')})`,
      );
    }
  }

  if (!nproc?.clean) {
    parts.push(
      `not slower than nproc: not applicable (nproc ${nproc ? 'was OOM-killed or failed' : 'was not reached by the sweep'})`,
    );
  } else {
    const slower = rounds.filter(
      (round) => round.wallMs > NOISE * nproc.wallMs || round.oomKills > 0 || round.status !== 0,
    );
    const why = (round) => {
      if (round.oomKills > 0) return 'OOM-killed';
      if (round.status !== 0)
        return `exited ${round.status}${round.heapLimit ? ` at the V8 heap limit (node-heap-mb ${round.nodeHeapMb})` : ''}`;
      if (round.workers < cpus) return planFacts(round);
      return "as many workers as nproc or more, so run-to-run variation (the shared machine's load)";
    };
    parts.push(
      slower.length === 0
        ? `not slower than nproc: **met**`
        : `not slower than nproc: **missed** in round ${slower.map((round) => `${round.round} (N = ${round.workers}, ${fixed(round.wallMs / nproc.wallMs, 2)}×: ${why(round)})`).join(', ')}`,
    );
  }
  return parts.join('; ');
}

/**
 * How many of the run's main worker group were alive at once, as its profile recorded it (the
 * count the evidence ladder reads), with the mean alive: e.g. "3 (mean 2.0)". The main group is
 * the one with the largest maxConcurrency × p90 peak, as the estimate picks it.
 */
function seenAtOnce(profileFile) {
  if (!existsSync(profileFile)) return '—';
  const profile = JSON.parse(readFileSync(profileFile, 'utf8'));
  const groups = profile.phases[0]?.workerGroups ?? [];
  const main = groups.reduce(
    (best, group) =>
      best === null ||
      group.maxConcurrency * group.peakRss.p90Bytes > best.maxConcurrency * best.peakRss.p90Bytes
        ? group
        : best,
    null,
  );
  if (!main) return '—';
  const meanAlive = main.concurrency?.meanAlive;
  return `${main.maxConcurrency}${meanAlive ? ` (mean ${fixed(meanAlive, 1)})` : ''}`;
}
