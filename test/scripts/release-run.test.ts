// scripts/release.ts run for real against a scratch repository: a bare "origin" on disk, and a
// stand-in `gh` on PATH that records what it was asked (the GitHub release is the only step that
// would need the network).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = resolve('scripts/release.ts');

let root: string;
let work: string;
let origin: string;
let ghLog: string;

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** Commits a release candidate: package.json, a CLI that prints the version, the changelog. */
function commitVersion(version: string, changelog: string): string {
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'x', version }));
  writeFileSync(join(work, 'dist/cli/index.js'), `console.log(${JSON.stringify(version)});\n`);
  writeFileSync(join(work, 'CHANGELOG.md'), changelog);
  git(work, 'add', '.');
  git(work, 'commit', '-q', '-m', `release ${version}`);
  git(work, 'push', '-q', 'origin', 'HEAD');
  return git(work, 'rev-parse', 'HEAD');
}

function release(...args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: work,
    encoding: 'utf8',
    // TMPDIR: the script's own notes folder stays inside this test's folder.
    env: { ...process.env, PATH: `${join(root, 'bin')}:${process.env.PATH ?? ''}`, TMPDIR: root },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The commit each tag of origin names, annotated tags peeled. */
function originTags(): Record<string, string | undefined> {
  const lines = git(
    origin,
    'for-each-ref',
    '--format=%(refname:short) %(objecttype) %(*objectname) %(objectname)',
    'refs/tags',
  );
  return Object.fromEntries(
    lines
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [name, type, peeled, object] = line.split(' ');
        return [`${name} ${type}`, type === 'tag' ? peeled : object];
      }),
  );
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'release-run-'));
  work = join(root, 'work');
  origin = join(root, 'origin.git');
  ghLog = join(root, 'gh.log');
  mkdirSync(join(work, 'dist/cli'), { recursive: true });
  mkdirSync(join(root, 'bin'));
  // The stand-in gh writes its arguments, one per line, and the notes file it was given.
  const gh = join(root, 'bin/gh');
  writeFileSync(
    gh,
    `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a" >> '${ghLog}'; done\n` +
      `while [ $# -gt 0 ]; do [ "$1" = --notes-file ] && cat "$2" >> '${ghLog}'; shift; done\n`,
  );
  chmodSync(gh, 0o755);
  git(root, 'init', '-q', '--bare', origin);
  git(root, 'init', '-q', '-b', 'main', work);
  git(work, 'config', 'user.name', 'Test');
  git(work, 'config', 'user.email', 'test@example.invalid');
  git(work, 'remote', 'add', 'origin', origin);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** The stand-in gh's log: its arguments (up to the asset), then the notes file's text. */
function splitGhLog(log: string): [string[], string] {
  const lines = log.split('\n');
  const asset = lines.indexOf('pkg.tgz');
  return [lines.slice(0, asset + 1), lines.slice(asset + 1).join('\n')];
}

const CHANGELOG_1_0_0 =
  '# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2026-11-01\n\n- First\n  release.\n';

describe('release.ts against a scratch repository', () => {
  it('tags, drafts the release with the section and moves the major tag on origin', () => {
    const head = commitVersion('1.0.0', CHANGELOG_1_0_0);
    const { status, stderr } = release('--version', '1.0.0', '--asset', 'pkg.tgz');
    expect(stderr).not.toContain('release:');
    expect(status).toBe(0);
    expect(originTags()).toEqual({ 'v1 commit': head, 'v1.0.0 tag': head });
    const [args, notes] = splitGhLog(readFileSync(ghLog, 'utf8'));
    expect(args).toEqual([
      'release',
      'create',
      'v1.0.0',
      '--draft',
      '--verify-tag',
      '--title',
      'v1.0.0',
      '--notes-file',
      expect.stringMatching(/notes\.md$/),
      'pkg.tgz',
    ]);
    expect(notes).toBe('- First release.\n');
  });

  it('a dry run prints the plan and changes nothing', () => {
    commitVersion('1.0.0', CHANGELOG_1_0_0);
    const { status, stdout } = release('--dry-run');
    expect(status).toBe(0);
    expect(stdout).toContain('would run: move v1 to');
    expect(originTags()).toEqual({});
    expect(() => readFileSync(ghLog)).toThrow();
  });

  it('moves v1 forward to 1.1.0, and leaves it there for a later fix on 1.0', () => {
    const first = commitVersion('1.0.0', CHANGELOG_1_0_0);
    expect(release('--version', '1.0.0').status).toBe(0);
    const second = commitVersion('1.1.0', `# Changelog\n\n## [1.1.0] - 2026-11-10\n\n- More.\n`);
    expect(release('--version', 'v1.1.0').status).toBe(0);
    expect(originTags()['v1 commit']).toBe(second);

    git(work, 'checkout', '-q', '-b', 'fix-1.0', first);
    const fix = commitVersion('1.0.1', `# Changelog\n\n## [1.0.1] - 2026-11-12\n\n- Fix.\n`);
    const { status, stdout } = release('--version', '1.0.1');
    expect(status).toBe(0);
    expect(stdout).toContain('v1.1.0 is newer: v1 stays on it');
    expect(originTags()).toEqual({
      'v1 commit': second,
      'v1.0.0 tag': first,
      'v1.0.1 tag': fix,
      'v1.1.0 tag': second,
    });
  });

  it('refuses a version whose tag is on another commit, and pushes nothing', () => {
    commitVersion('1.0.0', CHANGELOG_1_0_0);
    expect(release('--version', '1.0.0').status).toBe(0);
    commitVersion('1.0.0', `${CHANGELOG_1_0_0}\n`);
    const { status, stderr } = release('--version', '1.0.0');
    expect(status).toBe(1);
    expect(stderr).toContain('v1.0.0 already points at');
  });
});
