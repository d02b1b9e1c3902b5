/**
 * `resource-planner advise` through runCli: the advice from a folder of profiles, as text and as
 * JSON, a user catalogue, and bad input as one line and exit 2.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { realCommands } from '../../src/cli/deps.js';
import { runCli } from '../../src/cli/main.js';
import { serializeProfile } from '../../src/profile/profile.js';
import { timedRuns } from '../support/profiles.js';

const root = mkdtempSync(join(tmpdir(), 'rp-advise-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const code = await runCli(argv, {
    io: {
      stdout: (text) => void (out.stdout += text),
      stderr: (text) => void (out.stderr += text),
      env: {},
    },
    commands: realCommands(),
    version: '0.0.0',
  });
  return { code, ...out };
}

/** T(n) = 100 s + 400 s / n (Amdahl, T1 500 s, 20% serial), recorded at `counts` on 4 CPUs. */
function folder(name: string, counts: number[]): string {
  const dir = join(root, name);
  mkdirSync(dir);
  const recent = new Date(Date.now() - 3_600_000).toISOString();
  timedRuns(counts, { startedAt: recent }).forEach((recorded, index) =>
    writeFileSync(join(dir, `${index + 1}.json`), serializeProfile(recorded)),
  );
  return dir;
}

const fitted = folder('fitted', [1, 2, 4]);
const oneCount = folder('one-count', [4, 4, 4]);

describe('resource-planner advise', () => {
  it('prints the recommendation, each runner, the evidence and the limits', async () => {
    const result = await cli([
      'advise',
      '--history',
      fitted,
      '--profile',
      'test',
      '--target',
      '5m',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Recommended {2}ubuntu-latest \(private repo\): the cheapest that meets 5 min without an OOM risk\.$/m,
    );
    // 2 workers on 2 CPUs: T(2) = 300 s, 5 minutes at $0.006. The peak is the workers' memory
    // as measured (the examples' same 1.4 GiB with elastic-memory off), not the elastic-memory
    // scaling's 764 MiB for a runner with less memory than history's: the count fits either way,
    // so nothing is marked.
    expect(result.stdout).toMatch(
      /^> ubuntu-latest \(private repo\) +2 +6\.5 GiB +2 +5 min +1\.4 GiB +\$0\.03 \(5 min\) +meets +low$/m,
    );
    expect(result.stdout).toMatch(
      /^ {2}linux-x64-4-core +4 +14\.9 GiB +4 +3 min 20 s +2\.7 GiB +\$0\.048 \(4 min\) +meets/m,
    );
    expect(result.stdout).not.toMatch(/if elastic/);
    expect(result.stdout).toMatch(
      /^Evidence +3 timed run\(s\) of 3 on Linux x64 \(4 CPUs\) at 1, 2, 4 workers/m,
    );
    expect(result.stdout).toMatch(/^limit: Durations are of phase 'test' alone/m);
    expect(result.stdout).toMatch(/^Catalogue +GitHub's docs as of 2026-11-28$/m);
  });

  it('--json prints the runner-advice object', async () => {
    const result = await cli(['advise', '--history', fitted, '--profile', 'test', '--json']);
    expect(result.code).toBe(0);
    const advice = JSON.parse(result.stdout);
    expect(advice).toMatchObject({
      advised: true,
      recommended: 'ubuntu-slim (private repo)',
      visibility: 'private',
      targetMs: null,
      evidence: { runs: 3, workerCounts: [1, 2, 4] },
      catalog: { builtinDate: '2026-11-28' },
    });
    // History ran with 16 GiB; on the 6.5 GiB runner elastic-memory (auto) would scale the
    // workers' memory down. The peak is as measured; the scaled one is beside it, lower.
    const latest = advice.runners.find(
      (runner: { name: string }) => runner.name === 'ubuntu-latest (private repo)',
    );
    expect(latest.peakBytes).toBeGreaterThan(latest.elasticPeakBytes);
    expect(latest.elasticPeakBytes).toBeGreaterThan(0);
    expect(latest.reliesOnElasticMemory).toBe(false);
  });

  it('--visibility public advises the free standard runners', async () => {
    const result = await cli([
      'advise',
      '--history',
      fitted,
      '--profile',
      'test',
      '--visibility',
      'public',
      '--json',
    ]);
    expect(JSON.parse(result.stdout).recommended).toBe('ubuntu-latest (public repo)');
  });

  it("--shard advises from that shard's runs only, and leaves the whole runs out", async () => {
    const dir = join(root, 'sharded');
    mkdirSync(dir);
    const recent = new Date(Date.now() - 3_600_000).toISOString();
    timedRuns([1, 2, 4, 1, 2, 4], { startedAt: recent }).forEach((recorded, index) => {
      // The last three are shard 2 of 2.
      if (index >= 3) recorded.run.shard = { index: 2, total: 2 };
      writeFileSync(join(dir, `${index + 1}.json`), serializeProfile(recorded));
    });
    const whole = JSON.parse(
      (await cli(['advise', '--history', dir, '--profile', 'test', '--json'])).stdout,
    );
    expect(whole.evidence.runs).toBe(3);
    expect(whole.limits.join('\n')).toMatch(/3 run\(s\) of another shard or split left out/);
    const shard = JSON.parse(
      (await cli(['advise', '--history', dir, '--profile', 'test', '--shard', '2/2', '--json']))
        .stdout,
    );
    expect(shard.evidence.runs).toBe(3);
    expect(shard.limits.join('\n')).toMatch(
      /left out \(the whole\): shard 2\/2 is compared with the same/,
    );
    const none = await cli(['advise', '--history', dir, '--profile', 'test', '--shard', '1/2']);
    expect(none.stdout).toMatch(/^No advice: no earlier run of shard 1\/2 recorded workers/m);
    for (const text of ['3/2', '0/2']) {
      const bad = await cli(['advise', '--history', dir, '--shard', text]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(
        new RegExp(
          `^resource-planner: option '--shard <I/T>' argument "${text}" is invalid\\. Expected INDEX/TOTAL such as 2/3`,
        ),
      );
    }
    // A split history never ran (2/3 where it ran 2/2): no advice, and the runs left out named.
    const otherSplit = await cli([
      'advise',
      '--history',
      dir,
      '--profile',
      'test',
      '--shard',
      '2/3',
    ]);
    expect(otherSplit.stdout).toMatch(/^No advice: no earlier run of shard 2\/3 recorded workers/m);
  });

  it.each([
    ['--workers', '3'],
    ['--memory-per-worker', '1G'],
    ['--fallback-memory-per-worker', '1G'],
  ])(
    'refuses %s, which the advice would ignore, and leaves it out of the help',
    async (flag, value) => {
      const result = await cli(['advise', '--history', root, flag, value]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `resource-planner: unknown option '${flag}' (see resource-planner advise --help)\n`,
      );
      const help = await cli(['advise', '--help']);
      expect(help.stdout).not.toContain(`${flag} `);
      expect(help.stdout).toContain('--memory-reserve <auto|SIZE>');
    },
  );

  it('says what is missing instead of advising: durations at one count only', async () => {
    const result = await cli(['advise', '--history', oneCount, '--profile', 'test']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^No advice: durations at one worker count only \(4 worker\(s\) with a CPU each, 3 run\(s\)\).*workers: 2\) to get advice\.$/m,
    );
    expect(result.stdout).not.toMatch(/Recommended/);
  });

  it('--catalog adds runners (replace: true makes them the whole catalogue)', async () => {
    const file = join(root, 'runners.json');
    writeFileSync(
      file,
      JSON.stringify({
        replace: true,
        runners: [
          { name: 'arc-6', os: 'linux', arch: 'x64', cpus: 6, memory: '24G', pricePerMinute: 0 },
        ],
      }),
    );
    const result = await cli([
      'advise',
      '--history',
      fitted,
      '--profile',
      'test',
      '--catalog',
      file,
      '--json',
    ]);
    expect(result.code).toBe(0);
    const advice = JSON.parse(result.stdout);
    expect(advice.runners.map((runner: { name: string }) => runner.name)).toEqual(['arc-6']);
    expect(advice.catalog).toEqual({
      builtinDate: null,
      builtinSources: [],
      files: [`--catalog ${file}`],
    });
  });

  it.each([
    [
      'a malformed catalogue',
      '{"runners": [{"name": "x", "os": "linux"}]}',
      /^resource-planner: --catalog \S+bad\.json: runners\[0\] \(x\) field "arch": undefined is not x64 or arm64\. Expected JSON/,
    ],
    [
      'a catalogue that is not JSON',
      'runners:\n  - x',
      /^resource-planner: --catalog \S+bad\.json: is not JSON/,
    ],
  ])('%s: one line, exit 2', async (_, text, line) => {
    const file = join(root, 'bad.json');
    writeFileSync(file, text);
    const result = await cli(['advise', '--history', fitted, '--catalog', file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(line);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a catalogue or history folder that is not there is named by its option', async () => {
    const missing = await cli([
      'advise',
      '--history',
      fitted,
      '--catalog',
      join(root, 'none.json'),
    ]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/^resource-planner: --catalog \S+none\.json: /);
    const noFolder = await cli(['advise', '--history', join(root, 'nowhere')]);
    expect(noFolder.stderr).toMatch(/^resource-planner: --history \S+nowhere: /);
  });
});
