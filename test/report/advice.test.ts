/**
 * The advice's peak as people read it: the peak as history measured the workers' memory, and
 * where a count fits only if that memory shrinks with the runner's, a mark, the scaled figure
 * beside it and a note; and where a split's peak per shard comes from.
 */
import { describe, expect, it } from 'vitest';
import { adviseRunners, type AdviceRequest } from '../../src/advise/advise.js';
import { BUILTIN_CATALOG } from '../../src/advise/catalog.js';
import { formatAdviceText, renderAdviceSummary } from '../../src/report/advice.js';
import { smallAndBig } from '../support/catalog.js';
import { timedRuns } from '../support/profiles.js';
import { DEFAULT_SETTINGS } from '../support/settings.js';

/** 1, 2 and 4 workers of 500 MiB each on a 4-CPU, 16 GiB runner (docs/algorithm.md §6). */
const history = timedRuns([1, 2, 4]).map((profile) => ({ profile, url: null, failed: false }));

function advice(overrides: Partial<AdviceRequest>) {
  return adviseRunners({
    profiles: history,
    phase: 'test',
    catalog: smallAndBig,
    targetMs: null,
    visibility: 'private',
    settings: DEFAULT_SETTINGS,
    nowMs: Date.parse('2026-11-21T10:00:00.000Z'),
    minSpeedupGain: 0.05,
    elasticMemory: true,
    shard: null,
    ...overrides,
  });
}

describe('the peak shown', () => {
  it('summary: the measured peak, marked, with the scaled one beside it where the count relies on it', () => {
    const markdown = renderAdviceSummary(advice({}));
    // small: 2 workers, 100 MiB + 2 × 766 MiB as measured, 764 MiB if the heaps shrink.
    expect(markdown).toMatch(
      /\| small \| 4 \| 2 \| .* \| ⚠ 1\.4 GiB of 1\.5 GiB \(764 MiB if elastic\) \|/,
    );
    // big: scaled too, but its count fits either way: the measured peak alone.
    expect(markdown).toMatch(/\| 👉 big \| 4 \| 4 \| .* \| 2\.7 GiB of 8 GiB \|/);
    expect(markdown).toMatch(/^⚠ The count fits there only if the workers' memory shrinks/m);
    expect(markdown).toMatch(/Set elastic\\-memory&#58; off if they hold it\.$/m);
  });

  it('terminal: the same, with ! for the mark', () => {
    const text = formatAdviceText(advice({}));
    expect(text).toMatch(/^ {2}small .* ! 1\.4 GiB \(764 MiB if elastic\) /m);
    expect(text).toMatch(/^! The count fits there only if the workers' memory shrinks/m);
  });

  it('with elastic-memory off: no mark and no note', () => {
    const off = advice({ elasticMemory: false });
    expect(renderAdviceSummary(off)).not.toMatch(/if elastic|⚠ The count/);
    expect(formatAdviceText(off)).not.toMatch(/if elastic|^! /m);
  });
});

describe('the shards line', () => {
  it('says where the peak per shard comes from', () => {
    const split = advice({ catalog: BUILTIN_CATALOG, targetMs: 170_000, elasticMemory: false });
    expect(split.shards?.count).toBe(2);
    // Escaped like any text of the summary (: as &#58;, parentheses with \\).
    expect(renderAdviceSummary(split)).toMatch(
      /^Shards: 2 shards on .* Matrix: `\{"shard":\[1,2\]\}`, \$0\.132 a run in all\. Peak per shard&#58; the whole phase's 2\.9 GiB, not assumed to shrink \\\(no earlier run recorded as a shard of 2\\\)\.$/m,
    );
  });
});
