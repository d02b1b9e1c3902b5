/**
 * The built CLI (dist/cli/index.js) given paths that are not small regular files: it must answer
 * within a couple of seconds, with one line on stderr, a non-zero exit and little memory.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeProfile } from '../../src/profile/profile.js';
import { profile } from '../support/profiles.js';
import { makeSpecialFiles } from '../runner/special-files.js';

const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname;
const onLinux = process.platform === 'linux';
/** GNU time and coreutils timeout measure the peak RSS of a command that may have to be stopped. */
const canMeasure = existsSync('/usr/bin/time') && spawnSync('timeout', ['--version']).status === 0;
const LIMIT_S = 5;

interface Run {
  status: number | null;
  stderr: string;
  stdout: string;
  ms: number;
  maxRssKiB: number | null;
}

/** Runs the CLI, stopped after LIMIT_S seconds (SIGTERM, then SIGKILL). */
function runCli(...args: string[]): Run {
  const started = performance.now();
  if (canMeasure) {
    const result = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        'maxrss-kib=%M',
        'timeout',
        '-k',
        '1',
        String(LIMIT_S),
        process.execPath,
        CLI,
        ...args,
      ],
      { encoding: 'utf8', timeout: (LIMIT_S + 5) * 1000, killSignal: 'SIGKILL' },
    );
    // GNU time appends "Command exited with non-zero status N" and the format's line.
    const match = /(?:^|\n)maxrss-kib=(\d+)\n?$/.exec(result.stderr);
    const stderr = result.stderr
      .replace(/(?:^|\n)maxrss-kib=\d+\n?$/, '\n')
      .replace(/(?:^|\n)Command (?:exited|terminated)[^\n]*\n$/, '\n')
      .replace(/^\n$/, '');
    return {
      status: result.status,
      stderr,
      stdout: result.stdout,
      ms: performance.now() - started,
      maxRssKiB: match ? Number(match[1]) : null,
    };
  }
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    timeout: LIMIT_S * 1000,
    killSignal: 'SIGKILL',
  });
  return {
    status: result.status,
    stderr: result.stderr,
    stdout: result.stdout,
    ms: performance.now() - started,
    maxRssKiB: null,
  };
}

function expectQuickRefusal(run: Run, line: string): void {
  expect(run.ms, 'answered within a couple of seconds').toBeLessThan(3000);
  expect(run.status).toBe(1);
  expect(run.stderr).toBe(`${line}\n`);
  expect(run.stdout).toBe('');
  if (run.maxRssKiB !== null) expect(run.maxRssKiB).toBeLessThan(200 * 1024);
}

describe.skipIf(!onLinux)('the built CLI refuses what it must not read', () => {
  const files = makeSpecialFiles('rp-built-cli-');
  afterAll(() => rmSync(files.root, { recursive: true, force: true }));
  // A valid profile that is not a *.json file, so a baseline of files.root does not take it.
  const current = join(files.root, 'current.txt');
  writeFileSync(current, serializeProfile(profile([{ peakBytes: 2e9 }], { runId: 9 })));

  it('report /dev/zero', { timeout: 20_000 }, () => {
    expectQuickRefusal(
      runCli('report', '/dev/zero'),
      'resource-planner: /dev/zero: a character device, not a regular file',
    );
  });

  it('report with a link to /dev/zero', { timeout: 20_000 }, () => {
    expectQuickRefusal(
      runCli('report', files.linkToDevZero),
      `resource-planner: ${files.linkToDevZero}: a character device, not a regular file`,
    );
  });

  it('report with a FIFO nobody writes to', { timeout: 20_000 }, () => {
    expectQuickRefusal(
      runCli('report', files.fifo),
      `resource-planner: ${files.fifo}: a FIFO (named pipe), not a regular file`,
    );
  });

  it('report with a 1 GiB sparse file', { timeout: 20_000 }, () => {
    expectQuickRefusal(
      runCli('report', files.sparse),
      `resource-planner: ${files.sparse}: 1 GiB, more than the 4 MiB a run profile may have`,
    );
  });

  it('report with a folder', { timeout: 20_000 }, () => {
    expectQuickRefusal(
      runCli('report', files.folder),
      `resource-planner: ${files.folder}: a folder, not a regular file`,
    );
  });

  it('report with a missing file', { timeout: 20_000 }, () => {
    expectQuickRefusal(
      runCli('report', '/nonexistent.json'),
      'resource-planner: /nonexistent.json: no such file',
    );
  });

  it(
    'run --out into a folder that cannot be made, before the command runs',
    { timeout: 20_000 },
    () => {
      const marker = join(files.root, 'ran');
      expectQuickRefusal(
        runCli('run', '--out', '/proc/self/x/p.json', '--', 'touch', marker),
        'resource-planner: /proc/self/x: cannot be created (ENOENT)',
      );
      expect(existsSync(marker), 'the command must not have run').toBe(false);
    },
  );

  it('plan --history /nonexistent', { timeout: 20_000 }, () => {
    expectQuickRefusal(
      runCli('plan', '--history', '/nonexistent'),
      'resource-planner: --history /nonexistent: no such folder',
    );
  });

  it('compare with a missing baseline folder and with /dev/zero', { timeout: 20_000 }, () => {
    expectQuickRefusal(
      runCli('compare', '--baseline', '/nonexistent', current),
      'resource-planner: --baseline /nonexistent: no such folder',
    );
    expectQuickRefusal(
      runCli('compare', '--baseline', files.root, '/dev/zero'),
      'resource-planner: /dev/zero: a character device, not a regular file',
    );
  });

  it(
    'compare skips what is not a regular profile in the baseline folder, without waiting',
    {
      timeout: 20_000,
    },
    () => {
      // files.root holds pipe.json (a FIFO), sparse.json (1 GiB), zero.json (a link to /dev/zero)
      // and folder.json/ (an empty folder); the current profile is not a *.json file.
      const current = join(files.root, 'current.txt');
      writeFileSync(current, serializeProfile(profile([{ peakBytes: 2e9 }], { runId: 9 })));
      const run = runCli('compare', '--baseline', files.root, current);
      expect(run.ms).toBeLessThan(3000);
      expect(run.status).toBe(0);
      expect(run.stderr).toMatch(/^note: 3 of 3 profiles skipped: /);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stdout).toMatch(/^verdict: /);
    },
  );

  it(
    'a FIFO whose writer waits for a reader still gets a quick refusal',
    { timeout: 20_000 },
    () => {
      const writer = spawn('sh', ['-c', `exec sleep 30 > "$1"`, 'sh', files.fifo], {
        stdio: 'ignore',
      });
      try {
        expectQuickRefusal(
          runCli('report', files.fifo),
          `resource-planner: ${files.fifo}: a FIFO (named pipe), not a regular file`,
        );
      } finally {
        writer.kill('SIGKILL');
      }
    },
  );
});
