// Markdown for RESULTS.md.

/** A GFM table; cells are written as given (the benchmarks' own text, no `|` inside). */
export const table = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
