/**
 * The runner-size advice for people: a short job-summary section (a headline, a table of the
 * cheapest few runners, the evidence, the limits) and the CLI's terminal text. Pure. Catalogue
 * names may come from a user's file: escaped like any untrusted text.
 */
import type { RunnerAdvice, RunnerPrediction } from '../advise/advise.js';
import { formatBytes, formatDuration } from '../shared/units.js';
import { escapeMarkdownText, escapeTableCell } from './escape.js';
import { details, table } from './markdown.js';
import { alignColumns } from './terminal.js';

/** Rows of the summary's table: the recommended runner and the next cheapest. */
export const SUMMARY_MAX_ROWS = 8;
const REASON_MAX_LENGTH = 600;

const OS_NAMES: Record<string, string> = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' };

/** `$0.048`, `free`. */
export function formatUsd(amount: number): string {
  if (amount === 0) return 'free';
  return `$${amount < 0.01 ? amount.toFixed(4) : amount.toFixed(3).replace(/0$/, '')}`;
}

/** "3 runs on Linux x64 (4 CPUs) at 1, 2, 4 workers; 20% serial, 8 min 20 s with one worker". */
export function evidenceLine(advice: RunnerAdvice): string | null {
  const evidence = advice.evidence;
  if (!evidence) return null;
  const platform = `${OS_NAMES[evidence.os] ?? evidence.os} ${evidence.arch}`;
  return (
    `${evidence.timedRuns} timed run(s) of ${evidence.runs} on ${platform} ` +
    `(${evidence.cpuCounts.join(', ')} CPUs) at ${evidence.workerCounts.join(', ')} workers with a CPU each; ` +
    `Amdahl fit: ${Math.round(evidence.serialFraction * 100)}% serial, ${formatDuration(evidence.singleWorkerMs)} with one worker, ` +
    `never below ${formatDuration(evidence.serialFloorMs)}`
  );
}

function targetCell(runner: RunnerPrediction): string {
  if (runner.meetsTarget === null) return '';
  return runner.meetsTarget ? 'yes' : 'no';
}

/**
 * The peak as history measured the workers' memory; where the count fits only if that memory
 * shrinks with the runner's, marked ⚠ with the scaled figure beside it (ELASTIC_NOTE says why).
 */
function memoryCell(runner: RunnerPrediction): string {
  if (!runner.safe) return `⛔ ${runner.memoryBound === 0 ? 'not one worker fits' : 'OOM risk'}`;
  return markedPeak(
    runner,
    `${formatBytes(runner.peakBytes)} of ${formatBytes(runner.memoryBytes)}`,
    '⚠',
  );
}

/** `peak`, with `mark` and the scaled figure beside it where the count relies on elastic memory. */
function markedPeak(runner: RunnerPrediction, peak: string, mark: string): string {
  return runner.reliesOnElasticMemory && runner.elasticPeakBytes !== null
    ? `${mark} ${peak} (${formatBytes(runner.elasticPeakBytes)} if elastic)`
    : peak;
}

/**
 * Said under the table (after ⚠, or ! in a terminal) when a count shown fits only if the workers'
 * memory is elastic.
 */
export const ELASTIC_NOTE =
  "The count fits there only if the workers' memory shrinks with the runner's (elastic-memory auto: Node and JVM heaps size themselves from the memory they see; pass node-heap-mb). The peak shown is as history measured it; the lower one assumes that scaling, which memory the workers hold (Buffers, caches) does not follow. Set elastic-memory: off if they hold it.";

function catalogLine(advice: RunnerAdvice): string {
  const parts: string[] = [];
  const { builtinDate, builtinSources, files } = advice.catalog;
  if (builtinDate !== null)
    parts.push(
      `GitHub's docs as of ${builtinDate} (${builtinSources.map((url, index) => `[${['runners', 'larger runners', 'prices'][index] ?? 'source'}](${url})`).join(', ')}; larger-runner labels are chosen by the organisation, so they are named by size)`,
    );
  for (const file of files) parts.push(escapeMarkdownText(file, 200));
  return `Catalogue: ${parts.join('; ')}.`;
}

/**
 * The split that meets the target, and the matrix for the fan-out job (our own digits, safe in a
 * code span); only the reason when one job meets it or no split does; null without a target.
 */
export function shardsLine(
  advice: RunnerAdvice,
  text: (reason: string) => string = (reason) => reason,
  code: (matrix: string) => string = (matrix) => matrix,
): string | null {
  const shards = advice.shards;
  if (!shards) return null;
  if (shards.count === null || shards.matrix === null || shards.count === 1)
    return text(shards.reason);
  const cost = shards.costUsd === null ? '' : `, ${formatUsd(shards.costUsd)} a run in all`;
  return `${text(shards.reason)} Matrix: ${code(JSON.stringify(shards.matrix))}${cost}. ${text(shards.memoryEvidence)}`;
}

/** The reason without the runner's name in front, where the headline already names it. */
function withoutName(reason: string, name: string): string {
  return reason.startsWith(`${name}: `) ? reason.slice(name.length + 2) : reason;
}

/** The job-summary section. */
export function renderAdviceSummary(advice: RunnerAdvice): string {
  const lines = [`### Runner advice for phase \`${escapeMarkdownText(advice.phase, 64)}\``, ''];
  if (!advice.advised) {
    lines.push(escapeMarkdownText(advice.reason, REASON_MAX_LENGTH), '', catalogLine(advice));
    return `${lines.join('\n')}\n`;
  }
  const chosen = advice.runners.find((runner) => runner.name === advice.recommended) ?? null;
  const reason = escapeMarkdownText(
    chosen ? withoutName(advice.reason, chosen.name) : advice.reason,
    REASON_MAX_LENGTH,
  );
  lines.push(
    chosen
      ? `**${escapeMarkdownText(chosen.name, 64)}**: ${reason} Predicted there: ${chosen.workers} worker(s), ${formatDuration(chosen.durationMs)}, ${formatUsd(chosen.costUsd)} a run, confidence ${chosen.confidence}.`
      : `⛔ ${reason}`,
    '',
  );
  const shown = advice.runners.slice(0, SUMMARY_MAX_ROWS);
  const withTarget = advice.targetMs !== null;
  const header = [
    'Runner',
    'CPUs',
    'Workers',
    'Duration',
    'Peak of memory',
    'Cost a run',
    ...(withTarget ? [`Meets ${formatDuration(advice.targetMs as number)}`] : []),
    'Confidence',
  ];
  const rows = shown.map((runner) => [
    `${runner.name === advice.recommended ? '👉 ' : ''}${escapeTableCell(runner.name, 64)}`,
    String(runner.cpus),
    String(runner.workers),
    formatDuration(runner.durationMs),
    memoryCell(runner),
    `${formatUsd(runner.costUsd)} (${runner.billedMinutes} min)`,
    ...(withTarget ? [targetCell(runner)] : []),
    `${runner.confidence}${runner.extrapolated ? ', extrapolated' : ''}`,
  ]);
  lines.push(
    table(header, rows, [
      'left',
      'right',
      'right',
      'right',
      'right',
      'right',
      ...(withTarget ? ['left' as const] : []),
      'left',
    ]),
  );
  if (shown.some((runner) => runner.safe && runner.reliesOnElasticMemory))
    lines.push('', `⚠ ${escapeMarkdownText(ELASTIC_NOTE, REASON_MAX_LENGTH)}`);
  if (advice.runners.length > shown.length)
    lines.push('', `${advice.runners.length - shown.length} more in the \`runner-advice\` output.`);
  const shards = shardsLine(
    advice,
    (reason) => escapeMarkdownText(reason, REASON_MAX_LENGTH),
    (matrix) => `\`${matrix}\``,
  );
  if (shards) lines.push('', `Shards: ${shards}`);
  lines.push('', `Evidence: ${evidenceLine(advice) ?? 'none'}.`);
  lines.push(
    '',
    details(
      'What the advice cannot see',
      advice.limits.map((limit) => `- ${escapeMarkdownText(limit, REASON_MAX_LENGTH)}`).join('\n'),
    ),
  );
  lines.push('', catalogLine(advice));
  return `${lines.join('\n')}\n`;
}

function terminalPeak(runner: RunnerPrediction): string {
  if (!runner.safe) return 'does not fit';
  return markedPeak(runner, formatBytes(runner.peakBytes), '!');
}

/** The CLI's text: the recommendation, every runner in aligned columns, the evidence, the limits. */
export function formatAdviceText(advice: RunnerAdvice): string {
  const lines = [`resource-planner advise (profile: ${advice.phase})`, ''];
  if (!advice.advised) {
    lines.push(advice.reason);
    return `${lines.join('\n')}\n`;
  }
  lines.push(advice.recommended === null ? advice.reason : `Recommended  ${advice.reason}`, '');
  const rows: string[][] = [
    ['Runner', 'CPUs', 'Memory', 'Workers', 'Duration', 'Peak', 'Cost', 'Target', 'Confidence'],
  ];
  for (const runner of advice.runners)
    rows.push([
      `${runner.name === advice.recommended ? '> ' : '  '}${runner.name}`,
      String(runner.cpus),
      formatBytes(runner.memoryBytes),
      String(runner.workers),
      formatDuration(runner.durationMs),
      terminalPeak(runner),
      `${formatUsd(runner.costUsd)} (${runner.billedMinutes} min)`,
      runner.meetsTarget === null ? '-' : runner.meetsTarget ? 'meets' : 'misses',
      `${runner.confidence}${runner.extrapolated ? ', extrapolated' : ''}`,
    ]);
  lines.push(...alignColumns(rows, [false, true, true, true, true, true, true, false, false]));
  if (advice.runners.some((runner) => runner.safe && runner.reliesOnElasticMemory))
    lines.push('', `! ${ELASTIC_NOTE}`);
  const shards = shardsLine(advice);
  if (shards) lines.push('', `Shards       ${shards}`);
  lines.push('', `Evidence     ${evidenceLine(advice) ?? 'none'}`);
  for (const limit of advice.limits) lines.push(`limit: ${limit}`);
  const { builtinDate, files } = advice.catalog;
  lines.push(
    `Catalogue    ${[
      ...(builtinDate === null ? [] : [`GitHub's docs as of ${builtinDate}`]),
      ...files,
    ].join('; ')}`,
  );
  return `${lines.join('\n')}\n`;
}
