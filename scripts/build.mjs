// Bundles each entry point with esbuild into dist/<name>/index.js (committed; CI checks it is
// current). Entries stay separate so the main step loads only what it needs; each entry's lazy
// imports (`await import(...)`) become chunks beside it (`dist/<name>/<module>-<HASH>.js`) that
// load only when called. Beside each bundle: package.json marking it as ESM, and licenses.txt, the
// licences of the third-party packages the bundle holds.
//
// Why esbuild and not @vercel/ncc (bench/RESULTS.md §1 has the figures): the main step uses
// @actions/core, which imports an HTTP client (@actions/http-client, undici, tunnel) for OIDC
// tokens and @actions/exec for `platform`; the main step needs neither. ncc (webpack) evaluates
// every module a bundled module imports, and that HTTP stack made the main step about 40 ms
// (two thirds) slower than with the hand-written protocol. esbuild drops a module nothing uses
// once it knows the module has no side effects on import; SIDE_EFFECT_FREE declares that for
// these packages. Importing them only defines classes and functions, but for one default: undici
// installs a global HTTP dispatcher when there is none, which only `fetch` would use. Where the
// code does use them (the history fetch, in a chunk the main step loads only then; the post
// step's artifact upload and metrics push) they are bundled and evaluated as before.
import { copyFileSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const entries = {
  main: 'src/entry/main.ts',
  post: 'src/entry/post.ts',
  sampler: 'src/entry/sampler.ts',
  cli: 'src/entry/cli.ts',
};

/** Packages whose import has no side effects (see above): dropped where nothing uses them. */
const SIDE_EFFECT_FREE =
  /^(?:@actions\/http-client|@actions\/exec|@actions\/io|undici|tunnel)(?:\/|$)/;

/** Marks SIDE_EFFECT_FREE packages as such, resolving them as esbuild otherwise would. */
const sideEffectFree = {
  name: 'side-effect-free',
  setup(build) {
    build.onResolve({ filter: SIDE_EFFECT_FREE }, async (args) => {
      if (args.pluginData?.resolving) return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { resolving: true },
      });
      return resolved.errors.length > 0 ? resolved : { ...resolved, sideEffects: false };
    });
  },
};

/**
 * Bundled CommonJS packages call `require` for Node's built-in modules; an ES module has none,
 * so each output file makes one from its own URL.
 */
const REQUIRE_SHIM =
  "import { createRequire as __createRequire } from 'node:module';\n" +
  'const require = __createRequire(import.meta.url);';

/** The package (name, folder) a bundled file belongs to; null for the project's own files. */
function packageOf(inputPath) {
  const match = /^(.*node_modules\/)((?:@[^/]+\/)?[^/]+)\//.exec(inputPath);
  return match ? { name: match[2], folder: `${match[1]}${match[2]}` } : null;
}

/** The licence text a package ships (LICENSE, LICENCE, COPYING, any case and extension). */
function licenceText(folder) {
  const candidates = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'license', 'license.md'];
  for (const name of candidates) {
    try {
      return readFileSync(join(folder, name), 'utf8').trim();
    } catch {
      // Try the next name.
    }
  }
  return '';
}

/**
 * licenses.txt for one bundle: every third-party package with code in it, sorted by name, each as
 * name, SPDX licence and licence text (the MIT, ISC and BSD licences ask for the notice to travel
 * with the code).
 */
function licences(metafile, outputs) {
  const packages = new Map();
  for (const output of outputs.map((path) => metafile.outputs[path])) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const found = bytesInOutput > 0 ? packageOf(path) : null;
      if (found) packages.set(found.name, found.folder);
    }
  }
  return [...packages.keys()]
    .sort()
    .map((name) => {
      const folder = packages.get(name);
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
      return `${name}\n${manifest.license ?? 'UNKNOWN'}\n${licenceText(folder)}\n`;
    })
    .join('\n');
}

/**
 * The output files the entry loads, at once or lazily (esbuild also writes a chunk for a lazy
 * import in code it then drops as unused: the sampler's copy of the macOS/Windows probe).
 */
function reachableOutputs(metafile) {
  const entry = Object.keys(metafile.outputs).find((path) => metafile.outputs[path].entryPoint);
  const reached = new Set([entry]);
  for (const path of reached) {
    for (const { path: imported, external } of metafile.outputs[path].imports) {
      if (!external && metafile.outputs[imported]) reached.add(imported);
    }
  }
  return [...reached];
}

// Build into a scratch directory and swap it in only when every entry built: a failed build must
// never leave dist/ half-deleted.
const scratch = 'dist.next';
rmSync(scratch, { recursive: true, force: true });
for (const [name, source] of Object.entries(entries)) {
  const outdir = join(scratch, name);
  const result = await esbuild.build({
    entryPoints: { index: source },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    chunkNames: '[name]-[hash]',
    banner: { js: REQUIRE_SHIM },
    metafile: true,
    plugins: [sideEffectFree],
    logLevel: 'warning',
  });
  writeFileSync(join(outdir, 'package.json'), '{\n  "type": "module"\n}\n');
  const reachable = reachableOutputs(result.metafile);
  for (const path of Object.keys(result.metafile.outputs))
    if (!reachable.includes(path)) rmSync(path);
  writeFileSync(join(outdir, 'licenses.txt'), licences(result.metafile, reachable));
}
// Files the bundles load by path at run time (the bundler does not see them): the preload that `run` and
// `exec` hand to the command's Node processes (src/cli/heap-watch.ts finds it beside the CLI).
copyFileSync('src/cli/heap-watch-preload.cjs', `${scratch}/cli/heap-watch-preload.cjs`);
rmSync('dist', { recursive: true, force: true });
renameSync(scratch, 'dist');
