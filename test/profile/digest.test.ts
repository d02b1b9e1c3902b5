/** The history digest: built from a run and its history, parsed as untrusted, cut to the rules. */
import { describe, expect, it } from 'vitest';
import {
  buildDigest,
  compactProfile,
  MAX_DIGEST_ENTRIES,
  parseDigest,
  serializeDigest,
  trustedEntries,
} from '../../src/profile/digest.js';
import { MiB } from '../../src/shared/units.js';
import { profile } from '../support/profiles.js';

const at = (hours: number) =>
  new Date(Date.parse('2026-11-20T00:00:00Z') + hours * 3_600_000).toISOString();
const run = (runId: number, hours = runId) =>
  profile([{ peakBytes: (500 + runId) * MiB }], { runId, startedAt: at(hours) });

describe('buildDigest', () => {
  it('puts this run first, then earlier runs newest first, one per run id, capped', () => {
    const own = run(10);
    const history = [run(3), run(7), run(5), run(7), run(1)];
    const digest = buildDigest(own, history, 4);
    expect(digest.entries.map((entry) => entry.run.runId)).toEqual([10, 7, 5, 3]);
    expect(
      digest.entries.every((entry) => entry.timeline.tMs.length === 0 && entry.events.length === 0),
    ).toBe(true);
  });

  it('keeps the later attempt of a run', () => {
    const first = run(4);
    const retried = { ...run(4), run: { ...run(4).run, runAttempt: 2 } };
    const digest = buildDigest(run(9), [retried, first], 10);
    expect(digest.entries[1]?.run.runAttempt).toBe(2);
  });

  it('never holds more than its maximum, whatever history-runs says', () => {
    const history = Array.from({ length: 150 }, (_, index) => run(index + 1));
    expect(buildDigest(run(500), history, 1000).entries).toHaveLength(MAX_DIGEST_ENTRIES);
  });
});

describe('parseDigest', () => {
  it('round-trips, every entry a valid profile without timeline', () => {
    const digest = buildDigest(run(10), [run(3), run(5)], 20);
    const parsed = parseDigest(serializeDigest(digest));
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries).toEqual(digest.entries);
    expect(parsed.entries[0]).toEqual(compactProfile(run(10)));
  });

  it('drops a malformed entry and keeps the rest, saying which', () => {
    const digest = JSON.parse(serializeDigest(buildDigest(run(10), [run(3)], 20))) as {
      entries: unknown[];
    };
    digest.entries.push({ kind: 'resource-planner/run-profile', version: 2, phases: 'x' });
    digest.entries.push('::error::PWN');
    const parsed = parseDigest(JSON.stringify(digest));
    expect(parsed.entries.map((entry) => entry.run.runId)).toEqual([10, 3]);
    expect(parsed.problems).toHaveLength(2);
    expect(parsed.problems[0]).toMatch(/^entry 3: /);
  });

  it.each([
    ['oversize', 'x'.repeat(5 * MiB), /larger than/],
    ['not JSON', '{', /not JSON/],
    [
      'another kind',
      '{"kind":"x","version":1,"entries":[]}',
      /not a resource-planner history digest/,
    ],
    [
      'a newer version',
      '{"kind":"resource-planner/history-digest","version":2,"entries":[]}',
      /unsupported/,
    ],
    ['no entries', '{"kind":"resource-planner/history-digest","version":1}', /no entries/],
  ])('refuses a digest that is %s', (_name, text, message) => {
    expect(() => parseDigest(text)).toThrow(message);
  });

  it('reads at most the maximum number of entries', () => {
    const one = compactProfile(run(1));
    const text = JSON.stringify({
      kind: 'resource-planner/history-digest',
      version: 1,
      entries: Array.from({ length: MAX_DIGEST_ENTRIES + 5 }, () => one),
    });
    const parsed = parseDigest(text);
    expect(parsed.entries).toHaveLength(MAX_DIGEST_ENTRIES);
    expect(parsed.problems[0]).toMatch(/5 entries past the first 100 ignored/);
  });
});

describe('trustedEntries', () => {
  const rules = { repositoryId: 4242, trustedRunIds: new Set([1, 2, 3]) };

  it('keeps only runs that would themselves count as history', () => {
    const otherRepository = { ...run(2), run: { ...run(2).run, repositoryId: 9 } };
    const fork = { ...run(3), run: { ...run(3).run, headRepositoryId: 77 } };
    const untrusted = run(4);
    const noId = { ...run(5), run: { ...run(5).run, runId: null } };
    const { kept, dropped } = trustedEntries(
      [run(1), otherRepository, fork, untrusted, noId, run(1)],
      rules,
    );
    expect(kept.map((entry) => entry.run.runId)).toEqual([1]);
    expect(dropped).toEqual([
      'run 2: another repository',
      'run 3: from a fork',
      'run 4: not a successful run of this workflow on the baseline branch',
      'an entry without a run id',
      'run 1: listed twice',
    ]);
  });
});
