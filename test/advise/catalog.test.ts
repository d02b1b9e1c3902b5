import { describe, expect, it } from 'vitest';
import {
  BUILTIN_CATALOG,
  CATALOG_DATE,
  CatalogError,
  mergeCatalog,
  parseCatalog,
} from '../../src/advise/catalog.js';
import { InputError } from '../../src/shared/errors.js';

const GB = 1e9;

describe('the built-in catalogue (GitHub docs, 2026-11-28)', () => {
  it('carries its date', () => expect(CATALOG_DATE).toBe('2026-11-28'));

  // Figures as GitHub's pages gave them: specs (standard runners, larger runners) and the
  // per-minute rates from January 1, 2026.
  it.each([
    ['ubuntu-latest (public repo)', 'ubuntu-latest', 'linux', 'x64', 4, 16, 0],
    ['ubuntu-24.04-arm (public repo)', 'ubuntu-24.04-arm', 'linux', 'arm64', 4, 16, 0],
    ['windows-latest (public repo)', 'windows-latest', 'windows', 'x64', 4, 16, 0],
    ['ubuntu-latest (private repo)', 'ubuntu-latest', 'linux', 'x64', 2, 7, 0.006],
    ['windows-latest (private repo)', 'windows-latest', 'windows', 'x64', 2, 7, 0.01],
    ['ubuntu-slim (private repo)', 'ubuntu-slim', 'linux', 'x64', 1, 5, 0.002],
    ['macos-latest (private repo)', 'macos-latest', 'macos', 'arm64', 3, 7, 0.062],
    ['macos-13 (private repo)', 'macos-13', 'macos', 'x64', 4, 14, 0.062],
    ['linux-x64-2-core', null, 'linux', 'x64', 2, 8, 0.006],
    ['linux-x64-8-core', null, 'linux', 'x64', 8, 32, 0.022],
    ['linux-x64-96-core', null, 'linux', 'x64', 96, 384, 0.252],
    ['windows-x64-64-core', null, 'windows', 'x64', 64, 256, 0.322],
    ['windows-x64-96-core', null, 'windows', 'x64', 96, 384, 0.552],
    ['linux-arm64-2-core', null, 'linux', 'arm64', 2, 8, 0.005],
    ['linux-arm64-64-core', null, 'linux', 'arm64', 64, 208, 0.098],
    ['windows-arm64-16-core', null, 'windows', 'arm64', 16, 64, 0.05],
    ['windows-arm64-64-core', null, 'windows', 'arm64', 64, 208, 0.194],
    ['macos-arm64-5-core', null, 'macos', 'arm64', 5, 14, 0.102],
    ['macos-x64-12-core', null, 'macos', 'x64', 12, 30, 0.077],
  ] as const)('%s', (name, label, os, arch, cpus, memoryGb, price) => {
    const entry = BUILTIN_CATALOG.find((candidate) => candidate.name === name);
    expect(entry).toMatchObject({ label, os, arch, cpus, pricePerMinuteUsd: price });
    expect(entry?.memoryBytes).toBe(memoryGb * GB);
    expect(entry?.source).toMatch(/^GitHub docs, /);
  });

  it('has unique names, no 2-core Windows or 96-core arm64 larger runner', () => {
    const names = BUILTIN_CATALOG.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('windows-x64-2-core');
    expect(names).not.toContain('linux-arm64-96-core');
  });
});

const VALID = {
  runners: [
    {
      name: 'arc-large',
      label: 'arc-large',
      os: 'linux',
      arch: 'x64',
      cpus: 16,
      memory: '64G',
      pricePerMinute: 0,
    },
  ],
};

describe('parseCatalog: a user catalogue file', () => {
  it('reads a valid file, sizes in powers of 1024', () => {
    const catalog = parseCatalog(JSON.stringify(VALID), 'runner-catalog', 'runners.json');
    expect(catalog.replace).toBe(false);
    expect(catalog.runners[0]).toMatchObject({
      name: 'arc-large',
      cpus: 16,
      memoryBytes: 64 * 1024 ** 3,
      visibility: 'any',
      source: 'runner-catalog runners.json',
    });
  });

  it('extends the built-in catalogue (same name replaces), or replaces it', () => {
    const renamed = { runners: [{ ...VALID.runners[0], name: 'linux-x64-8-core', cpus: 6 }] };
    const extended = mergeCatalog(BUILTIN_CATALOG, parseCatalog(JSON.stringify(renamed), 'c', 'f'));
    expect(extended).toHaveLength(BUILTIN_CATALOG.length);
    expect(extended.filter((entry) => entry.name === 'linux-x64-8-core')).toMatchObject([
      { cpus: 6 },
    ]);
    const replaced = mergeCatalog(
      BUILTIN_CATALOG,
      parseCatalog(JSON.stringify({ ...VALID, replace: true }), 'c', 'f'),
    );
    expect(replaced.map((entry) => entry.name)).toEqual(['arc-large']);
    expect(mergeCatalog(BUILTIN_CATALOG, null)).toEqual([...BUILTIN_CATALOG]);
  });

  const entry = (changes: Record<string, unknown>): string =>
    JSON.stringify({ runners: [{ ...VALID.runners[0], ...changes }] });

  it.each([
    ['not JSON', '{runners: [', /runner-catalog runners\.json: is not JSON/],
    ['a list at the top', '[]', /the top level is not an object/],
    ['an unknown top-level field', '{"runners":[],"extra":1}', /field "extra" is not known/],
    ['no runners', '{"runners":[]}', /field "runners" must be a list of 1 to 500 runners/],
    [
      'replace not a boolean',
      JSON.stringify({ ...VALID, replace: 'yes' }),
      /field "replace" is "yes"/,
    ],
    ['an entry not an object', '{"runners":[3]}', /runners\[0\] is not an object/],
    ['a bad name', entry({ name: '' }), /runners\[0\] field "name": "" is not/],
    [
      'an unknown field',
      entry({ gpus: 1 }),
      /runners\[0\] \(arc-large\) field "gpus": is not a known field/,
    ],
    [
      'a bad os',
      entry({ os: 'ubuntu' }),
      /\(arc-large\) field "os": "ubuntu" is not linux, windows or macos/,
    ],
    ['a bad arch', entry({ arch: 'amd64' }), /field "arch": "amd64" is not x64 or arm64/],
    ['fractional CPUs', entry({ cpus: 1.5 }), /field "cpus": 1\.5 is not a whole number/],
    ['memory as a number', entry({ memory: 64 }), /field "memory": 64 is not a size such as 512M/],
    ['memory not a size', entry({ memory: '64 gigs' }), /field "memory": "64 gigs" is not a size/],
    [
      'a negative price',
      entry({ pricePerMinute: -1 }),
      /field "pricePerMinute": -1 is not a number of USD/,
    ],
    ['a price as text', entry({ pricePerMinute: '0.01' }), /field "pricePerMinute": "0\.01"/],
    ['a bad visibility', entry({ visibility: 'internal' }), /field "visibility": "internal"/],
    ['a bad label', entry({ label: 'a b' }), /field "label": "a b" is not a runner label/],
    [
      'a repeated name',
      JSON.stringify({ runners: [VALID.runners[0], VALID.runners[0]] }),
      /runners\[1\] repeats the name "arc-large"/,
    ],
  ])('refuses %s, naming the file, the entry and the field', (_, text, message) => {
    let caught: unknown;
    try {
      parseCatalog(text, 'runner-catalog', 'runners.json');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CatalogError);
    expect(caught).toBeInstanceOf(InputError);
    const text_ = (caught as Error).message;
    expect(text_).toMatch(/^runner-catalog runners\.json: /);
    expect(text_).toMatch(message);
    // The accepted format, in the same one line.
    expect(text_).toContain('Expected JSON {"replace": false, "runners": [');
    expect(text_).not.toContain('\n');
  });
});
