import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEventPayload } from '../../src/runner/process.js';
import { makeSpecialFiles } from './special-files.js';

const onLinux = process.platform === 'linux';

describe.skipIf(!onLinux)('readEventPayload reads only a bounded regular file', () => {
  const files = makeSpecialFiles('rp-event-');
  afterAll(() => rmSync(files.root, { recursive: true, force: true }));

  it('parses a regular payload', () => {
    const path = join(files.root, 'event.json');
    writeFileSync(path, JSON.stringify({ ref: 'refs/heads/main' }));
    expect(readEventPayload(path, readFileSync)).toEqual({ ref: 'refs/heads/main' });
  });

  it('does not read a FIFO, even one a writer feeds', { timeout: 10_000 }, () => {
    // The writer blocks until someone opens the FIFO: the payload reader must not be that one.
    const writer = spawn('sh', ['-c', `printf '{"fed":true}' > "$1"`, 'sh', files.fifo], {
      stdio: 'ignore',
    });
    try {
      const started = performance.now();
      expect(readEventPayload(files.fifo, readFileSync)).toEqual({});
      expect(performance.now() - started).toBeLessThan(1000);
    } finally {
      writer.kill('SIGKILL');
    }
  });

  it('refuses a payload over 8 MiB from its size, before reading it', () => {
    const started = performance.now();
    expect(readEventPayload(files.sparse, readFileSync)).toEqual({});
    // Reading 1 GiB of zeros to find it too long takes far longer (and 1 GiB of memory).
    expect(performance.now() - started).toBeLessThan(100);
  });
});
