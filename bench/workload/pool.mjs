// The parent side of the benchmark workloads: a pool of N forked workers (this same script with
// --worker) that take tasks from a queue one at a time, like a test runner's worker pool.
// Workers inherit the environment, NODE_OPTIONS included (e.g. the plan's node-heap-mb).
import { fork } from 'node:child_process';

/**
 * Runs every task on `workers` forked copies of `script`; stops handing out tasks once a worker
 * dies (e.g. OOM-killed). Resolves to { wallMs, failed }.
 */
export async function runPool(script, workers, tasks) {
  const queue = [...tasks];
  let failed = false;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      const child = fork(script, ['--worker'], { stdio: 'ignore' });
      const exited = new Promise((resolve) =>
        child.once('exit', (code, signal) => resolve({ code, signal })),
      );
      while (queue.length > 0 && !failed) {
        child.send(queue.shift());
        const result = await Promise.race([
          new Promise((resolve) => child.once('message', () => resolve('done'))),
          exited,
        ]);
        if (result !== 'done') {
          failed = true;
          console.error(`worker died: ${JSON.stringify(result)}`);
        }
      }
      if (child.exitCode === null && child.signalCode === null) child.kill();
      await exited;
    }),
  );
  return { wallMs: Date.now() - started, failed };
}
