/**
 * The CLI through runCli with an injected terminal: per-command help, usage mistakes as one line
 * and exit 2, and the terminal faults of the reports issue (plan's warnings, history folders,
 * `run` of a command that does not exist, `--interval`, `--name`).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { realCommands } from '../../src/cli/deps.js';
import type { CliCommand } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { planCommand } from '../../src/cli/plan.js';
import type { Capacity } from '../../src/probe/types.js';
import { parseProfile, serializeProfile } from '../../src/profile/profile.js';
import { profile, type PhaseSpec } from '../support/profiles.js';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const onLinux = process.platform === 'linux';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with `commands` (the real ones by default) and a recording terminal. */
async function cli(argv: string[], commands: CliCommand[] = realCommands()): Promise<Result> {
  const out = { stdout: '', stderr: '' };
  const code = await runCli(argv, {
    io: {
      stdout: (text) => void (out.stdout += text),
      stderr: (text) => void (out.stderr += text),
      env: {},
    },
    commands,
    version: '9.8.7',
  });
  return { code, ...out };
}

/** A 2-CPU, 8 GiB machine without cgroup limits. */
const TWO_CPUS: Capacity = {
  os: 'linux',
  arch: 'x64',
  cpuModel: null,
  hostMemoryTotalBytes: 8 * GiB,
  hostMemoryAvailableBytes: 7 * GiB,
  swapTotalBytes: null,
  swapFreeBytes: null,
  logicalCpus: 2,
  physicalCpus: 2,
  affinityCpus: 2,
  cgroup: null,
  memoryLimitBytes: 8 * GiB,
  memoryAvailableBytes: 7 * GiB,
  cpus: 2,
  memoryBinding: 'host',
  cpuBinding: 'host',
  warnings: [],
};

const planOnTwoCpus = planCommand({
  probe: () => Promise.resolve(TWO_CPUS),
  learnFromDirectory: () => Promise.reject(new Error('no history in this test')),
});

/** Every flag each command takes: its help must list them all. */
const FLAGS: Record<string, string[]> = {
  plan: [
    '--json',
    '--history <DIR>',
    '--name <NAME>',
    '--profile <NAME>',
    '--memory-per-worker <SIZE>',
    '--fallback-memory-per-worker <SIZE>',
    '--min-workers <N>',
    '--max-workers <N>',
    '--workers <N>',
    '--cpus-per-worker <N>',
    '--memory-reserve <auto|SIZE>',
    '--memory-fraction <F>',
    '--min-speedup-gain <F>',
    '--elastic-memory <auto|off>',
    '--root <DIR>',
  ],
  run: [
    '--profile <NAME>',
    '--name <NAME>',
    '--out <FILE>',
    '--interval <DURATION>',
    '--markdown',
    '--summary <FILE>',
  ],
  exec: [
    '--history <DIR>',
    '--name <NAME>',
    '--profile <NAME>',
    '--max-workers <N>',
    '--workers <N>',
    '--memory-reserve <auto|SIZE>',
    '--root <DIR>',
    '--out <FILE>',
    '--interval <DURATION>',
    '--retry-on-oom <N>',
    '--no-retry',
    '--markdown',
    '--summary <FILE>',
  ],
  report: [],
  compare: ['--baseline <DIR>', '--threshold <PERCENT>', '--fail-on-drift'],
  advise: [
    '--history <DIR>',
    '--name <NAME>',
    '--target <DURATION>',
    '--catalog <FILE>',
    '--visibility <KIND>',
    '--shard <I/T>',
    '--json',
    '--profile <NAME>',
    '--max-workers <N>',
    '--cpus-per-worker <N>',
  ],
};

describe('help', () => {
  it.each(Object.keys(FLAGS))(
    '%s --help shows that command and every flag, exit 0',
    async (name) => {
      const result = await cli([name, '--help']);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(new RegExp(`^Usage: resource-planner ${name} `));
      for (const flag of [...(FLAGS[name] ?? []), '-h, --help'])
        expect(result.stdout, flag).toContain(`  ${flag}`);
      // `help COMMAND` and `COMMAND -h` say the same.
      expect((await cli(['help', name])).stdout).toBe(result.stdout);
      expect((await cli([name, '-h'])).stdout).toBe(result.stdout);
    },
  );

  it('--help lists every command; no command at all is a usage error with the help on stderr', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect((await cli(['help'])).stdout).toBe(help.stdout);
    for (const name of ['plan', 'advise', 'run', 'exec', 'report', 'compare', 'version', 'help'])
      expect(help.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toBe(help.stdout);
  });

  it('--version and version print the version', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: '9.8.7\n', stderr: '' });
    expect(await cli(['version'])).toEqual({ code: 0, stdout: '9.8.7\n', stderr: '' });
  });

  it('run --help shows -- CMD and the interval’s minimum and default', async () => {
    const help = await cli(['run', '--help']);
    expect(help.stdout).toContain('Usage: resource-planner run [options] -- CMD [ARGS...]');
    expect(help.stdout).toMatch(/at least 50ms \(default: 250ms\)/);
  });
});

describe('usage mistakes: one line naming the command’s help, exit 2', () => {
  it.each([
    [
      ['plan', '--nope'],
      /^resource-planner: unknown option '--nope'.* \(see resource-planner plan --help\)$/,
    ],
    [
      ['report'],
      /^resource-planner: missing required argument 'FILE' \(see resource-planner report --help\)$/,
    ],
    [
      ['report', 'a', 'b'],
      /^resource-planner: too many arguments for 'report'\..*\(see resource-planner report --help\)$/,
    ],
    [
      ['compare', 'x.json'],
      /^resource-planner: required option '--baseline <DIR>' not specified \(see resource-planner compare --help\)$/,
    ],
    [
      ['compare', '--baseline', '.', '--threshold', '10', 'x.json'],
      /^resource-planner: option '--threshold <PERCENT>' argument '10' is invalid\. Expected a percentage such as 10% or 12\.5%\./,
    ],
    [
      ['run'],
      /^resource-planner: missing required argument 'CMD' \(see resource-planner run --help\)$/,
    ],
    [
      ['advise'],
      /^resource-planner: required option '--history <DIR>' not specified \(see resource-planner advise --help\)$/,
    ],
    [
      ['advise', '--history', '.', '--target', 'soon'],
      /^resource-planner: option '--target <DURATION>' argument 'soon' is invalid\. Expected a duration such as 500ms/,
    ],
    [
      ['advise', '--history', '.', '--visibility', 'internal'],
      /^resource-planner: option '--visibility <KIND>' argument 'internal' is invalid\. Allowed choices are public, private\./,
    ],
    [
      ['run', '--interval', '10ms', '--', 'true'],
      /^resource-planner: option '--interval <DURATION>' argument '10ms' is invalid\. Expected a duration of at least 50ms, such as 250ms, 1s or 1m/,
    ],
    [['run', '--interval', 'soon', '--', 'true'], /at least 50ms, such as 250ms, 1s or 1m/],
    [
      ['run', '--name', '', '--', 'true'],
      /argument '' is invalid\. Expected a name of 1 to 256 characters/,
    ],
    [
      ['frobnicate'],
      /^resource-planner: unknown command "frobnicate" \(see resource-planner --help\)$/,
    ],
    // A flag's own check reads as commander's; a place of the CLI's own is no action input.
    [
      ['exec', '--each', 'a', 'b'],
      /^resource-planner: option '--each <ARG\.\.\.>' argument "a b" is invalid\. Expected a command after --: .* \(see resource-planner exec --help\)$/,
    ],
    [
      ['exec', '--', 'make', '-j{jobs}'],
      /^resource-planner: 'exec -- COMMAND' has an invalid value "-j\{jobs\}": expected only the placeholders \{workers\} and \{node-heap-mb\} \(found \{jobs\}\)\. \(see resource-planner exec --help\)$/,
    ],
    [
      ['help', 'frobnicate'],
      /^resource-planner: unknown command "frobnicate" \(see resource-planner --help\)$/,
    ],
  ])('%j', async (argv, line) => {
    const result = await cli(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n')).toBe(true);
    const lines = result.stderr.slice(0, -1).split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(line);
  });

  it('an option with a line break stays on one line', async () => {
    const result = await cli(['plan', '--x\n::error::forged']);
    expect(result.code).toBe(2);
    expect(result.stderr.slice(0, -1)).not.toContain('\n');
    expect(result.stderr).toMatch(/^resource-planner: unknown option/);
  });

  it.each([
    [
      ['plan', '--memory-fraction', '2'],
      `option '--memory-fraction <F>' argument "2" is invalid. Expected a fraction greater than 0 and at most 1, such as 0.9 or 90%. (see resource-planner plan --help)`,
    ],
    [
      ['plan', '--memory-per-worker', 'lots'],
      `option '--memory-per-worker <SIZE>' argument "lots" is invalid. Expected auto or a size such as 512M, 512MiB, 1.5G, 2GB or 1073741824 (bytes); K/M/G/T are powers of 1024. (see resource-planner plan --help)`,
    ],
    [
      ['plan', '--min-workers', '3', '--max-workers', '2'],
      `option '--max-workers <N>' argument "2" is invalid. Expected a whole number no smaller than min-workers (3). (see resource-planner plan --help)`,
    ],
  ])(
    'an invalid value of a plan flag %j names the flag and the help, exit 2',
    async (argv, line) => {
      const result = await cli(argv, [planOnTwoCpus]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`resource-planner: ${line}\n`);
    },
  );

  it('an invalid RESOURCE_PLANNER_WORKERS names the variable and the help, exit 2', async () => {
    const out = { stdout: '', stderr: '' };
    const code = await runCli(['plan'], {
      io: {
        stdout: (text) => void (out.stdout += text),
        stderr: (text) => void (out.stderr += text),
        env: { RESOURCE_PLANNER_WORKERS: 'x' },
      },
      commands: [planOnTwoCpus],
      version: '9.8.7',
    });
    expect(code).toBe(2);
    expect(out.stderr).toBe(
      'resource-planner: Environment variable RESOURCE_PLANNER_WORKERS has an invalid value "x": expected a whole number of workers, 1 or more. (see resource-planner plan --help)\n',
    );
  });
});

describe('plan', () => {
  it('--workers beyond the CPUs warns on stderr, and the plan still goes to stdout', async () => {
    const result = await cli(['plan', '--workers', '5'], [planOnTwoCpus]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'warning: The forced 5 workers exceed the 2 that 2 CPU(s) allow at 1 per worker: they will wait for CPU time.\n',
    );
    expect(result.stdout).toMatch(/^Workers {3}5 {2}\(limited by override\)$/m);
    expect(result.stdout).not.toContain('warning:');
  });

  it('--workers within the CPUs and the memory does not warn', async () => {
    const result = await cli(['plan', '--workers', '2'], [planOnTwoCpus]);
    expect(result.stderr).toBe('');
  });

  it('--json keeps the warnings in the JSON too', async () => {
    const result = await cli(['plan', '--json', '--workers', '3'], [planOnTwoCpus]);
    const { plan } = JSON.parse(result.stdout) as { plan: { warnings: string[] } };
    expect(plan.warnings.join(' ')).toMatch(/forced 3 workers exceed the 2/);
    expect(result.stderr).toMatch(/^warning: The forced 3 workers/);
  });
});

describe.skipIf(!onLinux)('plan --history DIR (real loader)', () => {
  const root = mkdtempSync(join(tmpdir(), 'rp-cli-history-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function folder(name: string, runs: { job: string; phases: PhaseSpec[] }[]): string {
    const dir = join(root, name);
    mkdirSync(dir);
    runs.forEach((run, index) => {
      const written = profile(run.phases, { runId: index + 1 });
      written.run.job = run.job;
      writeFileSync(join(dir, `${index + 1}.json`), serializeProfile(written));
    });
    return dir;
  }

  /** `plan --json` with RESOURCE_PLANNER_HISTORY_DIR set, as the action's launcher sets it. */
  async function planWithActionHistory(
    historyDir: string,
    args: string[] = [],
  ): Promise<Result & { json: { plan?: { estimate: { historyRuns: number; notes: string[] } } } }> {
    const out = { stdout: '', stderr: '' };
    const code = await runCli(['plan', '--json', '--profile', 'test', ...args], {
      io: {
        stdout: (text) => void (out.stdout += text),
        stderr: (text) => void (out.stderr += text),
        env: { RESOURCE_PLANNER_HISTORY_DIR: historyDir },
      },
      commands: realCommands(),
      version: '9.8.7',
    });
    return { code, ...out, json: code === 0 ? JSON.parse(out.stdout) : {} };
  }

  it("after the action's step: learns from the history its launcher names, without --history", async () => {
    const dir = folder('from-action', [
      { job: 'test', phases: [{ name: 'test', peakBytes: GiB, workers: 2 }] },
      { job: 'test', phases: [{ name: 'test', peakBytes: GiB, workers: 2 }] },
    ]);
    const result = await planWithActionHistory(dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.json.plan?.estimate.historyRuns).toBe(2);
  });

  it('a history folder the action did not fill (no earlier runs) is no history, not an error; --history still is', async () => {
    const missing = join(root, 'never-written');
    const result = await planWithActionHistory(missing);
    expect(result.code, result.stderr).toBe(0);
    expect(result.json.plan?.estimate.historyRuns).toBe(0);
    expect(result.json.plan?.estimate.notes.join(' ')).toMatch(
      /No history from the action's step \(RESOURCE_PLANNER_HISTORY_DIR: .*no such folder/,
    );
    const explicit = await planWithActionHistory(missing, ['--history', missing]);
    expect(explicit.code).toBe(1);
    expect(explicit.stderr).toMatch(/--history .*no such folder/);
  });

  it('profiles of other phases: names the phases it has, not "No history yet"', async () => {
    const dir = folder('phases', [
      {
        job: 'ci',
        phases: [
          { name: 'build', peakBytes: GiB },
          { name: 'lint', peakBytes: GiB },
        ],
      },
      { job: 'ci', phases: [{ name: 'build', peakBytes: GiB }] },
    ]);
    const result = await cli(['plan', '--history', dir]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toContain('No history yet');
    expect(result.stdout).toContain(
      `note: 2 earlier profile(s) found, but none recorded workers in phase 'default'; they have phase(s) "build", "lint". Assuming 768 MiB per worker (the fallback).`,
    );
  });

  it('--name learns only from that job’s recordings; without it, a mixed folder gets a note', async () => {
    const dir = folder('jobs', [
      {
        job: 'jest',
        phases: [{ name: 'default', peakBytes: GiB, workers: 4, perWorkerBytes: 200 * MiB }],
      },
      {
        job: 'jest',
        phases: [{ name: 'default', peakBytes: GiB, workers: 4, perWorkerBytes: 220 * MiB }],
      },
      {
        job: 'make',
        phases: [{ name: 'default', peakBytes: 3 * GiB, workers: 2, perWorkerBytes: 1200 * MiB }],
      },
    ]);
    const named = await cli(['plan', '--json', '--history', dir, '--name', 'jest']);
    expect(named.code, named.stderr).toBe(0);
    const { plan } = JSON.parse(named.stdout) as {
      plan: { estimate: { historyRuns: number; notes: string[]; perWorkerBytes: number } };
    };
    expect(plan.estimate.historyRuns).toBe(2);
    expect(plan.estimate.perWorkerBytes).toBeLessThan(400 * MiB);
    expect(plan.estimate.notes).toContain(
      '1 of 3 profiles left out: of other jobs ("make"), not "jest".',
    );

    const mixed = await cli(['plan', '--json', '--history', dir]);
    const all = JSON.parse(mixed.stdout) as {
      plan: { estimate: { historyRuns: number; notes: string[] } };
    };
    expect(all.plan.estimate.historyRuns).toBe(3);
    expect(all.plan.estimate.notes).toContain(
      'The profiles are of 2 jobs ("jest", "make"): --name NAME learns from one.',
    );
  });
});

describe.skipIf(!onLinux)('run (real child processes)', () => {
  const root = mkdtempSync(join(tmpdir(), 'rp-cli-run-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('a command that does not exist: one line, exit 127, no report, no --out', async () => {
    const out = join(root, 'missing.json');
    const result = await cli(['run', '--out', out, '--', '/no/such/cmd', '--flag']);
    expect(result).toEqual({
      code: 127,
      stdout: '',
      stderr: 'resource-planner: "/no/such/cmd": command not found\n',
    });
    expect(existsSync(out)).toBe(false);
  });

  it('a file that cannot be executed: one line, exit 126', async () => {
    const file = join(root, 'not-executable.sh');
    writeFileSync(file, '#!/bin/sh\n', { mode: 0o644 });
    const result = await cli(['run', '--', file]);
    expect(result.code).toBe(126);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `resource-planner: ${JSON.stringify(file)}: cannot be started (EACCES)\n`,
    );
  });

  it('--name is the job in the recording; by default the first word of CMD', async () => {
    const named = join(root, 'named.json');
    expect((await cli(['run', '--name', 'unit tests', '--out', named, '--', 'true'])).code).toBe(0);
    expect(parseProfile(readFileSync(named, 'utf8')).run.job).toBe('unit tests');
    const unnamed = join(root, 'unnamed.json');
    expect((await cli(['run', '--out', unnamed, '--', '/bin/true'])).code).toBe(0);
    expect(parseProfile(readFileSync(unnamed, 'utf8')).run.job).toBe('true');
  });

  it('options after CMD are CMD’s', async () => {
    for (const argv of [
      ['run', '--', 'sh', '-c', 'exit 4', 'sh', '--help'],
      ['run', 'sh', '-c', 'exit 4', 'sh', '--help'],
    ]) {
      const result = await cli(argv);
      expect(result.code, argv.join(' ')).toBe(4);
      expect(result.stdout).toMatch(
        /^resource-planner: peak .+ of the .+ limit \(\d+%\) in "default"/m,
      );
    }
  });
});

describe('run and exec: the terminal report, --markdown and --summary FILE', () => {
  const root = mkdtempSync(join(tmpdir(), 'rp-report-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const quiet = ['--', process.execPath, '-e', 'setTimeout(() => {}, 200)'];

  it.skipIf(!onLinux)(
    'prints the terminal report by default: aligned rows, no Markdown, no colour',
    async () => {
      const result = await cli(['run', '--profile', 'unit', ...quiet]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^resource-planner: peak .+ in "unit", no OOM kill$/m);
      const lines = result.stdout.split('\n');
      const header = lines.find((line) => line.startsWith('  Phase')) as string;
      const row = lines[lines.indexOf(header) + 1] as string;
      // Right-aligned figures: the row ends where its header does.
      expect(row.length).toBe(header.length);
      expect(row).toMatch(/^ {2}unit +/);
      expect(result.stdout).not.toMatch(/###|<details>|\|/);
    },
  );

  it.skipIf(!onLinux)('--markdown prints the Markdown; --summary FILE writes it too', async () => {
    for (const command of ['run', 'exec']) {
      const markdown = await cli([command, '--markdown', ...quiet]);
      expect(markdown.code, markdown.stderr).toBe(0);
      expect(markdown.stdout).toMatch(/^### resource-planner: peak .+ in \*\*default\*\*/m);
      const file = join(root, command, 'summary.md');
      const both = await cli([command, '--summary', file, ...quiet]);
      expect(both.code, both.stderr).toBe(0);
      expect(readFileSync(file, 'utf8')).toMatch(
        /^### resource-planner: peak .+ in \*\*default\*\*/,
      );
      expect(both.stdout).toMatch(/^resource-planner: peak .+ in "default"/m);
      expect(both.stdout).not.toContain('###');
    }
  });

  it.skipIf(!onLinux)(
    'a --summary folder that cannot be had is said before the command runs',
    async () => {
      const marker = join(root, 'ran');
      const result = await cli([
        'run',
        '--summary',
        '/proc/no/such/summary.md',
        '--',
        process.execPath,
        '-e',
        `require('fs').writeFileSync(${JSON.stringify(marker)}, '')`,
      ]);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/^resource-planner: \/proc\/no: cannot be created/);
      expect(existsSync(marker)).toBe(false);
    },
  );

  it.skipIf(!onLinux)(
    'draws the live status on a terminal and clears it before the report',
    async () => {
      const statuses: string[] = [];
      const out = { stdout: '' };
      const code = await runCli(
        ['run', '--interval', '50ms', '--', process.execPath, '-e', 'setTimeout(() => {}, 1300)'],
        {
          io: {
            stdout: (text) => void (out.stdout += text),
            stderr: () => {},
            env: {},
            status: (line) => {
              statuses.push(line);
              if (line === '') out.stdout += '<cleared>';
            },
          },
          commands: realCommands(),
          version: '9.8.7',
        },
      );
      expect(code).toBe(0);
      expect(statuses.length).toBeGreaterThanOrEqual(3);
      expect(statuses[0]).toMatch(/^resource-planner: 0 s · memory \d+(\.\d)? [KMG]i?B · peak /);
      expect(statuses.at(-2)).toMatch(/^resource-planner: 1 s · memory /);
      expect(statuses.at(-1)).toBe('');
      expect(out.stdout.startsWith('<cleared>\nresource-planner: peak ')).toBe(true);
    },
  );
});
