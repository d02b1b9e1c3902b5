/**
 * Draws every chart of the rendered examples with mermaid-cli in Chromium (what GitHub does in
 * the reader's browser) and checks the drawing itself: at most 12 x-axis labels that do not
 * overlap, the limit line present on time charts, visible bars for each series of a comparison.
 *
 * Needs Chromium and mermaid-cli (installed with PUPPETEER_SKIP_DOWNLOAD=1 in the folder MMD_DIR
 * names, or in ~/.cache/resource-planner/mermaid-cli, as .ci/run does); skipped, saying so,
 * without them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_MAX_LABELS, COLOURS } from '../../src/report/chart.js';
import { mermaidBlocks } from './mermaid.js';

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) =>
  existsSync(path),
);
const mmdDir = process.env.MMD_DIR ?? join(homedir(), '.cache', 'resource-planner', 'mermaid-cli');
const mmdc = join(mmdDir, 'node_modules', '.bin', 'mmdc');
const canDraw = chromium !== undefined && existsSync(mmdc);
if (!canDraw) console.log('Chromium or mermaid-cli is not installed: skipping the drawing checks.');

/** Width of a label in px, on the wide side: DejaVu Sans, Chromium's fallback, averages ~0.6 em. */
const CHARACTER_EM = 0.62;

interface Drawing {
  source: string;
  svg: string;
}

function drawAll(blocks: string[]): Drawing[] {
  const folder = mkdtempSync(join(tmpdir(), 'rp-charts-'));
  writeFileSync(
    join(folder, 'puppeteer.json'),
    JSON.stringify({ executablePath: chromium, args: ['--no-sandbox', '--disable-gpu'] }),
  );
  writeFileSync(
    join(folder, 'charts.md'),
    blocks.map((block) => `\`\`\`mermaid\n${block}\`\`\`\n`).join('\n'),
  );
  const run = spawnSync(
    mmdc,
    [
      '-p',
      join(folder, 'puppeteer.json'),
      '-i',
      join(folder, 'charts.md'),
      '-o',
      join(folder, 'out.md'),
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (run.status !== 0) throw new Error(`mermaid-cli failed: ${run.stderr.slice(-500)}`);
  return blocks.map((source, index) => ({
    source,
    svg: readFileSync(join(folder, `out-${index + 1}.svg`), 'utf8'),
  }));
}

/** The x-axis labels: text, centre and font size. */
function xLabels(svg: string): { text: string; x: number; fontSize: number; rotated: boolean }[] {
  const axis = /<g class="bottom-axis">([\s\S]*?)<g class="left-axis">/.exec(svg)?.[1] ?? '';
  const labels = /<g class="label">([\s\S]*?)<\/g>/.exec(axis)?.[1] ?? '';
  return [
    ...labels.matchAll(
      /<text[^>]*font-size="([\d.]+)"[^>]*translate\(([\d.-]+), [\d.-]+\) rotate\(([\d.-]+)\)[^>]*>([^<]*)<\/text>/g,
    ),
  ].map((match) => ({
    fontSize: Number(match[1]),
    x: Number(match[2]),
    rotated: Number(match[3]) !== 0,
    text: match[4] ?? '',
  }));
}

describe.skipIf(!canDraw)('charts as drawn by mermaid-cli in Chromium', () => {
  const directory = new URL('./examples/', import.meta.url).pathname;
  const blocks = readdirSync(directory)
    .filter((name) => name.endsWith('.md'))
    .flatMap((name) => mermaidBlocks(readFileSync(join(directory, name), 'utf8')));
  let drawings: Drawing[] = [];

  it('draws every chart', { timeout: 200_000 }, () => {
    drawings = drawAll(blocks);
    expect(drawings).toHaveLength(blocks.length);
    expect(drawings.length).toBeGreaterThanOrEqual(8);
  });

  it('at most 12 x-axis labels, none overlapping another', () => {
    for (const { source, svg } of drawings) {
      const labels = xLabels(svg);
      expect(labels.length, source).toBeGreaterThan(0);
      expect(labels.length, source).toBeLessThanOrEqual(CHART_MAX_LABELS);
      for (let index = 1; index < labels.length; index++) {
        const left = labels[index - 1] as (typeof labels)[number];
        const right = labels[index] as (typeof labels)[number];
        if (left.rotated || right.rotated) continue;
        const halfWidths =
          (left.text.length * left.fontSize * CHARACTER_EM) / 2 +
          (right.text.length * right.fontSize * CHARACTER_EM) / 2;
        expect(right.x - left.x, `"${left.text}" and "${right.text}" overlap`).toBeGreaterThan(
          halfWidths,
        );
      }
    }
  });

  it('time charts draw the limit as a level line', () => {
    const timeCharts = drawings.filter((drawing) => /x-axis "\w+" 0 -->/.test(drawing.source));
    expect(timeCharts.length).toBeGreaterThanOrEqual(4);
    for (const { svg } of timeCharts) {
      const path = new RegExp(`<path d="M([^"]+)"[^>]*stroke="${COLOURS.grey}"`).exec(svg)?.[1];
      expect(path).toBeDefined();
      // A level line across the plot: every point at the same height.
      const heights = new Set([...(path ?? '').matchAll(/[\d.]+,([\d.]+)/g)].map((m) => m[1]));
      expect(heights.size).toBe(1);
    }
  });

  it('comparison charts draw a visible bar for each series, one phase or several', () => {
    const barCharts = drawings.filter((drawing) => /^\s*bar \[/m.test(drawing.source));
    expect(barCharts.length).toBeGreaterThanOrEqual(3);
    for (const { svg } of barCharts) {
      for (const colour of [COLOURS.blue, COLOURS.red]) {
        const heights = [
          ...svg.matchAll(new RegExp(`<rect [^>]*height="([\\d.-]+)" fill="${colour}"`, 'g')),
        ].map((match) => Number(match[1]));
        expect(heights.filter((height) => height > 2).length, colour).toBeGreaterThan(0);
      }
    }
  });
});
