/**
 * Every input of the action, parsed and validated once into one typed object.
 * Invalid configuration throws `InputError` naming the input, the value and the accepted format;
 * it is the only way the action fails a step besides the opt-in `fail-on-drift`.
 */
import { InputError } from '../shared/errors.js';
import type { PlanSettings } from '../plan/types.js';
import { canonicalMatrixKey } from '../profile/identity.js';
import { MAX_SHARDS, type ShardRef } from '../profile/types.js';
import { DURATION_FORMAT, MiB, SIZE_FORMAT, parseDurationMs, parseSize } from '../shared/units.js';

export type CommentMode = 'on-drift' | 'always' | 'never';
export type DriftMethod = 'auto' | 'robust' | 'max';
export type ActionMode = 'plan' | 'report';

export interface ActionInputs {
  mode: ActionMode;
  /** Phase name: which part of the job the recommendation is for (`build`, `test`). */
  profile: string;
  /** A fixed per-worker figure, or null for `auto` (learn from history, else the fallback). */
  memoryPerWorkerBytes: number | null;
  fallbackMemoryPerWorkerBytes: number;
  plan: Omit<PlanSettings, 'overrideWorkers'>;
  exportEnv: boolean;
  summary: boolean;
  githubToken: string;
  sample: boolean;
  sampleIntervalMs: number;
  upload: boolean;
  retentionDays: number;
  history: boolean;
  historyRuns: number;
  historyTimeoutMs: number;
  /** Time limit of each network operation of the post step (upload; drift comparison and comment). */
  postTimeoutMs: number;
  /** '' = automatic (the PR's base branch, else the current branch, else the default branch). */
  baselineBranch: string;
  minSpeedupGain: number;
  /** `elastic-memory: auto` → true: Node/JVM workers need less where they see less memory. */
  elasticMemory: boolean;
  driftThresholdFraction: number;
  driftMethod: DriftMethod;
  comment: CommentMode;
  failOnDrift: boolean;
  /** `${{ toJSON(matrix) }}` by default; 'null' outside a matrix. */
  matrixKey: string | null;
  /** Where the post step also writes the run's OpenMetrics text; '' for nowhere. */
  metricsFile: string;
  /** A Prometheus Pushgateway (http or https URL, no query) to push the metrics to; null for none. */
  pushgatewayUrl: URL | null;
  /** `target-duration`: the phase duration the runner advice aims for (ms); null for none. */
  targetDurationMs: number | null;
  /** `runner-catalog`: a JSON file of runners that extends or replaces the built-in ones; '' for none. */
  runnerCatalog: string;
  /** `shard: 2/3`: which shard of a split this job runs, recorded in the profile; null for none. */
  shard: ShardRef | null;
  /** `history-job`: learn from this job's runs instead of this job's own ('' for this job). */
  historyJob: string;
  /**
   * `history-matrix`: the history job's matrix values beside `shard` (`{"node": 22}`), so a
   * planning job finds a fan-out matrix of more than one dimension; null for none.
   */
  historyMatrix: Readonly<Record<string, string | number | boolean>> | null;
}

/** Defaults, the same as action.yml's (a test keeps the two in step). */
export const INPUT_DEFAULTS = {
  mode: 'plan',
  profile: 'default',
  'memory-per-worker': 'auto',
  'fallback-memory-per-worker': '768M',
  'min-workers': '1',
  'max-workers': '',
  workers: '',
  'cpus-per-worker': '1',
  'memory-reserve': 'auto',
  'memory-fraction': '0.9',
  'export-env': 'false',
  summary: 'true',
  sample: 'true',
  'sample-interval': '500ms',
  upload: 'true',
  'retention-days': '30',
  history: 'true',
  'history-runs': '20',
  'history-timeout': '20s',
  'post-timeout': '60s',
  'baseline-branch': '',
  'min-speedup-gain': '5%',
  'elastic-memory': 'auto',
  'drift-threshold': '10%',
  'drift-method': 'auto',
  comment: 'on-drift',
  'fail-on-drift': 'false',
  'metrics-file': '',
  'pushgateway-url': '',
  'target-duration': '',
  'runner-catalog': '',
  shard: '',
  'history-job': '',
  'history-matrix': '',
} as const satisfies Record<string, string>;

export type InputName = keyof typeof INPUT_DEFAULTS | 'github-token' | 'matrix-key';

/** The environment variable that overrides the worker count everywhere. */
export const OVERRIDE_VARIABLE = 'RESOURCE_PLANNER_WORKERS';

const PROFILE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const TRUE_VALUES = new Set(['true', 'True', 'TRUE']);
const FALSE_VALUES = new Set(['false', 'False', 'FALSE']);
const MIN_SAMPLE_INTERVAL_MS = 100;

type Read = (name: InputName) => string;

/**
 * Parses all inputs. `getInput` returns the raw (trimmed) value, '' when unset (in the action, the
 * toolkit's `core.getInput` through the Runner); unset inputs take the defaults above, so the CLI
 * and tests can pass only what they change.
 */
export function parseInputs(getInput: (name: string) => string): ActionInputs {
  const read: Read = (name) => {
    const value = getInput(name).trim();
    if (value !== '') return value;
    return name in INPUT_DEFAULTS ? INPUT_DEFAULTS[name as keyof typeof INPUT_DEFAULTS] : '';
  };

  const minWorkers = parseInteger(read, 'min-workers', 1);
  const maxWorkers = read('max-workers') === '' ? null : parseInteger(read, 'max-workers', 1);
  if (maxWorkers !== null && maxWorkers < minWorkers) {
    throw new InputError(
      'max-workers',
      String(maxWorkers),
      `a whole number no smaller than min-workers (${minWorkers})`,
    );
  }
  const memoryPerWorker = read('memory-per-worker');
  const matrixKey = read('matrix-key');

  return {
    mode: parseChoice(read, 'mode', ['plan', 'report'] as const),
    profile: parseProfileName(read('profile')),
    memoryPerWorkerBytes: isAuto(memoryPerWorker)
      ? null
      : parseSizeInput('memory-per-worker', memoryPerWorker, 1, 'auto or '),
    fallbackMemoryPerWorkerBytes: parseSizeInput(
      'fallback-memory-per-worker',
      read('fallback-memory-per-worker'),
      1,
    ),
    plan: {
      memoryReserveBytes: isAuto(read('memory-reserve'))
        ? null
        : parseSizeInput('memory-reserve', read('memory-reserve'), 0, 'auto or '),
      memoryFraction: parseFraction(read, 'memory-fraction', { allowZero: false }),
      cpusPerWorker: parsePositiveNumber(read, 'cpus-per-worker'),
      minWorkers,
      maxWorkers,
      forcedWorkers: read('workers') === '' ? null : parseInteger(read, 'workers', 1),
    },
    exportEnv: parseBoolean(read, 'export-env'),
    summary: parseBoolean(read, 'summary'),
    githubToken: read('github-token'),
    sample: parseBoolean(read, 'sample'),
    sampleIntervalMs: parseDurationInput(read, 'sample-interval', MIN_SAMPLE_INTERVAL_MS),
    upload: parseBoolean(read, 'upload'),
    retentionDays: parseInteger(read, 'retention-days', 1, 90),
    history: parseBoolean(read, 'history'),
    historyRuns: parseInteger(read, 'history-runs', 1, 100),
    historyTimeoutMs: parseDurationInput(read, 'history-timeout', 1000),
    postTimeoutMs: parseDurationInput(read, 'post-timeout', 1000),
    baselineBranch: parseBranch(read('baseline-branch')),
    minSpeedupGain: parseFraction(read, 'min-speedup-gain', { allowZero: true }),
    elasticMemory: parseChoice(read, 'elastic-memory', ['auto', 'off'] as const) === 'auto',
    driftThresholdFraction: parseFraction(read, 'drift-threshold', { allowZero: true }),
    driftMethod: parseChoice(read, 'drift-method', ['auto', 'robust', 'max'] as const),
    comment: parseChoice(read, 'comment', ['on-drift', 'always', 'never'] as const),
    failOnDrift: parseBoolean(read, 'fail-on-drift'),
    // Canonical, so a planning job can name its fan-out job's artifacts (docs/algorithm.md §7).
    matrixKey: canonicalMatrixKey(matrixKey)?.slice(0, 4096) ?? null,
    metricsFile: parseFilePath('metrics-file', read('metrics-file')),
    pushgatewayUrl: parsePushgatewayUrl(read('pushgateway-url')),
    targetDurationMs:
      read('target-duration') === ''
        ? null
        : parseDurationInput(read, 'target-duration', 1000, ', or empty for none'),
    runnerCatalog: parseFilePath('runner-catalog', read('runner-catalog')),
    shard: parseShard(read('shard'), matrixKey),
    historyJob: parseJobId(read('history-job')),
    historyMatrix: parseHistoryMatrix(read('history-matrix'), read('history-job')),
  };
}

/** Reads RESOURCE_PLANNER_WORKERS: a positive whole number, or null when unset/empty. */
export function parseOverrideWorkers(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const text = value.trim();
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw new InputError(OVERRIDE_VARIABLE, text, 'a whole number of workers, 1 or more');
  }
  return Number(text);
}

/**
 * YAML 1.2 core booleans, as the runner documents them: true | True | TRUE | false | False | FALSE,
 * the set `core.getBooleanInput` of @actions/core accepts (a test holds the two together). Parsed
 * here rather than by the toolkit so the error names the input and the accepted format like every
 * other input's, and the CLI's options share it.
 */
export function parseBooleanText(name: string, value: string): boolean {
  if (TRUE_VALUES.has(value)) return true;
  if (FALSE_VALUES.has(value)) return false;
  throw new InputError(name, value, 'true or false');
}

function parseBoolean(read: Read, name: InputName): boolean {
  return parseBooleanText(name, read(name));
}

function parseInteger(
  read: Read,
  name: InputName,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const text = read(name);
  const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
  if (!/^\d+$/.test(text)) throw new InputError(name, text, `a whole number ${range}`);
  const value = Number(text);
  if (value < min || value > max) throw new InputError(name, text, `a whole number ${range}`);
  return value;
}

function parsePositiveNumber(read: Read, name: InputName): number {
  const text = read(name);
  const value = /^\d+(\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(value > 0)) throw new InputError(name, text, 'a number greater than 0, such as 1 or 0.5');
  return value;
}

/** A fraction as `0.9`, `90%`; in (0, 1], or [0, 1] when zero is allowed. */
function parseFraction(read: Read, name: InputName, options: { allowZero: boolean }): number {
  const text = read(name);
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
  const value = percent
    ? Number(percent[1]) / 100
    : /^\d+(\.\d+)?$|^\.\d+$/.test(text)
      ? Number(text)
      : Number.NaN;
  const low = options.allowZero ? value >= 0 : value > 0;
  if (!(low && value <= 1)) {
    const range = options.allowZero ? 'from 0 to 1' : 'greater than 0 and at most 1';
    throw new InputError(name, text, `a fraction ${range}, such as 0.9 or 90%`);
  }
  return value;
}

/** `auto` of the two size inputs that take it, in any case (memory-per-worker always took `AUTO`). */
function isAuto(text: string): boolean {
  return text.toLowerCase() === 'auto';
}

function parseSizeInput(
  name: InputName,
  text: string,
  minBytes: number,
  alternatives = '',
): number {
  const bytes = parseSize(text);
  if (bytes === null) throw new InputError(name, text, `${alternatives}${SIZE_FORMAT}`);
  // A size that parsed but is too small (`0`, `512K` per worker) is told the bound, not the format.
  if (bytes < minBytes || (minBytes > 0 && bytes < MiB))
    throw new InputError(name, text, `${alternatives}${SIZE_FORMAT}, at least 1M`);
  return bytes;
}

function parseDurationInput(read: Read, name: InputName, minMs: number, alternatives = ''): number {
  const text = read(name);
  const ms = parseDurationMs(text);
  if (ms === null || ms < minMs)
    throw new InputError(name, text, `${DURATION_FORMAT}, at least ${minMs} ms${alternatives}`);
  return ms;
}

function parseChoice<const T extends readonly string[]>(
  read: Read,
  name: InputName,
  choices: T,
): T[number] {
  const text = read(name);
  if (!choices.includes(text)) throw new InputError(name, text, `one of ${choices.join(', ')}`);
  return text as T[number];
}

function parseProfileName(text: string): string {
  if (!PROFILE_PATTERN.test(text)) {
    throw new InputError(
      'profile',
      text,
      'a name of letters, digits, ".", "_" or "-", at most 64 characters',
    );
  }
  return text;
}

export const SHARD_FORMAT = `INDEX/TOTAL such as 2/3 (1 ≤ INDEX ≤ TOTAL ≤ ${MAX_SHARDS}), or empty for none`;

/**
 * `2/3` → { index: 2, total: 3 }. A matrix that says which shard this job is (`shard: 2` in the
 * matrix key) must agree with it: a job that ran shard 2 recorded as shard 1 would mix histories.
 */
function parseShard(text: string, matrixKey: string): ShardRef | null {
  if (text === '') return null;
  const shard = parseShardText(text);
  if (shard === null) throw new InputError('shard', text, SHARD_FORMAT);
  const { index, total } = shard;
  const fromMatrix = matrixShard(matrixKey);
  if (fromMatrix !== null && fromMatrix !== index)
    throw new InputError(
      'shard',
      text,
      `${SHARD_FORMAT}, whose index agrees with the matrix's shard (${fromMatrix}): use shard: \${{ matrix.shard }}/TOTAL`,
    );
  return { index, total };
}

/** `2/3` → { index: 2, total: 3 }; null for anything else (SHARD_FORMAT says what is accepted). */
export function parseShardText(text: string): ShardRef | null {
  const match = /^(\d{1,3})\s*\/\s*(\d{1,3})$/.exec(text.trim());
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  return match && index >= 1 && index <= total && total <= MAX_SHARDS ? { index, total } : null;
}

/** The matrix's `shard` value when it is a whole number (`{"shard":2}` or `"2"`); null otherwise. */
function matrixShard(matrixKey: string): number | null {
  let matrix: unknown;
  try {
    matrix = JSON.parse(matrixKey);
  } catch {
    return null;
  }
  if (typeof matrix !== 'object' || matrix === null) return null;
  const value = (matrix as Record<string, unknown>).shard;
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) ? number : null;
}

/** A workflow job id: a letter or `_`, then letters, digits, `-` or `_` (GitHub's rule). */
function parseJobId(text: string): string {
  if (text !== '' && !/^[A-Za-z_][A-Za-z0-9_-]{0,99}$/.test(text))
    throw new InputError(
      'history-job',
      text,
      'the id of a job in this workflow (a letter or "_", then letters, digits, "-" or "_"), or empty for this job',
    );
  return text;
}

/** Longest `history-matrix` (characters): a few matrix values, far under the profile's 4 KiB key. */
const MAX_HISTORY_MATRIX_CHARACTERS = 1024;
/** Matrix values a `history-matrix` may name beside `shard`. */
const MAX_HISTORY_MATRIX_KEYS = 16;

/**
 * `history-matrix: {"node": 22}`: a JSON object of the history job's other matrix values (strings,
 * numbers or booleans, never `shard`, which the planning job fills in), only with `history-job`.
 */
function parseHistoryMatrix(
  text: string,
  historyJob: string,
): Readonly<Record<string, string | number | boolean>> | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const expected =
    'a JSON object of the history job\'s matrix values beside shard, such as {"node": 22} (at most 16 string, number or boolean values, no "shard"), with history-job set';
  const refuse = (): never => {
    throw new InputError('history-matrix', trimmed.slice(0, 120), expected);
  };
  if (historyJob.trim() === '' || trimmed.length > MAX_HISTORY_MATRIX_CHARACTERS) refuse();
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return refuse();
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse();
  const entries = Object.entries(value as Record<string, unknown>);
  if (
    entries.length === 0 ||
    entries.length > MAX_HISTORY_MATRIX_KEYS ||
    entries.some(
      ([key, item]) =>
        key === 'shard' ||
        !(
          typeof item === 'string' ||
          typeof item === 'boolean' ||
          (typeof item === 'number' && Number.isFinite(item))
        ),
    )
  )
    refuse();
  return Object.fromEntries(entries) as Record<string, string | number | boolean>;
}

function parseFilePath(name: InputName, text: string): string {
  const hasControl = [...text].some((character) => character.charCodeAt(0) < 0x20);
  if (text.length > 4096 || hasControl)
    throw new InputError(name, text, 'a file path, or empty for none');
  return text;
}

/** http(s) only, no credentials in the URL (they would reach the log), no query or fragment. */
function parsePushgatewayUrl(text: string): URL | null {
  if (text === '') return null;
  // The whole rule, so that a URL refused for its credentials or query says why.
  const format =
    'an http:// or https:// URL without credentials, query or fragment, such as http://pushgateway:9091, or empty for none';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError('pushgateway-url', text, format);
  }
  // Credentials are refused without echoing them: the error reaches the log.
  if (url.username !== '' || url.password !== '')
    throw new InputError('pushgateway-url', `${url.protocol}//***@${url.host}`, format);
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.search !== '' ||
    url.hash !== ''
  )
    throw new InputError('pushgateway-url', text, format);
  return url;
}

function parseBranch(text: string): string {
  // Git refuses these in branch names too; refusing them here keeps the value inert in API queries.
  const hasControl = [...text].some((character) => character.charCodeAt(0) < 0x20);
  if (text.length > 255 || hasControl || /[\s~^:?*[\\]/.test(text) || text.includes('..')) {
    throw new InputError(
      'baseline-branch',
      text,
      'a branch name such as main, or empty for automatic',
    );
  }
  return text;
}
