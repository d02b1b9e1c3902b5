/**
 * A hang detector for synchronous property runs. A renderer stuck in a loop (or a regular
 * expression backtracking without end) blocks the test's thread, so no timer inside the test can
 * fire. A small separate process watches instead: the test writes a heartbeat (the case it is
 * starting) before each case, and when none comes for `limitMs` the watcher prints the last one
 * and kills the test process (SIGKILL), so a hang fails the run, named, instead of stalling it.
 * The watcher exits by itself when the test process closes its end of the pipe.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const WATCHER = `
const [pid, limit] = process.argv.slice(1).map(Number);
let last = 'start';
let beatAt = Date.now();
let pending = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  pending += chunk;
  const lines = pending.split('\\n');
  pending = lines.pop();
  if (lines.length > 0) { last = lines[lines.length - 1]; beatAt = Date.now(); }
});
process.stdin.on('end', () => process.exit(0));
setInterval(() => {
  if (Date.now() - beatAt < limit) return;
  process.stderr.write('\\nwatchdog: no progress for ' + limit + ' ms after: ' + last + '; killing the test process ' + pid + '\\n');
  try { process.kill(pid, 'SIGKILL'); } catch {}
  process.exit(1);
}, 250);
`;

export interface Watchdog {
  /** Says what the test is about to do (one line); resets the clock. */
  beat(label: string): void;
  /** Stops watching. */
  stop(): Promise<void>;
}

export function startWatchdog(limitMs: number): Watchdog {
  const child: ChildProcess = spawn(
    process.execPath,
    ['-e', WATCHER, String(process.pid), String(limitMs)],
    { stdio: ['pipe', 'ignore', 'inherit'] },
  );
  child.unref();
  // A failed write (the watcher gone) must not fail the test.
  child.stdin?.on('error', () => {});
  return {
    beat(label) {
      child.stdin?.write(`${label.replace(/[\r\n]/g, ' ')}\n`);
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin?.end();
      });
    },
  };
}
