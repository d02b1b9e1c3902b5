// A garbage-collected parallel job, shaped like a test runner's workers: T tasks over a pool of N
// Node worker processes, each task allocating mostly short- and medium-lived objects (a ring of
// recent batches survives a few collections, then becomes garbage) and doing some CPU work.
// With plenty of memory V8 lets such workers grow far past what they keep alive; inside a
// tighter limit, or under --max-old-space-size, they collect sooner and stay smaller.
// Exit code 0 when every task finished, 1 when a worker died (e.g. OOM-killed).
import { parseArgs } from 'node:util';
import { runPool } from './pool.mjs';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '2' },
    tasks: { type: 'string', default: '8' },
    // Batches of ~8,000 small objects kept alive at once per worker (the live set).
    ring: { type: 'string', default: '15' },
    // Batches allocated per task.
    batches: { type: 'string', default: '600' },
    worker: { type: 'boolean', default: false },
  },
});

if (values.worker) {
  const ring = [];
  let checksum = 0;
  process.on('message', ({ ringSize, batches }) => {
    for (let i = 0; i < batches; i++) {
      const batch = [];
      for (let j = 0; j < 8000; j++) batch.push({ id: j, name: `item-${j}`, tags: [j, i] });
      ring.push(batch);
      if (ring.length > ringSize) ring.shift();
      for (let k = 0; k < 2000; k++) checksum += k % 3;
    }
    process.send({ done: true, checksum });
  });
} else {
  const workers = Number(values.workers);
  const queue = Array.from({ length: Number(values.tasks) }, () => ({
    ringSize: Number(values.ring),
    batches: Number(values.batches),
  }));
  const { wallMs, failed } = await runPool(new URL(import.meta.url).pathname, workers, queue);
  console.log(JSON.stringify({ workers, wallMs, failed }));
  process.exitCode = failed ? 1 : 0;
}
