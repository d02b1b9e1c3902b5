/**
 * How the memory of N concurrent workers of one group adds up, calibrated from what earlier runs
 * recorded about the group. Sizes are in bytes and exclude the phase's non-worker ("base") memory.
 *
 * Summing per-worker peaks (N × member peak) is right for workers that move in lockstep (all load
 * the same thing at start) but far too pessimistic for workers whose peaks come at different
 * moments: the sum of N independent members' RSS has mean N·μ and standard deviation σ·√N, so its
 * highest point over a run sits near N·μ + z·σ·√N, not N·(μ + z·σ). The model spans both:
 *
 *   peak(N) = N·μ + (memberPeak − μ) · m(N),   m(N) = N^β for N up to the largest observed count,
 *
 * with β ∈ [0.5, 1] fitted from the observations (0.5 = independent, 1 = lockstep), and m(1) = 1 so
 * one worker peaks at the member peak: memberPeak − μ plays the part of z·σ, calibrated from the
 * same run. Beyond the largest observed count m grows as it would for members whose RSS has the
 * pairwise correlation the fit implies (see {@link predictConcurrentPeakBytes}). Pure.
 */

/** What one run recorded about one worker group of a phase (per-sample RSS while alive). */
export interface ConcurrencyObservation {
  /** Members alive at the sample where the group's summed RSS was highest. */
  aliveAtPeak: number;
  /** The highest summed RSS of the group's members in one sample. */
  peakTotalBytes: number;
  /** Mean of one member's RSS over all (member, sample) pairs while alive. */
  meanMemberBytes: number;
  /** Standard deviation of the same (member, sample) RSS values. */
  sdMemberBytes: number;
  /** p90 over members of each member's own peak RSS. */
  memberPeakBytes: number;
  /** Relative weight in (0, 1] (time decay); 1 when absent. */
  weight?: number;
}

export type ConcurrencyKind = 'independent' | 'partly-correlated' | 'lockstep';

export interface ConcurrencyModel {
  kind: ConcurrencyKind;
  /** μ: mean RSS of one member. */
  meanMemberBytes: number;
  /** Peak RSS of one member (p90 over members); the prediction for one worker. */
  memberPeakBytes: number;
  /** σ: standard deviation of one member's RSS (reported; the fit calibrates z·σ as peak − μ). */
  sdMemberBytes: number;
  /** β in [0.5, 1]: the group's excess over the mean grows as N^β. Always 1 for lockstep. */
  exponent: number;
  /** Distinct worker counts the exponent was fitted from, ascending; empty without evidence. */
  observedWorkers: number[];
  /** One line for the reader: the evidence, in numbers, and what was concluded. */
  reason: string;
}

/** At or below this exponent the group is reported as independent (ratio ≈ 1/√n). */
const INDEPENDENT_EXPONENT = 0.6;
/**
 * At or above this exponent the group is treated as lockstep and β is set to 1. Close to 1 the
 * difference is within the noise of one run's peak, and rounding down there is the one mistake that
 * under-predicts lockstep workers, so near-lockstep is planned as lockstep.
 */
const LOCKSTEP_EXPONENT = 0.9;
/**
 * The pairwise correlation assumed at least when predicting beyond the largest observed count.
 * A power law fitted at small n under-predicts correlated members further out (their excess grows
 * as √(N·(1 + (N − 1)·ρ)), whose log-log slope rises towards 1), and one run at 2 or 3 workers
 * cannot tell ρ = 0 from a small ρ: the peak of a sum is itself noisy (its spread is about a tenth
 * of z·σ). At 0.03 an independent group observed at 2 workers is planned ~19% above its true excess
 * at 16 workers (~3% of the total for μ 300 MiB, σ 60 MiB) and ~70% above at 64, where a weak
 * common factor would matter most.
 */
const EXTRAPOLATION_MIN_CORRELATION = 0.03;
/** Peak totals above this multiple of workers × member peak are treated as broken records. */
const MAX_PEAK_TOTAL_OVER_LOCKSTEP = 1.5;

/**
 * The model for workers assumed to peak together: peak(N) = N × member peak. The safe default when
 * there is no evidence of how the members' peaks overlap.
 * @example lockstepModel(512 * 2 ** 20, 'no per-sample record').kind === 'lockstep'
 */
export function lockstepModel(memberPeakBytes: number, reason: string): ConcurrencyModel {
  if (!(Number.isFinite(memberPeakBytes) && memberPeakBytes > 0)) {
    throw new RangeError(
      `lockstepModel: memberPeakBytes must be a positive number, got ${memberPeakBytes}`,
    );
  }
  return {
    kind: 'lockstep',
    meanMemberBytes: memberPeakBytes,
    memberPeakBytes,
    sdMemberBytes: 0,
    exponent: 1,
    observedWorkers: [],
    reason,
  };
}

interface Screened {
  weight: number;
  memberPeakBytes: number;
  /** μ and σ when usable. */
  moments: { meanBytes: number; sdBytes: number } | null;
  /** Coupling evidence when the observation carries some. */
  coupling: { workers: number; share: number; peakTotalBytes: number } | null;
  /** Why part of the observation could not be used; null when all of it was. */
  problem: string | null;
}

function isNonNegative(value: number): boolean {
  return Number.isFinite(value) && value >= 0;
}

/** Splits an observation into what can be trusted: sizes, moments, coupling evidence. */
function screen(observation: ConcurrencyObservation): Screened | string {
  const weight = observation.weight ?? 1;
  if (!(Number.isFinite(weight) && weight > 0)) return 'weight is not a positive number';
  const peak = observation.memberPeakBytes;
  if (!(Number.isFinite(peak) && peak > 0)) return 'member peak is not a positive number';
  const result: Screened = {
    weight,
    memberPeakBytes: peak,
    moments: null,
    coupling: null,
    problem: null,
  };
  const mean = observation.meanMemberBytes;
  const sd = observation.sdMemberBytes;
  if (!(isNonNegative(mean) && mean > 0 && isNonNegative(sd))) {
    result.problem = 'mean or standard deviation is not a usable number';
    return result;
  }
  if (mean > peak) {
    result.problem = 'mean above the member peak';
    return result;
  }
  result.moments = { meanBytes: mean, sdBytes: sd };
  const workers = observation.aliveAtPeak;
  const total = observation.peakTotalBytes;
  if (!(Number.isInteger(workers) && workers >= 2)) {
    result.problem = 'fewer than 2 workers alive at the peak';
  } else if (!(sd > 0 && peak > mean)) {
    result.problem = 'member RSS did not vary (σ = 0)';
  } else if (!Number.isFinite(total)) {
    result.problem = 'peak total is not a number';
  } else if (total <= workers * mean) {
    result.problem = 'peak total not above workers × mean';
  } else if (total > workers * peak * MAX_PEAK_TOTAL_OVER_LOCKSTEP) {
    result.problem = `peak total above ${MAX_PEAK_TOTAL_OVER_LOCKSTEP} × workers × member peak`;
  } else {
    // Share of the way from the mean (N·μ) to all-at-peak (N·peak): ≈ 1/√n independent, 1 lockstep.
    const share = (total - workers * mean) / (workers * (peak - mean));
    result.coupling = { workers, share, peakTotalBytes: total };
  }
  return result;
}

/**
 * Weighted median: the value where the cumulative weight reaches half the total; the mean of the
 * two neighbours when it lands exactly on a boundary (so two equal weights give their mean).
 */
function weightedMedian(values: readonly number[], weights: readonly number[]): number {
  const pairs = values.map((value, index) => [value, weights[index] ?? 0] as const);
  pairs.sort((a, b) => a[0] - b[0]);
  const half = pairs.reduce((sum, [, weight]) => sum + weight, 0) / 2;
  let cumulative = 0;
  for (let index = 0; index < pairs.length; index++) {
    const [value, weight] = pairs[index] as readonly [number, number];
    cumulative += weight;
    if (Math.abs(cumulative - half) <= half * 1e-12 && index + 1 < pairs.length) {
      return (value + (pairs[index + 1] as readonly [number, number])[0]) / 2;
    }
    if (cumulative > half) return value;
  }
  return (pairs[pairs.length - 1] as readonly [number, number])[0];
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** `300 MiB`, `1.1 GiB` (local so the module depends on nothing in the project). */
function formatBytes(bytes: number): string {
  if (bytes >= GiB) return `${(bytes / GiB).toFixed(1).replace(/\.0$/, '')} GiB`;
  return `${Math.round(bytes / MiB)} MiB`;
}

function kindFor(exponent: number): ConcurrencyKind {
  if (exponent >= LOCKSTEP_EXPONENT) return 'lockstep';
  if (exponent <= INDEPENDENT_EXPONENT) return 'independent';
  return 'partly-correlated';
}

const KIND_LABEL: Record<ConcurrencyKind, string> = {
  independent: 'independent-like',
  'partly-correlated': 'partly correlated',
  lockstep: 'lockstep-like',
};

/**
 * Fits the concurrency model of one worker group from one or more runs' observations.
 *
 * Method: μ, σ and the member peak are weighted medians over the usable observations. Each
 * observation with n ≥ 2 members alive at the peak gives the share s = (peakTotal − n·μ) /
 * (n·(peak − μ)) of the way from the mean to all-at-peak, hence β = 1 + ln s / ln n. Several
 * observations are combined by weighted least squares through the origin in log-log space
 * (ln(excess / (peak − μ)) = β·ln n; the line passes through N = 1, where the excess is peak − μ),
 * i.e. the mean of the per-observation β weighted by weight·(ln n)²; the result is clamped to
 * [0.5, 1], and β ≥ 0.9 is rounded up to lockstep. Observations with broken figures are no evidence; without coupling evidence (no
 * observation at n ≥ 2, σ = 0, peak total below the mean or far above all-at-peak) the model is
 * lockstep, and the reason says why.
 *
 * Throws when the list is empty or no observation has a usable member peak: there is nothing to
 * size a worker by; callers then use {@link lockstepModel} with their own per-worker estimate.
 * @example
 * // 3 independent-like members (μ 300 MiB, peak 500 MiB) peaking together at 1,246 MiB:
 * // share (1246 − 900) / (3 × 200) ≈ 1/√3 → β = 0.5, kind 'independent'.
 * fitConcurrencyModel([{ aliveAtPeak: 3, peakTotalBytes: 1246 * MiB, meanMemberBytes: 300 * MiB,
 *   sdMemberBytes: 60 * MiB, memberPeakBytes: 500 * MiB }]).kind === 'independent'
 */
export function fitConcurrencyModel(observations: ConcurrencyObservation[]): ConcurrencyModel {
  if (observations.length === 0) throw new RangeError('fitConcurrencyModel: no observations');
  const screened: Screened[] = [];
  const problems: string[] = [];
  for (const observation of observations) {
    const result = screen(observation);
    if (typeof result === 'string') problems.push(result);
    else {
      screened.push(result);
      if (result.problem !== null) problems.push(result.problem);
    }
  }
  if (screened.length === 0) {
    throw new RangeError(
      `fitConcurrencyModel: no observation has a usable member peak (${problems[0] ?? 'none'})`,
    );
  }
  const ignored =
    problems.length === 0
      ? ''
      : `; ${problems.length} of ${observations.length} observation(s) not used as evidence (${problems[0]})`;
  const withMoments = screened.filter((item) => item.moments !== null);
  if (withMoments.length === 0) {
    const peak = weightedMedian(
      screened.map((item) => item.memberPeakBytes),
      screened.map((item) => item.weight),
    );
    return lockstepModel(
      peak,
      `no usable mean and spread of member RSS: assuming lockstep, N × ${formatBytes(peak)}${ignored}`,
    );
  }
  const weights = withMoments.map((item) => item.weight);
  const peak = weightedMedian(
    withMoments.map((item) => item.memberPeakBytes),
    weights,
  );
  // Each observation has mean ≤ peak, so the medians keep that order; min() guards rounding.
  const mean = Math.min(
    peak,
    weightedMedian(
      withMoments.map((item) => item.moments?.meanBytes ?? peak),
      weights,
    ),
  );
  const sd = weightedMedian(
    withMoments.map((item) => item.moments?.sdBytes ?? 0),
    weights,
  );
  const evidence = withMoments.filter((item) => item.coupling !== null);
  if (evidence.length === 0) {
    return {
      kind: 'lockstep',
      meanMemberBytes: mean,
      memberPeakBytes: peak,
      sdMemberBytes: sd,
      exponent: 1,
      observedWorkers: [],
      reason: `no evidence of how the members' peaks overlap: assuming lockstep, N × ${formatBytes(peak)}${ignored}`,
    };
  }
  let numerator = 0;
  let denominator = 0;
  for (const item of evidence) {
    const { workers, share } = item.coupling as NonNullable<Screened['coupling']>;
    const logWorkers = Math.log(workers);
    // Clamped wide, not to [0.5, 1]: one run's β scatters about ±0.2 at n = 2 (the peak of a sum is
    // noisy), and clamping each at 0.5 before averaging would bias independent groups upwards.
    const beta = Math.min(1.5, Math.max(0, 1 + Math.log(share) / logWorkers));
    numerator += item.weight * logWorkers * logWorkers * beta;
    denominator += item.weight * logWorkers * logWorkers;
  }
  const fitted = Math.min(1, Math.max(0.5, numerator / denominator));
  const kind = kindFor(fitted);
  const exponent = kind === 'lockstep' ? 1 : fitted;
  const observedWorkers = [
    ...new Set(
      evidence.map((item) => (item.coupling as NonNullable<Screened['coupling']>).workers),
    ),
  ].sort((a, b) => a - b);
  // Quote the observation at the largest count (the heaviest of those): it says most about N.
  const quoted = evidence.reduce((best, item) => {
    const a = item.coupling as NonNullable<Screened['coupling']>;
    const b = best.coupling as NonNullable<Screened['coupling']>;
    return a.workers > b.workers || (a.workers === b.workers && item.weight > best.weight)
      ? item
      : best;
  });
  const coupling = quoted.coupling as NonNullable<Screened['coupling']>;
  const percent = Math.round(coupling.share * 100);
  const range =
    observedWorkers.length === 1
      ? `${observedWorkers[0]}`
      : `${observedWorkers[0]}–${observedWorkers[observedWorkers.length - 1]}`;
  const reason =
    `at ${coupling.workers} workers the group peaked at ${formatBytes(coupling.peakTotalBytes)}, ` +
    `${percent}% of the way from the mean to all-at-peak: ${KIND_LABEL[kind]} ` +
    `(exponent ${fitted.toFixed(2)} from ${evidence.length} observation(s) at ${range} workers)${ignored}`;
  return {
    kind,
    meanMemberBytes: mean,
    memberPeakBytes: peak,
    sdMemberBytes: sd,
    exponent,
    observedWorkers,
    reason,
  };
}

/** N·(1 + (N − 1)·ρ): the variance of a sum of N members with pairwise correlation ρ, over σ². */
function sumVariance(workers: number, correlation: number): number {
  return workers * (1 + (workers - 1) * correlation);
}

function assertUsableModel(model: ConcurrencyModel): void {
  const { meanMemberBytes: mean, memberPeakBytes: peak, exponent } = model;
  if (!(isNonNegative(mean) && Number.isFinite(peak) && peak >= mean)) {
    throw new RangeError(
      `concurrency model needs 0 ≤ meanMemberBytes ≤ memberPeakBytes, got ${mean} and ${peak}`,
    );
  }
  if (!(exponent >= 0.5 && exponent <= 1)) {
    throw new RangeError(`concurrency model exponent must be in [0.5, 1], got ${exponent}`);
  }
  if (!model.observedWorkers.every((count) => Number.isFinite(count) && count >= 1)) {
    throw new RangeError('concurrency model observedWorkers must be counts ≥ 1');
  }
}

/**
 * Predicted peak of the summed RSS of `workers` concurrent members (bytes, base memory excluded).
 *
 * Method: N·μ + (peak − μ)·m(N). Up to the largest observed count n, m(N) = N^β, the fitted power
 * law. Beyond n the prediction continues from m(n) as the excess of members with pairwise
 * correlation ρ does, √(N·(1 + (N − 1)·ρ)), where ρ = (n^(2β−1) − 1)/(n − 1) is the correlation that
 * reproduces the fit at n, raised to at least {@link EXTRAPOLATION_MIN_CORRELATION}. That curve's
 * log-log slope rises with N (towards 1), so the implied exponent beyond n is never below β and
 * grows with N/n: a power law fitted at 2–3 workers would under-predict correlated members at 16.
 * Lockstep gives N × peak exactly. Always between N·μ and N·peak, and non-decreasing in N.
 *
 * Throws on a worker count that is not a whole number ≥ 0, or a model with broken figures.
 * @example
 * // μ 300 MiB, peak 500 MiB, independent (β 0.5) observed at 4: 4 workers → 1200 + 200·2 = 1600 MiB.
 * const model = { ...lockstepModel(500 * MiB, 'example'), kind: 'independent' as const,
 *   meanMemberBytes: 300 * MiB, exponent: 0.5, observedWorkers: [4] };
 * predictConcurrentPeakBytes(model, 4) === 1600 * MiB
 */
export function predictConcurrentPeakBytes(model: ConcurrencyModel, workers: number): number {
  if (!(Number.isInteger(workers) && workers >= 0)) {
    throw new RangeError(`workers must be a whole number ≥ 0, got ${workers}`);
  }
  assertUsableModel(model);
  const { meanMemberBytes: mean, memberPeakBytes: peak } = model;
  const lockstepBytes = workers * peak;
  if (workers === 0) return 0;
  // The kind wins over a hand-edited exponent: lockstep is the safe reading of a mismatch.
  const exponent = model.kind === 'lockstep' ? 1 : model.exponent;
  if (exponent >= 1) return lockstepBytes;
  const largestObserved = Math.max(1, ...model.observedWorkers);
  let multiple = workers ** exponent;
  if (workers > largestObserved) {
    const fittedCorrelation =
      largestObserved >= 2
        ? (largestObserved ** (2 * exponent - 1) - 1) / (largestObserved - 1)
        : 0;
    const correlation = Math.min(1, Math.max(EXTRAPOLATION_MIN_CORRELATION, fittedCorrelation));
    const growth = Math.sqrt(
      sumVariance(workers, correlation) / sumVariance(largestObserved, correlation),
    );
    multiple = Math.max(multiple, largestObserved ** exponent * growth);
  }
  const predicted = workers * mean + (peak - mean) * Math.min(workers, multiple);
  return Math.min(lockstepBytes, Math.max(workers * mean, predicted));
}

/**
 * The largest worker count N ≤ cap whose predicted peak fits in `availableBytes`; 0 when not even
 * one worker fits (including when the available memory is negative: base memory over the limit).
 *
 * Method: binary search, valid because the prediction is non-decreasing in N.
 * @example maxWorkersWithin(lockstepModel(512 * MiB, 'x'), 2 * 1024 * MiB, 8) === 4
 */
export function maxWorkersWithin(
  model: ConcurrencyModel,
  availableBytes: number,
  cap: number,
): number {
  if (Number.isNaN(availableBytes)) throw new RangeError('availableBytes is NaN');
  if (!(Number.isInteger(cap) && cap >= 0)) {
    throw new RangeError(`cap must be a whole number ≥ 0, got ${cap}`);
  }
  assertUsableModel(model);
  if (availableBytes < 0) return 0;
  let fits = 0;
  let tooMany = cap + 1;
  while (tooMany - fits > 1) {
    const middle = Math.floor((fits + tooMany) / 2);
    if (predictConcurrentPeakBytes(model, middle) <= availableBytes) fits = middle;
    else tooMany = middle;
  }
  return fits;
}
