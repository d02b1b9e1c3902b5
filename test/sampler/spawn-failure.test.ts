import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSampler } from '../../src/sampler/spawn.js';

describe('a sampler that cannot be started', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('throws once, and leaves no error event that would end the step with exit status 1', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'rp-spawn-failure-'));
    folders.push(directory);
    const uncaught: unknown[] = [];
    const record = (error: unknown): void => void uncaught.push(error);
    process.on('uncaughtException', record);
    try {
      // Node reports ENOENT (as EAGAIN under a pids limit, EMFILE, EACCES) on the next tick.
      expect(() =>
        spawnSampler({
          script: join(directory, 'sampler.js'),
          rootPid: process.pid,
          intervalMs: 250,
          directory,
          cgroup: null,
          nodePath: join(directory, 'no-such-node'),
        }),
      ).toThrow('the sampler process did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      process.off('uncaughtException', record);
    }
    expect(uncaught).toEqual([]);
  });
});
