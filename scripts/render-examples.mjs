// Renders each report example as a person sees it on GitHub: the Markdown through cmark-gfm with
// GitHub's extensions, each Mermaid block drawn by mermaid-cli in Chromium, and a screenshot of
// the page in headless Chromium. Writes test/report/examples/rendered/<name>.png and a manifest of
// the Markdown's SHA-256, which test/report/examples.test.ts compares so a rendering cannot go
// stale unnoticed.
//
// Needs: cmark-gfm and chromium (apt), mermaid-cli installed with PUPPETEER_SKIP_DOWNLOAD=1 in
// $MMD_DIR (default ~/.cache/resource-planner/mermaid-cli, as .ci/run installs it).
// Usage: npm run render-examples
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

const examples = new URL('../test/report/examples/', import.meta.url).pathname;
const rendered = join(examples, 'rendered');
const mmdDir = process.env.MMD_DIR ?? join(homedir(), '.cache', 'resource-planner', 'mermaid-cli');
const mmdc = join(mmdDir, 'node_modules', '.bin', 'mmdc');
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const style =
  'body{font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;font-size:14px;max-width:900px;margin:16px}' +
  'table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:4px 10px}' +
  'code{background:#eff1f3;padding:1px 4px;border-radius:4px}details{margin:8px 0}img{max-width:100%}';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 180_000, ...options });
  if (result.status !== 0)
    throw new Error(
      `${command} failed: ${(result.stderr || result.error?.message || '').slice(-400)}`,
    );
  return result.stdout;
}

mkdirSync(rendered, { recursive: true });
const manifest = {};
const puppeteer = join(mkdtempSync(join(tmpdir(), 'rp-render-')), 'puppeteer.json');
writeFileSync(puppeteer, JSON.stringify({ executablePath: chromium, args: ['--no-sandbox'] }));

for (const name of readdirSync(examples)
  .filter((file) => file.endsWith('.md'))
  .sort()) {
  const markdown = readFileSync(join(examples, name), 'utf8');
  const work = mkdtempSync(join(tmpdir(), 'rp-render-'));
  const blocks = [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)];
  if (blocks.length > 0) {
    writeFileSync(
      join(work, 'charts.md'),
      blocks.map((block) => `\`\`\`mermaid\n${block[1]}\`\`\`\n`).join('\n'),
    );
    run(mmdc, ['-p', puppeteer, '-i', join(work, 'charts.md'), '-o', join(work, 'chart.md')]);
  }
  let index = 0;
  const withImages = markdown.replace(
    /^```mermaid\n[\s\S]*?^```$/gm,
    () => `<img src="chart-${++index}.svg">`,
  );
  // Collapsed sections are opened so the picture shows what a reader can expand.
  const body = run('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'tagfilter'], {
    input: withImages.replace(/<details>/g, '<details open>'),
  });
  const page = join(work, 'page.html');
  writeFileSync(page, `<!doctype html><meta charset="utf-8"><style>${style}</style>${body}`);
  const height = 200 + markdown.split('\n').length * 22 + blocks.length * 560;
  run(chromium, [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--hide-scrollbars',
    `--user-data-dir=${join(work, 'profile')}`,
    `--window-size=940,${Math.min(height, 12_000)}`,
    `--screenshot=${join(rendered, name.replace(/\.md$/, '.png'))}`,
    `file://${page}`,
  ]);
  manifest[name] = createHash('sha256').update(markdown).digest('hex');
  console.log(`rendered ${name}`);
}
writeFileSync(join(rendered, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
