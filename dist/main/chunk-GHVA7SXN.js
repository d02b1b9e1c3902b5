import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/shared/errors.ts
var InputError = class extends Error {
  name = "InputError";
  input;
  value;
  expected;
  /** `message` replaces the standard sentence (a driver that words it for its own users). */
  constructor(input, value, expected, message) {
    super(
      message ?? `${subject(input)} has an invalid value ${JSON.stringify(value)}: expected ${expected}.`
    );
    this.input = input;
    this.value = value;
    this.expected = expected;
  }
};
function subject(input) {
  if (/^[A-Z][A-Z0-9_]*$/.test(input)) return `Environment variable ${input}`;
  return /^[a-z][a-z0-9-]*$/.test(input) ? `Input '${input}'` : `'${input}'`;
}
var ProfileError = class extends Error {
  name = "ProfileError";
};
var UnsafeArtifactError = class extends Error {
  name = "UnsafeArtifactError";
};
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/runner/files.ts
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
  statSync
} from "node:fs";
import { dirname } from "node:path";

// src/shared/units.ts
var KiB = 1024;
var MiB = 1024 * KiB;
var GiB = 1024 * MiB;
var TiB = 1024 * GiB;
var SIZE_PATTERN = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([kmgt]?)(i?b?)\s*$/i;
var UNIT_BYTES = { "": 1, k: KiB, m: MiB, g: GiB, t: TiB };
var SIZE_FORMAT = "a size such as 512M, 512MiB, 1.5G, 2GB or 1073741824 (bytes); K/M/G/T are powers of 1024";
function parseSize(text) {
  const match = SIZE_PATTERN.exec(text);
  if (!match) return null;
  const [, amount, unit = "", suffix = ""] = match;
  if (unit === "" && suffix.toLowerCase().startsWith("i")) return null;
  const bytes = Number(amount) * (UNIT_BYTES[unit.toLowerCase()] ?? Number.NaN);
  if (!Number.isFinite(bytes) || bytes > Number.MAX_SAFE_INTEGER) return null;
  return Math.floor(bytes);
}
var DURATION_FORMAT = "a duration such as 500ms, 2s, 1.5s or 1m (a plain number means milliseconds)";
var DURATION_PATTERN = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min)?\s*$/i;
var DURATION_MS = { "": 1, ms: 1, s: 1e3, m: 6e4, min: 6e4 };
function parseDurationMs(text) {
  const match = DURATION_PATTERN.exec(text);
  if (!match) return null;
  const [, amount, unit = ""] = match;
  const ms = Number(amount) * (DURATION_MS[unit.toLowerCase()] ?? Number.NaN);
  return Number.isFinite(ms) ? Math.round(ms) : null;
}
function toMiB(bytes) {
  return Math.floor(bytes / MiB);
}
function formatBytes(bytes) {
  if (!Number.isFinite(bytes)) return String(bytes);
  const sign = bytes < 0 ? "-" : "";
  const abs = Math.abs(bytes);
  if (abs >= GiB) return `${sign}${trimZeros((abs / GiB).toFixed(abs >= 100 * GiB ? 0 : 1))} GiB`;
  if (abs >= MiB) return `${sign}${Math.round(abs / MiB)} MiB`;
  if (abs >= KiB) return `${sign}${Math.round(abs / KiB)} KiB`;
  return `${sign}${abs} B`;
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 59950) return `${trimZeros((ms / 1e3).toFixed(1))} s`;
  const totalSeconds = Math.round(ms / 1e3);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}
function trimZeros(fixed) {
  return fixed.replace(/\.0+$/, "");
}

// src/runner/files.ts
var FileError = class _FileError extends Error {
  name = "FileError";
  path;
  problem;
  /** What is wrong, without the path: `no such file`, `a FIFO, not a regular file`. */
  reason;
  /** `label`: how the message names the path (default: the path itself, quoted when it has control characters). */
  constructor(path, problem, reason, label = shownPath(path)) {
    super(`${label}: ${reason}`);
    this.path = path;
    this.problem = problem;
    this.reason = reason;
  }
  /** The same refusal, naming the path as the user gave it (`--history DIR`). */
  relabel(label) {
    return new _FileError(this.path, this.problem, this.reason, label);
  }
};
function shownPath(path) {
  return /[\u0000-\u001f\u007f]/.test(path) ? JSON.stringify(path) : path;
}
var CHUNK_BYTES = 64 * 1024;
function readBoundedText(path, maxBytes, options = {}) {
  const what = options.what ?? "this file";
  const followLinks = options.followLinks ?? true;
  let stat;
  try {
    stat = followLinks ? statSync(path) : lstatSync(path);
  } catch (error) {
    throw systemFileError(path, error, "file");
  }
  checkReadable(path, stat, maxBytes, what);
  const flags = constants.O_RDONLY | // Should the path become a FIFO after the check, opening it must not wait for a writer.
  (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0) | (followLinks ? 0 : constants.O_NOFOLLOW ?? 0);
  let fd;
  try {
    fd = openSync(path, flags);
  } catch (error) {
    throw systemFileError(path, error, "file");
  }
  try {
    const opened = fstatSync(fd);
    checkReadable(path, opened, maxBytes, what);
    const chunks = [];
    let total = 0;
    while (total <= maxBytes) {
      const want = Math.min(CHUNK_BYTES, maxBytes + 1 - total);
      const chunk = Buffer.allocUnsafe(want);
      let read;
      try {
        read = readSync(fd, chunk, 0, want, null);
      } catch (error) {
        throw systemFileError(path, error, "file");
      }
      if (read === 0) break;
      chunks.push(read === want ? chunk : chunk.subarray(0, read));
      total += read;
    }
    if (total > maxBytes)
      throw new FileError(
        path,
        "too-large",
        `more than the ${formatBytes(maxBytes)} ${what} may have (read past its stated size of ${formatBytes(opened.size)})`
      );
    return Buffer.concat(chunks, total).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
function checkReadable(path, stat, maxBytes, what) {
  if (!stat.isFile())
    throw new FileError(path, "wrong-type", `${kindOf(stat)}, not a regular file`);
  if (stat.size > maxBytes)
    throw new FileError(
      path,
      "too-large",
      `${formatBytes(stat.size)}, more than the ${formatBytes(maxBytes)} ${what} may have`
    );
}
function requireFolder(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    throw systemFileError(path, error, "folder");
  }
  if (!stat.isDirectory()) throw new FileError(path, "wrong-type", `${kindOf(stat)}, not a folder`);
}
function ensureWritableDirectory(path, maxMissingParents = 2) {
  createLevel(path, maxMissingParents);
  requireFolder(path);
  try {
    accessSync(path, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new FileError(path, "unusable", `not writable (${errorCode(error) ?? "refused"})`);
  }
}
function createLevel(path, parentsLeft) {
  const code = tryMkdir(path);
  if (code === null || code === "EEXIST") return;
  const parent = dirname(path);
  if (code === "ENOENT" && parentsLeft > 0 && parent !== path) {
    createLevel(parent, parentsLeft - 1);
    const again = tryMkdir(path);
    if (again === null || again === "EEXIST") return;
    throw cannotCreate(path, again);
  }
  throw cannotCreate(path, code);
}
function tryMkdir(path) {
  try {
    mkdirSync(path);
    return null;
  } catch (error) {
    return errorCode(error) ?? "EUNKNOWN";
  }
}
function cannotCreate(path, code) {
  return new FileError(
    path,
    code === "ENOENT" || code === "ENOTDIR" ? "missing" : "unusable",
    `cannot be created (${code})`
  );
}
function errorCode(error) {
  const code = error?.code;
  return typeof code === "string" ? code : void 0;
}
function systemFileError(path, error, expected) {
  const code = errorCode(error);
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new FileError(path, "missing", `no such ${expected}`);
    case "ELOOP":
      return new FileError(path, "wrong-type", `a symbolic link, not a regular ${expected}`);
    case "EISDIR":
      return new FileError(path, "wrong-type", `a folder, not a regular ${expected}`);
    case "EAGAIN":
    case "EWOULDBLOCK":
      return new FileError(path, "wrong-type", `not a regular ${expected}`);
    case "EACCES":
    case "EPERM":
      return new FileError(path, "unusable", "permission denied");
    default:
      return new FileError(path, "unusable", `cannot be read (${code ?? String(error)})`);
  }
}
function kindOf(stat) {
  if (stat.isDirectory()) return "a folder";
  if (stat.isFIFO()) return "a FIFO (named pipe)";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  if (stat.isSocket()) return "a socket";
  if (stat.isSymbolicLink()) return "a symbolic link";
  if (stat.isFile()) return "a regular file";
  return "an unknown kind of file";
}

// src/profile/identity.ts
function profileHost(capacity) {
  return {
    os: capacity.os,
    arch: capacity.arch,
    logicalCpus: capacity.logicalCpus,
    cpus: capacity.cpus,
    memoryTotalBytes: capacity.hostMemoryTotalBytes,
    memoryLimitBytes: capacity.memoryLimitBytes,
    cgroupMemoryLimitBytes: capacity.cgroup?.memoryLimitBytes ?? null,
    cgroupVersion: capacity.cgroup?.version ?? null
  };
}
function sameShard(a, b) {
  const whole = (shard) => shard === null || shard.total === 1;
  if (whole(a) || whole(b)) return whole(a) && whole(b);
  return a?.index === b?.index && a?.total === b?.total;
}
function shardLabel(shard) {
  return shard === null || shard.total === 1 ? null : `shard ${shard.index}/${shard.total}`;
}
var MAX_CANONICAL_KEY_CHARACTERS = 4096;
function canonicalMatrixKey(text) {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed === "null") return null;
  if (trimmed.length > MAX_CANONICAL_KEY_CHARACTERS) return text;
  try {
    return JSON.stringify(sortedKeys(JSON.parse(trimmed)));
  } catch {
    return text;
  }
}
function sortedKeys(value) {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== "object" || value === null) return value;
  const record = value;
  return Object.fromEntries(
    Object.keys(record).sort().map((key) => [key, sortedKeys(record[key])])
  );
}
function profileRun(context, matrixKey, startedAt, exitCode = null, shard = null) {
  return {
    repositoryId: context.repositoryId,
    repository: context.repository,
    workflow: context.workflow,
    job: context.job,
    matrixKey,
    runId: context.runId,
    runAttempt: context.runAttempt,
    sha: context.sha,
    ref: context.ref,
    event: context.eventName,
    headRepositoryId: context.headRepositoryId,
    startedAt,
    exitCode,
    shard
  };
}

// src/profile/types.ts
var PROFILE_KIND = "resource-planner/run-profile";
var PROFILE_VERSION = 6;
var MAX_SHARDS = 256;
var TIMELINE_MAX_POINTS = 600;
var MAX_PROFILE_TASKS = 1e4;

// src/profile/worker-group.ts
function mainWorkerGroup(phase) {
  const concurrent = phase.workerGroups.filter((group) => group.maxConcurrency >= 2);
  const candidates = concurrent.length > 0 ? concurrent : phase.workerGroups;
  let best = null;
  for (const group of candidates)
    if (!best || group.peakTotalBytes > best.peakTotalBytes) best = group;
  return best;
}
function workersRan(group) {
  return group.concurrency?.sustainedAlive ?? group.maxConcurrency;
}

// src/shared/inert-text.ts
var BREAK = "\u200B";
var LINE_BREAK = /\r\n|\r|\n/;
var INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
var LOG_HIDDEN = /[\p{Cc}\p{Bidi_Control}\p{Zl}\p{Zp}]/gu;
var LEADING_RUN = /^[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}]*/u;
var SGR_OR_HIDDEN = /\u001b\[(?:0|1|2|31|32|33)m|[\p{Cc}\p{Bidi_Control}\p{Zl}\p{Zp}]/gu;
var LEADING_RUN_SGR = (
  // eslint-disable-next-line no-control-regex -- ESC is what these sequences start with
  /^(?:[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}]|\u001b\[(?:0|1|2|31|32|33)m)*/u
);
function codePointEscape(character) {
  const code = character.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase();
  return code > 65535 ? `\\u{${hex}}` : `\\u${hex.padStart(4, "0")}`;
}
function codePointName(character) {
  const code = character.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
function showInvisible(text, show = codePointEscape) {
  return text.replace(INVISIBLE, show);
}
function cut(text, maxLength) {
  const characters = [...text];
  return characters.length > maxLength ? `${characters.slice(0, maxLength - 1).join("")}\u2026` : text;
}
function inertLine(line, keepSgr = false) {
  const shown = line.replace(
    keepSgr ? SGR_OR_HIDDEN : LOG_HIDDEN,
    (character) => character === "	" || character.length > 1 ? character : codePointEscape(character)
  );
  const lead = (keepSgr ? LEADING_RUN_SGR : LEADING_RUN).exec(shown)?.[0].length ?? 0;
  const rest = shown.slice(lead);
  const start = rest.startsWith("::") ? `:${BREAK}${rest.slice(1)}` : rest;
  return shown.slice(0, lead) + start.replace(/(##(?:vso)?)\[/gi, `$1${BREAK}[`);
}
function inertText(text, options = {}) {
  let lines = text.split(LINE_BREAK);
  if (options.fold) {
    const parts = lines.map((line) => line.trim()).filter((line) => line !== "");
    lines = [parts.join(" ")];
  }
  if (options.maxLength !== void 0) lines = cut(lines.join("\n"), options.maxLength).split("\n");
  return lines.map((line) => inertLine(line, options.keepSgr)).join("\n");
}
function quoteUntrusted(text, maxLength = 100) {
  return JSON.stringify(cut(text, maxLength)).replace(INVISIBLE, codePointEscape);
}
var NAMES_SHOWN = 5;
function quotedNames(names) {
  const unique = [...new Set(names)];
  const shown = unique.slice(0, NAMES_SHOWN).map((name) => name === null ? "(no name)" : quoteUntrusted(name, 60));
  return unique.length > NAMES_SHOWN ? `${shown.join(", ")}, \u2026` : shown.join(", ");
}

// src/shared/stats.ts
function quantileSorted(sorted, p) {
  if (sorted.length === 0) return 0;
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile probability must be in [0, 1], got ${p}`);
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below];
  const upper = sorted[Math.min(below + 1, sorted.length - 1)];
  return lower + (upper - lower) * (position - below);
}
function quantile(values, p) {
  return quantileSorted(
    [...values].sort((a, b) => a - b),
    p
  );
}
function median(values) {
  return quantile(values, 0.5);
}
function medianAbsoluteDeviation(values) {
  const center = median(values);
  return median(values.map((value) => Math.abs(value - center)));
}
function weightedQuantile(values, weights, p) {
  if (values.length !== weights.length) throw new RangeError("values and weights differ in length");
  const pairs = values.map((value, index) => [value, weights[index]]).sort((a, b) => a[0] - b[0]);
  const total = pairs.reduce((sum, [, weight]) => sum + weight, 0);
  if (pairs.length === 0 || total <= 0) return 0;
  let cumulative = 0;
  for (const [value, weight] of pairs) {
    cumulative += weight;
    if (cumulative >= p * total - 1e-12) return value;
  }
  return pairs[pairs.length - 1][0];
}

// src/shared/record.ts
function asRecord(value) {
  return typeof value === "object" && value !== null ? value : {};
}

export {
  InputError,
  ProfileError,
  UnsafeArtifactError,
  errorMessage,
  KiB,
  MiB,
  GiB,
  SIZE_FORMAT,
  parseSize,
  DURATION_FORMAT,
  parseDurationMs,
  toMiB,
  formatBytes,
  formatDuration,
  profileHost,
  sameShard,
  shardLabel,
  canonicalMatrixKey,
  profileRun,
  PROFILE_KIND,
  PROFILE_VERSION,
  MAX_SHARDS,
  TIMELINE_MAX_POINTS,
  MAX_PROFILE_TASKS,
  mainWorkerGroup,
  workersRan,
  codePointName,
  showInvisible,
  cut,
  inertText,
  quoteUntrusted,
  quotedNames,
  quantile,
  median,
  medianAbsoluteDeviation,
  weightedQuantile,
  shownPath,
  readBoundedText,
  ensureWritableDirectory,
  asRecord
};
