// A parallel job for the quality benchmark: T tasks over a pool of N worker processes.
// Each task allocates and touches memory with a realistic shape (ramp over ~30% of the task,
// plateau, peak varying ±20% by a seeded PRNG) and spends most of its time waiting (like tests
// that wait on I/O), so more workers than CPUs still speed the job up and memory, not CPU, binds.
// Workers keep their memory between tasks (GC'd runtimes rarely give it back).
// `--shard I/T` runs only tasks i (0-based) with i % T == I − 1, each with the peak it has in the
// whole job, as shard I of a T-way matrix would (benchmark 8). Without it, every task runs.
// Exit code 0 when every task finished, 1 when a worker died (e.g. OOM-killed).
import { parseArgs } from 'node:util';
import { runPool } from './pool.mjs';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '2' },
    tasks: { type: 'string', default: '24' },
    seed: { type: 'string', default: '1' },
    'peak-mb': { type: 'string', default: '200' },
    'task-ms': { type: 'string', default: '500' },
    shard: { type: 'string' },
    worker: { type: 'boolean', default: false },
  },
});

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

if (values.worker) {
  const held = [];
  let heldMb = 0;
  process.on('message', async ({ peakMb, taskMs }) => {
    const rampSteps = 6;
    // Grow to this task's peak (memory already held from earlier tasks counts).
    for (let step = 1; step <= rampSteps; step++) {
      const target = Math.round((peakMb * step) / rampSteps);
      while (heldMb < target) {
        const block = Buffer.alloc(8 * 1024 * 1024);
        for (let i = 0; i < block.length; i += 4096) block[i] = 1;
        held.push(block);
        heldMb += 8;
      }
      await sleep((taskMs * 0.3) / rampSteps);
    }
    // A little CPU work, then waiting (I/O).
    let x = 0;
    for (let i = 0; i < 2e6; i++) x += i % 7;
    await sleep(taskMs * 0.7);
    // Give back what exceeds 70% of this peak (partial release, as a GC would).
    while (heldMb > peakMb * 0.7 && held.length > 0) {
      held.pop();
      heldMb -= 8;
    }
    process.send({ done: true, x });
  });
} else {
  const workers = Number(values.workers);
  const tasks = Number(values.tasks);
  const random = mulberry32(Number(values.seed));
  const all = Array.from({ length: tasks }, () => ({
    peakMb: Math.round(Number(values['peak-mb']) * (0.8 + random() * 0.4)),
    taskMs: Number(values['task-ms']),
  }));
  const [index, total] = (values.shard ?? '1/1').split('/').map(Number);
  if (!(total >= 1 && index >= 1 && index <= total))
    throw new Error(`--shard ${values.shard}: expected I/T with 1 <= I <= T`);
  const queue = all.filter((_, task) => task % total === index - 1);
  const { wallMs, failed } = await runPool(new URL(import.meta.url).pathname, workers, queue);
  console.log(
    JSON.stringify({ workers, tasks: queue.length, wallMs, failed, shard: values.shard ?? null }),
  );
  process.exitCode = failed ? 1 : 0;
}
