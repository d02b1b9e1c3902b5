/**
 * Memory over time as a Mermaid `xychart-beta` line chart, drawn by GitHub itself (no external
 * image service). Checked with mermaid-cli 11 in Chromium: the default theme draws the first line
 * almost white and shows no
 * legend, so colours are set explicitly (readable on light and dark) and the title names the
 * series in colour order.
 */
import { escapeMermaidLabel } from './escape.js';

export interface ChartSeries {
  name: string;
  /** One value per x label, in MiB; null where unknown. */
  valuesMiB: (number | null)[];
}

/** Red, blue, green, orange: distinct on light and dark backgrounds. */
export const CHART_COLOURS = ['#d62728', '#1f77b4', '#2ca02c', '#ff7f0e'];
const COLOUR_NAMES = ['red', 'blue', 'green', 'orange'];
/** Mermaid renders slowly and GitHub truncates large diagrams: keep charts small. */
export const CHART_MAX_POINTS = 150;

/** Evenly picks at most `maxPoints` indices, always keeping the highest value of each stride. */
export function downsampleIndices(
  values: readonly number[],
  maxPoints = CHART_MAX_POINTS,
): number[] {
  if (values.length <= maxPoints) return values.map((_, index) => index);
  const stride = values.length / maxPoints;
  const indices: number[] = [];
  for (let bucket = 0; bucket < maxPoints; bucket++) {
    const start = Math.floor(bucket * stride);
    const end = Math.min(values.length, Math.floor((bucket + 1) * stride));
    let best = start;
    for (let index = start + 1; index < end; index++)
      if ((values[index] as number) > (values[best] as number)) best = index;
    indices.push(best);
  }
  return indices;
}

/** `1m05s` style labels for seconds (no `:`, which Mermaid labels cannot carry). */
export function timeLabel(seconds: number): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return `${minutes}m${String(whole % 60).padStart(2, '0')}s`;
}

export function lineChart(
  title: string,
  xLabels: string[],
  series: ChartSeries[],
  yAxisTitle = 'MiB',
): string {
  const shown = series
    .filter((line) => line.valuesMiB.some((value) => value !== null))
    .slice(0, CHART_COLOURS.length);
  if (shown.length === 0 || xLabels.length === 0) return '';
  const colours = CHART_COLOURS.slice(0, shown.length).join(', ');
  const legend = shown
    .map((line, index) => `${escapeMermaidLabel(line.name)} ${COLOUR_NAMES[index]}`)
    .join(', ');
  const max = Math.max(
    1,
    ...shown.flatMap((line) => line.valuesMiB.filter((value): value is number => value !== null)),
  );
  const lines = [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${colours}"}}}}%%`,
    'xychart-beta',
    `  title "${escapeMermaidLabel(title, 60)} (${legend})"`,
    `  x-axis [${xLabels.map((label) => `"${escapeMermaidLabel(label, 12)}"`).join(', ')}]`,
    `  y-axis "${escapeMermaidLabel(yAxisTitle, 20)}" 0 --> ${Math.ceil(max * 1.1)}`,
    // Mermaid has no gaps: an unknown point repeats the previous one (or 0 at the start).
    ...shown.map((line) => {
      let last = 0;
      const values = line.valuesMiB.map((value) =>
        value === null ? last : (last = Math.round(value)),
      );
      return `  line [${values.join(', ')}]`;
    }),
    '```',
  ];
  return lines.join('\n');
}
