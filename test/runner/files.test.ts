import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ensureWritableDirectory,
  FileError,
  listFolder,
  readBoundedText,
} from '../../src/runner/files.js';
import { makeSpecialFiles as makeFiles, type SpecialFiles } from './special-files.js';

const MiB = 1024 * 1024;
const onLinux = process.platform === 'linux';

const made: string[] = [];
afterAll(() => {
  for (const root of made) rmSync(root, { recursive: true, force: true });
});
function makeSpecialFiles(): SpecialFiles {
  const files = makeFiles();
  made.push(files.root);
  return files;
}
function tempDir(): string {
  const root = mkdtempSync(join(tmpdir(), 'rp-mkdir-'));
  made.push(root);
  return root;
}

/** The FileError a call throws (fails the test if it returns). */
function refusal(read: () => unknown): FileError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(FileError);
    return error as FileError;
  }
  throw new Error('expected a refusal');
}

/** Runs `read` and checks it took less than `ms`: a refusal must come from a check, not a read. */
function quickly<T>(ms: number, read: () => T): T {
  const started = performance.now();
  const result = read();
  expect(performance.now() - started).toBeLessThan(ms);
  return result;
}

describe.skipIf(!onLinux)('readBoundedText', () => {
  const files = makeSpecialFiles();
  const profile = { what: 'a run profile' };

  it('reads a small regular file', () => {
    expect(readBoundedText(files.small, 4 * MiB, profile)).toBe('hello\n');
  });

  it('refuses /dev/zero at once, as a device', () => {
    const error = quickly(200, () => refusal(() => readBoundedText('/dev/zero', 4 * MiB)));
    expect(error.problem).toBe('wrong-type');
    expect(error.message).toBe('/dev/zero: a character device, not a regular file');
  });

  it('refuses a FIFO without waiting for a writer', { timeout: 5000 }, () => {
    const error = quickly(500, () => refusal(() => readBoundedText(files.fifo, 4 * MiB)));
    expect(error.message).toBe(`${files.fifo}: a FIFO (named pipe), not a regular file`);
  });

  it('refuses a 1 GiB sparse file from its size, before reading it', () => {
    const error = quickly(200, () =>
      refusal(() => readBoundedText(files.sparse, 4 * MiB, profile)),
    );
    expect(error.problem).toBe('too-large');
    expect(error.message).toBe(
      `${files.sparse}: 1 GiB, more than the 4 MiB a run profile may have`,
    );
  });

  it('refuses a folder', () => {
    expect(refusal(() => readBoundedText(files.folder, 4 * MiB)).message).toBe(
      `${files.folder}: a folder, not a regular file`,
    );
  });

  it('follows a link only to a regular file: a link to /dev/zero is refused', () => {
    const error = quickly(200, () => refusal(() => readBoundedText(files.linkToDevZero, 4 * MiB)));
    expect(error.message).toBe(`${files.linkToDevZero}: a character device, not a regular file`);
    const link = join(files.root, 'link-to-small');
    symlinkSync(files.small, link);
    expect(readBoundedText(link, 4 * MiB)).toBe('hello\n');
    expect(refusal(() => readBoundedText(link, 4 * MiB, { followLinks: false })).message).toBe(
      `${link}: a symbolic link, not a regular file`,
    );
  });

  it('applies the cap while reading: a /proc file that states size 0 is cut and refused', () => {
    expect(readBoundedText('/proc/self/status', 4 * MiB)).toMatch(/^Name:/);
    const error = refusal(() => readBoundedText('/proc/self/status', 100, profile));
    expect(error.problem).toBe('too-large');
    expect(error.message).toBe(
      '/proc/self/status: more than the 100 B a run profile may have (read past its stated size of 0 B)',
    );
  });

  it('takes a file of exactly the cap, and refuses one byte more', () => {
    const path = join(files.root, 'exact.txt');
    writeFileSync(path, 'x'.repeat(1000));
    expect(readBoundedText(path, 1000)).toHaveLength(1000);
    expect(refusal(() => readBoundedText(path, 999)).problem).toBe('too-large');
  });

  it('names a missing file in one line, quoting control characters', () => {
    expect(refusal(() => readBoundedText('/nonexistent/x.json', 10)).message).toBe(
      '/nonexistent/x.json: no such file',
    );
    expect(refusal(() => readBoundedText('/nonexistent/a\nb', 10)).message).toBe(
      '"/nonexistent/a\\nb": no such file',
    );
  });
});

describe.skipIf(!onLinux)('listFolder', () => {
  it('lists a folder and names what is not one', () => {
    const files = makeSpecialFiles();
    expect(listFolder(files.root).sort()).toContain('small.txt');
    expect(refusal(() => listFolder('/nonexistent')).message).toBe('/nonexistent: no such folder');
    expect(refusal(() => listFolder(files.small)).message).toBe(
      `${files.small}: a regular file, not a folder`,
    );
    expect(refusal(() => listFolder(files.fifo)).message).toBe(
      `${files.fifo}: a FIFO (named pipe), not a folder`,
    );
  });
});

describe.skipIf(!onLinux)('ensureWritableDirectory', () => {
  it('creates the folder and a bounded number of missing parents', () => {
    const root = tempDir();
    ensureWritableDirectory(join(root, 'a', 'b', 'c'), 2);
    ensureWritableDirectory(join(root, 'a', 'b', 'c'), 0); // already there
    const error = refusal(() => ensureWritableDirectory(join(root, 'x', 'y', 'z', 'w'), 2));
    expect(error.message).toBe(`${join(root, 'x', 'y')}: cannot be created (ENOENT)`);
  });

  it('ends at once under /proc, where a recursive mkdir loops forever', { timeout: 5000 }, () => {
    const error = quickly(500, () =>
      refusal(() => ensureWritableDirectory('/proc/self/resource-planner')),
    );
    expect(error.message).toBe('/proc/self/resource-planner: cannot be created (ENOENT)');
    expect(refusal(() => ensureWritableDirectory('/proc/resource-planner/a/b')).problem).toBe(
      'missing',
    );
  });

  it('refuses a path under a regular file, and a regular file itself', () => {
    const files = makeSpecialFiles();
    expect(refusal(() => ensureWritableDirectory(join(files.small, 'job'))).message).toBe(
      `${join(files.small, 'job')}: cannot be created (ENOTDIR)`,
    );
    expect(refusal(() => ensureWritableDirectory(files.small)).message).toBe(
      `${files.small}: a regular file, not a folder`,
    );
  });
});
