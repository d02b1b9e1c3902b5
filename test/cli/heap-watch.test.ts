/**
 * The heap watch with real Node processes: a process that stops at its V8 heap cap is found by its
 * PID from the report Node writes, the report is gone once read, and nothing is written where it
 * must not be (no environment in reports; nothing on a Node that cannot leave it out).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAP_REPORTS_VARIABLE, startHeapWatch, type HeapWatch } from '../../src/cli/heap-watch.js';
import { commandEnv } from '../../src/cli/record.js';

/** Grows the heap until V8 gives up at the cap given on the command line. */
const HOG = 'const a = []; for (;;) a.push(new Array(1e5).fill(1));';

function runNode(
  node: string,
  args: string[],
  watch: HeapWatch,
  extra: Record<string, string> = {},
) {
  return spawnSync(node, args, {
    env: { ...commandEnv(process.env, watch, null), ...extra },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('startHeapWatch', () => {
  it('finds the PID of a Node process that stopped at its heap cap, and removes the report', () => {
    const watch = startHeapWatch();
    expect(watch).not.toBeNull();
    if (!watch) return;
    try {
      expect(watch.nodeOption).toMatch(/^--require "\/.+\/heap-watch-preload\.cjs"$/);
      const folder = watch.variables[HEAP_REPORTS_VARIABLE] as string;
      const hog = runNode(process.execPath, ['--max-old-space-size=24', '-e', HOG], watch, {
        SECRET_TOKEN: 'do-not-write-me',
      });
      expect(hog.status === 134 || hog.signal === 'SIGABRT').toBe(true);
      expect(hog.stderr).toMatch(/JavaScript heap out of memory/);
      const reports = readdirSync(folder).filter((name) => name.endsWith('.json'));
      expect(reports).toHaveLength(1);
      // The environment (where secrets live) is left out of the report.
      const report = readFileSync(join(folder, reports[0] as string), 'utf8');
      expect(report).not.toContain('do-not-write-me');
      expect(JSON.parse(report)).not.toHaveProperty('environmentVariables');
      expect(watch.collect()).toEqual([hog.pid]);
      expect(readdirSync(folder)).toEqual([]);
      // A process that ends well, or fails otherwise, leaves nothing to count.
      runNode(process.execPath, ['-e', 'process.exit(1)'], watch);
      expect(watch.collect()).toEqual([]);
    } finally {
      watch.close();
    }
    expect(existsSync(watch.variables[HEAP_REPORTS_VARIABLE] as string)).toBe(false);
  });

  it('leaves a process that asked for reports of its own alone', () => {
    const watch = startHeapWatch();
    if (!watch) throw new Error('no watch');
    try {
      const folder = watch.variables[HEAP_REPORTS_VARIABLE] as string;
      const own = runNode(
        process.execPath,
        [
          '--report-on-fatalerror',
          `--report-directory=${folder}/own`,
          '--max-old-space-size=24',
          '-e',
          HOG,
        ],
        watch,
      );
      expect(own.stderr).toMatch(/JavaScript heap out of memory/);
      // Its report went where it asked, not into the watched folder.
      expect(readdirSync(folder).filter((name) => name.endsWith('.json'))).toEqual([]);
      expect(watch.collect()).toEqual([]);
    } finally {
      watch.close();
    }
  });

  it('is off (null) when the preload cannot be found', () => {
    expect(startHeapWatch('/nonexistent/heap-watch-preload.cjs')).toBeNull();
  });

  // The machine's own Node, when it is older than 22.13: it cannot leave the environment out of a
  // report, so the preload must not ask for one.
  const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => {
    if (!existsSync(path)) return false;
    const version = spawnSync(path, ['-p', "'excludeEnv' in process.report"], { encoding: 'utf8' });
    return version.stdout.trim() === 'false';
  });
  it.skipIf(!systemNode)('writes no report on a Node without process.report.excludeEnv', () => {
    const watch = startHeapWatch();
    if (!watch) throw new Error('no watch');
    try {
      const hog = runNode(systemNode as string, ['--max-old-space-size=24', '-e', HOG], watch);
      expect(hog.stderr).toMatch(/JavaScript heap out of memory/);
      expect(readdirSync(watch.variables[HEAP_REPORTS_VARIABLE] as string)).toEqual([]);
      expect(watch.collect()).toEqual([]);
    } finally {
      watch.close();
    }
  });
});

describe('commandEnv', () => {
  const watch = {
    nodeOption: '--require "/x/p.cjs"',
    variables: { [HEAP_REPORTS_VARIABLE]: '/tmp/r' },
  };
  it('adds the preload and the cap after NODE_OPTIONS as given, keeping the rest', () => {
    expect(
      commandEnv({ PATH: '/bin', NODE_OPTIONS: '--max-old-space-size=99' }, watch, 512),
    ).toEqual({
      PATH: '/bin',
      NODE_OPTIONS: '--max-old-space-size=99 --require "/x/p.cjs" --max-old-space-size=512',
      [HEAP_REPORTS_VARIABLE]: '/tmp/r',
    });
  });
  it('leaves NODE_OPTIONS alone with neither', () => {
    expect(commandEnv({ PATH: '/bin' }, null, null)).toEqual({ PATH: '/bin' });
    expect(commandEnv({ NODE_OPTIONS: '--a' }, null, null)).toEqual({ NODE_OPTIONS: '--a' });
  });
});
