// Part 7: task lists. A list of independent commands whose memory differs 5×, inside three real
// cgroup v1 memory limits: `resource-planner exec --tasks` against every fixed `xargs -P N` (the
// best that runs clean is the target's baseline) and against GNU parallel's `--memfree`, all in
// the same run. Needs root on a cgroup v1 memory hierarchy, and GNU parallel for its rows
// (Debian's `parallel` package; skipped with a note without it).
//   BENCH_TASKS_LIMITS_MIB=800,1100,1600   the limits (default)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { canUseCgroups, inCgroup } from '../lib/cgroup.mjs';
import { describeMachine } from '../lib/machine.mjs';
import { table } from '../lib/markdown.mjs';
import { CLI, ROOT } from '../lib/paths.mjs';
import { fixed, median, MiB } from '../lib/stats.mjs';

const TASK = join(ROOT, 'test/fixtures/workloads/task.mjs');
/** 4 tasks of 300 MiB and 12 of 60 MiB (5× apart), each held a while as I/O-bound work waits. */
const BIG = { count: 4, mib: 300, holdMs: 1500 };
const SMALL = { count: 12, mib: 60, holdMs: 800 };
const TOTAL = BIG.count + SMALL.count;
/** Fixed counts swept with xargs -P. */
const MAX_FIXED = 8;
/** Timed runs of each final strategy (the median is reported). */
const RUNS = 3;
const TARGET = 1.15;
const TIMEOUT_MS = 180_000;

export async function tasks() {
  const title = '## 7. Task lists: exec --tasks against fixed -P and GNU parallel';
  if (!canUseCgroups()) return `${title}\n\nskipped: needs root on a cgroup v1 memory hierarchy`;
  const started = Date.now();
  const limitsMib = (process.env.BENCH_TASKS_LIMITS_MIB ?? '800,1100,1600')
    .split(',')
    .filter(Boolean)
    .map(Number);
  const parallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
  const parallelVersion =
    parallel.status === 0 ? (/GNU parallel (\d+)/.exec(parallel.stdout)?.[1] ?? '?') : null;

  const root = mkdtempSync(join(os.tmpdir(), 'rp-bench-tasks-'));
  const markers = join(root, 'markers');
  const names = [
    ...Array.from({ length: BIG.count }, (_, index) => ['big', index + 1, BIG]),
    ...Array.from({ length: SMALL.count }, (_, index) => ['small', index + 1, SMALL]),
  ];
  const lines = names.map(
    ([kind, index, spec]) =>
      `${process.execPath} ${TASK} ${spec.mib} ${spec.holdMs} ${join(markers, `${kind}-${index}`)}`,
  );
  const list = join(root, 'tasks.txt');
  writeFileSync(list, `${lines.join('\n')}\n`);
  const finished = () => readdirSync(markers).length;
  /** One run inside the limit, from fresh markers: wall, OOM kills, tasks finished. */
  const measure = (limitBytes, argv, input) => {
    rmSync(markers, { recursive: true, force: true });
    mkdirSync(markers);
    const command = input ? ['sh', '-c', `exec "$@" < "${input}"`, 'sh', ...argv] : argv;
    const result = inCgroup(limitBytes, command, process.env, { timeoutMs: TIMEOUT_MS });
    return {
      wallMs: result.wallMs,
      oomKills: result.oomKills,
      finished: finished(),
      status: result.status,
      timedOut: result.timedOut,
    };
  };
  const clean = (run) => run.finished === TOTAL && run.oomKills === 0 && run.status === 0;

  const sections = [];
  const verdicts = [];
  for (const limitMib of limitsMib) {
    const limit = limitMib * MiB;
    const rows = [];
    // 1. The sweep: every fixed -P, one run each.
    const sweep = [];
    for (let count = 1; count <= MAX_FIXED; count++) {
      const run = measure(limit, ['xargs', '-P', String(count), '-L', '1', 'env'], list);
      sweep.push({ count, run });
      console.error(
        `  ${limitMib} MiB xargs -P ${count}: ${run.finished}/${TOTAL} oom=${run.oomKills} ${fixed(run.wallMs / 1000, 2)} s`,
      );
    }
    const cleanSweep = sweep.filter(({ run }) => clean(run));
    const best = cleanSweep.reduce(
      (top, entry) => (top === null || entry.run.wallMs < top.run.wallMs ? entry : top),
      null,
    );
    const nproc = os.availableParallelism();
    const nprocRun = sweep.find(({ count }) => count === nproc)?.run;
    // 2. Best clean fixed -P again, then GNU parallel and exec, interleaved, RUNS times.
    const history = join(root, `history-${limitMib}`);
    mkdirSync(history);
    const execArgv = (out) => [
      process.execPath,
      CLI,
      'exec',
      '--tasks',
      list,
      '--profile',
      'tasks',
      '--cpus-per-worker',
      '0.25',
      '--interval',
      '100ms',
      '--history',
      history,
      '--out',
      join(history, out),
    ];
    // The first exec run learns each task's peak (no history yet): reported, not compared.
    const learning = measure(limit, execArgv('learn.json'));
    const finals = { fixed: [], parallel: [], exec: [] };
    for (let index = 0; index < RUNS; index++) {
      if (best)
        finals.fixed.push(
          measure(limit, ['xargs', '-P', String(best.count), '-L', '1', 'env'], list),
        );
      if (parallelVersion)
        finals.parallel.push(
          measure(
            limit,
            ['parallel', '--will-cite', '--memfree', `${BIG.mib + 50}M`, '-j', String(MAX_FIXED)],
            list,
          ),
        );
      finals.exec.push(measure(limit, execArgv(`run${index + 1}.json`)));
    }
    const bestMs = best ? median(finals.fixed.map((run) => run.wallMs)) : null;
    const summary = (label, setting, runs) => {
      if (runs.length === 0) return;
      const wall = median(runs.map((run) => run.wallMs));
      const lost = runs.map((run) => TOTAL - run.finished);
      rows.push([
        label,
        setting,
        runs.map((run) => run.oomKills).join(', '),
        lost.join(', '),
        fixed(wall / 1000, 2),
        bestMs ? fixed(wall / bestMs, 2) : '—',
      ]);
      return { wall, lost: Math.max(...lost), kills: Math.max(...runs.map((run) => run.oomKills)) };
    };
    for (const { count, run } of sweep)
      rows.push([
        `xargs -P ${count}${count === nproc ? ' (nproc)' : ''}`,
        'sweep',
        String(run.oomKills),
        String(TOTAL - run.finished),
        fixed(run.wallMs / 1000, 2),
        bestMs ? fixed(run.wallMs / bestMs, 2) : '—',
      ]);
    if (best) summary(`best clean fixed: xargs -P ${best.count}`, `${RUNS} runs`, finals.fixed);
    const parallelResult = summary(
      `GNU parallel ${parallelVersion ?? ''} --memfree ${BIG.mib + 50}M -j ${MAX_FIXED}`,
      `${RUNS} runs`,
      finals.parallel,
    );
    rows.push([
      'resource-planner exec --tasks, learning run (no history)',
      '1 run',
      String(learning.oomKills),
      String(TOTAL - learning.finished),
      fixed(learning.wallMs / 1000, 2),
      bestMs ? fixed(learning.wallMs / bestMs, 2) : '—',
    ]);
    const execResult = summary(
      'resource-planner exec --tasks (peaks learned)',
      `${RUNS} runs`,
      finals.exec,
    );
    const ratio = bestMs ? execResult.wall / bestMs : null;
    const met =
      ratio !== null && ratio <= TARGET && execResult.lost === 0 && learning.finished === TOTAL;
    verdicts.push(
      `- ${limitMib} MiB: exec ${ratio === null ? 'has no clean fixed -P to compare with' : `${fixed(ratio, 2)}× the best clean fixed -P (${best.count})`}, ${execResult.lost} task(s) lost at most, OOM kills ${execResult.kills} at most (learning run: ${TOTAL - learning.finished} lost, ${learning.oomKills} OOM kill(s)); target ≤ ${TARGET}× and 0 lost: **${met ? 'met' : 'missed'}**.` +
        (nprocRun
          ? ` \`xargs -P ${nproc}\` (nproc): ${TOTAL - nprocRun.finished} lost, ${nprocRun.oomKills} OOM kill(s).`
          : '') +
        (parallelResult
          ? ` GNU parallel --memfree: ${parallelResult.lost} task(s) lost at most, ${parallelResult.kills} OOM kill(s) at most, ${bestMs ? fixed(parallelResult.wall / bestMs, 2) : '—'}×.`
          : ''),
    );
    sections.push(
      `### ${limitMib} MiB\n\n${table(
        [
          'strategy',
          'runs',
          'OOM kills (per run)',
          'tasks lost (per run)',
          'wall s (median)',
          '÷ best clean fixed -P',
        ],
        rows,
      )}`,
    );
  }
  rmSync(root, { recursive: true, force: true });
  const load = os
    .loadavg()
    .map((value) => fixed(value, 2))
    .join(', ');
  const method =
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${describeMachine()}, ${fixed((Date.now() - started) / 60_000, 1)} min; load average at the end ${load}. ` +
    `Method (\`npm run bench -- --part tasks\`, bench/parts/tasks.mjs): a list of ${TOTAL} shell-free commands, ${BIG.count} that allocate and touch ${BIG.mib} MiB and ${SMALL.count} that touch ${SMALL.mib} MiB (Node, test/fixtures/workloads/task.mjs; ~45 MiB more each for Node itself), each holding its memory ${BIG.holdMs}/${SMALL.holdMs} ms mostly waiting (I/O-like, so more tasks than CPUs help and memory binds); the big ones first. ` +
    `Each run in a fresh cgroup v1 memory limit (swappiness 0); a task writes a marker file when it finishes, and a missing marker is a lost task; OOM kills from \`memory.oom_control\`. ` +
    `Fixed counts: \`xargs -P N -L 1 env\` for N = 1–${MAX_FIXED}, one run each; the best clean one (every task finished, no OOM kill, exit 0) is run ${RUNS} more times and is the baseline. ` +
    `GNU parallel: \`parallel --memfree ${BIG.mib + 50}M -j ${MAX_FIXED}\` (it starts a job only while that much memory is free, by its reading of the machine's free memory). ` +
    `resource-planner: \`exec --tasks LIST --cpus-per-worker 0.25 --history DIR\`, one learning run with no history, then ${RUNS} runs that learn from every run before, interleaved with the other two. Target (the exec issue): ≤ ${TARGET}× the best clean fixed -P, 0 tasks lost.`;
  return [title, method, ...sections, `**Verdicts**\n\n${verdicts.join('\n')}`].join('\n\n');
}
