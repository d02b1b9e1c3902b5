/**
 * Files named by users (a profile to report, a history folder) or found under RUNNER_TEMP, read
 * and created with limits that hold whatever the path turns out to be.
 *
 * Reading (`readBoundedText`): only regular files are read. Symbolic links are followed unless
 * the caller says not to, but the target must be a regular file too; FIFOs, devices (/dev/zero),
 * sockets and folders are refused before they are opened, so nothing blocks or streams forever.
 * A file larger than the cap is refused from its size before a byte is read, and the cap also
 * holds while reading (at most cap + 1 bytes are read): a file that grows meanwhile, or a
 * /proc-like file that reports size 0, is cut there and refused.
 *
 * Creating (`ensureWritableDirectory`): one non-recursive mkdir per level for a bounded number
 * of levels. Node's recursive mkdir loops forever (at 100% CPU) on a parent that exists but
 * refuses new entries with ENOENT, such as anything under /proc.
 */
import {
  accessSync,
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  statSync,
  type Stats,
} from 'node:fs';
import { dirname } from 'node:path';
import { formatBytes } from '../shared/units.js';

export type FileProblem =
  /** Nothing at the path (or a parent is not a folder). */
  | 'missing'
  /** Something other than what was asked for: a FIFO, device, socket, link or folder. */
  | 'wrong-type'
  /** Larger than the cap (by its size, or found while reading). */
  | 'too-large'
  /** Exists but cannot be read, listed or created (permissions, a refusing file system...). */
  | 'unusable';

/** A file or folder refused with one line that names it: `PATH: reason`. */
export class FileError extends Error {
  override readonly name = 'FileError';
  readonly path: string;
  readonly problem: FileProblem;
  /** What is wrong, without the path: `no such file`, `a FIFO, not a regular file`. */
  readonly reason: string;
  /** `label`: how the message names the path (default: the path itself, quoted when it has control characters). */
  constructor(path: string, problem: FileProblem, reason: string, label: string = shownPath(path)) {
    super(`${label}: ${reason}`);
    this.path = path;
    this.problem = problem;
    this.reason = reason;
  }

  /** The same refusal, naming the path as the user gave it (`--history DIR`). */
  relabel(label: string): FileError {
    return new FileError(this.path, this.problem, this.reason, label);
  }
}

/**
 * An error about `path` named as the user gave it, by its option (`--history DIR: no such
 * folder`); any other error unchanged. For rethrowing.
 */
export function namedByOption(error: unknown, option: string, path: string): unknown {
  return error instanceof FileError && error.path === path
    ? error.relabel(`${option} ${shownPath(path)}`)
    : error;
}

/** A path for a one-line message: quoted when it holds control characters (a newline would split the line). */
export function shownPath(path: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(path) ? JSON.stringify(path) : path;
}

export interface ReadOptions {
  /** What the file is, for the size message: `a run profile` → "…, more than the 4 MiB a run profile may have". */
  what?: string;
  /** Follow a symbolic link (its target must still be a regular file). Default: true. */
  followLinks?: boolean;
}

const CHUNK_BYTES = 64 * 1024;

/**
 * The text (UTF-8) of the regular file at `path`, at most `maxBytes` bytes. Throws `FileError`,
 * whose message is one line naming the path, for anything else; never blocks on a FIFO and never
 * holds more than `maxBytes` + 1 bytes of the file.
 */
export function readBoundedText(path: string, maxBytes: number, options: ReadOptions = {}): string {
  const what = options.what ?? 'this file';
  const followLinks = options.followLinks ?? true;
  let stat: Stats;
  try {
    stat = followLinks ? statSync(path) : lstatSync(path);
  } catch (error) {
    throw systemFileError(path, error, 'file');
  }
  checkReadable(path, stat, maxBytes, what);

  const flags =
    constants.O_RDONLY |
    // Should the path become a FIFO after the check, opening it must not wait for a writer.
    (constants.O_NONBLOCK ?? 0) |
    (constants.O_NOCTTY ?? 0) |
    (followLinks ? 0 : (constants.O_NOFOLLOW ?? 0));
  let fd: number;
  try {
    fd = openSync(path, flags);
  } catch (error) {
    throw systemFileError(path, error, 'file');
  }
  try {
    // What was opened, which may not be what was checked a moment ago.
    const opened = fstatSync(fd);
    checkReadable(path, opened, maxBytes, what);
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= maxBytes) {
      const want = Math.min(CHUNK_BYTES, maxBytes + 1 - total);
      const chunk = Buffer.allocUnsafe(want);
      let read: number;
      try {
        read = readSync(fd, chunk, 0, want, null);
      } catch (error) {
        throw systemFileError(path, error, 'file');
      }
      if (read === 0) break;
      chunks.push(read === want ? chunk : chunk.subarray(0, read));
      total += read;
    }
    if (total > maxBytes)
      throw new FileError(
        path,
        'too-large',
        `more than the ${formatBytes(maxBytes)} ${what} may have (read past its stated size of ${formatBytes(opened.size)})`,
      );
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function checkReadable(path: string, stat: Stats, maxBytes: number, what: string): void {
  if (!stat.isFile())
    throw new FileError(path, 'wrong-type', `${kindOf(stat)}, not a regular file`);
  if (stat.size > maxBytes)
    throw new FileError(
      path,
      'too-large',
      `${formatBytes(stat.size)}, more than the ${formatBytes(maxBytes)} ${what} may have`,
    );
}

/** Throws `FileError` unless `path` is a folder (links to folders are followed). */
function requireFolder(path: string): void {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    throw systemFileError(path, error, 'folder');
  }
  if (!stat.isDirectory()) throw new FileError(path, 'wrong-type', `${kindOf(stat)}, not a folder`);
}

/** The names in the folder at `path` (links to folders are followed). Throws `FileError`. */
export function listFolder(path: string): string[] {
  requireFolder(path);
  try {
    return readdirSync(path);
  } catch (error) {
    throw systemFileError(path, error, 'folder');
  }
}

/**
 * Makes sure `path` is a folder this process can write into, creating it and at most
 * `maxMissingParents` missing parents with one plain mkdir each (at most two tries per level),
 * so it ends quickly on any file system. Throws `FileError` when the folder cannot be had.
 */
export function ensureWritableDirectory(path: string, maxMissingParents = 2): void {
  createLevel(path, maxMissingParents);
  requireFolder(path);
  try {
    accessSync(path, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new FileError(path, 'unusable', `not writable (${errorCode(error) ?? 'refused'})`);
  }
}

function createLevel(path: string, parentsLeft: number): void {
  const code = tryMkdir(path);
  if (code === null || code === 'EEXIST') return;
  const parent = dirname(path);
  if (code === 'ENOENT' && parentsLeft > 0 && parent !== path) {
    createLevel(parent, parentsLeft - 1);
    // Once more only: ENOENT again means the parent exists but takes no new entries (/proc).
    const again = tryMkdir(path);
    if (again === null || again === 'EEXIST') return;
    throw cannotCreate(path, again);
  }
  throw cannotCreate(path, code);
}

function tryMkdir(path: string): string | null {
  try {
    mkdirSync(path);
    return null;
  } catch (error) {
    return errorCode(error) ?? 'EUNKNOWN';
  }
}

function cannotCreate(path: string, code: string): FileError {
  return new FileError(
    path,
    code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unusable',
    `cannot be created (${code})`,
  );
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A file system error as a one-line `FileError`. */
function systemFileError(path: string, error: unknown, expected: 'file' | 'folder'): FileError {
  const code = errorCode(error);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new FileError(path, 'missing', `no such ${expected}`);
    case 'ELOOP':
      return new FileError(path, 'wrong-type', `a symbolic link, not a regular ${expected}`);
    case 'EISDIR':
      return new FileError(path, 'wrong-type', `a folder, not a regular ${expected}`);
    case 'EAGAIN':
    case 'EWOULDBLOCK':
      return new FileError(path, 'wrong-type', `not a regular ${expected}`);
    case 'EACCES':
    case 'EPERM':
      return new FileError(path, 'unusable', 'permission denied');
    default:
      return new FileError(path, 'unusable', `cannot be read (${code ?? String(error)})`);
  }
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  if (stat.isFile()) return 'a regular file';
  return 'an unknown kind of file';
}
