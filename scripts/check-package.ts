// Checks the npm package as a user gets it: packs it, installs the tarball into an empty folder
// with no network (an unreachable registry, --offline, an empty cache), and runs the installed
// CLI through npx. The CLI is one esbuild bundle, so the package has no dependencies to fetch and
// holds only the bundle and the documents a package page shows.
//   node scripts/check-package.ts          (after `npm run build`; .ci/run runs it)
//   node scripts/check-package.ts --keep   keep the temporary folder and print its path
// Node 24 runs this file by stripping its types; the pure checks are exported for the tests.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the bundled CLI is, as `bin` names it. */
export const CLI_PATH = 'dist/cli/index.js';

/**
 * Every file the package holds, and nothing else: the CLI bundle, the package.json the build
 * writes beside it (it marks the bundle as ESM), the third-party licences the build collects from what it
 * bundled (their licences ask for the notice to travel with the code), and the documents.
 */
export const PACKAGE_FILES: readonly string[] = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  CLI_PATH,
  'dist/cli/heap-watch-preload.cjs',
  'dist/cli/licenses.txt',
  'dist/cli/package.json',
  'package.json',
];

/**
 * Chunks esbuild splits off (`dist/cli/lib-HOKBNPAX.js`: a module name and an 8-character hash),
 * for what the CLI imports lazily and for code they share with it: the bundle loads them at run
 * time, so they ship too, and nothing else under dist/cli does.
 */
const CHUNK = /^dist\/cli\/[A-Za-z0-9_.-]+-[A-Z0-9]{8}\.js$/;

/** Fields that would make `npm install` fetch or run something on the user's machine. */
const FETCHING_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare'] as const;

/** What is wrong with the packed file list: files outside the allow-list, allowed files missing. */
export function fileListProblems(
  paths: readonly string[],
  allowed: readonly string[] = PACKAGE_FILES,
): string[] {
  const present = new Set(paths);
  const unexpected = paths.filter((path) => !allowed.includes(path) && !CHUNK.test(path)).sort();
  const missing = allowed.filter((path) => !present.has(path));
  return [
    ...unexpected.map((path) => `the package holds ${path}, which is not on the allow-list`),
    ...missing.map((path) => `the package lacks ${path}`),
  ];
}

/** What is wrong with the published package.json for `npx resource-planner` to work offline. */
export function manifestProblems(manifest: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (manifest.private === true) problems.push('"private": true keeps the package from npm');
  const bin = manifest.bin;
  const binPath =
    typeof bin === 'object' && bin !== null
      ? (bin as Record<string, unknown>)['resource-planner']
      : undefined;
  if (binPath !== CLI_PATH && binPath !== `./${CLI_PATH}`) {
    problems.push(`"bin" must map resource-planner to ${CLI_PATH}`);
  }
  for (const field of FETCHING_FIELDS) {
    const value = manifest[field];
    if (typeof value === 'object' && value !== null && Object.keys(value).length > 0) {
      problems.push(
        `"${field}" lists ${Object.keys(value).join(', ')}: the CLI is bundled, so every npx ` +
          'would download them for nothing; list build-time packages in "devDependencies"',
      );
    }
  }
  const scripts = (manifest.scripts ?? {}) as Record<string, unknown>;
  for (const name of INSTALL_SCRIPTS) {
    if (name in scripts) problems.push(`"scripts.${name}" would run on the user's machine`);
  }
  const engines = manifest.engines as Record<string, unknown> | undefined;
  if (typeof engines?.node !== 'string') problems.push('"engines.node" is missing');
  return problems;
}

/** What is wrong with the installed CLI's `plan --json` output. */
export function planJsonProblems(stdout: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    return [`plan --json printed no JSON: ${JSON.stringify(stdout.slice(0, 120))}`];
  }
  const plan = (parsed as { plan?: { workers?: unknown } } | null)?.plan;
  const workers = plan?.workers;
  if (typeof workers !== 'number' || !Number.isInteger(workers) || workers < 1) {
    return ['plan --json has no whole plan.workers of at least 1'];
  }
  return [];
}

/** npm without the network: an unreachable registry, so any fetch fails instead of passing. */
function offlineEnv(cacheDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_PATH;
  return {
    ...env,
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_offline: 'true',
    npm_config_cache: cacheDir,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

function run(command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): string {
  return execFileSync(command, args, {
    cwd,
    env: env ?? process.env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
    maxBuffer: 16 * 1024 * 1024,
  });
}

function main(): number {
  const repo = process.cwd();
  const keep = process.argv.includes('--keep');
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  const problems: string[] = [];
  const tmp = mkdtempSync(join(tmpdir(), 'resource-planner-package-'));
  try {
    // 1. Pack, and hold the file list to the allow-list.
    const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', tmp], repo)) as {
      filename: string;
      files: { path: string }[];
    }[];
    const tarball = packed[0];
    if (!tarball) throw new Error('npm pack printed no package');
    problems.push(...fileListProblems(tarball.files.map((file) => file.path)));
    console.log(`packed ${tarball.filename}: ${tarball.files.length} files`);

    // 2. Install the tarball into an empty folder without the network.
    const consumer = join(tmp, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), '{ "name": "consumer", "private": true }\n');
    const env = offlineEnv(join(tmp, 'empty-cache'));
    run('npm', ['install', '--ignore-scripts', join(tmp, tarball.filename)], consumer, env);
    const installed = readdirSync(join(consumer, 'node_modules')).filter(
      (name) => !name.startsWith('.'),
    );
    if (installed.join() !== 'resource-planner') {
      problems.push(`installing it also installed: ${installed.join(', ')}`);
    }
    const manifest = JSON.parse(
      readFileSync(join(consumer, 'node_modules/resource-planner/package.json'), 'utf8'),
    ) as Record<string, unknown>;
    problems.push(...manifestProblems(manifest));
    console.log('installed offline into an empty folder');

    // 3. Run the installed CLI as a user would.
    const npx = (args: string[]): string =>
      run('npx', ['--no', '--', 'resource-planner', ...args], consumer, env);
    const printed = npx(['--version']).trim();
    if (printed !== version)
      problems.push(`--version printed ${printed}, package.json says ${version}`);
    problems.push(...planJsonProblems(npx(['plan', '--json'])));
    // `run` and `report` reach the sampler, the profile schema and the Markdown renderer.
    const profile = join(tmp, 'profile.json');
    npx(['run', '--out', profile, '--', process.execPath, '-e', 'setTimeout(() => {}, 300)']);
    const report = npx(['report', profile]);
    if (!report.includes('#')) problems.push('report printed no Markdown');
    console.log(`npx resource-planner --version, plan --json, run and report: ran (${printed})`);
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr;
    problems.push(`${(error as Error).message.split('\n')[0]}${stderr ? `\n${stderr}` : ''}`);
  } finally {
    if (keep) console.log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  for (const problem of problems) console.error(`package: ${problem}`);
  return problems.length === 0 ? 0 : 1;
}

if (import.meta.main) process.exitCode = main();
