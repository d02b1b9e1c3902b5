/**
 * What the built main step evaluates at start-up (bench/RESULTS.md §1 measures the time): the
 * toolkit, @actions/core, but not the HTTP client it imports for OIDC tokens (@actions/http-client,
 * undici, tunnel) nor @actions/exec and @actions/io, which the main step never uses. The build
 * leaves them out of the main step's files (scripts/build.mjs, SIDE_EFFECT_FREE); the post step,
 * which uploads artifacts, keeps the HTTP client.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEnvFile } from '../harness/mini-runner.js';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const RECORD_LOADS = new URL('../support/record-loads.mjs', import.meta.url).pathname;

/** esbuild names each bundled module in a comment: `// node_modules/<package>/<file>`. */
const moduleComment = (packageName: string) => `// node_modules/${packageName}/`;
const LEFT_OUT = ['@actions/http-client', 'undici', 'tunnel', '@actions/exec', '@actions/io'];

describe('the main step at start-up', () => {
  it('evaluates @actions/core and none of the HTTP client, exec or io; outputs reach the runner', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-startup-'));
    const log = join(dir, 'loads.txt');
    const output = join(dir, 'output');
    writeFileSync(output, '');
    const result = spawnSync(
      process.execPath,
      ['--import', RECORD_LOADS, join(DIST, 'main', 'index.js')],
      {
        encoding: 'utf8',
        timeout: 30_000,
        // No RUNNER_TEMP: the step plans and writes its outputs without starting the sampler.
        env: {
          PATH: process.env.PATH,
          RP_LOADED_LOG: log,
          GITHUB_OUTPUT: output,
          INPUT_HISTORY: 'false',
        },
      },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(parseEnvFile(readFileSync(output, 'utf8')).workers).toMatch(/^\d+$/);
    const loaded = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .filter((url) => url.startsWith('file:') && url.includes('/dist/main/'));
    expect(loaded.length).toBeGreaterThan(0);
    const code = loaded.map((url) => readFileSync(fileURLToPath(url), 'utf8')).join('\n');
    expect(code).toContain(moduleComment('@actions/core'));
    for (const name of LEFT_OUT) expect(code, name).not.toContain(moduleComment(name));
  });

  it('the post step still bundles the HTTP client its artifact upload uses', () => {
    const post = join(DIST, 'post');
    const code = readdirSync(post)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(post, file), 'utf8'))
      .join('\n');
    expect(code).toContain(moduleComment('@actions/http-client'));
  });
});
