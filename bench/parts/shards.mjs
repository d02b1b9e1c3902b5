// Part 8: shards and runner sizes. What `resource-planner advise` predicts from history of whole
// runs, against runs measured on this machine:
//   a. the workload split 1, 2 and 4 ways (`job.mjs --shard I/T`), each shard run alone with the
//      advised workers, as its own runner would: the advice's per-shard duration and peak (its
//      `shards` block, for the target that needs exactly T shards) against each shard's profile;
//      each shard's peak learned from earlier runs of that shard (recorded as shard I of T, as the
//      action's `shard` input records them), the whole phase's peak shown beside it;
//   b. two user-catalogue runners (1 CPU / 1 GiB, 2 CPUs / 2 GiB), stood in for by a cgroup v1
//      memory limit and a CFS CPU quota: the advised count's predicted duration and peak there
//      against the workload run inside those limits at that count; the advice as given
//      (elastic-memory auto) and with elastic-memory off (these workers hold their memory).
// Needs root on cgroup v1 memory and cpu hierarchies. Durations and peaks are the recorded
// profiles' (phase `test`: its duration and tree RSS peak), medians of RUNS runs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { canUseCgroups, canUseCpuQuota, cpuQuota } from '../lib/cgroup.mjs';
import { recordedRun } from '../lib/cli.mjs';
import { describeMachine } from '../lib/machine.mjs';
import { table } from '../lib/markdown.mjs';
import { CLI, JOB } from '../lib/paths.mjs';
import { fixed, median, MiB } from '../lib/stats.mjs';

/** The workload: 24 tasks of ~150 MiB (±20%), 400 ms each, mostly waiting. */
const TASKS = 24;
const TASK_MS = 400;
const PEAK_MB = 150;
/** Whole runs recorded as history: worker counts (≥ 3 runs at ≥ 2 counts for the fit). */
const HISTORY_COUNTS = [1, 2, 1, 2];
const SPLITS = [1, 2, 4];
/** Earlier runs of each shard of the 2- and 4-way splits, at the advised workers (seeds 200+). */
const SHARD_HISTORY_RUNS = 3;
/** Measured runs of each shard and each runner size; the median is compared. */
const RUNS = 3;
/** Predictions within this fraction of the measured figure meet the target. */
const WITHIN = 0.2;
const TIMEOUT_MS = 120_000;
/** The two catalogue sizes the cgroup limits stand in for. */
const SIZES = [
  { name: 'small-1cpu', cpus: 1, memoryMib: 1024, pricePerMinute: 0.002 },
  { name: 'medium-2cpu', cpus: 2, memoryMib: 2048, pricePerMinute: 0.004 },
];

const job = (workers, seed, shard) => [
  process.execPath,
  JOB,
  '--workers',
  String(workers),
  '--tasks',
  String(TASKS),
  '--task-ms',
  String(TASK_MS),
  '--peak-mb',
  String(PEAK_MB),
  '--seed',
  String(seed),
  ...(shard ? ['--shard', shard] : []),
];

/** The `test` phase of a recorded profile: duration and tree RSS peak. */
function measured(profilePath) {
  const phase = JSON.parse(readFileSync(profilePath, 'utf8')).phases.find(
    (entry) => entry.name === 'test',
  );
  return { durationMs: phase.durationMs, peakBytes: phase.treeRss.peakBytes, oom: phase.oomKills };
}

/** `resource-planner advise --json` from the history folder with a catalogue file. */
function advise(history, catalogPath, flags = []) {
  const stdout = execFileSync(
    process.execPath,
    [
      CLI,
      'advise',
      '--json',
      '--profile',
      'test',
      '--history',
      history,
      '--catalog',
      catalogPath,
      ...flags,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
  return JSON.parse(stdout);
}

const errorOf = (predicted, actual) => (predicted - actual) / actual;
const percent = (ratio) => `${ratio >= 0 ? '+' : ''}${fixed(ratio * 100, 0)}%`;
const within = (ratio) => Math.abs(ratio) <= WITHIN;
const seconds = (ms) => fixed(ms / 1000, 2);
const mib = (bytes) => fixed(bytes / MiB, 0);

export async function shards() {
  const title = '## 8. Shards and runner sizes: advise against measured runs';
  if (!canUseCgroups() || !canUseCpuQuota())
    return `${title}\n\nskipped: needs root on cgroup v1 memory and cpu hierarchies`;
  const started = Date.now();
  const loadBefore = os.loadavg()[0];
  const root = mkdtempSync(join(os.tmpdir(), 'rp-bench-shards-'));
  const history = join(root, 'history');
  const runs = join(root, 'runs');
  mkdirSync(history);
  mkdirSync(runs);
  try {
    // History: whole runs at 1 and 2 workers, outside any limit.
    HISTORY_COUNTS.forEach((count, index) => {
      recordedRun(null, job(count, 100 + index), {
        out: join(history, `run-${index}.json`),
        timeoutMs: TIMEOUT_MS,
      });
    });

    // a. This machine as the one catalogue runner; per-shard predictions for T shards come from
    // the advice's `shards` block with the target that needs exactly T: D(T) from its own model.
    const machineCatalog = join(root, 'machine.json');
    writeFileSync(
      machineCatalog,
      JSON.stringify({
        replace: true,
        runners: [
          {
            name: 'this-machine',
            os: 'linux',
            arch: process.arch,
            cpus: os.availableParallelism(),
            memory: `${Math.floor(os.totalmem() / MiB)}M`,
            pricePerMinute: 0.001,
            visibility: 'any',
          },
        ],
      }),
    );
    const whole = advise(history, machineCatalog);
    if (!whole.advised) return `${title}\n\nno advice from the recorded history: ${whole.reason}`;
    const { serialFloorMs, singleWorkerMs } = whole.evidence;
    const machine = whole.runners[0];
    const active = Math.max(1, Math.min(machine.workers, machine.cpus));
    // Earlier runs of each shard of each split, at the advised workers, as the fan-out jobs of a
    // matrix would have recorded them: what the advice learns each shard's peak from. The whole
    // advice leaves them out (like with like), so its fit and counts are the whole runs' alone.
    let shardSeed = 200;
    for (const total of SPLITS.filter((count) => count > 1))
      for (let index = 1; index <= total; index++)
        for (let run = 0; run < SHARD_HISTORY_RUNS; run++) {
          recordedRun(null, job(machine.workers, shardSeed++, `${index}/${total}`), {
            out: join(history, `shard-${total}-${index}-${run}.json`),
            timeoutMs: TIMEOUT_MS,
            shard: `${index}/${total}`,
          });
        }
    const shardRows = [];
    const shardErrors = [];
    /** The whole phase's peak against each shard's measured one: the prediction before #17's item. */
    const wholeErrors = [];
    /** Shards whose own predicted peak missed the target, with the error. */
    const peakMisses = [];
    const memoryLines = [];
    for (const total of SPLITS) {
      const targetMs = Math.ceil(
        serialFloorMs + (singleWorkerMs - serialFloorMs) / (total * active),
      );
      const split = advise(history, machineCatalog, ['--target', String(targetMs)]).shards;
      for (let index = 1; index <= total; index++) {
        const results = [];
        for (let run = 0; run < RUNS; run++) {
          const out = join(runs, `shard-${total}-${index}-${run}.json`);
          recordedRun(null, job(split.workers, 1, `${index}/${total}`), {
            out,
            timeoutMs: TIMEOUT_MS,
          });
          results.push(measured(out));
        }
        const durationMs = median(results.map((result) => result.durationMs));
        const peakBytes = median(results.map((result) => result.peakBytes));
        // This shard's own predicted peak (learned from its runs, or the whole phase's).
        const shardPeak = split.perShard.find((entry) => entry.index === index);
        const durationError = errorOf(split.durationMs, durationMs);
        const peakError = errorOf(shardPeak.peakBytes, peakBytes);
        const wholeError = errorOf(machine.peakBytes, peakBytes);
        shardErrors.push(durationError, peakError);
        wholeErrors.push(wholeError);
        peakMisses.push(...(within(peakError) ? [] : [`${index}/${total} ${percent(peakError)}`]));
        console.error(
          `  ${index}/${total}: ${seconds(durationMs)} s (predicted ${seconds(split.durationMs)}), ${mib(peakBytes)} MiB (predicted ${mib(shardPeak.peakBytes)} from ${shardPeak.from}, whole ${mib(machine.peakBytes)})`,
        );
        shardRows.push([
          `${index}/${total}`,
          String(Math.ceil((TASKS - index + 1) / total)),
          split.count === total
            ? String(split.workers)
            : `${split.workers} (advice: ${split.count} shards)`,
          seconds(split.durationMs),
          seconds(durationMs),
          percent(durationError),
          shardPeak.from === 'shard' ? `its ${shardPeak.runs} runs` : 'whole phase',
          mib(shardPeak.peakBytes),
          mib(peakBytes),
          percent(peakError),
          `${mib(machine.peakBytes)} (${percent(wholeError)})`,
        ]);
        if (index === 1) memoryLines.push(`- ${total}-way: ${split.memoryEvidence}`);
      }
    }

    // b. Two catalogue sizes, stood in for by a memory limit and a CPU quota.
    const sizesCatalog = join(root, 'sizes.json');
    writeFileSync(
      sizesCatalog,
      JSON.stringify({
        replace: true,
        runners: SIZES.map((size) => ({
          name: size.name,
          os: 'linux',
          arch: process.arch,
          cpus: size.cpus,
          memory: `${size.memoryMib}M`,
          pricePerMinute: size.pricePerMinute,
          visibility: 'any',
        })),
      }),
    );
    // The advice as given (elastic-memory auto: Node workers assumed to need less where they see
    // less memory) and with elastic-memory off, which the plan's elastic-memory note names for
    // workers that hold their memory, as these do (Buffers).
    const settings = [
      { elastic: 'auto', advice: advise(history, sizesCatalog) },
      { elastic: 'off', advice: advise(history, sizesCatalog, ['--elastic-memory', 'off']) },
    ];
    const sizeRows = [];
    const sizeErrors = [];
    for (const size of SIZES) {
      const predictions = settings.map(({ elastic, advice }) => ({
        elastic,
        prediction: advice.runners.find((runner) => runner.name === size.name),
      }));
      const counts = [...new Set(predictions.map(({ prediction }) => prediction.workers))];
      const quota = cpuQuota(size.cpus);
      const byCount = new Map();
      try {
        for (const count of counts) {
          const results = [];
          for (let run = 0; run < RUNS; run++) {
            const out = join(runs, `size-${size.name}-${count}-${run}.json`);
            const result = recordedRun(size.memoryMib * MiB, job(count, 1), {
              out,
              timeoutMs: TIMEOUT_MS,
              wrap: quota.wrap,
            });
            results.push({ ...measured(out), oomKills: result.oomKills, status: result.status });
          }
          byCount.set(count, results);
        }
      } finally {
        quota.remove();
      }
      for (const { elastic, prediction } of predictions) {
        const results = byCount.get(prediction.workers);
        const durationMs = median(results.map((result) => result.durationMs));
        const peakBytes = median(results.map((result) => result.peakBytes));
        const durationError = errorOf(prediction.durationMs, durationMs);
        const peakError = errorOf(prediction.peakBytes, peakBytes);
        sizeErrors.push({ elastic, errors: [durationError, peakError] });
        const scaled =
          prediction.elasticPeakBytes === null
            ? '-'
            : `${mib(prediction.elasticPeakBytes)} (${percent(errorOf(prediction.elasticPeakBytes, peakBytes))})`;
        console.error(
          `  ${size.name} (elastic ${elastic}): ${prediction.workers} workers ${seconds(durationMs)} s (predicted ${seconds(prediction.durationMs)}), ${mib(peakBytes)} MiB (predicted ${mib(prediction.peakBytes)})`,
        );
        sizeRows.push([
          `${size.name} (${size.cpus} CPU, ${size.memoryMib} MiB)`,
          elastic,
          `${prediction.workers} (${prediction.limitedBy}${prediction.safe ? ', safe' : ', NOT safe'})`,
          seconds(prediction.durationMs),
          seconds(durationMs),
          percent(durationError),
          mib(prediction.peakBytes),
          mib(peakBytes),
          percent(peakError),
          scaled,
          prediction.reliesOnElasticMemory ? 'yes' : 'no',
          results.map((result) => `${result.oomKills}/${result.status}`).join(', '),
        ]);
      }
    }
    const sizeVerdict = settings
      .map(({ elastic, advice }) => {
        const errors = sizeErrors
          .filter((entry) => entry.elastic === elastic)
          .flatMap((entry) => entry.errors);
        return `elastic-memory ${elastic}: ${errors.filter(within).length} of ${errors.length} figures within ${WITHIN * 100}%, recommended ${advice.recommended ?? 'none'}`;
      })
      .join('; ');

    const loadAfter = os.loadavg()[0];
    return [
      title,
      '',
      `Measured on ${describeMachine()}; load average (1 min) ${fixed(loadBefore, 2)} before, ${fixed(loadAfter, 2)} after; ${fixed((Date.now() - started) / 1000, 0)} s.`,
      '',
      `**Method.** The workload is bench/workload/job.mjs: ${TASKS} tasks of ${PEAK_MB} MiB ±20% (seeded), ${TASK_MS} ms each and mostly waiting, over N forked Node workers. History: ${HISTORY_COUNTS.length} whole runs recorded with \`resource-planner run --profile test\` at ${HISTORY_COUNTS.join(', ')} workers (seeds 100–${99 + HISTORY_COUNTS.length}), and ${SHARD_HISTORY_RUNS} runs of each shard of the ${SPLITS.filter((count) => count > 1).join('- and ')}-way splits at the workers the advice gives this machine (seeds 200–${shardSeed - 1}), recorded the same way with \`--shard I/T\` (the profile's \`run.shard\`, as the action's \`shard: I/T\` input records it). Predictions: \`resource-planner advise --json --history DIR --catalog FILE\`, unchanged. A shard I of T runs tasks i with i mod T = I − 1 (\`job.mjs --shard I/T\`), each shard alone with the workers the advice gives this machine, ${RUNS} runs each (seed 1); its prediction is the advice's \`shards\` block (duration and peak per shard) for the target that needs exactly T shards, T(k) = T1·s + T1·(1 − s)/(k·min(workers, CPUs)) with the fit's T1 = ${seconds(singleWorkerMs)} s and s = ${fixed(whole.evidence.serialFraction, 3)}. Measured: each run's profile, phase duration and tree RSS peak, median of ${RUNS}. Target: every prediction within ${WITHIN * 100}% of the measured figure. The error is (predicted − measured) / measured.`,
      '',
      `### 8a. The workload sharded 1, 2 and 4 ways (this machine: ${machine.cpus} CPUs, ${machine.workers} workers per shard, limited by ${machine.limitedBy})`,
      '',
      table(
        [
          'shard',
          'tasks',
          'workers',
          'predicted s',
          'measured s',
          'error',
          'peak from',
          'predicted peak MiB',
          'measured peak MiB',
          'error',
          "whole phase's peak MiB (error)",
        ],
        shardRows,
      ),
      '',
      `Within ${WITHIN * 100}%: ${shardErrors.filter(within).length} of ${shardErrors.length} figures (durations and peaks). The whole phase's peak, which the advice gave every shard before it learned from per-shard history, would have been within ${WITHIN * 100}% for ${wholeErrors.filter(within).length} of ${wholeErrors.length} shards.`,
      '',
      "Where the peak comes from, as the advice's `memoryEvidence` says it:",
      '',
      ...memoryLines,
      '',
      `Each shard's peak is learned from the earlier runs recorded as that shard of a split of the same size (src/advise/shards.ts), as the plan learns any peak: the workers' peaks with its margins (+15%, as the Kubernetes VPA recommender, and more while runs are few; docs/algorithm.md §3), so it errs high by design. A shard no run recorded gets the whole phase's peak, not assumed to shrink. Workers keep the memory of the largest task they have run, and a shard of fewer tasks gives each worker fewer chances to meet the largest, so the whole phase's peak errs high, and more so as T grows (the last column); a shard's own runs measure that. The history runs of a shard have other seeds than the measured ones, so other task sizes. ${peakMisses.length === 0 ? `Every shard's own peak is within ${WITHIN * 100}%.` : `Beyond ${WITHIN * 100}%: ${peakMisses.join(', ')}.`} The duration per shard repeats the fit's serial part in every shard, so its error follows how well the 4 whole runs pinned that part (s above).`,
      '',
      '### 8b. Runner-size advice inside limits that stand in for two catalogue sizes',
      '',
      `A user catalogue (\`"replace": true\`) of ${SIZES.map((size) => `${size.name}: ${size.cpus} CPU, ${size.memoryMib} MiB, $${size.pricePerMinute}/min`).join('; ')}. Each is stood in for by a cgroup v1 memory limit of its memory (no swap) and a CFS quota of its CPUs (cpu.cfs_quota_us = CPUs × cpu.cfs_period_us), around \`resource-planner run\` and the workload at the count advised there, ${RUNS} runs. The advice twice: as given (\`elastic-memory\` auto, which assumes Node workers need less where they see less memory) and with \`--elastic-memory off\`, the setting the plan's elastic-memory note names for workers that hold their memory, as this workload's do (Buffers). On a ${os.availableParallelism()}-CPU machine a quota of ${os.availableParallelism()} CPUs does not slow anything: that size differs from the machine in memory only. The workload mostly waits, so even the 1-CPU quota slows a worker little: this checks the advised count, the duration model's CPU cap and the memory, more than per-CPU speed.`,
      '',
      table(
        [
          'runner (stand-in)',
          'elastic-memory',
          'advised workers',
          'predicted s',
          'measured s',
          'error',
          'predicted peak MiB',
          'measured peak MiB',
          'error',
          'elasticPeakBytes MiB (error)',
          'reliesOnElasticMemory',
          'OOM kills/exit per run',
        ],
        sizeRows,
      ),
      '',
      `${sizeVerdict}.`,
      '',
      "With `elastic-memory` auto, the advice plans each runner with each worker's learned memory scaled by the runner's memory over the least any history run saw (Node and JVM heaps size themselves from it); these workers hold Buffers, so they need the same in a smaller limit, and that scaled peak (`elasticPeakBytes`) is low by the ratio. The peak the advice shows and outputs (`peakBytes`) is the prediction with the workers' memory as measured, at the advised count, in both rows; the scaled one is kept beside it, and a count that fits only under the scaling is marked (`reliesOnElasticMemory`, confidence low, recommended only when no runner fits without it; ⚠ in the summary table). The counts are the same here (CPUs bind before memory), so no run was OOM-killed and nothing relies on the scaling.",
    ].join('\n');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
