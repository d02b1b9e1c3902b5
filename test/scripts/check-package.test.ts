import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CLI_PATH,
  PACKAGE_FILES,
  fileListProblems,
  manifestProblems,
  planJsonProblems,
} from '../../scripts/check-package.js';

const readManifest = (): Record<string, unknown> =>
  JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown>;

describe('fileListProblems', () => {
  it('accepts exactly the allow-list, in any order', () => {
    expect(fileListProblems([...PACKAGE_FILES].reverse())).toEqual([]);
  });

  it("accepts the chunks esbuild splits off for the CLI's lazy imports, and no other dist file", () => {
    expect(
      fileListProblems([
        ...PACKAGE_FILES,
        'dist/cli/lib-HOKBNPAX.js',
        'dist/cli/chunk-4JN6GR4P.js',
      ]),
    ).toEqual([]);
    expect(
      fileListProblems([
        ...PACKAGE_FILES,
        'dist/main/chunk-4JN6GR4P.js',
        'dist/cli/x.js',
        'dist/cli/lib-hokbnpax.js',
      ]),
    ).toEqual([
      'the package holds dist/cli/lib-hokbnpax.js, which is not on the allow-list',
      'the package holds dist/cli/x.js, which is not on the allow-list',
      'the package holds dist/main/chunk-4JN6GR4P.js, which is not on the allow-list',
    ]);
  });

  it('names files outside the allow-list and allowed files missing', () => {
    const paths = [
      ...PACKAGE_FILES.filter((path) => path !== 'CHANGELOG.md'),
      'src/cli/main.ts',
      'dist/main/index.js',
    ];
    expect(fileListProblems(paths)).toEqual([
      'the package holds dist/main/index.js, which is not on the allow-list',
      'the package holds src/cli/main.ts, which is not on the allow-list',
      'the package lacks CHANGELOG.md',
    ]);
  });
});

describe('manifestProblems', () => {
  const good = {
    name: 'resource-planner',
    version: '1.0.0',
    bin: { 'resource-planner': CLI_PATH },
    engines: { node: '>=24' },
    devDependencies: { vitest: '5.1.1' },
    scripts: { build: 'node scripts/build.mjs' },
  };

  it('accepts a bundled CLI with build-time packages in devDependencies', () => {
    expect(manifestProblems(good)).toEqual([]);
  });

  it.each([
    [{ private: true }, '"private": true'],
    [{ bin: { other: CLI_PATH } }, '"bin" must map resource-planner'],
    [{ bin: 'dist/main/index.js' }, '"bin" must map resource-planner'],
    [{ dependencies: { ajv: '8.20.0' } }, '"dependencies" lists ajv'],
    [{ optionalDependencies: { fsevents: '2' } }, '"optionalDependencies" lists fsevents'],
    [{ scripts: { postinstall: 'node x.js' } }, '"scripts.postinstall"'],
    [{ engines: {} }, '"engines.node" is missing'],
  ])('refuses %j', (change, message) => {
    const problems = manifestProblems({ ...good, ...change });
    expect(problems).toEqual([expect.stringContaining(message)]);
  });

  it("passes this repository's package.json", () => {
    expect(manifestProblems(readManifest())).toEqual([]);
  });
});

describe('planJsonProblems', () => {
  it('accepts a plan with a whole worker count', () => {
    expect(planJsonProblems('{"capacity":{},"plan":{"workers":3}}')).toEqual([]);
  });

  it.each(['not json', '{}', '{"plan":{"workers":0}}', '{"plan":{"workers":1.5}}', 'null'])(
    'refuses %j',
    (stdout) => {
      expect(planJsonProblems(stdout)).toHaveLength(1);
    },
  );
});

describe('npm pack of this repository', () => {
  it('would publish exactly the allow-list', () => {
    // --dry-run lists what the tarball would hold without writing it (the full check, which
    // installs and runs the tarball, is scripts/check-package.ts in .ci/run).
    const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [tarball] = JSON.parse(output) as { files: { path: string }[] }[];
    expect(fileListProblems(tarball?.files.map((file) => file.path) ?? [])).toEqual([]);
  });
});
