// Bundles each entry point with @vercel/ncc into dist/<name>/index.js (committed; CI checks it
// is current). Entries stay separate so the main step loads only what it needs.
import { execFileSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ncc = require.resolve('@vercel/ncc/dist/ncc/cli.js');

const entries = {
  main: 'src/entry/main.ts',
  post: 'src/entry/post.ts',
  sampler: 'src/sampler/index.ts',
  cli: 'src/entry/cli.ts',
};

rmSync('dist', { recursive: true, force: true });
for (const [name, source] of Object.entries(entries)) {
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      source,
      '-o',
      `dist/${name}`,
      '--target',
      'es2023',
      '--license',
      'licenses.txt',
      '--quiet',
    ],
    { stdio: 'inherit' },
  );
}
