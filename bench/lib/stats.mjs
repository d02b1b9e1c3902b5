// Units and the statistics every part reports: medians, because these machines are noisy.
export const MiB = 1024 * 1024;

export function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A figure as printed in RESULTS.md: `digits` decimals, 1 unless told. */
export const fixed = (number, digits = 1) => Number(number).toFixed(digits);

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
