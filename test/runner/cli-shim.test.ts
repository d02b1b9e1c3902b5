import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installCliShim, shimFiles, shQuote } from '../../src/runner/cli-shim.js';

describe('shQuote', () => {
  it.each([
    ['/usr/bin/node', `'/usr/bin/node'`],
    [`it's`, `'it'\\''s'`],
    ['$HOME `x` "y" \\z', `'$HOME \`x\` "y" \\z'`],
  ])('%s → %s', (text, quoted) => {
    expect(shQuote(text)).toBe(quoted);
    // What sh makes of it is the text itself.
    expect(spawnSync('sh', ['-c', `printf %s ${quoted}`], { encoding: 'utf8' }).stdout).toBe(text);
  });
});

describe('shimFiles', () => {
  const paths = {
    nodePath: '/opt/node/bin/node',
    cliScript: '/a/dist/cli/index.js',
    historyDir: '',
  };

  it('one sh launcher on Linux and macOS that execs the CLI with this Node', () => {
    expect(shimFiles({ ...paths, platform: 'linux' })).toEqual([
      {
        name: 'resource-planner',
        content: `#!/bin/sh\n# Written by the resource-planner action: its CLI, run by the action's own Node.\nexec '/opt/node/bin/node' '/a/dist/cli/index.js' "$@"\n`,
      },
    ]);
  });

  it('on Windows a .cmd too, unless a path would need quoting cmd cannot do', () => {
    const windows = {
      nodePath: 'C:\\node\\node.exe',
      cliScript: 'D:\\a\\dist\\cli\\index.js',
      historyDir: 'D:\\t\\history',
    };
    expect(shimFiles({ ...windows, platform: 'win32' }).map((file) => file.content)).toContain(
      '@setlocal\r\n@if not defined RESOURCE_PLANNER_HISTORY_DIR set "RESOURCE_PLANNER_HISTORY_DIR=D:\\t\\history"\r\n@"C:\\node\\node.exe" "D:\\a\\dist\\cli\\index.js" %*\r\n',
    );
    const percent = { ...windows, cliScript: 'D:\\100%\\index.js' };
    expect(shimFiles({ ...percent, platform: 'win32' }).map((file) => file.name)).toEqual([
      'resource-planner',
    ]);
  });

  it('refuses a path with a line break', () => {
    expect(() => shimFiles({ ...paths, cliScript: '/a\n/b', platform: 'linux' })).toThrow(
      /line break/,
    );
  });
});

describe.skipIf(process.platform === 'win32')('installCliShim', () => {
  it('writes an executable launcher that runs the CLI with its arguments as they are', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-shim-'));
    const cli = join(dir, `it's cli.mjs`);
    writeFileSync(cli, 'console.log(JSON.stringify(process.argv.slice(2)))\n');
    const folder = join(dir, 'bin');
    const options = {
      nodePath: process.execPath,
      cliScript: cli,
      historyDir: '',
      platform: 'linux' as const,
    };
    installCliShim(folder, options);
    // Twice: a launcher from an earlier step is replaced, still executable.
    installCliShim(folder, options);
    const launcher = join(folder, 'resource-planner');
    expect(statSync(launcher).mode & 0o111).toBe(0o111);
    const result = spawnSync(launcher, ['plan', '--json', 'a b', '$HOME'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(['plan', '--json', 'a b', '$HOME']);
    expect(readFileSync(launcher, 'utf8')).toContain(process.execPath);
  });

  it("points the CLI at the main step's history, unless the caller set the variable", () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-shim-'));
    const cli = join(dir, 'cli.mjs');
    writeFileSync(cli, 'console.log(process.env.RESOURCE_PLANNER_HISTORY_DIR ?? "(unset)")\n');
    const history = join(dir, `it's $HOME history`);
    installCliShim(join(dir, 'bin'), {
      nodePath: process.execPath,
      cliScript: cli,
      historyDir: history,
      platform: 'linux',
    });
    const launcher = join(dir, 'bin', 'resource-planner');
    const env = { PATH: process.env.PATH ?? '' };
    expect(spawnSync(launcher, [], { encoding: 'utf8', env }).stdout).toBe(`${history}\n`);
    expect(
      spawnSync(launcher, [], {
        encoding: 'utf8',
        env: { ...env, RESOURCE_PLANNER_HISTORY_DIR: '/mine' },
      }).stdout,
    ).toBe('/mine\n');
  });

  it('throws when the folder cannot be made (the main step turns it into one warning)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-shim-'));
    writeFileSync(join(dir, 'bin'), '');
    expect(() =>
      installCliShim(join(dir, 'bin'), {
        nodePath: process.execPath,
        cliScript: '/x',
        historyDir: '',
        platform: 'linux',
      }),
    ).toThrow(/bin/);
  });
});
