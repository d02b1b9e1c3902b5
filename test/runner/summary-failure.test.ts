/**
 * The step summary after a failed write. A file of its own: the toolkit's summary keeps the first
 * path it wrote to for the life of the process, and this test needs the first write to fail.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testStep } from '../harness/step-runner.js';

describe('a summary write that fails', () => {
  it('rejects, and its text is not written again with the next part', async () => {
    const summary = join(mkdtempSync(join(tmpdir(), 'rp-summary-failure-')), 'summary');
    const { runner } = testStep({ GITHUB_STEP_SUMMARY: summary });
    // The runner has not made the file: the toolkit refuses to write.
    await expect(runner.appendSummary('# Lost part')).rejects.toThrow(
      /Unable to access summary file/,
    );
    writeFileSync(summary, '');
    await runner.appendSummary('# Second part');
    expect(readFileSync(summary, 'utf8')).toBe('# Second part\n');
  });
});
