/**
 * Text made inert for a CI log: the one path every line the action and the CLI write goes through.
 *
 * The GitHub Actions runner reads a step's stdout line by line (a line ends at CR, LF or CRLF) and
 * obeys two kinds of commands in it:
 * - `::name props::data` when the line, trimmed (.NET `Trim`: any Unicode white space), starts
 *   with `::`; `::stop-commands::TOKEN` suspends this until a line that is exactly `::TOKEN::`;
 * - the older `##[name props]data` found anywhere in a line (`ActionCommand.TryParse` looks for
 *   the prefix with `IndexOf`); Azure Pipelines reads `##vso[` the same way.
 *
 * The rule chosen here, for every line:
 * 1. C0/C1 controls (except TAB), DEL, bidirectional controls and the Unicode line and paragraph
 *    separators are shown as `\uXXXX` text: no terminal escape, no reordering, no hidden break;
 * 2. after the line's leading run of white space and invisible format characters, a `::` gets a
 *    zero-width space between its colons (`:\u200b:`), so no trimming of any kind can bring a
 *    `::` to the start of the line, and no line can read `::TOKEN::` to end a stop-commands block;
 * 3. `##[` and `##vso[` anywhere get a zero-width space before their `[`.
 * The zero-width space keeps the text readable and, removed, gives the original back. Every
 * insertion sits just before the character that triggers it, so the rule can be applied to a
 * stream chunk by chunk (see `inertStream`) with the same result as on the whole text.
 */

/** Zero-width space: invisible in the log, and not white space to .NET's `Trim` or JavaScript's. */
const BREAK = '\u200b';

/** Line endings as the runner's line reader splits: CRLF, CR or LF. */
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * What a reader cannot see or what reorders text: every control (C0, DEL, C1), every format
 * character (bidi controls, zero-width characters, soft hyphen, BOM, tags), the line and paragraph
 * separators and the other default-ignorable code points (Hangul fillers, variation selectors).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * What the log shows as escapes: controls (TAB kept), bidi controls and the line and paragraph
 * separators. Zero-width characters stay: they cannot reorder or break a line, and the Markdown
 * the CLI prints uses a zero-width joiner to keep `@name` and `#123` inert.
 */
const LOG_HIDDEN = /[\p{Cc}\p{Bidi_Control}\p{Zl}\p{Zp}]/gu;

/** A line's leading characters that some trimming could remove. */
const LEADING_RUN = /^[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}]*/u;
/** The same run with controls too: a superset, for deciding on raw text (see inertStream). */
const RAW_LEADING_RUN =
  /^[\p{White_Space}\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]*/u;

/**
 * The only terminal control sequences the CLI writes itself: SGR (Select Graphic Rendition, ECMA-48
 * §8.3.117) codes for bold, dim, three colours and reset, as its terminal report uses them. An
 * `inertStream` made with `keepSgr` lets exactly these through; every other escape, and these
 * from untrusted text (renderers show untrusted text with `showInvisible` first), is shown.
 */
export const SGR = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  red: '\u001b[31m',
  green: '\u001b[32m',
  yellow: '\u001b[33m',
} as const;

/** Exactly the sequences of `SGR`, or one character to show (see LOG_HIDDEN). */
// eslint-disable-next-line no-control-regex -- ESC is what these sequences start with
const SGR_OR_HIDDEN = /\u001b\[(?:0|1|2|31|32|33)m|[\p{Cc}\p{Bidi_Control}\p{Zl}\p{Zp}]/gu;
/** A line's leading run when SGR sequences are kept: they hide no `::` either. */
const LEADING_RUN_SGR =
  // eslint-disable-next-line no-control-regex -- ESC is what these sequences start with
  /^(?:[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}]|\u001b\[(?:0|1|2|31|32|33)m)*/u;

/** A character as `\uXXXX` (`\u{XXXXX}` beyond the BMP): visible and unambiguous. */
export function codePointEscape(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase();
  return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}

/** A character as `U+XXXX`, for places that cannot carry a backslash (Mermaid labels). */
export function codePointName(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Shows every invisible or reordering character (controls, bidi controls, zero-width and other
 * format characters, line separators) with `show` (default `\uXXXX`), so untrusted text cannot
 * spoof what a reader sees.
 */
export function showInvisible(
  text: string,
  show: (character: string) => string = codePointEscape,
): string {
  return text.replace(INVISIBLE, show);
}

/** Cuts to `maxLength` code points, an ellipsis marking the cut. */
export function cut(text: string, maxLength: number): string {
  const characters = [...text];
  return characters.length > maxLength ? `${characters.slice(0, maxLength - 1).join('')}…` : text;
}

/** One line of the log made inert (rules 1–3 above); `line` holds no line break. */
function inertLine(line: string, keepSgr = false): string {
  const shown = line.replace(keepSgr ? SGR_OR_HIDDEN : LOG_HIDDEN, (character) =>
    character === '\t' || character.length > 1 ? character : codePointEscape(character),
  );
  const lead = (keepSgr ? LEADING_RUN_SGR : LEADING_RUN).exec(shown)?.[0].length ?? 0;
  const rest = shown.slice(lead);
  const start = rest.startsWith('::') ? `:${BREAK}${rest.slice(1)}` : rest;
  return shown.slice(0, lead) + start.replace(/(##(?:vso)?)\[/gi, `$1${BREAK}[`);
}

export interface InertOptions {
  /** Fold the text to one line (line breaks and the white space around them become one space). */
  fold?: boolean;
  /** Cut to this many code points (after folding), an ellipsis marking the cut. */
  maxLength?: number;
  /** Let the exact sequences of `SGR` through (a terminal that shows colour). */
  keepSgr?: boolean;
}

/**
 * Makes text inert for the runner: no line of the result starts, after any white space, with
 * `::`, none contains `##[` or `##vso[`, and no control or bidi character survives. Line breaks
 * become LF (a lone CR would overwrite a terminal line; the runner reads it as a break anyway).
 * With `fold`, the result is one line, as an annotation must be.
 */
export function inertText(text: string, options: InertOptions = {}): string {
  let lines = text.split(LINE_BREAK);
  if (options.fold) {
    const parts = lines.map((line) => line.trim()).filter((line) => line !== '');
    lines = [parts.join(' ')];
  }
  if (options.maxLength !== undefined) lines = cut(lines.join('\n'), options.maxLength).split('\n');
  return lines.map((line) => inertLine(line, options.keepSgr)).join('\n');
}

/**
 * Untrusted text quoted for a one-line message: cut, in double quotes, with quotes, backslashes,
 * controls and invisible characters as escapes (JSON string syntax), so it reads as data and
 * cannot break the line it is quoted in.
 */
export function quoteUntrusted(text: string, maxLength = 100): string {
  return JSON.stringify(cut(text, maxLength)).replace(INVISIBLE, codePointEscape);
}

/** Names shown by `quotedNames`, at most. */
const NAMES_SHOWN = 5;

/**
 * Names from untrusted data (jobs, phases) for a one-line note: distinct, each quoted as
 * `quoteUntrusted` does, the first five then `…`; a null name reads `(no name)`.
 */
export function quotedNames(names: Iterable<string | null>): string {
  const unique = [...new Set(names)];
  const shown = unique
    .slice(0, NAMES_SHOWN)
    .map((name) => (name === null ? '(no name)' : quoteUntrusted(name, 60)));
  return unique.length > NAMES_SHOWN ? `${shown.join(', ')}, …` : shown.join(', ');
}

/**
 * `inertText` for a stream written in chunks that need not end at line breaks (the CLI's stdout
 * and stderr): each chunk is made inert knowing the unfinished line before it, so a `::` or `##[`
 * split across two writes is caught as in one. Returns the function that turns a chunk into what
 * to write.
 */
export function inertStream(options: { keepSgr?: boolean } = {}): (chunk: string) => string {
  const inert = (text: string): string => inertText(text, options);
  let carry = '';
  let afterCarriageReturn = false;
  return (chunk) => {
    if (chunk === '') return '';
    // A CRLF split across two chunks: the CR was already written as a line break.
    const text = afterCarriageReturn && chunk.startsWith('\n') ? chunk.slice(1) : chunk;
    afterCarriageReturn = chunk.endsWith('\r');
    const whole = carry + text;
    const before = inert(carry);
    const all = inert(whole);
    // An SGR sequence split across writes is shown, not kept: the carry's form may then differ.
    const output = all.startsWith(before) ? all.slice(before.length) : inert(text);
    const lastBreak = Math.max(whole.lastIndexOf('\n'), whole.lastIndexOf('\r'));
    carry = lastBreak >= 0 ? whole.slice(lastBreak + 1) : whole;
    // Keep long unfinished lines cheap: once two characters follow the leading run, the line's
    // start is decided, and only the last few characters matter (`##vso` before a `[`).
    const lead = RAW_LEADING_RUN.exec(carry)?.[0].length ?? 0;
    if (carry.length > 256 && carry.length - lead >= 2) carry = `x${carry.slice(-8)}`;
    return output;
  };
}
