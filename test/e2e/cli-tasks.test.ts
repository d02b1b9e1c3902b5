import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/profile/profile.js';

const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname;
const onLinux = process.platform === 'linux';
const NODE = process.execPath;

const cli = (args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}) =>
  spawnSync(NODE, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, RESOURCE_PLANNER_WORKERS: '', ...options.env },
    input: options.input ?? '',
    timeout: 30_000,
  });
const exec = (args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}) =>
  cli(['exec', ...args], options);
const folder = () => mkdtempSync(join(tmpdir(), 'rp-tasks-cli-'));

describe.skipIf(!onLinux)('exec --tasks and --each (built CLI)', () => {
  it('--each runs one task per value with {} replaced, and records each task without its arguments', () => {
    const out = join(folder(), 'profile.json');
    const result = exec([
      '--out',
      out,
      '--each',
      'alpha',
      'beta gamma',
      '--',
      NODE,
      '-e',
      'console.log("value=" + process.argv[1])',
      '{}',
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('value=alpha\n');
    expect(result.stdout).toContain('value=beta gamma\n');
    expect(result.stdout).toMatch(/Tasks: 2 of 2 task\(s\) finished ok/);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain('alpha');
    expect(text).not.toContain('value=');
    const profile = parseProfile(text);
    expect(profile.tasks?.map((task) => [task.status, task.exitStatus, task.runs])).toEqual([
      ['ok', 0, 1],
      ['ok', 0, 1],
    ]);
    expect(profile.tasks?.[0]?.name).toMatch(/^node#[0-9a-f]{12}$/);
  });

  it('--tasks - reads the list from stdin; a task that cannot start is 127 and the others go on', () => {
    const list = [
      `${NODE} -e "process.exit(0)"`,
      '# a comment',
      'no-such-command-rp-test --flag',
      `${NODE} -e 'process.exit(3)'`,
      `${NODE} -e "require('fs').writeSync(1, 'ran\\n')"`,
    ].join('\n');
    const result = exec(['--tasks', '-'], { input: list });
    // Two failed (127 and 3): GNU parallel's exit status is the count of failed tasks.
    expect(result.status, result.stderr).toBe(2);
    expect(result.stdout).toContain('ran\n');
    expect(result.stderr).toMatch(/"no-such-command-rp-test": command not found/);
    expect(result.stdout).toMatch(
      /^ +2 +no-such-command-rp-test#[0-9a-f]{12} +could not start +127 /m,
    );
    expect(result.stdout).toMatch(/^ +3 +node#[0-9a-f]{12} +failed +3 /m);
    expect(result.stdout).toMatch(
      /Tasks: 2 of 4 task\(s\) finished ok, 1 failed, 1 could not start/,
    );
  });

  it('--halt now,fail=1 stops the running tasks; the report still lists every task', () => {
    const started = Date.now();
    const result = exec(['--workers', '2', '--halt', 'now,fail=1', '--markdown', '--tasks', '-'], {
      input: [
        `${NODE} -e "setTimeout(() => {}, 20000)"`,
        `${NODE} -e "setTimeout(() => process.exit(5), 300)"`,
        `${NODE} -e "0"`,
      ].join('\n'),
    });
    expect(result.status, result.stderr).toBe(5);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.stderr).toMatch(/--halt now: stopping the 1 running task/);
    expect(result.stdout).toMatch(
      /\*\*Tasks\*\*: 0 of 3 task\(s\) finished ok, 1 failed, 1 stopped, 1 not run/,
    );
    expect(result.stdout).toMatch(/\| 1 \| `node#\u200d?[0-9a-f]{12}` \| stopped \| 143 \|/);
    expect(result.stdout).toMatch(/task 2 failed \\?\(exit status 5\\?\) and stopped the run/);
  });

  it.each([
    [['--each', 'a', '--', 'echo', '{workers}'], /only the placeholder \{\} \(found \{workers\}\)/],
    [['--tasks', '-'], /'--tasks -'.*at least one task/],
    [['--tasks', 'LIST', '--', 'echo'], /--tasks FILE takes no command/],
    [['--tasks', 'LIST', '--each', 'a', '--', 'echo'], /cannot be used together/],
    [['--halt', 'now,fail=1', '--', 'echo'], /--halt applies to --tasks and --each/],
    [['--halt', 'sometimes', '--tasks', 'LIST'], /never, soon,fail=N or now,fail=N/],
    [['--tasks', 'SHELL'], /line 2.*sh -c/],
    [['--tasks', 'MISSING'], /no such file/i],
  ])('refuses %j with one line and exit 2, running nothing', (args, message) => {
    const dir = folder();
    writeFileSync(join(dir, 'list'), 'echo ran-a\n');
    writeFileSync(join(dir, 'shell'), 'echo ran-a\nmake a && make b\n');
    const resolved = args.map((arg) =>
      arg === 'LIST'
        ? join(dir, 'list')
        : arg === 'SHELL'
          ? join(dir, 'shell')
          : arg === 'MISSING'
            ? join(dir, 'missing')
            : arg,
    );
    const result = exec(resolved, { input: '\n# nothing\n' });
    expect(result.status, result.stderr).toBe(result.stderr.includes('no such file') ? 1 : 2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stdout).not.toContain('ran-a');
  });

  it('Ctrl-C stops every running task and still prints the report', async () => {
    const child = spawn(
      NODE,
      [
        CLI,
        'exec',
        '--workers',
        '2',
        '--interval',
        '100ms',
        '--each',
        '1',
        '2',
        '3',
        '--',
        NODE,
        '-e',
        'setTimeout(() => {}, 30000)',
        '{}',
      ],
      { env: { ...process.env, RESOURCE_PLANNER_WORKERS: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const started = Date.now();
    child.kill('SIGINT');
    const status = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(status, stderr).toBe(130);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(stderr).toMatch(/SIGINT: stopping the 2 running task\(s\); the report follows/);
    expect(stdout).toMatch(/Tasks: 0 of 3 task\(s\) finished ok, 2 stopped, 1 not run/);
    expect(stdout).toMatch(/SIGINT stopped the run/);
  }, 20_000);

  it('tasks without history planned past the limit: one note for all of them, not one each', () => {
    const result = exec(
      ['--fallback-memory-per-worker', '1T', '--each', 'a', 'b', 'c', '--', NODE, '-e', '0', '{}'],
      {},
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /3 task\(s\) without history \(1, 2, 3\) were planned at 1024 GiB, more than the/,
    );
    expect(result.stdout).not.toMatch(/Task 1 \(node#/);
    // The plan's count (one worker, which does not fit) is not the task list's: no warning of it.
    expect(result.stderr).not.toMatch(/Not even one worker fits/);
    expect(result.stderr).toMatch(/3 task\(s\), up to \d+ at once as memory allows/);
  });

  it('gives each task its share; plan inside the task plans within it', () => {
    const result = exec([
      '--workers',
      '1',
      '--each',
      'default',
      '--',
      NODE,
      CLI,
      'plan',
      '--json',
      '--profile',
      '{}',
    ]);
    expect(result.status, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout.slice(0, result.stdout.indexOf('\n}\n') + 2)) as {
      capacity: { memoryLimitBytes: number; cpus: number; warnings: string[] };
    };
    expect(json.capacity.warnings.join(' ')).toMatch(/RESOURCE_PLANNER_BUDGET/);
    expect(json.capacity.cpus).toBeGreaterThanOrEqual(1);
  });

  it('plan refuses a bad RESOURCE_PLANNER_BUDGET or RESOURCE_PLANNER_CPUS, naming it', () => {
    const budget = cli(['plan'], { env: { RESOURCE_PLANNER_BUDGET: 'lots' } });
    expect(budget.status).toBe(2);
    expect(budget.stderr).toMatch(/RESOURCE_PLANNER_BUDGET.*"lots"/);
    const cpus = cli(['plan'], { env: { RESOURCE_PLANNER_CPUS: '-1' } });
    expect(cpus.status).toBe(2);
    expect(cpus.stderr).toMatch(/RESOURCE_PLANNER_CPUS/);
    const fine = cli(['plan', '--json'], {
      env: { RESOURCE_PLANNER_BUDGET: '256M', RESOURCE_PLANNER_CPUS: '1' },
    });
    expect(fine.status, fine.stderr).toBe(0);
    const { capacity } = JSON.parse(fine.stdout) as {
      capacity: { memoryLimitBytes: number; cpus: number };
    };
    expect(capacity.memoryLimitBytes).toBe(256 * 1024 * 1024);
    expect(capacity.cpus).toBe(1);
  });
});
