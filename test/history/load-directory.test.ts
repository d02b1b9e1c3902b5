import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadHistoryFromDirectory } from '../../src/history/load.js';
import { serializeProfile } from '../../src/profile/profile.js';
import { profile } from '../support/profiles.js';
import { makeSpecialFiles } from '../runner/special-files.js';

const onLinux = process.platform === 'linux';

describe.skipIf(!onLinux)('loadHistoryFromDirectory with what a folder may hold', () => {
  const files = makeSpecialFiles('rp-history-');
  afterAll(() => rmSync(files.root, { recursive: true, force: true }));

  it(
    'reads the regular profiles and skips FIFOs, devices, links and huge files with a note, at once',
    { timeout: 10_000 },
    () => {
      writeFileSync(
        join(files.root, '1.json'),
        serializeProfile(profile([{ peakBytes: 1e9 }], { runId: 1 })),
      );
      const artifact = join(files.root, 'resource-planner-test-none-2');
      mkdirSync(artifact);
      writeFileSync(
        join(artifact, 'run-profile.json'),
        serializeProfile(profile([{ peakBytes: 2e9 }], { runId: 2 })),
      );
      execFileSync('mkfifo', [join(artifact, 'inner-pipe.json')]);
      symlinkSync('/dev/zero', join(artifact, 'inner-zero.json'));

      const started = performance.now();
      const history = loadHistoryFromDirectory(files.root);
      expect(performance.now() - started).toBeLessThan(1000);

      expect(history.profiles.map((entry) => entry.runId).sort()).toEqual([1, 2]);
      const reasons = history.skipped.map((skip) => skip.reason).sort();
      expect(reasons).toEqual(
        [
          `${join(artifact, 'inner-pipe.json')}: a FIFO (named pipe), not a regular file`,
          `${join(artifact, 'inner-zero.json')}: a symbolic link, not a regular file`,
          `${files.fifo}: a FIFO (named pipe), not a regular file`,
          `${files.sparse}: 1 GiB, more than the 4 MiB a run profile may have`,
          `${files.linkToDevZero}: a symbolic link, not a regular file`,
        ].sort(),
      );
      expect(history.notes.join('\n')).toMatch(/^5 of 7 profiles skipped: /m);
    },
  );

  it('names a missing folder, or a path that is not a folder, in one line', () => {
    expect(() => loadHistoryFromDirectory('/nonexistent')).toThrow(
      /^\/nonexistent: no such folder$/,
    );
    expect(() => loadHistoryFromDirectory(files.fifo)).toThrow(
      `${files.fifo}: a FIFO (named pipe), not a folder`,
    );
  });
});
