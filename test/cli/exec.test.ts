import { describe, expect, it } from 'vitest';
import { DEFAULT_OOM_RETRIES, markOomKills, parseExecArgs } from '../../src/cli/exec.js';
import type { OomVerdict } from '../../src/plan/exec.js';
import { profile } from '../support/profiles.js';

describe('parseExecArgs', () => {
  it('splits the plan options, its own and the command at the first --', () => {
    const parsed = parseExecArgs([
      '--profile',
      'unit',
      '--history',
      'dir',
      '--max-workers',
      '6',
      '--out',
      'p.json',
      '--interval',
      '100ms',
      '--retry-on-oom',
      '2',
      '--',
      'jest',
      '--',
      '-w',
      '{workers}',
    ]);
    expect(parsed).toEqual({
      planFlags: { profile: 'unit', history: 'dir', 'max-workers': '6' },
      out: 'p.json',
      intervalMs: 100,
      oomRetries: 2,
      command: ['jest', '--', '-w', '{workers}'],
    });
  });

  it('retries once by default; --no-retry means none', () => {
    expect(parseExecArgs(['--', 'make'])?.oomRetries).toBe(DEFAULT_OOM_RETRIES);
    expect(DEFAULT_OOM_RETRIES).toBe(1);
    expect(parseExecArgs(['--no-retry', '--', 'make'])?.oomRetries).toBe(0);
    expect(parseExecArgs(['--no-retry', '--retry-on-oom', '3', '--', 'make'])?.oomRetries).toBe(0);
  });

  it.each([
    [['make']],
    [['--']],
    [['--retry-on-oom', 'x', '--', 'make']],
    [['--retry-on-oom=-1', '--', 'make']],
    [['--retry-on-oom', '11', '--', 'make']],
    [['--interval', '10ms', '--', 'make']],
  ])('answers %j with the usage (null)', (args) => {
    expect(parseExecArgs(args)).toBeNull();
  });

  it('refuses an unknown option and plan-only --json', () => {
    expect(() => parseExecArgs(['--bogus', '--', 'make'])).toThrow(/bogus/);
    expect(() => parseExecArgs(['--json', '--', 'make'])).toThrow(/json/);
  });
});

describe('markOomKills', () => {
  const verdict = (evidence: OomVerdict['evidence'], kills: number): { verdict: OomVerdict } => ({
    verdict: { oomKilled: evidence !== null, kills, evidence, peakBytes: null, why: '' },
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
