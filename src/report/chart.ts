/**
 * Charts as Mermaid `xychart-beta` blocks, drawn by GitHub itself (no external image service).
 * Pure. What the layout relies on, checked with mermaid-cli 11 in Chromium:
 *  - the default theme draws the first series almost white and shows no legend, so colours come
 *    from an init directive (readable on light and dark backgrounds) and a caption under the chart
 *    names each series by its colour;
 *  - a categorical x axis draws every label (past ~12 they overlap, repeated labels draw false
 *    jumps), while a numeric axis, `x-axis "minutes" 0 --> 60`, spreads the points evenly over the
 *    range and draws ~10 ticks by itself: time charts resample onto an even grid for it;
 *  - a `line` with one point draws nothing: comparisons are `bar` series over at most 12 labels;
 *  - Mermaid has no gaps in a series and no vertical marks: phase boundaries go in the caption.
 */
import { GiB, MiB } from '../shared/units.js';
import { escapeMermaidLabel } from './escape.js';

/** Points per time series: enough for the eye, small enough for GitHub to draw quickly. */
export const CHART_MAX_POINTS = 240;
/** Categorical labels beyond this overlap. */
export const CHART_MAX_LABELS = 12;
/** Bar slots drawn: each label is `<phase, 10 characters> <short>`, which 8 slots fit (see initDirective). */
export const BAR_MAX_SLOTS = 8;

/** Named colours, each readable on white and on GitHub's dark background. */
export const COLOURS = {
  red: '#d62728',
  blue: '#1f77b4',
  green: '#2ca02c',
  orange: '#ff7f0e',
  grey: '#8c8c8c',
} as const;
export type ColourName = keyof typeof COLOURS;

export interface TimePoint {
  tMs: number;
  /** Bytes; null where unknown. */
  value: number | null;
}

/**
 * Resamples points onto `buckets` even time slots from 0 to `endMs`, each slot holding the
 * highest value that fell in it (peaks survive), an empty slot repeating the one before (Mermaid
 * has no gaps). Null when no point has a value.
 */
export function resampleMax(
  points: readonly TimePoint[],
  endMs: number,
  buckets = CHART_MAX_POINTS,
): number[] | null {
  if (buckets < 2 || endMs <= 0) return null;
  const slots: (number | null)[] = Array.from({ length: buckets }, () => null);
  for (const point of points) {
    if (point.value === null || !Number.isFinite(point.value)) continue;
    const slot = Math.min(
      buckets - 1,
      Math.max(0, Math.round((point.tMs / endMs) * (buckets - 1))),
    );
    const held = slots[slot];
    slots[slot] = held === null || held === undefined ? point.value : Math.max(held, point.value);
  }
  const first = slots.find((value) => value !== null);
  if (first === undefined || first === null) return null;
  let last: number = first;
  return slots.map((value) => (value === null ? last : (last = value)));
}

export interface TimeUnit {
  name: 'seconds' | 'minutes' | 'hours';
  ms: number;
}

const TIME_UNITS: TimeUnit[] = [
  { name: 'seconds', ms: 1000 },
  { name: 'minutes', ms: 60_000 },
  { name: 'hours', ms: 3_600_000 },
];

/**
 * The time axis: its unit and its end. Mermaid's ticks are round only for some ends (see
 * axisTickCount), so the axis may run on past the recording; of the units in which the job
 * lasts at least 1, the one that needs the least of that wins, the natural one on a tie (a
 * six-hour job is drawn over 0–360 minutes rather than 0–7.08 hours).
 */
export function timeAxisFor(durationMs: number): { time: TimeUnit; axisEndUnits: number } {
  const natural = naturalTimeUnit(durationMs);
  let best = {
    time: natural,
    axisEndUnits: niceAxisMax(durationMs / natural.ms, CHART_MAX_LABELS),
  };
  const padding = (choice: typeof best): number =>
    (choice.axisEndUnits * choice.time.ms) / durationMs;
  for (const time of TIME_UNITS) {
    const units = durationMs / time.ms;
    if (units < 1 || units > 1000) continue;
    const choice = { time, axisEndUnits: niceAxisMax(units, CHART_MAX_LABELS) };
    if (padding(choice) < padding(best) - 0.01) best = choice;
  }
  return best;
}

/** Seconds up to 2 minutes, minutes up to 2 hours, hours beyond: ticks stay readable numbers. */
function naturalTimeUnit(durationMs: number): TimeUnit {
  if (durationMs <= 120_000) return { name: 'seconds', ms: 1000 };
  if (durationMs <= 7_200_000) return { name: 'minutes', ms: 60_000 };
  return { name: 'hours', ms: 3_600_000 };
}

/** `12.5` style numbers for a chart (no grouping, at most `digits` decimals). */
export function chartNumber(value: number, digits = 1): string {
  const factor = 10 ** digits;
  return String(Math.round(value * factor) / factor);
}

export interface SizeUnit {
  name: 'MiB' | 'GiB';
  bytes: number;
}

export function sizeUnitFor(maxBytes: number): SizeUnit {
  return maxBytes >= 2 * GiB ? { name: 'GiB', bytes: GiB } : { name: 'MiB', bytes: MiB };
}

export interface TimeSeries {
  /** Trusted name for the caption. */
  name: string;
  colour: ColourName;
  points: TimePoint[];
}

export interface TimeChartInput {
  title: string;
  endMs: number;
  series: TimeSeries[];
  /** Drawn as a constant line (bytes), or null. */
  limit: { name: string; bytes: number } | null;
  /** Trusted Markdown lines put under the caption (phase boundaries). */
  notes?: string[];
  /**
   * The y-axis for values that are not sizes (e.g. a count of tasks): its name, and values drawn
   * as given. Default: sizes in bytes, drawn in the unit that fits the largest.
   */
  countAxis?: string;
}

/**
 * Colours, and for bar charts a wider drawing with smaller axis labels: at Mermaid's default
 * 700 px and 14 px labels, eight labels such as `package now` touch (checked with mermaid-cli 11
 * in Chromium); at 900 px and 12 px they have room.
 */
function initDirective(colours: readonly ColourName[], wide = false): string {
  const palette = colours.map((name) => COLOURS[name]).join(', ');
  const layout = wide ? '"xyChart": {"width": 900, "xAxis": {"labelFontSize": 12}}, ' : '';
  return `%%{init: {${layout}"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`;
}

/** A caption naming each series by its colour: `red: job processes · grey: limit (7 GiB)`. */
function caption(entries: { colour: ColourName; name: string }[]): string {
  return `<sub>${entries.map((entry) => `${entry.colour}: ${entry.name}`).join(' · ')}</sub>`;
}

/**
 * Memory over time: a numeric time axis in seconds, minutes or hours, each series resampled to
 * at most CHART_MAX_POINTS points keeping peaks, the limit as a constant line, and a caption.
 * Empty when nothing can be drawn.
 */
export function timeChart(input: TimeChartInput): string {
  const { time, axisEndUnits } = timeAxisFor(input.endMs);
  const endUnits = input.endMs / time.ms;
  const axisEndMs = axisEndUnits * time.ms;
  // No more slots than samples: an even grid finer than the data only repeats points.
  const samples = Math.max(2, ...input.series.map((series) => series.points.length));
  const buckets = Math.min(CHART_MAX_POINTS, Math.ceil((samples * axisEndMs) / input.endMs));
  const drawn = input.series
    .map((series) => ({ series, values: resampleMax(series.points, axisEndMs, buckets) }))
    .filter((entry): entry is { series: TimeSeries; values: number[] } => entry.values !== null);
  if (drawn.length === 0) return '';
  const max = Math.max(input.limit?.bytes ?? 0, ...drawn.flatMap((entry) => entry.values), 1);
  const size: { name: string; bytes: number } =
    input.countAxis === undefined ? sizeUnitFor(max) : { name: input.countAxis, bytes: 1 };
  const scaled = (bytes: number): string => chartNumber(bytes / size.bytes, 2);
  const length = (drawn[0] as { values: number[] }).values.length;
  const lines = drawn.map((entry) => `  line [${entry.values.map(scaled).join(', ')}]`);
  const colours = drawn.map((entry) => entry.series.colour);
  const legend = drawn.map((entry) => ({ colour: entry.series.colour, name: entry.series.name }));
  if (input.limit) {
    lines.push(
      `  line [${Array.from({ length }, () => scaled(input.limit?.bytes ?? 0)).join(', ')}]`,
    );
    colours.push('grey');
    legend.push({ colour: 'grey', name: input.limit.name });
  }
  // Sub-second recordings (a CLI run of a quick command) need more digits than a job's minutes.
  const timeDigits = axisEndUnits < 1 ? 3 : axisEndUnits < 10 ? 2 : 1;
  const endText = chartNumber(endUnits, timeDigits);
  const axisEndText = chartNumber(axisEndUnits, timeDigits);
  const padded =
    axisEndUnits > endUnits * 1.005 && endText !== axisEndText
      ? [
          `<sub>The recording ended at ${endText} ${time.name}; the axis runs on to ${axisEndText} for round ticks, and the lines hold their last value there.</sub>`,
        ]
      : [];
  return [
    '```mermaid',
    initDirective(colours),
    'xychart-beta',
    `  title "${escapeMermaidLabel(input.title, 60)}"`,
    `  x-axis "${time.name}" 0 --> ${chartNumber(axisEndUnits, 3)}`,
    `  y-axis "${size.name}" 0 --> ${chartNumber(niceAxisMax((max * 1.05) / size.bytes, 10), 3)}`,
    ...lines,
    '```',
    '',
    caption(legend),
    ...[...padded, ...(input.notes ?? [])].map((note) => `\n${note}`),
  ].join('\n');
}

/**
 * How many ticks Mermaid draws on a numeric axis from 0 to `max`: it asks d3's linear scale for
 * `ticks()` (10 by default). d3-array's tickSpec picks a step of 1, 2, 5 or 10 × 10^k by how far
 * max ÷ 10 is from a power of ten (thresholds √50, √10, √2) and counts the multiples of the step
 * within the range, rounding as below. That gives up to 16 ticks (0 to 30 in steps of 2).
 */
export function axisTickCount(max: number): number {
  if (!(max > 0)) return 1;
  const rough = max / 10;
  const power = Math.floor(Math.log10(rough));
  const error = rough / 10 ** power;
  const factor =
    error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  let last: number;
  if (power < 0) {
    const inverse = 10 ** -power / factor;
    last = Math.round(max * inverse);
    if (last / inverse > max) last--;
  } else {
    const step = 10 ** power * factor;
    last = Math.round(max / step);
    if (last * step > max) last--;
  }
  return last + 1;
}

/**
 * The smallest axis end at or above `value` (within +40%) for which Mermaid draws at most
 * `maxTicks` ticks; `value` itself when none is found.
 */
export function niceAxisMax(value: number, maxTicks: number): number {
  if (!(value > 0)) return 1;
  for (let step = 0; step <= 400; step++) {
    const candidate = Number((value * (1 + step / 1000)).toPrecision(3));
    if (candidate >= value && axisTickCount(candidate) <= maxTicks) return candidate;
  }
  return value;
}

export interface BarGroup {
  /** Untrusted label (a phase name); escaped here. */
  label: string;
  /** Bytes per series, in the order of `series`. */
  values: number[];
}

/**
 * The value of a slot that belongs to another series. A zero still draws a sliver of colour on the
 * axis; a value below the axis's minimum gives the bar a negative height, which SVG does not draw
 * (checked with mermaid-cli 11 in Chromium).
 */
const EMPTY_BAR = '-1';

export interface BarChartInput {
  title: string;
  /** Trusted names, colours and short labels (`now`) of the bars within each group. */
  series: { name: string; colour: ColourName; short: string }[];
  groups: BarGroup[];
}

/**
 * Bars side by side per group (baseline vs this run, per phase). Mermaid draws the bars of
 * several series on top of each other, so each group gets one slot per series, labelled
 * `<group> <short>` (the series' names when there is one group), and each series is empty
 * outside its own slots; at most BAR_MAX_SLOTS slots, so groups beyond `floor(8 / series)` are
 * left out (the caller says so).
 */
export function barChart(input: BarChartInput): string {
  const perGroup = input.series.length;
  const groups = input.groups.slice(0, Math.floor(BAR_MAX_SLOTS / Math.max(1, perGroup)));
  if (groups.length === 0 || perGroup === 0) return '';
  const max = Math.max(1, ...groups.flatMap((group) => group.values));
  const size = sizeUnitFor(max);
  const labels = groups.flatMap((group) =>
    input.series.map((series) => {
      if (groups.length === 1) return `"${escapeMermaidLabel(series.name, 30)}"`;
      return `"${escapeMermaidLabel(group.label, 10)} ${series.short}"`;
    }),
  );
  const bars = input.series.map((_, seriesIndex) =>
    groups.flatMap((group) =>
      input.series.map((__, slot) =>
        slot === seriesIndex
          ? chartNumber((group.values[seriesIndex] ?? 0) / size.bytes, 2)
          : EMPTY_BAR,
      ),
    ),
  );
  return [
    '```mermaid',
    initDirective(
      input.series.map((series) => series.colour),
      true,
    ),
    'xychart-beta',
    `  title "${escapeMermaidLabel(input.title, 60)}"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "${size.name}" 0 --> ${chartNumber((max * 1.1) / size.bytes, 2)}`,
    ...bars.map((values) => `  bar [${values.join(', ')}]`),
    '```',
    '',
    caption(input.series.map((series) => ({ colour: series.colour, name: series.name }))),
  ].join('\n');
}
