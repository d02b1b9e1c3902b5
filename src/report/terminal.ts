/**
 * The post-run report for a person at a terminal (`run`, `exec`): the headline, one aligned row
 * per phase, the main worker groups, and the same notes and advisory as the job summary
 * (./post-run.ts computes them; this only lays them out as text). Pure: it returns text, with
 * SGR colour codes only when asked; every string from the profile is quoted or shown with its
 * invisible characters as escapes, so it can carry no terminal sequence of its own.
 */
import type { RunProfile } from '../profile/types.js';
import { cut, quoteUntrusted, SGR, showInvisible } from '../shared/inert-text.js';
import { formatBytes, humanDuration } from '../shared/units.js';
import { oneLine } from './escape.js';
import { TASK_HEADER, taskCells, taskSummaryLine } from './tasks.js';
import {
  adviceLines,
  findings,
  postRunAdvice,
  postRunHeadline,
  share,
  type NoteStyle,
  type PostRunOptions,
} from './post-run.js';

export interface TerminalOptions extends PostRunOptions {
  /** Colour and bold with SGR codes (a terminal that shows them, NO_COLOR unset). */
  colour: boolean;
  /** Columns to fit the notes in (they wrap); tables are kept narrow enough for 80. */
  width: number;
}

/** Worker groups listed per phase, at most. */
const TOP_GROUPS = 3;
/** Names in the tables are cut to this many code points, so the rows stay aligned and short. */
const NAME_COLUMN = 24;
/** The narrowest width notes are wrapped to. */
const MIN_WIDTH = 40;

/**
 * Whether the terminal report is coloured: https://no-color.org — NO_COLOR set to anything but
 * the empty string turns colour off; otherwise FORCE_COLOR (anything but `0`, `false` or empty)
 * turns it on, and without either a TTY decides.
 */
export function colourWanted(
  env: Readonly<Record<string, string | undefined>>,
  isTty: boolean,
): boolean {
  if ((env.NO_COLOR ?? '') !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return isTty;
}

type Paint = (text: string, ...codes: string[]) => string;

function painter(colour: boolean): Paint {
  return (text, ...codes) =>
    colour && text !== '' ? `${codes.join('')}${text}${SGR.reset}` : text;
}

/** Untrusted text on one line, cut, with invisible characters (ESC included) shown as escapes. */
function plain(text: string, maxLength: number): string {
  return cut(showInvisible(oneLine(text)), maxLength);
}

function terminalStyle(paint: Paint): NoteStyle {
  return {
    phase: (name) => paint(quoteUntrusted(name, 64), SGR.bold),
    text: (value, maxLength) => plain(value, maxLength),
    strong: (value) => paint(value, SGR.bold),
    code: (value) => `'${value}'`,
  };
}

/** Visible width: code points without SGR codes (names are cut; wide characters count as one). */
function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex -- ESC is what these sequences start with
  return [...text.replace(/\u001b\[\d+m/g, '')].length;
}

/**
 * Rows as aligned columns, two spaces apart: `right` columns (figures) padded on the left. Cells
 * may hold SGR codes; widths count what shows.
 */
export function alignColumns(
  rows: readonly (readonly string[])[],
  right: readonly boolean[],
): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, visibleLength(cell));
    });
  return rows.map((row) =>
    row
      .map((cell, index) => {
        const pad = ' '.repeat((widths[index] ?? 0) - visibleLength(cell));
        return right[index] ? pad + cell : index === row.length - 1 ? cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** Words wrapped to `width`, the first line after `first`, the rest indented as deep. */
function wrap(text: string, width: number, first: string): string[] {
  const indent = ' '.repeat(visibleLength(first));
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(' ')) {
    const candidate = line === '' || line.endsWith(' ') ? line + word : `${line} ${word}`;
    if (visibleLength(candidate) > width && line.trim() !== '') {
      lines.push(line);
      line = indent + word;
    } else line = candidate;
  }
  lines.push(line);
  return lines;
}

const MARK_WIDTH = 5;

/** Emoji of the Markdown notes → a word a terminal shows in any font, coloured by weight. */
function noteMark(note: string, paint: Paint): { mark: string; text: string } {
  const marks: [string, string, string][] = [
    ['⛔ ', 'OOM', SGR.red],
    ['⚠️ ', 'warn', SGR.yellow],
    ['📈 ', 'leak?', SGR.yellow],
    ['ℹ️ ', 'note', SGR.dim],
  ];
  for (const [emoji, word, colour] of marks)
    if (note.startsWith(emoji))
      return { mark: paint(word.padEnd(MARK_WIDTH), colour), text: note.slice(emoji.length) };
  return { mark: 'note'.padEnd(MARK_WIDTH), text: note };
}

export function renderTerminalReport(profile: RunProfile, options: TerminalOptions): string {
  const paint = painter(options.colour);
  const style = terminalStyle(paint);
  const width = Math.max(MIN_WIDTH, options.width);
  const limit = profile.host.memoryLimitBytes;
  // The OOM kills lead the headline (after ⛔ in Markdown): red here.
  const headline = postRunHeadline(profile, style).replace(
    /^⛔ ([^;]+);/,
    (_, killed: string) => `${paint(killed, SGR.red)};`,
  );
  const out: string[] = ['', ...wrap(headline, width, `${paint('resource-planner:', SGR.bold)} `)];
  const sampled = profile.sampler.samples > 0 && profile.phases.length > 0;
  if (sampled) {
    const totalMs = profile.phases.reduce((sum, phase) => sum + phase.durationMs, 0);
    const about = `${humanDuration(totalMs)} on ${profile.host.cpus} CPU(s), memory limit ${formatBytes(limit)}; sampled every ${profile.sampler.intervalMs} ms (${profile.sampler.samples} samples).`;
    out.push(...wrap(about, width, '').map((line) => paint(line, SGR.dim)));
  }
  const { budgetBytes, advices } = postRunAdvice(profile, options.budget);
  const notes = [
    ...(options.notes ?? []).map((note) => plain(note, 300)),
    ...(sampled ? findings(profile, advices, style) : []),
  ];
  if (sampled) {
    out.push('', ...phaseRows(profile, paint));
    const groups = groupRows(profile);
    if (groups.length > 0) out.push('', paint('Main worker groups', SGR.bold), ...groups);
  }
  const taskLine = taskSummaryLine(profile);
  if (taskLine !== null)
    out.push('', `${paint('Tasks', SGR.bold)}: ${taskLine}`, ...taskTableRows(profile, paint));
  if (notes.length > 0) {
    out.push('');
    for (const note of notes) {
      const { mark, text } = noteMark(note, paint);
      out.push(...wrap(text, width, `  ${mark} `));
    }
  }
  const advice = adviceLines(
    profile,
    { budgetBytes, advices },
    options.budget.cpusPerWorker,
    style,
  );
  if (advice.length > 0) {
    out.push(
      '',
      paint('What this run alone would justify', SGR.bold),
      ...wrap('(each worker at its peak at once; the plan learns from many runs):', width, ''),
    );
    for (const line of advice) out.push(...wrap(line, width, '  - '));
  }
  return `${out.join('\n')}\n`;
}

/** One aligned row per phase: duration, workers at once, peak, share of the limit, OOM kills. */
/** Every task of a task list, in list order (none is left out: the terminal has no size cap). */
function taskTableRows(profile: RunProfile, paint: Paint): string[] {
  const rows = (profile.tasks ?? []).map((task, index) => {
    const { name, cells } = taskCells(task, index);
    cells[1] = plain(name, 80);
    if (task.status !== 'ok' && task.status !== 'not-run')
      cells[2] = paint(cells[2] as string, SGR.red);
    return cells;
  });
  const lines = alignColumns([TASK_HEADER, ...rows], [true, false, false, true, true, true, true]);
  return lines.map((line, index) => `  ${index === 0 ? paint(line, SGR.dim) : line}`);
}

function phaseRows(profile: RunProfile, paint: Paint): string[] {
  const limit = profile.host.memoryLimitBytes;
  const anyKill = profile.phases.some((phase) => phase.oomKills > 0);
  const anyHeap = profile.phases.some((phase) => (phase.heapLimitKills ?? 0) > 0);
  const count = (value: number): string => (value > 0 ? paint(String(value), SGR.red) : '0');
  const header = [
    'Phase',
    'Duration',
    'At once',
    'Peak',
    'Of limit',
    ...(anyKill ? ['OOM kills'] : []),
    ...(anyHeap ? ['Out of heap'] : []),
  ];
  const rows = profile.phases.map((phase) => {
    const atOnce = Math.max(0, ...phase.workerGroups.map((group) => group.maxConcurrency));
    const ofLimit = share(phase.treeRss.peakBytes, limit);
    const high = limit > 0 && phase.treeRss.peakBytes >= 0.9 * limit;
    return [
      plain(phase.name, NAME_COLUMN),
      humanDuration(phase.durationMs),
      atOnce > 0 ? String(atOnce) : '—',
      formatBytes(phase.treeRss.peakBytes),
      high ? paint(ofLimit, SGR.yellow) : ofLimit,
      ...(anyKill ? [count(phase.oomKills)] : []),
      ...(anyHeap ? [count(phase.heapLimitKills ?? 0)] : []),
    ];
  });
  const lines = alignColumns([header, ...rows], [false, true, true, true, true, true, true]);
  return lines.map((line, index) => `  ${index === 0 ? paint(line, SGR.dim) : line}`);
}

/** The largest worker groups of each phase: at once, peak p90 and max of one worker. */
function groupRows(profile: RunProfile): string[] {
  const several = profile.phases.length > 1;
  const rows: string[][] = [];
  for (const phase of profile.phases)
    for (const group of phase.workerGroups.slice(0, TOP_GROUPS))
      rows.push([
        ...(several ? [plain(phase.name, NAME_COLUMN)] : []),
        plain(group.name, NAME_COLUMN),
        `${group.maxConcurrency} at once`,
        `${group.processes} seen`,
        `p90 ${formatBytes(group.peakRss.p90Bytes)}`,
        `max ${formatBytes(group.peakRss.maxBytes)}`,
      ]);
  if (rows.length === 0) return [];
  const right = several ? [false, false, true, true, true, true] : [false, true, true, true, true];
  return alignColumns(rows, right).map((line) => `  ${line}`);
}
