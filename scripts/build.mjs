// Bundles each entry point with @vercel/ncc into dist/<name>/index.js (committed; CI checks it
// is current). Entries stay separate so the main step loads only what it needs.
import { execFileSync } from 'node:child_process';
import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ncc = require.resolve('@vercel/ncc/dist/ncc/cli.js');

const entries = {
  main: 'src/entry/main.ts',
  post: 'src/entry/post.ts',
  sampler: 'src/entry/sampler.ts',
  cli: 'src/entry/cli.ts',
};

// Build into a scratch directory and swap it in only when every entry built: a failed build must
// never leave dist/ half-deleted.
const scratch = 'dist.next';
rmSync(scratch, { recursive: true, force: true });
for (const [name, source] of Object.entries(entries)) {
  const args = [
    ncc,
    'build',
    source,
    '-o',
    `${scratch}/${name}`,
    '--target',
    'es2023',
    '--license',
    'licenses.txt',
    '--quiet',
  ];
  execFileSync(process.execPath, args, { stdio: 'inherit' });
}
// Files the bundles load by path at run time (ncc does not see them): the preload that `run` and
// `exec` hand to the command's Node processes (src/cli/heap-watch.ts finds it beside the CLI).
copyFileSync('src/cli/heap-watch-preload.cjs', `${scratch}/cli/heap-watch-preload.cjs`);
rmSync('dist', { recursive: true, force: true });
renameSync(scratch, 'dist');
