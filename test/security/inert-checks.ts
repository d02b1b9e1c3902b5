/**
 * Checks that rendered output is inert and well formed, as lists of problems (empty: fine) so a
 * property can fail with every problem of a case at once. The Markdown checks mirror
 * test/report/injection.test.ts; the log checks mirror what the runner reads as a command.
 */

/** Controls but LF, bidi controls, zero-width characters, soft hyphen, separators, BOM. */
const HIDDEN = /(?!\n)[\p{Cc}\p{Bidi_Control}\u00ad\u200b-\u200d\u2028\u2029\u2060\ufeff]/u;
/** What the CLI's terminal output shows escaped: controls (TAB kept), bidi controls, separators. */
const LOG_HIDDEN = /(?![\t\n])[\p{Cc}\p{Bidi_Control}\u2028\u2029]/u;
/** Text that means a number or a value went missing on the way. */
const BROKEN_VALUE = /NaN|Infinity|undefined|\[object Object\]/;

/** .NET `Trim` removes Unicode white space (NEL included); JavaScript's trim is close enough. */
export function readsAsCommand(line: string): boolean {
  return line.replace(/^[\s\u0085]+/, '').startsWith('::') || line.includes('##[');
}

/** Markdown outside fenced code blocks (GitHub links nothing inside them). */
function outsideFences(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '');
}

/** A GFM table row's cells: `|` separates unless backslash-escaped. */
function cellCount(row: string): number {
  let cells = 0;
  for (let index = 0; index < row.length; index++) {
    if (row[index] === '\\') index++;
    else if (row[index] === '|') cells++;
  }
  return cells - 1;
}

function show(text: string): string {
  return JSON.stringify(text.length > 160 ? `${text.slice(0, 160)}…` : text);
}

export interface MarkdownLimits {
  /** GitHub's job summary: bytes of UTF-8. */
  maxBytes?: number;
  /** GitHub's comment body: characters. */
  maxCharacters?: number;
}

/** Every check on a rendered Markdown document (job summary or pull-request comment). */
export function markdownProblems(markdown: string, limits: MarkdownLimits = {}): string[] {
  const problems: string[] = [];
  if (typeof markdown !== 'string') return [`not a string: ${typeof markdown}`];
  if (limits.maxBytes !== undefined && Buffer.byteLength(markdown, 'utf8') > limits.maxBytes)
    problems.push(`${Buffer.byteLength(markdown, 'utf8')} bytes, over ${limits.maxBytes}`);
  if (limits.maxCharacters !== undefined && markdown.length > limits.maxCharacters)
    problems.push(`${markdown.length} characters, over ${limits.maxCharacters}`);
  const broken = BROKEN_VALUE.exec(markdown);
  if (broken)
    problems.push(
      `${broken[0]} in ${show(markdown.slice(Math.max(0, broken.index - 60), broken.index + 20))}`,
    );
  const lines = markdown.split(/\r\n|\r|\n/);
  for (const line of lines) if (readsAsCommand(line)) problems.push(`command: ${show(line)}`);
  const html = /<(script|img|svg|iframe|a[\s>])/i.exec(markdown);
  if (html) problems.push(`raw HTML ${show(html[0])}`);
  const hidden = HIDDEN.exec(markdown.replace(/[@#]\u200d/g, ''));
  if (hidden) problems.push(`hidden character U+${hidden[0].codePointAt(0)?.toString(16)}`);
  // Numeric character references (`&#58;`) are escapes, not issue references.
  const text = outsideFences(markdown).replace(/&#\d+;/g, '');
  const mention = /@(?!\u200d)[\w-]/.exec(text);
  if (mention) problems.push(`mention ${show(text.slice(mention.index - 20, mention.index + 20))}`);
  const reference = /#(?!\u200d)\d/.exec(text);
  if (reference)
    problems.push(`reference ${show(text.slice(reference.index - 20, reference.index + 20))}`);
  if (/\]\(|!\[/.test(text)) problems.push('a link or an image');
  // Structure: fences closed, collapsed sections closed, tables whole.
  const fences = lines.filter((line) => line.startsWith('```')).length;
  if (fences % 2 !== 0) problems.push(`${fences} fence lines (one left open)`);
  const opened = markdown.match(/<details>/g)?.length ?? 0;
  const closed = markdown.match(/<\/details>/g)?.length ?? 0;
  if (opened !== closed) problems.push(`${opened} <details> but ${closed} </details>`);
  let header: number | null = null;
  for (const line of lines) {
    if (!line.startsWith('|')) {
      header = null;
      continue;
    }
    const count = cellCount(line);
    if (header === null) header = count;
    else if (count !== header)
      problems.push(`table row of ${count} cells, not ${header}: ${show(line)}`);
  }
  return problems;
}

/** Output of the CLI as its terminal io writes it: no command, no control or bidi character. */
export function logProblems(output: string): string[] {
  const problems: string[] = [];
  for (const line of output.split(/\r\n|\r|\n/))
    if (readsAsCommand(line)) problems.push(`command: ${show(line)}`);
  const hidden = LOG_HIDDEN.exec(output);
  if (hidden) problems.push(`hidden character U+${hidden[0].codePointAt(0)?.toString(16)}`);
  const broken = BROKEN_VALUE.exec(output);
  if (broken)
    problems.push(
      `${broken[0]} in ${show(output.slice(Math.max(0, broken.index - 60), broken.index + 20))}`,
    );
  return problems;
}

/** Paths of every number in `value` that is not finite (NaN, ±Infinity) or a string that says so. */
export function nonFiniteNumbers(value: unknown, path = '$', into: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) into.push(`${path} = ${value}`);
  } else if (typeof value === 'string') {
    if (BROKEN_VALUE.test(value)) into.push(`${path} = ${show(value)}`);
  } else if (value === undefined) {
    into.push(`${path} is undefined`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => nonFiniteNumbers(item, `${path}[${index}]`, into));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) nonFiniteNumbers(item, `${path}.${key}`, into);
  }
  return into;
}

/** Throws one error naming every problem, with what produced them. */
export function expectNoProblems(problems: readonly string[], what: string): void {
  if (problems.length === 0) return;
  const listed = problems.slice(0, 8).join('\n  ');
  throw new Error(`${what}: ${problems.length} problem(s)\n  ${listed}`);
}
