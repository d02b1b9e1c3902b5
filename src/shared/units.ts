/**
 * Sizes and durations: the one place that converts and parses them.
 *
 * Binary units throughout: `M`, `MB`, `MiB` and `m` all mean 2^20 bytes, because that is what
 * memory limits (`docker --memory 2g`, Kubernetes `Gi`, cgroup files) and `ps` mean in practice.
 * Reading `MB` as MiB gives 4.9% more bytes than the SI reading; README and action.yml say so.
 */

export const KiB = 1024;
export const MiB = 1024 * KiB;
export const GiB = 1024 * MiB;
export const TiB = 1024 * GiB;

const SIZE_PATTERN = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([kmgt]?)(i?b?)\s*$/i;
const UNIT_BYTES: Record<string, number> = { '': 1, k: KiB, m: MiB, g: GiB, t: TiB };

/** The accepted size format, for error messages. */
export const SIZE_FORMAT =
  'a size such as 512M, 512MiB, 1.5G, 2GB or 1073741824 (bytes); K/M/G/T are powers of 1024';

/**
 * Parses a human size into bytes (rounded down to a whole byte).
 * Returns `null` when the text is not a size, so callers can name the input in their error.
 * @example parseSize('1.5G') === 1610612736
 */
export function parseSize(text: string): number | null {
  const match = SIZE_PATTERN.exec(text);
  if (!match) return null;
  const [, amount, unit = '', suffix = ''] = match;
  // A bare `i` (as in `5i`) or `iB` without a unit letter is not a size.
  if (unit === '' && suffix.toLowerCase().startsWith('i')) return null;
  const bytes = Number(amount) * (UNIT_BYTES[unit.toLowerCase()] ?? Number.NaN);
  if (!Number.isFinite(bytes) || bytes > Number.MAX_SAFE_INTEGER) return null;
  return Math.floor(bytes);
}

/** The accepted duration format, for error messages. */
export const DURATION_FORMAT =
  'a duration such as 500ms, 2s, 1.5s or 1m (a plain number means milliseconds)';

const DURATION_PATTERN = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min)?\s*$/i;
const DURATION_MS: Record<string, number> = { '': 1, ms: 1, s: 1000, m: 60_000, min: 60_000 };

/** Parses a duration into whole milliseconds; `null` when it is not one. */
export function parseDurationMs(text: string): number | null {
  const match = DURATION_PATTERN.exec(text);
  if (!match) return null;
  const [, amount, unit = ''] = match;
  const ms = Number(amount) * (DURATION_MS[unit.toLowerCase()] ?? Number.NaN);
  return Number.isFinite(ms) ? Math.round(ms) : null;
}

/** Bytes to whole mebibytes, rounded down (what the `*-mb` outputs report). */
export function toMiB(bytes: number): number {
  return Math.floor(bytes / MiB);
}

/** A short human form: `512 MiB`, `1.5 GiB`, `23.5 GiB`. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return String(bytes);
  const sign = bytes < 0 ? '-' : '';
  const abs = Math.abs(bytes);
  if (abs >= GiB) return `${sign}${trimZeros((abs / GiB).toFixed(abs >= 100 * GiB ? 0 : 1))} GiB`;
  if (abs >= MiB) return `${sign}${Math.round(abs / MiB)} MiB`;
  if (abs >= KiB) return `${sign}${Math.round(abs / KiB)} KiB`;
  return `${sign}${abs} B`;
}

/** A short human duration: `850 ms`, `12.3 s`, `4 min 5 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 59_950) return `${trimZeros((ms / 1000).toFixed(1))} s`;
  // Whole seconds first, so that 299,999.9 ms reads 5 min, not 4 min 60 s.
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/** `30 s`, `12 min 5 s`, and from two hours `6 h` or `5 h 20 min`. */
export function humanDuration(ms: number): string {
  if (ms < 7_200_000) return formatDuration(ms);
  const minutes = Math.round(ms / 60_000);
  return minutes % 60 === 0
    ? `${minutes / 60} h`
    : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function trimZeros(fixed: string): string {
  return fixed.replace(/\.0+$/, '');
}
