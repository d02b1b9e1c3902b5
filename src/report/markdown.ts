/** Small Markdown builders. Cells passed here are trusted; escape untrusted text first (./escape.ts). */

/** A GFM table. */
export function table(header: string[], rows: string[][], align?: ('left' | 'right')[]): string {
  const separator = header.map((_, index) => (align?.[index] === 'right' ? '---:' : '---'));
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(separator), ...rows.map(line)].join('\n');
}

/** A collapsed section. The blank lines let GitHub render Markdown inside. */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export interface Section {
  markdown: string;
  /** Lower numbers are dropped first when the document must shrink. */
  priority: number;
}

export const SUMMARY_LIMIT_BYTES = 1_048_576;
export const COMMENT_LIMIT_CHARACTERS = 65_536;

/**
 * Joins sections, dropping the lowest-priority ones until the result fits `limit` as measured
 * by `size`, and saying so at the end. Sections keep their order.
 */
export function fitToLimit(
  sections: Section[],
  limit: number,
  size: (text: string) => number = (text) => Buffer.byteLength(text, 'utf8'),
): string {
  const kept = sections.map((section, index) => ({ ...section, index }));
  const note = '\n\n_Some sections were left out to stay within GitHub\u2019s size limit._\n';
  let text = kept.map((section) => section.markdown).join('\n\n');
  while (size(text) > limit && kept.length > 1) {
    let lowest = 0;
    for (let index = 1; index < kept.length; index++) {
      if ((kept[index] as Section).priority < (kept[lowest] as Section).priority) lowest = index;
    }
    kept.splice(lowest, 1);
    text = kept.map((section) => section.markdown).join('\n\n') + note;
  }
  if (size(text) > limit) {
    // One section alone is still too long: cut it at a line boundary.
    let cut = text.slice(0, Math.max(0, limit - note.length - 16));
    cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
    while (size(cut + note) > limit) cut = cut.slice(0, Math.floor(cut.length * 0.9));
    text = cut + note;
  }
  return text;
}

/**
 * Whole sections joined by blank lines, in order, for as long as they fit in `limitBytes`
 * (UTF-8); those that do not are left out and a last line says how many. One step writes one
 * summary, and GitHub drops a step's summary whole past 1 MiB: every section a step writes goes
 * through one budget.
 */
export function joinWithinLimit(sections: readonly string[], limitBytes: number): string {
  const note = (left: number): string =>
    `\n_${left} section(s) left out to stay within GitHub\u2019s 1 MiB job-summary limit._\n`;
  const reserve = Buffer.byteLength(note(sections.length), 'utf8');
  let text = '';
  let kept = 0;
  for (const section of sections) {
    const next = kept === 0 ? section : `${text}\n${section}`;
    if (Buffer.byteLength(next, 'utf8') > limitBytes - reserve) break;
    text = next;
    kept++;
  }
  return kept === sections.length ? text : `${text}${note(sections.length - kept)}`;
}
