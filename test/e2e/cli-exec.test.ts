import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/profile/profile.js';

const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname;
const onLinux = process.platform === 'linux';

const exec = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [CLI, 'exec', ...args], {
    encoding: 'utf8',
    env: { ...process.env, RESOURCE_PLANNER_WORKERS: '', ...env },
    timeout: 30_000,
  });

describe.skipIf(!onLinux)('resource-planner exec (built CLI, no memory limit)', () => {
  it('fills {workers} and {node-heap-mb} into separate arguments, never through a shell', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rp-exec-')), 'profile.json');
    const result = exec([
      '--workers',
      '3',
      '--profile',
      'unit',
      '--out',
      out,
      '--',
      process.execPath,
      '-e',
      'console.log(JSON.stringify(process.argv.slice(1)))',
      '--',
      '-w={workers}',
      '--max-old-space-size={node-heap-mb}',
      '$HOME; echo hi',
    ]);
    expect(result.status, result.stderr).toBe(0);
    const argv = JSON.parse(result.stdout.split('\n')[0] as string) as string[];
    expect(argv[0]).toBe('-w=3');
    expect(argv[1]).toMatch(/^--max-old-space-size=\d+$/);
    expect(argv[2]).toBe('$HOME; echo hi');
    expect(result.stderr).toMatch(/^resource-planner exec: 3 worker\(s\), limited by override\./m);
    const profile = parseProfile(readFileSync(out, 'utf8'));
    expect(profile.phases.map((phase) => [phase.name, phase.workersRecommended])).toEqual([
      ['unit', 3],
    ]);
    expect(profile.run.exitCode).toBe(0);
    // The profile never holds the arguments.
    expect(readFileSync(out, 'utf8')).not.toContain('echo hi');
  });

  it('exits with the command status and does not run again when it was no OOM kill', () => {
    const result = exec(['--', process.execPath, '-e', 'process.exit(3)']);
    expect(result.status).toBe(3);
    expect(result.stderr).not.toMatch(/attempt 2/);
    expect(result.stdout).toMatch(/^resource-planner: peak .+ of the .+ limit \(\d+%\) in "/m);
    expect(result.stdout).not.toContain('###');
    const markdown = exec(['--markdown', '--', process.execPath, '-e', 'process.exit(3)']);
    expect(markdown.status).toBe(3);
    expect(markdown.stdout).toMatch(
      /^### resource-planner: peak .+ of the .+ limit \(\d+%\) in \*\*/m,
    );
  });

  it('refuses an unknown placeholder in one line, before running anything', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-exec-'));
    const marker = join(dir, 'ran');
    const result = exec([
      '--',
      process.execPath,
      '-e',
      `require('fs').writeFileSync(${JSON.stringify(marker)}, '')`,
      '{jobs}',
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/\{workers\} and \{node-heap-mb\} \(found \{jobs\}\)/);
    expect(() => readFileSync(marker)).toThrow();
  });

  it('answers a command line without a command with one line naming its help', () => {
    const result = exec(['--workers', '2']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      "resource-planner: missing required argument 'CMD' (see resource-planner exec --help)\n",
    );
    const help = spawnSync(process.execPath, [CLI, 'exec', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: resource-planner exec \[options\] -- CMD \[ARGS\.\.\.\]/);
    expect(help.stdout).toContain('--retry-on-oom <N>');
  });
});

/**
 * A pool of Node workers whose heap share shrinks as they grow in number, as node-heap-mb does: at
 * 2 or more each gets a 48 MiB cap and needs ~90 MiB of heap; alone it gets 256 MiB. Each worker
 * lives ~1 s so the sampler sees it.
 */
const HEAP_POOL = `
const { fork } = require('node:child_process');
if (process.argv[2] === 'worker') {
  const keep = [];
  const grow = setInterval(() => {
    keep.push(new Array(1.5e6).fill(1.5));
    if (keep.length >= 8) { clearInterval(grow); setTimeout(() => process.exit(0), 300); }
  }, 100);
} else {
  const workers = Number(process.argv[2]);
  const cap = workers >= 2 ? 48 : 256;
  let failed = 0;
  let ended = 0;
  for (let i = 0; i < workers; i++) {
    const child = fork(__filename, ['worker'], { execArgv: ['--max-old-space-size=' + cap], stdio: 'ignore' });
    child.on('exit', (code) => {
      if (code !== 0) failed++;
      if (++ended === workers) process.exit(failed > 0 ? 1 : 0);
    });
  }
}
`;

describe.skipIf(!onLinux)('exec after Node workers stop at the V8 heap limit (built CLI)', () => {
  it('reruns at fewer workers, records both attempts, and the next plan stays below the count', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-exec-heap-'));
    const pool = join(dir, 'pool.cjs');
    writeFileSync(pool, HEAP_POOL);
    const history = join(dir, 'history');
    mkdirSync(history);
    const out = join(history, 'run1.json');
    const result = exec([
      '--workers',
      '2',
      '--profile',
      'test',
      '--interval',
      '50ms',
      '--out',
      out,
      '--',
      process.execPath,
      pool,
      '{workers}',
    ]);
    expect(result.stderr).toMatch(
      /attempt 1 at 2 worker\(s\) ran out of heap \(2 Node process\(es\) stopped at the V8 heap limit/,
    );
    expect(result.stderr).toMatch(/running it again at 1/);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/⛔|out of heap/);
    const profile = parseProfile(readFileSync(out, 'utf8'));
    expect(profile.phases.map((phase) => [phase.name, phase.heapLimitKills])).toEqual([
      ['test', 2],
      ['test', 0],
    ]);
    expect(profile.events.filter((event) => event.kind === 'heap-limit')).toHaveLength(2);

    const plan = spawnSync(
      process.execPath,
      [CLI, 'plan', '--history', history, '--profile', 'test', '--json'],
      { encoding: 'utf8', env: { ...process.env, RESOURCE_PLANNER_WORKERS: '' }, timeout: 30_000 },
    );
    expect(plan.status, plan.stderr).toBe(0);
    const next = (
      JSON.parse(plan.stdout) as {
        plan: {
          workers: number;
          ladder: { proven: number | null; unsafe: number | null; unsafeCause: string | null };
          ladderLine: string;
        };
      }
    ).plan;
    expect(next.ladder).toMatchObject({ proven: 1, unsafe: 2, unsafeCause: 'heap-limit' });
    expect(next.workers).toBe(1);
    expect(next.ladderLine).toContain(
      'stopped at the V8 heap limit at 2 · memory allows 1: below the count that ran out of heap',
    );
  });
});

describe.skipIf(!onLinux)('exec --cap-node-heap (built CLI)', () => {
  it("puts the plan's heap cap in the command's NODE_OPTIONS, after the one given", () => {
    const result = exec(
      [
        '--workers',
        '2',
        '--cap-node-heap',
        '--no-heap-reports',
        '--',
        process.execPath,
        '-e',
        'console.log(JSON.stringify([process.env.NODE_OPTIONS, require("v8").getHeapStatistics().heap_size_limit]))',
      ],
      { NODE_OPTIONS: '--max-old-space-size=4000' },
    );
    expect(result.status, result.stderr).toBe(0);
    const [nodeOptions, heapLimit] = JSON.parse(result.stdout.split('\n')[0] as string) as [
      string,
      number,
    ];
    const cap = Number(/--max-old-space-size=(\d+)$/.exec(nodeOptions)?.[1]);
    expect(nodeOptions.startsWith('--max-old-space-size=4000 ')).toBe(true);
    expect(cap).toBeGreaterThan(0);
    expect(cap).not.toBe(4000);
    // V8 took the last one: its heap limit is the cap plus the young generation (a few semi-spaces
    // of at most 64 MiB on 64-bit V8), not the 4000 given first.
    expect(heapLimit / 1024 ** 2).toBeGreaterThanOrEqual(cap);
    expect(heapLimit / 1024 ** 2).toBeLessThan(cap + 256);
  });
});

describe.skipIf(!onLinux)('exec in a GitHub Actions step (built CLI)', () => {
  it("adds its report to the job summary, with a task list's chart of tasks running", () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-exec-summary-'));
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const result = exec(
      [
        '--interval',
        '50ms',
        '--each',
        '300',
        '600',
        '--',
        process.execPath,
        '-e',
        'setTimeout(() => {}, Number(process.argv[1]))',
        '{}',
      ],
      { GITHUB_STEP_SUMMARY: summary },
    );
    expect(result.status, result.stderr).toBe(0);
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown).toMatch(/^### resource-planner: peak /m);
    expect(markdown).toContain('2 of 2 task(s) finished ok');
    expect(markdown).toContain('title "Tasks running"');
    // The terminal report still went to stdout.
    expect(result.stdout).toMatch(/^resource-planner: peak /m);

    writeFileSync(summary, '');
    const quiet = exec(['--no-step-summary', '--', process.execPath, '-e', '0'], {
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(quiet.status, quiet.stderr).toBe(0);
    expect(readFileSync(summary, 'utf8')).toBe('');
  });
});

describe.skipIf(!onLinux)(
  'exec --each counts tasks stopped at the V8 heap limit (built CLI)',
  () => {
    it('records the death in the task list phase, named by the process', () => {
      const dir = mkdtempSync(join(tmpdir(), 'rp-exec-each-heap-'));
      const script = join(dir, 'hog.cjs');
      writeFileSync(
        script,
        "if (process.argv[2] === 'hog') { const a = []; for (;;) a.push(new Array(1e5).fill(1)); }\n",
      );
      const out = join(dir, 'profile.json');
      const result = exec([
        '--interval',
        '50ms',
        '--out',
        out,
        '--each',
        'hog',
        'ok',
        '--',
        process.execPath,
        '--max-old-space-size=24',
        script,
        '{}',
      ]);
      // GNU parallel's rule: the exit status is the number of failed tasks.
      expect(result.status, result.stderr).toBe(1);
      const profile = parseProfile(readFileSync(out, 'utf8'));
      expect(profile.phases.map((phase) => phase.heapLimitKills)).toEqual([1]);
      expect(
        profile.events.filter((event) => event.kind === 'heap-limit').map((event) => event.detail),
      ).toEqual(['node']);
      expect(profile.tasks?.map((task) => task.status)).toEqual(['failed', 'ok']);
    });
  },
);
