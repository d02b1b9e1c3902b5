/**
 * systeminformation in the built dist/: bundled by esbuild into a chunk of its own that only the
 * macOS/Windows probe imports. On Linux the main step and the CLI never load that chunk; on a
 * (recorded) Mac they load it and plan on free + inactive memory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const RECORD_LOADS = new URL('../support/record-loads.mjs', import.meta.url).pathname;
const FAKE_HOST = new URL('../support/fake-host-preload.mjs', import.meta.url).pathname;
/** A constant of systeminformation's PowerShell runner: marks the file that holds the library. */
const MARKER = '--###ENDCMD###--';

function chunksHolding(entry: string, marker: string): string[] {
  const folder = join(DIST, entry);
  return readdirSync(folder).filter(
    (file) => file.endsWith('.js') && readFileSync(join(folder, file), 'utf8').includes(marker),
  );
}

/** Runs a built entry with the load recorder (and a recorded host); returns output and loads. */
function run(entry: string, args: string[], fakeHost?: string) {
  const log = join(mkdtempSync(join(tmpdir(), 'rp-loads-')), 'loads.txt');
  const preload = fakeHost ? ['--import', FAKE_HOST] : [];
  const result = spawnSync(
    process.execPath,
    ['--import', RECORD_LOADS, ...preload, join(DIST, entry, 'index.js'), ...args],
    {
      encoding: 'utf8',
      timeout: 30_000,
      // No RUNNER_TEMP: the main step plans and reports without starting the sampler.
      env: { PATH: process.env.PATH, RP_LOADED_LOG: log, RP_FAKE_HOST: fakeHost ?? '' },
    },
  );
  let loaded: string[] = [];
  try {
    loaded = readFileSync(log, 'utf8').trim().split('\n');
  } catch {
    // Nothing was loaded through the ES module loader.
  }
  return { ...result, loaded };
}

describe.skipIf(process.platform !== 'linux')('systeminformation in the built dist/', () => {
  it.each(['main', 'cli'])('dist/%s: the library sits in one chunk, not in index.js', (entry) => {
    const chunks = chunksHolding(entry, MARKER);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).not.toBe('index.js');
  });

  it.each([
    ['main', []],
    ['cli', ['plan', '--json']],
  ])('dist/%s on Linux never loads the systeminformation chunk', (entry, args) => {
    const [chunk] = chunksHolding(entry, MARKER);
    const result = run(entry, args);
    expect(result.status, result.stderr).toBe(0);
    // The recorder works: it saw the entry itself.
    expect(result.loaded.some((url) => url.endsWith(`/dist/${entry}/index.js`))).toBe(true);
    expect(result.loaded.filter((url) => url.endsWith(`/${chunk}`))).toEqual([]);
  });

  it('dist/cli on a recorded macOS runner loads the chunk and plans on free + inactive', () => {
    const [chunk] = chunksHolding('cli', MARKER);
    const result = run('cli', ['plan', '--json'], 'macos-14-arm64-runner');
    expect(result.status, result.stderr).toBe(0);
    expect(result.loaded.some((url) => url.endsWith(`/${chunk}`))).toBe(true);
    const { capacity } = JSON.parse(result.stdout) as {
      capacity: Record<string, unknown>;
    };
    // vm_stat.txt: (free 3875 + speculative 2361 + inactive 142744) × 16384 bytes.
    expect(capacity).toMatchObject({
      os: 'darwin',
      memoryAvailableBytes: 2_440_888_320,
      physicalCpus: 3,
      swapTotalBytes: 1024 * 1024 ** 2,
      warnings: [],
    });
  });

  it('dist/main on a recorded Windows runner reports available physical memory', () => {
    const [chunk] = chunksHolding('main', MARKER);
    const result = run('main', [], 'windows-2022-runner');
    expect(result.status, result.stderr).toBe(0);
    expect(result.loaded.some((url) => url.endsWith(`/${chunk}`))).toBe(true);
    // machine.json: freemem 12473413632 bytes = 11895 MiB.
    expect(result.stdout).toContain('output memory-available-mb=11895\n');
    // No probe warning: systeminformation answered (a fallback would say so).
    expect(result.stdout + result.stderr).not.toContain('Probe:');
  });
});
