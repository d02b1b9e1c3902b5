import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { realCliDeps } from '../../src/cli/deps.js';
import { runCli } from '../../src/cli/main.js';
import { serializeProfile } from '../../src/profile/profile.js';
import { profile } from '../support/profiles.js';
import { makeSpecialFiles } from '../runner/special-files.js';

const onLinux = process.platform === 'linux';

/** Runs the CLI with the real commands and a recording terminal. */
async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const deps = realCliDeps();
  deps.io = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    env: {},
  };
  const code = await runCli(argv, deps);
  return { code, ...out };
}

describe.skipIf(!onLinux)('the CLI names bad files and folders in one line', () => {
  const files = makeSpecialFiles('rp-cli-');
  afterAll(() => rmSync(files.root, { recursive: true, force: true }));
  const good = join(files.root, 'good-profile.txt');
  writeFileSync(good, serializeProfile(profile([{ peakBytes: 2e9 }], { runId: 7 })));
  const baseline = join(files.root, 'baseline');
  mkdirSync(baseline);
  writeFileSync(
    join(baseline, '6.json'),
    serializeProfile(profile([{ peakBytes: 2e9 }], { runId: 6 })),
  );

  it('plan --history /nonexistent', async () => {
    const result = await cli('plan', '--history', '/nonexistent');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toBe('resource-planner: --history /nonexistent: no such folder\n');
    expect(result.stdout).toBe('');
  });

  it('plan --history with a file, not a folder', async () => {
    const result = await cli('plan', '--history', good);
    expect(result.stderr).toBe(
      `resource-planner: --history ${good}: a regular file, not a folder\n`,
    );
  });

  it('report with a missing file', async () => {
    const result = await cli('report', '/nonexistent.json');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toBe('resource-planner: /nonexistent.json: no such file\n');
  });

  it('report with a 1 GiB file refuses it from its size', async () => {
    const started = performance.now();
    const result = await cli('report', files.sparse);
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toBe(
      `resource-planner: ${files.sparse}: 1 GiB, more than the 4 MiB a run profile may have\n`,
    );
  });

  it('report with a FIFO does not read it, even with a writer', { timeout: 10_000 }, async () => {
    const writer = spawn('sh', ['-c', `printf '{}' > "$1"`, 'sh', files.fifo], { stdio: 'ignore' });
    try {
      const result = await cli('report', files.fifo);
      expect(result.stderr).toBe(
        `resource-planner: ${files.fifo}: a FIFO (named pipe), not a regular file\n`,
      );
    } finally {
      writer.kill('SIGKILL');
    }
  });

  it('report with a folder', async () => {
    const result = await cli('report', files.folder);
    expect(result.stderr).toBe(`resource-planner: ${files.folder}: a folder, not a regular file\n`);
  });

  it('report with a good profile still works', async () => {
    const result = await cli('report', good);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /resource-planner: (peak \S+ \S+ of the \S+ \S+ limit|no memory samples)/,
    );
  });

  it('compare with a missing baseline folder, or a bad profile', async () => {
    const missing = await cli('compare', '--baseline', '/nonexistent', good);
    expect(missing.stderr).toBe('resource-planner: --baseline /nonexistent: no such folder\n');
    const huge = await cli('compare', '--baseline', baseline, files.sparse);
    expect(huge.stderr).toBe(
      `resource-planner: ${files.sparse}: 1 GiB, more than the 4 MiB a run profile may have\n`,
    );
    const none = await cli('compare', '--baseline', baseline, '/nonexistent.json');
    expect(none.stderr).toBe('resource-planner: /nonexistent.json: no such file\n');
    const fine = await cli('compare', '--baseline', baseline, good);
    expect(fine.code).toBe(0);
    expect(fine.stdout).toMatch(/^verdict: /);
  });
});
