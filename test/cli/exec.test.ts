import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OOM_RETRIES,
  execCommand,
  markOomKills,
  parseRetries,
} from '../../src/cli/exec.js';
import { runCli } from '../../src/cli/main.js';
import type { OomVerdict } from '../../src/plan/exec.js';
import { profile } from '../support/profiles.js';

describe('exec on the command line', () => {
  /** Runs `exec` through the dispatcher with a probe that must not be reached for a usage mistake. */
  async function execCli(args: string[]): Promise<{ code: number; stderr: string }> {
    let stderr = '';
    const planDeps = {
      probe: () => Promise.reject(new Error('a usage mistake must not probe')),
      learnFromDirectory: () => Promise.reject(new Error('no history here')),
    };
    const code = await runCli(['exec', ...args], {
      io: { stdout: () => undefined, stderr: (text) => void (stderr += text), env: {} },
      commands: [execCommand(planDeps)],
      version: '0.0.0',
    });
    return { code, stderr };
  }

  it('retries once by default, 0 to 10 times with --retry-on-oom', () => {
    expect(DEFAULT_OOM_RETRIES).toBe(1);
    expect(parseRetries('0')).toBe(0);
    expect(parseRetries('10')).toBe(10);
    for (const bad of ['x', '-1', '11', '1.5', ''])
      expect(() => parseRetries(bad), bad).toThrow(/0 to 10/);
  });

  it.each([
    [['--workers', '2'], /missing required argument 'CMD/],
    [['--retry-on-oom', 'x', '--', 'make'], /--retry-on-oom <N>.*0 to 10/],
    [['--retry-on-oom', '11', '--', 'make'], /0 to 10/],
    [['--interval', '10ms', '--', 'make'], /at least 50ms/],
    [['--bogus', '--', 'make'], /unknown option '--bogus'/],
    [['--json', '--', 'make'], /unknown option '--json'/],
    [['--halt', 'now,fail=1', '--', 'make'], /--halt applies to --tasks and --each/],
    [['--halt', 'always', '--tasks', 'list'], /never, soon,fail=N or now,fail=N/],
    [
      ['--tasks', 'list', '--each', 'a', '--', 'make'],
      /--tasks and --each cannot be used together/,
    ],
    [['--tasks', 'list', '--', 'make'], /--tasks FILE takes no command/],
  ])('answers %j with one line and exit 2, before planning', async (args, message) => {
    const result = await execCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/\(see resource-planner exec --help\)\n$/);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('exec --each on the command line', () => {
  it('refuses an unknown placeholder in the command before planning, naming it', async () => {
    let stderr = '';
    const code = await runCli(['exec', '--each', 'a', '--', 'make', '{target}'], {
      io: { stdout: () => undefined, stderr: (text) => void (stderr += text), env: {} },
      commands: [
        execCommand({
          probe: () => Promise.reject(new Error('a bad task list must not probe')),
          learnFromDirectory: () => Promise.reject(new Error('no history here')),
        }),
      ],
      version: '0.0.0',
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^resource-planner: .*only the placeholder \{\} \(found \{target\}\)/);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('markOomKills', () => {
  const verdict = (evidence: OomVerdict['evidence'], kills: number): { verdict: OomVerdict } => ({
    verdict: { outOfMemory: evidence !== null, kills, evidence, peakBytes: null, why: '' },
  });
  const twoAttempts = () =>
    profile([
      { name: 'pool', peakBytes: 1e9, workers: 5 },
      { name: 'pool', peakBytes: 5e8, workers: 2 },
    ]);

  it('marks an attempt killed by SIGKILL near the limit in its phase and as an event', () => {
    const marked = markOomKills(twoAttempts(), [
      verdict('sigkill-near-limit', 1),
      verdict(null, 0),
    ]);
    expect(marked.phases.map((phase) => phase.oomKills)).toEqual([1, 0]);
    expect(marked.events).toEqual([
      {
        tMs: 60_000,
        kind: 'oom-kill',
        phase: 'pool',
        detail: 'SIGKILL near the memory limit',
        value: 1,
      },
    ]);
  });

  it('leaves phases the counter already marked, and clean ones, as they are', () => {
    const given = twoAttempts();
    given.phases[0]!.oomKills = 2;
    const marked = markOomKills(given, [verdict('oom-kill-counter', 2), verdict(null, 0)]);
    expect(marked.phases).toEqual(given.phases);
    expect(marked.events).toEqual([]);
  });
});
