/**
 * Escaping for untrusted text (process, branch, job and matrix names; anything read from an
 * earlier run's artifact) before it enters Markdown, HTML comments, Mermaid or the log.
 * GitHub's GFM (cmark-gfm): `|` must be escaped in table cells even inside code spans, CR/LF end a table
 * row, `< > &` open HTML, `@name` pings people and `#123` links issues.
 */

/** Untrusted strings are cut to this many characters (an ellipsis marks the cut). */
export const UNTRUSTED_MAX_LENGTH = 100;
const ZERO_WIDTH_JOINER = '\u200d';

export function truncate(text: string, maxLength = UNTRUSTED_MAX_LENGTH): string {
  const characters = [...text];
  return characters.length > maxLength ? `${characters.slice(0, maxLength - 1).join('')}…` : text;
}

/**
 * Untrusted text as inert inline Markdown: no HTML, links, images, emphasis, code spans,
 * mentions or issue references; one line; bounded length.
 */
export function escapeMarkdownText(text: string, maxLength = UNTRUSTED_MAX_LENGTH): string {
  return (
    truncate(oneLine(text), maxLength)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Backslash first, then every character GFM gives a meaning to inline.
      .replace(/[\\`*_[\]()!~|+=-]/g, (character) => `\\${character}`)
      // `@org/team`, `@user` and `#123` are linked by GitHub after Markdown is rendered, so
      // escaping is not enough: a zero-width joiner after `@` and `#` keeps them readable but inert.
      .replace(/@/g, `@${ZERO_WIDTH_JOINER}`)
      .replace(/#/g, `#${ZERO_WIDTH_JOINER}`)
      // `::` keeps its look but cannot read as a workflow command if the text reaches a log.
      .replace(/:/g, '&#58;')
  );
}

/** Control characters (line breaks included) become single spaces. */
export function oneLine(text: string): string {
  let result = '';
  let lastWasSpace = false;
  for (const character of text) {
    const code = character.charCodeAt(0);
    const control = code < 0x20 || code === 0x7f;
    if (control && lastWasSpace) continue;
    result += control ? ' ' : character;
    lastWasSpace = control;
  }
  return result;
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

/** A Mermaid label: quotes, brackets, semicolons, `%%`, backticks and line breaks removed. */
export function escapeMermaidLabel(text: string, maxLength = 40): string {
  return truncate(
    text
      .replace(/["'`[\]{}();:#%<>\\|\r\n]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    maxLength,
  );
}
