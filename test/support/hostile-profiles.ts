/**
 * fast-check arbitraries of hostile run profiles, as an earlier run's artifact (or a file handed
 * to the CLI) could carry them. Four kinds of case:
 * - `valid`: a v2 profile the schema accepts, with hostile text in every string field (workflow
 *   commands, line breaks, bidi and zero-width characters, HTML, mentions, references, table
 *   pipes, backticks, NUL, lone surrogates, text up to the field's cap) and extreme numbers
 *   (0, 1, MAX_SAFE_INTEGER, 10^9 workers, 10^12 ms) within the schema's ranges; arrays up to the
 *   schema's caps (500 phases, 50 groups, 600 timeline points, 1000 events). Some (`large`) are
 *   hundreds of phases named with the characters whose escapes are longest, to reach the size
 *   limits of GitHub's job summary and comments.
 * - `valid-v1`: the same written as format v1 (no exit code, no concurrency figures).
 * - `damaged`: a valid profile with one to three kinds of damage (a field missing, of the wrong
 *   type, negative or fractional where the schema forbids it, too long, an extra field, deep
 *   nesting, an array past its cap, v1 and v2 mixed, timeline columns of different lengths, a
 *   timeline pointing at a phase that does not exist, raw JSON numbers such as `1e400`, the text
 *   cut short, duplicate keys, `__proto__`); most of it must be refused, all of it cleanly.
 * - `garbage`: random bytes, random JSON, a header on random JSON, or deeply nested brackets.
 * A `family` is several cases that draw their names from one pool, so phases, worker groups and
 * profiles match one another and the estimator and the drift test get past their lookups.
 */
import fc from 'fast-check';
import {
  PROFILE_KIND,
  TIMELINE_MAX_POINTS,
  type PhaseProfile,
  type ProfileEvent,
  type RunProfile,
  type WorkerGroup,
} from '../../src/profile/types.js';

/** Pieces of text that attack a Markdown renderer, a Mermaid chart, a log or a terminal. */
export const HOSTILE_FRAGMENTS: readonly string[] = [
  // Workflow commands
  '::error::PWN',
  '::set-output name=x::y',
  '::add-mask::secret',
  '::stop-commands::tok',
  '::tok::',
  '::',
  '##[error]x',
  '##[set-env name=X]y',
  '##vso[task.setvariable variable=x]y',
  '%0A::error::encoded',
  // Line breaks and white space
  '\n',
  '\r',
  '\r\n',
  '\n::error::after LF',
  '\r::warning::after CR',
  '\u2028',
  '\u2029',
  '\u0085',
  '\t',
  '\u00a0',
  '\u3000',
  // Bidi, zero-width and other invisible characters
  '\u202e',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u180e',
  '\u3164',
  '\ufe0f',
  '\u{e0041}',
  // Controls
  '\u0000',
  '\u001b[31m',
  '\u001b]8;;https://evil.example\u0007',
  '\u0007',
  '\u0008',
  '\u007f',
  '\u009b',
  // Lone surrogates and multi-code-point characters
  '\ud800',
  '\udfff',
  '😀',
  '👨‍👩‍👧',
  'e\u0301',
  '中文',
  // HTML
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC=x>',
  '<svg onload=alert(1)>',
  '<iframe src=//evil.example>',
  '<a href="javascript:alert(1)">x</a>',
  '<details open><summary>x</summary>',
  '</details></table></sub>',
  '<!--',
  '-->',
  '--!>',
  '&lt;script&gt;',
  '&#58;',
  '&#x3a;',
  '&amp;',
  // Mentions and references
  '@octocat',
  '@org/team',
  'a@b.example',
  '#1',
  '#123',
  'owner/repo#1',
  'owner/repo@abc1234',
  'GH-1',
  // Markdown
  '|',
  '\\|',
  '\\',
  '`',
  '```',
  '~~~',
  '[x](https://evil.example)',
  '![i](https://evil.example/p.png)',
  '[ref]: https://evil.example',
  '<https://evil.example>',
  'https://evil.example/x',
  'www.evil.example',
  '*',
  '**',
  '_',
  '~~',
  '# ',
  '> ',
  '- ',
  '1. ',
  '---',
  '===',
  // Mermaid
  '"]; A-->B["',
  '%%{init: {"theme": "x"}}%%',
  'click A call alert()',
  ';',
  ':',
  '{',
  '}',
  '(',
  ')',
  // Shells, templates, formats, prototypes
  '${{ secrets.TOKEN }}',
  '$(id)',
  '"',
  "'",
  '%s',
  '%n',
  '\\u202e',
  '__proto__',
  'constructor',
  'toString',
  // Names the engine gives a meaning to
  'node',
  'java',
  'NODE.EXE',
  'default',
  'test',
];

/** Words the output checks look for (`NaN`, `Infinity`, `undefined`): kept out of generated text. */
const CHECKED_WORDS = /NaN|Infinity|undefined|\[object Object\]/g;

/** Cuts to `maxLength` code points (what the schema's maxLength counts). */
function codePoints(text: string, maxLength: number): string {
  const characters = [...text];
  return characters.length > maxLength ? characters.slice(0, maxLength).join('') : text;
}

const fragment = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS), weight: 6 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
);

/** Hostile text of any length (the schema refuses what is past a field's cap). */
export function hostileText(maxLength: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      { arbitrary: fc.array(fragment, { maxLength: 6 }).map((parts) => parts.join('')), weight: 8 },
      {
        // One piece repeated up to `maxLength` code points: very long names, `@` × 256, `#1 ` × 85.
        arbitrary: fc
          .tuple(fragment, fc.integer({ min: 1, max: maxLength }))
          .map(([piece, length]) => codePoints((piece || 'x').repeat(length), length)),
        weight: 1,
      },
    )
    .map((text) => text.replace(CHECKED_WORDS, 'w'));
}

/** Hostile text the schema accepts in a field capped at `maxLength`. */
export function fieldText(maxLength: number): fc.Arbitrary<string> {
  return hostileText(maxLength).map((text) => codePoints(text, maxLength));
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const GiB = 1024 ** 3;

const bytes = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 64 * GiB }), weight: 6 },
  { arbitrary: fc.constantFrom(0, 1, 4096, 2 ** 31 - 1, 2 ** 32, 2 ** 52, MAX_SAFE), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: MAX_SAFE }), weight: 1 },
);
const nullableBytes = fc.option(bytes, { nil: null, freq: 3 });
const count = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 64 }), weight: 6 },
  { arbitrary: fc.constantFrom(0, 1, 2, 100_000, 1_000_000_000), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 1_000_000_000 }), weight: 1 },
);
const ms = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 10_000_000 }), weight: 6 },
  { arbitrary: fc.constantFrom(0, 1, 1e12), weight: 2 },
  { arbitrary: fc.double({ min: 0, max: 1e12, noNaN: true }), weight: 1 },
);
const nullableId = fc.option(
  fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(0, MAX_SAFE)),
  { nil: null, freq: 4 },
);
const startedAt = fc.oneof(
  { arbitrary: fc.constant('2026-11-20T10:00:00.000Z'), weight: 2 },
  {
    arbitrary: fc
      .date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((date) => date.toISOString()),
    weight: 2,
  },
  { arbitrary: fieldText(40), weight: 1 },
);

/** A name: one of the family's pool (so lookups match) or fresh hostile text. */
function nameFrom(pool: readonly string[], maxLength = 256): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...pool), weight: 3 },
    { arbitrary: fieldText(maxLength), weight: 1 },
  );
}

function workerGroup(pool: readonly string[]): fc.Arbitrary<WorkerGroup> {
  return fc.record({
    name: nameFrom(pool),
    parentName: fc.option(nameFrom(pool), { nil: null, freq: 4 }),
    maxConcurrency: count,
    processes: count,
    peakRss: fc.record({ p50Bytes: bytes, p90Bytes: bytes, maxBytes: bytes, meanBytes: bytes }),
    meanEndRssBytes: bytes,
    peakTotalBytes: bytes,
    concurrency: fc.option(
      fc.record({
        memberMeanBytes: bytes,
        memberSdBytes: bytes,
        aliveAtPeak: count,
        meanAlive: fc.oneof(
          fc.double({ min: 0, max: 1_000_000_000, noNaN: true }),
          fc.constantFrom(0, 1e9),
        ),
        sustainedAlive: count,
      }),
      { nil: null, freq: 3 },
    ),
  });
}

/** An array of mostly a few items, sometimes of `usual` to `cap` (copies of one item: cheap). */
function upToCap<T>(item: fc.Arbitrary<T>, usual: number, cap: number): fc.Arbitrary<T[]> {
  return fc.oneof(
    { arbitrary: fc.array(item, { maxLength: usual }), weight: 30 },
    {
      arbitrary: fc
        .tuple(item, fc.integer({ min: usual, max: cap }))
        .map(([one, length]) => Array.from({ length }, () => structuredClone(one))),
      weight: 1,
    },
  );
}

function phase(pool: readonly string[]): fc.Arbitrary<PhaseProfile> {
  return fc.record({
    name: nameFrom(pool),
    startMs: ms,
    endMs: ms,
    durationMs: ms,
    workersRecommended: fc.option(
      fc.oneof(fc.integer({ min: 0, max: 64 }), fc.constantFrom(0, 100_000)),
      { nil: null },
    ),
    nodeHeapMb: fc.option(fc.integer({ min: 1, max: 1_000_000_000 }), { nil: null }),
    samples: count,
    treeRss: fc.record({ peakBytes: bytes, p95Bytes: bytes, meanBytes: bytes, endBytes: bytes }),
    peakSystemUsedBytes: nullableBytes,
    peakCgroupUsageBytes: nullableBytes,
    oomKills: count,
    heapLimitKills: fc.option(count, { nil: null }),
    pressureMaxAvg10: fc.option(
      fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(0, 100)),
      {
        nil: null,
      },
    ),
    workerGroups: upToCap(workerGroup(pool), 4, 50),
  });
}

function event(pool: readonly string[]): fc.Arbitrary<ProfileEvent> {
  return fc.record({
    tMs: ms,
    kind: fc.constantFrom('oom-kill', 'pressure-peak', 'sigkill', 'sampler-died', 'heap-limit'),
    phase: fc.option(nameFrom(pool), { nil: null }),
    detail: fc.option(nameFrom(pool), { nil: null }),
    // The schema leaves `value` unbounded: any finite double.
    value: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }),
  });
}

/** Timeline columns of one length, phase indices inside `phases`. */
function timeline(phases: number): fc.Arbitrary<RunProfile['timeline']> {
  const length =
    phases === 0
      ? fc.constant(0)
      : fc.oneof(
          { arbitrary: fc.integer({ min: 0, max: 40 }), weight: 20 },
          { arbitrary: fc.constantFrom(1, 2, TIMELINE_MAX_POINTS), weight: 2 },
          { arbitrary: fc.integer({ min: 0, max: TIMELINE_MAX_POINTS }), weight: 1 },
        );
  return length.chain((points) =>
    fc.record({
      tMs: fc.array(ms, { minLength: points, maxLength: points }),
      treeRssBytes: fc.array(bytes, { minLength: points, maxLength: points }),
      systemUsedBytes: fc.array(nullableBytes, { minLength: points, maxLength: points }),
      cgroupUsageBytes: fc.array(nullableBytes, { minLength: points, maxLength: points }),
      phase: fc.array(fc.integer({ min: 0, max: Math.max(0, Math.min(phases, 500) - 1) }), {
        minLength: points,
        maxLength: points,
      }),
    }),
  );
}

/** A v6 profile the schema accepts, every string hostile. */
export function validProfile(pool: readonly string[]): fc.Arbitrary<RunProfile> {
  return upToCap(phase(pool), 4, 500).chain((phases) =>
    fc.record({
      kind: fc.constant(PROFILE_KIND),
      version: fc.constant(6 as const),
      tool: fc.record({ name: fc.constant('resource-planner' as const), version: fieldText(64) }),
      host: fc.record({
        os: fc.oneof(
          { arbitrary: fc.constantFrom('linux', 'darwin', 'win32'), weight: 4 },
          { arbitrary: fieldText(32), weight: 1 },
        ),
        arch: fieldText(32),
        logicalCpus: count,
        cpus: count,
        memoryTotalBytes: bytes,
        memoryLimitBytes: bytes,
        cgroupMemoryLimitBytes: nullableBytes,
        cgroupVersion: fc.constantFrom(1 as const, 2 as const, null),
      }),
      run: fc.record({
        repositoryId: nullableId,
        repository: fc.option(fieldText(256), { nil: null }),
        workflow: fc.option(nameFrom(pool), { nil: null }),
        job: fc.option(nameFrom(pool), { nil: null }),
        matrixKey: fc.option(fieldText(4096), { nil: null }),
        runId: nullableId,
        runAttempt: nullableId,
        sha: fc.option(fieldText(64), { nil: null }),
        ref: fc.option(fieldText(256), { nil: null }),
        event: fc.option(fieldText(64), { nil: null }),
        headRepositoryId: nullableId,
        startedAt,
        exitCode: fc.option(
          fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.constantFrom(0, 1, 137)),
          { nil: null },
        ),
        shard: fc.option(
          fc
            .integer({ min: 1, max: 256 })
            .chain((total) =>
              fc.record({ index: fc.integer({ min: 1, max: total }), total: fc.constant(total) }),
            ),
          { nil: null },
        ),
      }),
      sampler: fc.record({
        intervalMs: ms,
        source: fc.oneof(
          { arbitrary: fc.constantFrom('proc', 'ps', 'tasklist', 'none'), weight: 3 },
          { arbitrary: fieldText(16), weight: 1 },
        ),
        samples: count,
        died: fc.boolean(),
      }),
      phases: fc.constant(phases),
      timeline: timeline(phases.length),
      events: upToCap(event(pool), 5, 1000),
    }),
  );
}

/** The same profile as format v1 wrote it. */
export function asV1(profile: RunProfile): Record<string, unknown> {
  const { exitCode: _exitCode, shard: _shard, ...run } = profile.run;
  return {
    ...profile,
    version: 1,
    run,
    phases: profile.phases.map(
      ({ heapLimitKills: _heapLimitKills, nodeHeapMb: _nodeHeapMb, ...phase }) => ({
        ...phase,
        workerGroups: phase.workerGroups.map(({ concurrency: _concurrency, ...group }) => group),
      }),
    ),
    events: profile.events.filter((event) => event.kind !== 'heap-limit'),
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path in a JSON value (objects and arrays included), parents first. */
function pathsOf(value: Json, prefix: Path = [], into: Path[] = []): Path[] {
  into.push(prefix);
  if (Array.isArray(value)) {
    // A few items are enough: huge arrays would make the list huge.
    value.slice(0, 3).forEach((item, index) => pathsOf(item, [...prefix, index], into));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], into);
  }
  return into;
}

/** The value at `path`, or undefined when the path leads nowhere. */
function nodeAt(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path) {
    if (node === null || node === undefined || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[key];
  }
  return node;
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return (
    value !== null && value !== undefined && typeof value === 'object' && !Array.isArray(value)
  );
}

/** Raw JSON number text the serializer cannot produce: placed through a sentinel string. */
const RAW_NUMBERS = ['1e400', '-1e400', '-0', '1E-400', '123456789012345678901234567890', '0.5e1'];
const RAW_PREFIX = '\u0001raw:';

const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, '', 'x', [], {}, 1.5, -1, -0.5, 2 ** 53, -MAX_SAFE),
  fc.constantFrom(...RAW_NUMBERS).map((raw) => `${RAW_PREFIX}${raw}`),
  hostileText(300),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.integer({ min: 1, max: 40 }).map((depth) => {
    let value: Json = 1;
    for (let level = 0; level < depth; level++) value = [value];
    return value;
  }),
);

export type DamageKind =
  | 'delete'
  | 'wrong-type'
  | 'extra-field'
  | 'too-long'
  | 'negative'
  | 'fraction'
  | 'huge-array'
  | 'version-mix'
  | 'timeline-length'
  | 'timeline-phase'
  | 'deep-nesting'
  | 'truncate'
  | 'duplicate-key'
  | 'proto'
  | 'bom';

const damage = fc.record({
  kind: fc.constantFrom<DamageKind>(
    'delete',
    'wrong-type',
    'extra-field',
    'too-long',
    'negative',
    'fraction',
    'huge-array',
    'version-mix',
    'timeline-length',
    'timeline-phase',
    'deep-nesting',
    'truncate',
    'duplicate-key',
    'proto',
    'bom',
  ),
  pick: fc.nat(),
  value: wrongValue,
  key: fc.oneof(fc.constantFrom('extra', '__proto__', 'constructor', ''), fieldText(40)),
  depth: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(1000, 100_000)),
});

type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never;

/** Applies object-level damage in place; returns text-level damage to apply after serializing. */
function damageObject(root: Record<string, Json>, hurt: Damage): Damage | null {
  const paths = pathsOf(root).slice(1);
  if (paths.length === 0) return null;
  const path = paths[hurt.pick % paths.length] as Path;
  const parent = nodeAt(root, path.slice(0, -1));
  const key = path.at(-1) as string | number;
  const current = Array.isArray(parent)
    ? parent[key as number]
    : isObject(parent)
      ? parent[key]
      : undefined;
  const set = (value: Json): void => {
    if (Array.isArray(parent)) parent[key as number] = value;
    else if (isObject(parent)) parent[key] = value;
  };
  switch (hurt.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else if (isObject(parent)) delete parent[key];
      return null;
    case 'wrong-type':
      set(hurt.value);
      return null;
    case 'extra-field': {
      const objects = pathsOf(root).filter((candidate) => isObject(nodeAt(root, candidate)));
      const target = nodeAt(root, objects[hurt.pick % objects.length] ?? []);
      // defineProperty: `__proto__` becomes an own key, as JSON.parse would make it.
      if (isObject(target))
        Object.defineProperty(target, hurt.key, {
          value: hurt.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return null;
    }
    case 'too-long':
      set(typeof current === 'string' ? current + 'x'.repeat(5000) : 'y'.repeat(70_000));
      return null;
    case 'negative':
      set(typeof current === 'number' ? -Math.max(1, Math.abs(current)) : -1);
      return null;
    case 'fraction':
      set(typeof current === 'number' ? current + 0.5 : 0.5);
      return null;
    case 'huge-array': {
      // Past a cap: 501 phases, 51 groups, 1001 events (each a copy). Earlier damage may have
      // made any of them something else: then there is nothing to grow.
      const arrays: [Json | undefined, number][] = [
        [nodeAt(root, ['phases']), 501],
        [nodeAt(root, ['phases', 0, 'workerGroups']), 51],
        [nodeAt(root, ['events']), 1001],
      ];
      const [array, length] = arrays[hurt.pick % arrays.length] as [Json | undefined, number];
      if (!Array.isArray(array)) return null;
      const first = array.length > 0 ? (array[0] as Json) : hurt.value;
      while (array.length < length) array.push(structuredClone(first));
      return null;
    }
    case 'version-mix':
      // an older version with newer fields, or the newest without them; or versions that do not exist.
      root.version = [1, 2, 4, 0, '3', null, 1.5][hurt.pick % 7] as Json;
      return null;
    case 'timeline-length': {
      const names = ['tMs', 'treeRssBytes', 'systemUsedBytes', 'cgroupUsageBytes', 'phase'];
      const column = nodeAt(root, ['timeline', names[hurt.pick % names.length] as string]);
      if (Array.isArray(column)) {
        if (hurt.pick % 2 === 0 || column.length === 0) column.push(0);
        else column.pop();
      }
      return null;
    }
    case 'timeline-phase': {
      // One more point, in a phase past the last.
      const phases = nodeAt(root, ['phases']);
      const count = Array.isArray(phases) ? phases.length : 0;
      for (const name of ['tMs', 'treeRssBytes', 'systemUsedBytes', 'cgroupUsageBytes', 'phase']) {
        const column = nodeAt(root, ['timeline', name]);
        if (Array.isArray(column)) column.push(name === 'phase' ? count + (hurt.pick % 3) : 0);
      }
      return null;
    }
    case 'deep-nesting': {
      let value: Json = hurt.value;
      for (let level = 0; level < Math.min(hurt.depth, 50); level++)
        value = hurt.pick % 2 === 0 ? [value] : { a: value };
      set(value);
      // Deeper than 50: done on the text, where it costs no recursion to build.
      return hurt.depth > 50 ? hurt : null;
    }
    default:
      return hurt;
  }
}

/** Text-level damage: what cannot be built as an object. */
function damageText(text: string, hurt: Damage): string {
  switch (hurt.kind) {
    case 'truncate':
      return text.slice(0, hurt.pick % Math.max(1, text.length));
    case 'duplicate-key':
      // JSON.parse keeps the last: a second `kind` or `version` after the first.
      return text.replace(
        /^\{/,
        hurt.pick % 2 === 0
          ? '{"version":2,"version":"2",'
          : '{"kind":"x","kind":"resource-planner/run-profile",',
      );
    case 'proto':
      return text.replace(/^\{/, '{"__proto__":{"polluted":true},');
    case 'bom':
      return `\ufeff${text}`;
    case 'deep-nesting': {
      const depth = hurt.depth;
      const open = hurt.pick % 2 === 0 ? '['.repeat(depth) : '{"a":'.repeat(depth);
      const close = hurt.pick % 2 === 0 ? ']'.repeat(depth) : '}'.repeat(depth);
      return text.replace(/^\{/, `{"deep":${open}1${close},`);
    }
    default:
      return text;
  }
}

/** JSON text with the raw-number sentinels replaced by the raw tokens. */
function serialize(value: unknown): string {
  const text = JSON.stringify(value);
  return text.includes('\\u0001raw:')
    ? text.replace(/"\\u0001raw:([^"]*)"/g, (_match, raw: string) => raw)
    : text;
}

export type HostileKind = 'valid' | 'valid-v1' | 'damaged' | 'garbage';

export interface HostileProfileCase {
  kind: HostileKind;
  /** What was damaged (`damaged`), or what the garbage is. */
  damage: string[];
  /** The text as parseProfile gets it. */
  text: string;
  /** The bytes as a file holds them (garbage may not be UTF-8). */
  bytes: Uint8Array;
}

/** A case that prints short in a failure report (kind, damage, length, the start of the text). */
function makeCase(
  kind: HostileKind,
  damage: string[],
  text: string,
  bytes: Uint8Array = Buffer.from(text, 'utf8'),
): HostileProfileCase {
  const entry: HostileProfileCase = { kind, damage, text, bytes };
  Object.defineProperty(entry, fc.toStringMethod, {
    value: () =>
      `${kind}${damage.length > 0 ? ` (${damage.join('+')})` : ''}, ${text.length} chars: ${JSON.stringify(text.slice(0, 120))}…`,
  });
  return entry;
}

function textCase(kind: HostileKind, text: string, damageNames: string[] = []): HostileProfileCase {
  return makeCase(kind, damageNames, text);
}

const garbage: fc.Arbitrary<HostileProfileCase> = fc.oneof(
  fc
    .uint8Array({ maxLength: 2000 })
    .map((raw) => makeCase('garbage', ['bytes'], Buffer.from(raw).toString('utf8'), raw)),
  fc.string({ unit: 'binary', maxLength: 500 }).map((text) => textCase('garbage', text, ['text'])),
  fc
    .jsonValue({ maxDepth: 4 })
    .map((value) => textCase('garbage', JSON.stringify(value) ?? '', ['json'])),
  fc
    .tuple(fc.constantFrom(1, 2, 3, '2', null), fc.jsonValue({ maxDepth: 3 }))
    .map(([version, rest]) =>
      textCase(
        'garbage',
        JSON.stringify({
          ...(rest !== null && typeof rest === 'object' && !Array.isArray(rest) ? rest : { rest }),
          kind: PROFILE_KIND,
          version,
        }),
        ['header-only'],
      ),
    ),
  fc
    .tuple(fc.constantFrom('[', '{"a":', '"', '\\'), fc.integer({ min: 1, max: 200_000 }))
    .map(([open, depth]) => textCase('garbage', open.repeat(depth), ['brackets'])),
);

/** Characters with the longest escapes: `"` → `&quot;`, `:` → `&#58;`, invisible → `\\u200B`. */
const EXPENSIVE = ['"', ':', '&', '<', '@', '#', '|', '\u200b', '\u202e', '\u{e0041}'];

/**
 * A profile as large as the caps allow with names whose escapes are longest (100–500 phases of
 * 1–12 worker groups, names of up to 256 such characters): it drives the reports to GitHub's
 * size limits, where sections are dropped or cut.
 */
export function largeProfile(pool: readonly string[]): fc.Arbitrary<RunProfile> {
  const expensiveName = fc
    .tuple(fc.constantFrom(...EXPENSIVE), fc.integer({ min: 60, max: 250 }))
    .map(([character, length]) => character.repeat(length));
  return fc
    .tuple(
      validProfile(pool),
      phase(pool),
      workerGroup(pool),
      fc.integer({ min: 100, max: 500 }),
      fc.integer({ min: 1, max: 12 }),
      fc.array(expensiveName, { minLength: 1, maxLength: 3 }),
    )
    .map(([base, template, member, phases, groups, names]) => {
      const named = (index: number): string => names[index % names.length] as string;
      const built: PhaseProfile[] = Array.from({ length: phases }, (_, index) => ({
        ...template,
        name: `${index}${named(index)}`,
        oomKills: index % 2,
        pressureMaxAvg10: 50,
        workerGroups: Array.from({ length: groups }, (_, position) => ({
          ...member,
          name: named(position),
          parentName: named(position + 1),
        })),
      }));
      return {
        ...base,
        phases: built,
        timeline: { ...base.timeline, phase: base.timeline.phase.map((index) => index % phases) },
      };
    });
}

/**
 * One hostile case, its names drawn from `pool`. With `large`, one case in ~50 is a
 * `largeProfile` (slow to render: 0.1–0.5 s).
 */
export function hostileCase(
  pool: readonly string[],
  options: { large?: boolean } = {},
): fc.Arbitrary<HostileProfileCase> {
  const valid = validProfile(pool);
  const large = {
    arbitrary: largeProfile(pool).map((profile) =>
      textCase('valid', serialize(profile), ['large']),
    ),
    weight: 1,
  };
  return fc.oneof(
    { arbitrary: valid.map((profile) => textCase('valid', serialize(profile))), weight: 24 },
    {
      arbitrary: valid.map((profile) => textCase('valid-v1', serialize(asV1(profile)))),
      weight: 8,
    },
    {
      arbitrary: fc
        .tuple(valid, fc.boolean(), fc.array(damage, { minLength: 1, maxLength: 3 }))
        .map(([profile, v1, hurts]) => {
          const root = structuredClone(v1 ? asV1(profile) : profile) as unknown as Record<
            string,
            Json
          >;
          const later = hurts.map((hurt) => damageObject(root, hurt));
          let text = serialize(root);
          for (const hurt of later) if (hurt) text = damageText(text, hurt);
          return textCase(
            'damaged',
            text,
            hurts.map((hurt) => hurt.kind),
          );
        }),
      weight: 12,
    },
    { arbitrary: garbage, weight: 4 },
    ...(options.large ? [large] : []),
  );
}

/** A pool of names shared by a family: hostile text, plus names the engine matches on. */
export const namePool: fc.Arbitrary<string[]> = fc.array(
  fc.oneof(
    { arbitrary: fieldText(256), weight: 3 },
    {
      arbitrary: fc.constantFrom('node', 'java', 'NODE.EXE', 'python3', 'test', 'default'),
      weight: 1,
    },
  ),
  { minLength: 1, maxLength: 4 },
);

/** `min` to `max` hostile cases sharing one name pool (returned too). */
export function hostileFamily(
  min: number,
  max: number,
): fc.Arbitrary<{ pool: string[]; cases: HostileProfileCase[] }> {
  return namePool.chain((pool) =>
    fc
      .array(hostileCase(pool), { minLength: min, maxLength: max })
      .map((cases) => ({ pool, cases })),
  );
}
