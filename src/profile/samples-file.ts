/**
 * Reading the sampler's JSON Lines file. Tolerant: the sampler may have been killed mid-line,
 * and a bad line never hides the good ones.
 */
import type { SamplerLine } from '../sampler/types.js';

const KINDS = new Set(['start', 'proc', 's', 'exit', 'stop']);

export interface ParsedSamples {
  lines: SamplerLine[];
  /** Lines that were not valid JSON of a known kind. */
  skipped: number;
  /** The file did not end with a newline: the last line was cut short. */
  truncatedTail: boolean;
}

export function parseSamplesFile(text: string): ParsedSamples {
  const lines: SamplerLine[] = [];
  let skipped = 0;
  const truncatedTail = text.length > 0 && !text.endsWith('\n');
  const rows = text.split('\n');
  if (truncatedTail) rows.pop();
  for (const row of rows) {
    if (!row.trim()) continue;
    try {
      const line = JSON.parse(row) as { k?: unknown };
      if (
        typeof line === 'object' &&
        line !== null &&
        typeof line.k === 'string' &&
        KINDS.has(line.k)
      ) {
        lines.push(line as SamplerLine);
      } else skipped++;
    } catch {
      skipped++;
    }
  }
  return { lines, skipped, truncatedTail };
}
