import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseProfile, serializeProfile } from '../../src/profile/profile.js';
import { profile } from '../support/profiles.js';

const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname;
const WORKLOAD = new URL('../fixtures/workloads/three-workers.mjs', import.meta.url).pathname;
const onLinux = process.platform === 'linux';

describe.skipIf(!onLinux)('resource-planner run (built CLI, real /proc)', () => {
  it('records a peak within 10% of the true total and a worker group of 3', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rp-run-')), 'profile.json');
    const result = spawnSync(
      process.execPath,
      [
        CLI,
        'run',
        '--profile',
        'test',
        '--out',
        out,
        '--interval',
        '100ms',
        '--',
        process.execPath,
        WORKLOAD,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, MB_EACH: '300' },
        timeout: 60_000,
      },
    );
    expect(result.status, result.stderr).toBe(0);
    const total = Number(/TOTAL_RSS=(\d+)/.exec(result.stdout)?.[1]);
    expect(total).toBeGreaterThan(900 * 1024 * 1024);

    const profile = parseProfile(readFileSync(out, 'utf8'));
    const phase = profile.phases[0];
    expect(phase?.name).toBe('test');
    expect(Math.abs((phase?.treeRss.peakBytes ?? 0) - total) / total).toBeLessThan(0.1);
    const group = phase?.workerGroups.find((candidate) => candidate.maxConcurrency === 3);
    expect(group).toMatchObject({
      name: 'node',
      parentName: 'node',
      maxConcurrency: 3,
      processes: 3,
    });
    expect(group?.peakRss.p50Bytes).toBeGreaterThan(300 * 1024 * 1024);
    // The terminal report went to stdout after the command's own output: no Markdown, no colour
    // (stdout is a pipe), the phase's row aligned under its header.
    const report = result.stdout.slice(result.stdout.indexOf('TOTAL_RSS='));
    expect(report).toMatch(
      /^resource-planner: peak \S+ \S+ of the \S+ \S+ limit \(\d+%\) in "test", no OOM kill$/m,
    );
    expect(report).toMatch(/^ {2}Phase +Duration +At once +Peak +Of limit$/m);
    expect(report).toMatch(/^ {2}test +\S+ s +3 +\S+ \S+ +\d+%$/m);
    expect(report).toMatch(/^ {2}node +3 at once +3 seen +p90 /m);
    expect(report).not.toMatch(/###|<details>|xychart/);
    expect(report).not.toContain('\u001b');
  });

  it("--markdown prints the job summary's Markdown; --summary FILE writes it as well", () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-run-'));
    const summary = join(dir, 'sub', 'summary.md');
    const command = ['--', process.execPath, '-e', 'setTimeout(() => {}, 300)'];
    const markdown = spawnSync(process.execPath, [CLI, 'run', '--markdown', ...command], {
      encoding: 'utf8',
    });
    expect(markdown.status, markdown.stderr).toBe(0);
    expect(markdown.stdout).toMatch(/^### resource-planner: peak \S+ \S+ of the \S+ \S+ limit/m);
    const both = spawnSync(process.execPath, [CLI, 'run', '--summary', summary, ...command], {
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '1' },
    });
    expect(both.status, both.stderr).toBe(0);
    expect(readFileSync(summary, 'utf8')).toMatch(/^### resource-planner: peak /);
    // FORCE_COLOR: the terminal report in colour, through the filter; no status line off a TTY.
    expect(both.stdout).toContain('\u001b[1mresource-planner:\u001b[0m peak ');
    expect(both.stdout).not.toContain('###');
    expect(both.stderr).toBe('');
  });

  it('--node-heap-mb gives the command that V8 heap cap and records it in the profile', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rp-run-')), 'profile.json');
    const result = spawnSync(
      process.execPath,
      [
        CLI,
        'run',
        '--node-heap-mb',
        '96',
        '--out',
        out,
        '--',
        process.execPath,
        '-e',
        "console.log(require('v8').getHeapStatistics().heap_size_limit)",
      ],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    // The limit counts the young generation beside the old space: compare with Node given the
    // flag itself (Node 24: 96 + 192 MiB), and with Node without it (GiBs on this machine).
    const limitOf = (flags: string[]): number =>
      Number(
        execFileSync(process.execPath, [
          ...flags,
          '-e',
          "console.log(require('v8').getHeapStatistics().heap_size_limit)",
        ]).toString(),
      );
    const seen = Number(result.stdout.trim().split('\n')[0]);
    expect(seen).toBe(limitOf(['--max-old-space-size=96']));
    expect(seen).toBeLessThan(limitOf([]));
    const profile = JSON.parse(readFileSync(out, 'utf8')) as { phases: { nodeHeapMb: unknown }[] };
    expect(profile.phases[0]?.nodeHeapMb).toBe(96);

    const bad = spawnSync(process.execPath, [CLI, 'run', '--node-heap-mb', '1.5', '--', 'true'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--node-heap-mb <MB>.*Expected a whole number of MiB/);
  });

  it('exits with the command status and records no arguments', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rp-run-')), 'profile.json');
    const secret = 'SECRET-TOKEN-123';
    const result = spawnSync(
      process.execPath,
      [
        CLI,
        'run',
        '--out',
        out,
        '--',
        process.execPath,
        '-e',
        `setTimeout(() => process.exit(3), 400) // ${secret}`,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, SOME_SECRET: secret },
      },
    );
    expect(result.status).toBe(3);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain(secret);
    expect(text).not.toContain('setTimeout');
  });

  it('plan --json prints a plan for this machine', () => {
    const plan = JSON.parse(
      execFileSync(process.execPath, [CLI, 'plan', '--json'], { encoding: 'utf8' }),
    ) as {
      plan: { workers: number; limitedBy: string };
      capacity: { cpus: number };
    };
    expect(plan.plan.workers).toBeGreaterThanOrEqual(1);
    expect(plan.plan.workers).toBeLessThanOrEqual(plan.capacity.cpus);
  });

  it('names the flag and the help in a clear error for bad flags', () => {
    const result = spawnSync(process.execPath, [CLI, 'plan', '--memory-fraction', '2'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^resource-planner: option '--memory-fraction <F>' argument "2" is invalid\. Expected .* \(see resource-planner plan --help\)\n$/,
    );
  });
});

describe('resource-planner plan --history DIR', () => {
  it('learns from profiles in a folder (gh run download layout)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-history-'));
    for (let runId = 1; runId <= 3; runId++) {
      mkdirSync(join(dir, `resource-planner-test-none-${runId}`));
      writeFileSync(
        join(dir, `resource-planner-test-none-${runId}`, 'run-profile.json'),
        serializeProfile(
          profile(
            [{ peakBytes: 900 * 1024 * 1024, workers: 4, perWorkerBytes: 200 * 1024 * 1024 }],
            { runId },
          ),
        ),
      );
    }
    writeFileSync(join(dir, 'broken.json'), '{"kind":"nope"}');
    const result = spawnSync(
      process.execPath,
      [CLI, 'plan', '--json', '--profile', 'test', '--history', dir],
      { encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(0);
    const { plan } = JSON.parse(result.stdout) as {
      plan: { estimate: { source: string; historyRuns: number; notes: string[] } };
    };
    expect(plan.estimate).toMatchObject({ source: 'history', historyRuns: 3 });
    expect(plan.estimate.notes.join(' ')).toMatch(/1 of 4 profiles skipped/);
  });

  it.skipIf(!onLinux)(
    "run --shard records the shard; plan --shard learns from that shard's runs only",
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'rp-history-'));
      const record = (shard: string, file: string) =>
        spawnSync(
          process.execPath,
          [
            CLI,
            'run',
            '--profile',
            'test',
            '--shard',
            shard,
            '--out',
            join(dir, file),
            '--',
            'true',
          ],
          { encoding: 'utf8' },
        );
      expect(record('2/3', 'a.json').status).toBe(0);
      expect(record('1/3', 'b.json').status).toBe(0);
      expect(parseProfile(readFileSync(join(dir, 'a.json'), 'utf8')).run.shard).toEqual({
        index: 2,
        total: 3,
      });
      const planned = spawnSync(
        process.execPath,
        [CLI, 'plan', '--json', '--profile', 'test', '--shard', '2/3', '--history', dir],
        { encoding: 'utf8' },
      );
      expect(planned.status, planned.stderr).toBe(0);
      const { plan } = JSON.parse(planned.stdout) as { plan: { estimate: { notes: string[] } } };
      expect(plan.estimate.notes.join(' ')).toMatch(
        /1 run\(s\) of another split left out \(shard 1\/3\)/,
      );
      // A shard that does not exist in a split is refused, naming the flag's input.
      const bad = record('4/3', 'c.json');
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(/--shard.*'4\/3' is invalid\. Expected INDEX\/TOTAL/);
    },
  );
});

describe('resource-planner compare and report', () => {
  it('prints the verdict, the summary and the comment, and fails on drift only when asked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-compare-'));
    mkdirSync(join(dir, 'baseline'));
    for (let runId = 1; runId <= 3; runId++) {
      writeFileSync(
        join(dir, 'baseline', `${runId}.json`),
        serializeProfile(profile([{ peakBytes: 1000 * 1024 * 1024 }], { runId })),
      );
    }
    const current = join(dir, 'current.json');
    writeFileSync(
      current,
      serializeProfile(profile([{ peakBytes: 1400 * 1024 * 1024 }], { runId: 9 })),
    );
    const compare = spawnSync(
      process.execPath,
      [CLI, 'compare', '--baseline', join(dir, 'baseline'), current],
      { encoding: 'utf8' },
    );
    expect(compare.status, compare.stderr).toBe(0);
    expect(compare.stdout).toMatch(/^verdict: drift/);
    expect(compare.stdout).toContain('<!-- resource-planner:v1 key=');
    const failing = spawnSync(
      process.execPath,
      [CLI, 'compare', '--fail-on-drift', '--baseline', join(dir, 'baseline'), current],
      { encoding: 'utf8' },
    );
    expect(failing.status).toBe(1);
    const report = spawnSync(process.execPath, [CLI, 'report', current], { encoding: 'utf8' });
    expect(report.status).toBe(0);
    expect(report.stdout).toMatch(/### resource-planner: peak \S+ \S+ of the \S+ \S+ limit/);
  });
});

describe('the built CLI: help, usage mistakes and commands that cannot start', () => {
  it.each(['plan', 'run', 'report', 'compare'])(
    '%s --help: that command’s help, exit 0',
    (name) => {
      const result = spawnSync(process.execPath, [CLI, name, '--help'], { encoding: 'utf8' });
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(new RegExp(`^Usage: resource-planner ${name} `));
      expect(result.stdout).toContain('-h, --help');
    },
  );

  it('run --interval 10ms names the minimum and the format, exit 2', () => {
    const result = spawnSync(process.execPath, [CLI, 'run', '--interval', '10ms', '--', 'true'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^resource-planner: .*'10ms' is invalid\. Expected a duration of at least 50ms, such as 250ms, 1s or 1m.*\n$/,
    );
  });

  it.skipIf(!onLinux)('run -- /no/such/cmd: one line, exit 127, no report', () => {
    const result = spawnSync(process.execPath, [CLI, 'run', '--', '/no/such/cmd'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(127);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('resource-planner: "/no/such/cmd": command not found\n');
  });
});

describe.skipIf(!onLinux)('Ctrl-C during run (a real SIGINT to the built CLI)', () => {
  it('passes SIGINT to the command, then still writes --out and prints the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-sigint-'));
    const out = join(dir, 'profile.json');
    const marker = join(dir, 'child-got-signal');
    // The command holds 64 MiB, says it is ready, and on SIGINT notes it and exits as a shell does.
    const script = [
      `const fs = require('node:fs');`,
      `process.on('SIGINT', () => { fs.writeFileSync(${JSON.stringify(marker)}, 'SIGINT'); process.exit(130); });`,
      `globalThis.held = Buffer.alloc(64 * 1024 * 1024, 1);`,
      `console.log('ready');`,
      `setInterval(() => {}, 1000);`,
    ].join('\n');
    // Its own process group, so the signal goes to the CLI alone (not to the group, as a
    // terminal's Ctrl-C does): the command gets it only if the CLI passes it on.
    const cli = spawn(
      process.execPath,
      [CLI, 'run', '--interval', '100ms', '--out', out, '--', process.execPath, '-e', script],
      { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    let stdout = '';
    let stderr = '';
    cli.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    cli.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) =>
      cli.once('exit', (code) => resolve(code)),
    );
    try {
      await vi.waitFor(() => expect(stdout).toContain('ready'), { timeout: 15_000, interval: 50 });
      // Let the sampler see the held memory at least once.
      await new Promise((resolve) => setTimeout(resolve, 400));
      process.kill(cli.pid as number, 'SIGINT');
      const code = await exited;
      expect(code, stderr).toBe(130);
    } finally {
      if (cli.exitCode === null) process.kill(-(cli.pid as number), 'SIGKILL');
    }
    expect(readFileSync(marker, 'utf8')).toBe('SIGINT');
    expect(stderr).toBe(
      'resource-planner: SIGINT passed on to the command; the report follows when it ends.\n',
    );
    expect(stdout).toMatch(/^resource-planner: peak .+ of the .+ limit \(\d+%\) in "/m);
    const recorded = parseProfile(readFileSync(out, 'utf8'));
    expect(recorded.run.exitCode).toBe(130);
    expect(recorded.phases[0]?.treeRss.peakBytes).toBeGreaterThan(64 * 1024 * 1024);
  }, 30_000);
});

describe('the built CLI and a reader that goes away', () => {
  it('`exec --help | head -1`: stops writing quietly when the pipe closes (no EPIPE crash), exit 0', async () => {
    // A shell pipeline whose reader has already gone (`| head -1` after its line): the pipe is
    // closed before the CLI writes, so its first write fails with EPIPE.
    const child = spawn(process.execPath, [CLI, 'exec', '--help'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });
});
