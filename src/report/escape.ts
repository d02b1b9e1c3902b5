/**
 * Escaping for untrusted text (process, branch, job and matrix names; anything read from an
 * earlier run's artifact) before it enters Markdown, HTML comments, Mermaid or the log.
 * GitHub's GFM (cmark-gfm): `|` must be escaped in table cells even inside code spans, CR/LF end a table
 * row, `< > &` open HTML, `@name` pings people and `#123` links issues. Invisible and reordering
 * characters (controls, bidi overrides, zero-width characters) are shown as escapes, so a name
 * cannot pass for another in a pull-request comment.
 */
import { codePointName, cut, showInvisible } from '../shared/inert-text.js';

/** Untrusted strings are cut to this many characters (an ellipsis marks the cut). */
export const UNTRUSTED_MAX_LENGTH = 100;
const ZERO_WIDTH_JOINER = '\u200d';

/** Cuts untrusted text to `maxLength` code points; an ellipsis marks the cut. */
export function truncate(text: string, maxLength = UNTRUSTED_MAX_LENGTH): string {
  return cut(text, maxLength);
}

/**
 * Untrusted text as inert inline Markdown: no HTML, links, images, emphasis, code spans, math,
 * mentions or issue references; one line; bounded length; controls, bidi controls and
 * zero-width characters shown as `\uXXXX` text (the backslash is escaped below, so GitHub shows
 * `\u202E` where a right-to-left override was).
 */
export function escapeMarkdownText(text: string, maxLength = UNTRUSTED_MAX_LENGTH): string {
  return (
    truncate(showInvisible(oneLine(text)), maxLength)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Backslash first, then every character GFM gives a meaning to inline, and `$`, which
      // opens GitHub's math ($…$ and $$…$$ render as LaTeX in comments; `\$` is a plain dollar).
      .replace(/[\\`*_[\]()!~|+=$-]/g, (character) => `\\${character}`)
      // `@org/team`, `@user` and `#123` are linked by GitHub after Markdown is rendered, so
      // escaping is not enough: a zero-width joiner after `@` and `#` keeps them readable but inert.
      .replace(/@/g, `@${ZERO_WIDTH_JOINER}`)
      .replace(/#/g, `#${ZERO_WIDTH_JOINER}`)
      // `::` keeps its look but cannot read as a workflow command if the text reaches a log.
      .replace(/:/g, '&#58;')
      // GFM autolinks `www.example.com` even without a scheme; an entity for the dot stops it.
      .replace(/(www)\./gi, '$1&#46;')
  );
}

/**
 * Line breaks and tabs (CR, LF, TAB) become single spaces, a run of them one space: the text
 * stays on one line (a table row, a list item) and reads as it was written. Other controls are
 * left for `showInvisible`, which shows them.
 */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ');
}

/** Untrusted text for a GFM table cell: inline-escaped (which escapes `|`) and on one line. */
export function escapeTableCell(text: string, maxLength = UNTRUSTED_MAX_LENGTH): string {
  return escapeMarkdownText(text, maxLength);
}

/** A value safe inside an HTML comment: no `--`, `>` or line breaks that could close or forge it. */
export function escapeHtmlComment(text: string): string {
  return text
    .replace(/[\r\n]/g, ' ')
    .replace(/-/g, '&#45;')
    .replace(/>/g, '&gt;')
    .replace(/</g, '&lt;');
}

/**
 * A Mermaid label: quotes, brackets, semicolons, `%%`, backticks and line breaks removed;
 * invisible and reordering characters shown as ` U+XXXX ` (a label cannot carry a backslash).
 */
export function escapeMermaidLabel(text: string, maxLength = 40): string {
  return truncate(
    showInvisible(oneLine(text), (character) => ` ${codePointName(character)} `)
      .replace(/["'`[\]{}();:#%<>\\|\r\n]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    maxLength,
  );
}
