import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
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
