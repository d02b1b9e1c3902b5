/**
 * Paths that must not be read like ordinary files, made fresh for a test: a FIFO nobody writes
 * to, a 1 GiB sparse file (truncated, never written), a folder, links to /dev/zero, and a small
 * regular file.
 */
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GiB = 1024 ** 3;

export interface SpecialFiles {
  root: string;
  fifo: string;
  sparse: string;
  folder: string;
  linkToDevZero: string;
  small: string;
}

export function makeSpecialFiles(prefix = 'rp-files-'): SpecialFiles {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const fifo = join(root, 'pipe.json');
  execFileSync('mkfifo', [fifo]);
  const sparse = join(root, 'sparse.json');
  closeSync(openSync(sparse, 'w'));
  truncateSync(sparse, GiB);
  const folder = join(root, 'folder.json');
  mkdirSync(folder);
  const linkToDevZero = join(root, 'zero.json');
  symlinkSync('/dev/zero', linkToDevZero);
  const small = join(root, 'small.txt');
  writeFileSync(small, 'hello\n');
  return { root, fifo, sparse, folder, linkToDevZero, small };
}
