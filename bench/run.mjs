// resource-planner benchmarks. Drives the shipped code (dist/ and the compiled modules in build/)
// and writes bench/RESULTS.md. Every figure is a median of ≥ 5 runs; times are also given as a
// ratio against a baseline measured in the same run, because these machines are noisy.
//   npm run bench                     all parts
//   npm run bench -- --part latency   one part: latency | sampler | history | quality | convergence
//                                     | history-api | tasks | shards
// Each part is a module in bench/parts/ that returns its Markdown section (`## N. Title`, N its
// place below); this driver runs them in order and writes RESULTS.md. One part run alone replaces
// only its own section, so the other parts' figures stay as they were measured.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeMachine } from './lib/machine.mjs';
import { ROOT } from './lib/paths.mjs';
import { fixed } from './lib/stats.mjs';
import { convergence } from './parts/convergence.mjs';
import { historyApi } from './parts/history-api.mjs';
import { historyCost } from './parts/history.mjs';
import { latency } from './parts/latency.mjs';
import { quality } from './parts/quality.mjs';
import { samplerCost } from './parts/sampler.mjs';
import { shards } from './parts/shards.mjs';
import { tasks } from './parts/tasks.mjs';

/** The parts in the order they run and appear in RESULTS.md. */
const runners = {
  latency,
  sampler: samplerCost,
  history: historyCost,
  quality,
  convergence,
  'history-api': historyApi,
  tasks,
  shards,
};

const { values } = parseArgs({ options: { part: { type: 'string' } } });
const parts = values.part ? [values.part] : Object.keys(runners);
const sections = [];
const started = Date.now();
for (const part of parts) {
  if (!runners[part]) throw new Error(`unknown part ${part}`);
  console.error(`bench: ${part}...`);
  sections.push(await runners[part]());
}
const header = `# Benchmark results\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${describeMachine()}. Whole run: ${fixed((Date.now() - started) / 1000, 0)} s. Produced by \`npm run bench\` (bench/run.mjs); figures are medians, times also as ratios against a baseline measured in the same run.\n`;
const text = `${header}\n${sections.join('\n\n')}\n`;
const resultsPath = join(ROOT, 'bench/RESULTS.md');
// Printed first: what was measured is never lost to a failure to write it.
console.log(text);
if (!values.part) writeFileSync(resultsPath, text);
else writeFileSync(resultsPath, replaceSection(readFileSync(resultsPath, 'utf8'), sections[0]));

/**
 * RESULTS.md with the section that has `section`'s `## N.` heading replaced by `section`, or
 * with it added at the end when RESULTS.md has none yet (a new part).
 */
function replaceSection(results, section) {
  const number = /^## (\d+)\./.exec(section)?.[1];
  if (number === undefined) throw new Error('a part returned a section without a `## N.` heading');
  const start = results.indexOf(`\n## ${number}. `);
  if (start < 0) return `${results.trimEnd()}\n\n${section}\n`;
  const next = results.indexOf('\n## ', start + 1);
  const end = next < 0 ? results.length : next;
  return `${results.slice(0, start + 1)}${section}\n${results.slice(end)}`;
}
