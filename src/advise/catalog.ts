/**
 * The runner catalogue: runner sizes with their CPUs, memory and per-minute price, as data. The
 * built-in entries are GitHub-hosted runners as GitHub's documentation gave them on CATALOG_DATE;
 * a user's file (`runner-catalog` input, `--catalog FILE`) extends or replaces them for larger,
 * self-hosted and ARC runners (parseCatalog). Pure. docs/algorithm.md §6 explains how it is used.
 */
import { InputError } from '../shared/errors.js';
import { parseSize, SIZE_FORMAT } from '../shared/units.js';

export type RunnerOs = 'linux' | 'windows' | 'macos';
export type RunnerArch = 'x64' | 'arm64';
/** Who may use the entry at its price: public-repository standard runners are free. */
export type RunnerVisibility = 'public' | 'private' | 'any';

export interface RunnerEntry {
  /** What the advice calls it; unique in a catalogue (`ubuntu-latest (private repo)`). */
  name: string;
  /** The `runs-on` label, when it is fixed; null for larger runners, whose labels the organisation picks. */
  label: string | null;
  os: RunnerOs;
  arch: RunnerArch;
  cpus: number;
  memoryBytes: number;
  /** USD per minute; GitHub bills each job rounded up to a whole minute. */
  pricePerMinuteUsd: number;
  visibility: RunnerVisibility;
  /** Where the figures come from: `GitHub docs, standard runners for private repositories`, `runner-catalog FILE`. */
  source: string;
}

/** The day the built-in figures were read from GitHub's documentation. */
export const CATALOG_DATE = '2026-11-28';
/** The pages they were read from. */
export const CATALOG_SOURCES = {
  standard: 'https://docs.github.com/en/actions/reference/runners/github-hosted-runners',
  larger: 'https://docs.github.com/en/actions/reference/runners/larger-runners',
  pricing: 'https://docs.github.com/en/billing/reference/actions-runner-pricing',
} as const;

/**
 * GitHub's "16 GB" read as 16 × 10⁹ bytes, the smaller of the two readings (14.9 GiB): the OS
 * and the runner take part of a VM's memory before the job starts, so the smaller figure errs safe.
 */
const gb = (amount: number): number => amount * 1e9;

const STANDARD_PUBLIC = 'GitHub docs, standard runners for public repositories';
const STANDARD_PRIVATE = 'GitHub docs, standard runners for private repositories';
const LARGER = 'GitHub docs, larger runners (label chosen by the organisation)';

function standard(
  name: string,
  label: string,
  os: RunnerOs,
  arch: RunnerArch,
  cpus: number,
  memoryGb: number,
  visibility: 'public' | 'private',
  pricePerMinuteUsd: number,
): RunnerEntry {
  return {
    name: `${name} (${visibility} repo)`,
    label,
    os,
    arch,
    cpus,
    memoryBytes: gb(memoryGb),
    pricePerMinuteUsd,
    visibility,
    source: visibility === 'public' ? STANDARD_PUBLIC : STANDARD_PRIVATE,
  };
}

function larger(
  os: RunnerOs,
  arch: RunnerArch,
  cpus: number,
  memoryGb: number,
  pricePerMinuteUsd: number,
): RunnerEntry {
  return {
    name: `${os}-${arch}-${cpus}-core`,
    label: null,
    os,
    arch,
    cpus,
    memoryBytes: gb(memoryGb),
    pricePerMinuteUsd,
    visibility: 'any',
    source: LARGER,
  };
}

/** [CPUs, GB, Linux $/min, Windows $/min] of the x64 larger runners (Windows has no 2-core). */
const LARGER_X64: [number, number, number, number | null][] = [
  [2, 8, 0.006, null],
  [4, 16, 0.012, 0.022],
  [8, 32, 0.022, 0.042],
  [16, 64, 0.042, 0.082],
  [32, 128, 0.082, 0.162],
  [64, 256, 0.162, 0.322],
  [96, 384, 0.252, 0.552],
];
/** The same for arm64 (64 cores with 208 GB; no 96-core; 2 cores on Ubuntu only). */
const LARGER_ARM64: [number, number, number, number | null][] = [
  [2, 8, 0.005, null],
  [4, 16, 0.008, 0.014],
  [8, 32, 0.014, 0.026],
  [16, 64, 0.026, 0.05],
  [32, 128, 0.05, 0.098],
  [64, 208, 0.098, 0.194],
];

/**
 * GitHub-hosted runners, from the pages in CATALOG_SOURCES as of CATALOG_DATE. Prices are the
 * per-minute rates from January 1, 2026; standard runners are free on public repositories.
 */
export const BUILTIN_CATALOG: readonly RunnerEntry[] = Object.freeze([
  standard('ubuntu-latest', 'ubuntu-latest', 'linux', 'x64', 4, 16, 'public', 0),
  standard('ubuntu-24.04-arm', 'ubuntu-24.04-arm', 'linux', 'arm64', 4, 16, 'public', 0),
  standard('windows-latest', 'windows-latest', 'windows', 'x64', 4, 16, 'public', 0),
  standard('ubuntu-slim', 'ubuntu-slim', 'linux', 'x64', 1, 5, 'private', 0.002),
  standard('ubuntu-latest', 'ubuntu-latest', 'linux', 'x64', 2, 7, 'private', 0.006),
  standard('windows-latest', 'windows-latest', 'windows', 'x64', 2, 7, 'private', 0.01),
  standard('macos-latest', 'macos-latest', 'macos', 'arm64', 3, 7, 'private', 0.062),
  standard('macos-13', 'macos-13', 'macos', 'x64', 4, 14, 'private', 0.062),
  ...LARGER_X64.flatMap(([cpus, memory, linux, windows]) => [
    larger('linux', 'x64', cpus, memory, linux),
    ...(windows === null ? [] : [larger('windows', 'x64', cpus, memory, windows)]),
  ]),
  ...LARGER_ARM64.flatMap(([cpus, memory, linux, windows]) => [
    larger('linux', 'arm64', cpus, memory, linux),
    ...(windows === null ? [] : [larger('windows', 'arm64', cpus, memory, windows)]),
  ]),
  larger('macos', 'arm64', 5, 14, 0.102),
  larger('macos', 'x64', 12, 30, 0.077),
]);

/** The OS of a runner entry as a run profile names it (`process.platform`). */
export function profileOsOf(os: RunnerOs): string {
  return os === 'macos' ? 'darwin' : os === 'windows' ? 'win32' : 'linux';
}

/** The largest catalogue file read (a few hundred entries are a few tens of KiB). */
export const CATALOG_MAX_BYTES = 256 * 1024;
const MAX_ENTRIES = 500;
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ._()/:+-]{0,63}$/;
const LABEL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const MAX_CPUS = 1024;
const MAX_PRICE_PER_MINUTE = 100;

/** The accepted format, in every catalogue error. */
export const CATALOG_FORMAT =
  'JSON {"replace": false, "runners": [{"name": "linux-x64-8-core", "label": "my-8-core", "os": "linux", "arch": "x64", "cpus": 8, "memory": "32G", "pricePerMinute": 0.022}]}' +
  ' (os linux, windows or macos; arch x64 or arm64; label and visibility ("public", "private", "any") optional; "replace": true drops the built-in runners)';

/**
 * A catalogue file that is not valid: names the input, the file, the entry and the field, and
 * gives the accepted format. An `InputError`, so the action fails the step and the CLI exits 2.
 */
export class CatalogError extends InputError {
  constructor(input: string, file: string, where: string, problem: string) {
    super(input, file, CATALOG_FORMAT);
    this.message = `${input} ${file}: ${where}${problem}. Expected ${CATALOG_FORMAT}.`;
  }
}

export interface UserCatalog {
  /** True: the file's runners are the whole catalogue; false: they are added (same name: replaced). */
  replace: boolean;
  runners: RunnerEntry[];
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Parses and validates a catalogue file's text; `input` and `file` name it in errors
 * (`runner-catalog runners.json: runners[2] ("big") field "memory": ...`).
 * @example parseCatalog('{"runners":[{"name":"big","os":"linux","arch":"x64","cpus":8,"memory":"32G","pricePerMinute":0}]}', 'runner-catalog', 'c.json').runners[0].cpus === 8
 */
export function parseCatalog(text: string, input: string, file: string): UserCatalog {
  const fail = (where: string, problem: string): never => {
    throw new CatalogError(input, file, where, problem);
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail('', `is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail('', 'the top level is not an object');
  const top = data as Record<string, unknown>;
  for (const key of Object.keys(top))
    if (key !== 'replace' && key !== 'runners') fail(`field ${describe(key)}`, ' is not known');
  if (top.replace !== undefined && typeof top.replace !== 'boolean')
    fail('field "replace"', ` is ${describe(top.replace)}, not true or false`);
  const list = top.runners;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_ENTRIES)
    return fail('field "runners"', ` must be a list of 1 to ${MAX_ENTRIES} runners`);
  const names = new Set<string>();
  const runners = list.map((item, index) => {
    const entry = parseEntry(item, index, input, file);
    if (names.has(entry.name)) fail(`runners[${index}]`, ` repeats the name "${entry.name}"`);
    names.add(entry.name);
    return entry;
  });
  return { replace: top.replace === true, runners };
}

const ENTRY_FIELDS = new Set([
  'name',
  'label',
  'os',
  'arch',
  'cpus',
  'memory',
  'pricePerMinute',
  'visibility',
]);

function parseEntry(item: unknown, index: number, input: string, file: string): RunnerEntry {
  let where = `runners[${index}]`;
  const fail = (field: string, problem: string): never => {
    throw new CatalogError(input, file, `${where} field "${field}"`, `: ${problem}`);
  };
  if (typeof item !== 'object' || item === null || Array.isArray(item))
    throw new CatalogError(input, file, where, ' is not an object');
  const raw = item as Record<string, unknown>;
  const name = raw.name;
  if (typeof name !== 'string' || !NAME_PATTERN.test(name))
    fail('name', `${describe(name)} is not 1 to 64 letters, digits, spaces or . _ ( ) / : + -`);
  where = `${where} (${name as string})`;
  for (const key of Object.keys(raw)) if (!ENTRY_FIELDS.has(key)) fail(key, 'is not a known field');
  const label = raw.label ?? null;
  if (label !== null && (typeof label !== 'string' || !LABEL_PATTERN.test(label)))
    fail('label', `${describe(label)} is not a runner label (letters, digits, . _ -)`);
  const os = raw.os;
  if (os !== 'linux' && os !== 'windows' && os !== 'macos')
    fail('os', `${describe(os)} is not linux, windows or macos`);
  const arch = raw.arch;
  if (arch !== 'x64' && arch !== 'arm64') fail('arch', `${describe(arch)} is not x64 or arm64`);
  const cpus = raw.cpus;
  if (typeof cpus !== 'number' || !Number.isInteger(cpus) || cpus < 1 || cpus > MAX_CPUS)
    fail('cpus', `${describe(cpus)} is not a whole number from 1 to ${MAX_CPUS}`);
  const memoryBytes = typeof raw.memory === 'string' ? parseSize(raw.memory) : null;
  if (memoryBytes === null || memoryBytes < 64 * 1024 * 1024)
    fail('memory', `${describe(raw.memory)} is not ${SIZE_FORMAT}, at least 64M`);
  const price = raw.pricePerMinute;
  if (
    typeof price !== 'number' ||
    !Number.isFinite(price) ||
    price < 0 ||
    price > MAX_PRICE_PER_MINUTE
  )
    fail(
      'pricePerMinute',
      `${describe(price)} is not a number of USD from 0 to ${MAX_PRICE_PER_MINUTE}`,
    );
  const visibility = raw.visibility ?? 'any';
  if (visibility !== 'public' && visibility !== 'private' && visibility !== 'any')
    fail('visibility', `${describe(visibility)} is not public, private or any`);
  return {
    name: name as string,
    label: label as string | null,
    os: os as RunnerOs,
    arch: arch as RunnerArch,
    cpus: cpus as number,
    memoryBytes: memoryBytes as number,
    pricePerMinuteUsd: price as number,
    visibility: visibility as RunnerVisibility,
    source: `${input} ${file}`,
  };
}

/** The catalogue the advice uses: the built-in one, extended or replaced by the user's. */
export function mergeCatalog(
  builtin: readonly RunnerEntry[],
  user: UserCatalog | null,
): RunnerEntry[] {
  if (user === null) return [...builtin];
  if (user.replace) return [...user.runners];
  const names = new Set(user.runners.map((entry) => entry.name));
  return [...builtin.filter((entry) => !names.has(entry.name)), ...user.runners];
}
