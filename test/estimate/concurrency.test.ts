import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ConcurrencyModel,
  type ConcurrencyObservation,
  fitConcurrencyModel,
  lockstepModel,
  maxWorkersWithin,
  predictConcurrentPeakBytes,
} from '../../src/estimate/concurrency.js';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** An observation in MiB (the hand calculations below are in MiB). */
function observation(spec: {
  workers: number;
  peakTotalMiB: number;
  meanMiB?: number;
  sdMiB?: number;
  peakMiB?: number;
  weight?: number;
}): ConcurrencyObservation {
  return {
    aliveAtPeak: spec.workers,
    peakTotalBytes: spec.peakTotalMiB * MiB,
    meanMemberBytes: (spec.meanMiB ?? 300) * MiB,
    sdMemberBytes: (spec.sdMiB ?? 60) * MiB,
    memberPeakBytes: (spec.peakMiB ?? 500) * MiB,
    ...(spec.weight === undefined ? {} : { weight: spec.weight }),
  };
}

function predictMiB(model: ConcurrencyModel, workers: number): number {
  return predictConcurrentPeakBytes(model, workers) / MiB;
}

describe('fitConcurrencyModel: reference values by hand (μ 300 MiB, member peak 500 MiB)', () => {
  it('ratio 1/√n is independent: β = 1 + ln(1/2)/ln 4 = 0.5, peak(N) = 300·N + 200·√N', () => {
    // n = 4: mean 1200, all-at-peak 2000; half-way (1/√4) is 1600.
    const model = fitConcurrencyModel([observation({ workers: 4, peakTotalMiB: 1600 })]);
    expect(model.kind).toBe('independent');
    expect(model.exponent).toBeCloseTo(0.5, 12);
    expect(model.observedWorkers).toEqual([4]);
    expect(predictMiB(model, 1)).toBeCloseTo(500, 9);
    expect(predictMiB(model, 2)).toBeCloseTo(600 + 200 * Math.SQRT2, 6);
    expect(predictMiB(model, 4)).toBeCloseTo(1600, 6);
  });

  it('ratio 1 is lockstep: β = 1 and peak(N) = N × 500 MiB exactly', () => {
    const model = fitConcurrencyModel([observation({ workers: 4, peakTotalMiB: 2000 })]);
    expect(model.kind).toBe('lockstep');
    expect(model.exponent).toBe(1);
    for (const workers of [1, 2, 4, 7, 16, 64]) {
      expect(predictConcurrentPeakBytes(model, workers)).toBe(workers * 500 * MiB);
    }
  });

  it('ratio 0.75 at 3: β = 1 + ln 0.75 / ln 3 = 0.73814, partly correlated, reproduces the peak', () => {
    const model = fitConcurrencyModel([
      observation({ workers: 3, peakTotalMiB: 900 + 0.75 * 600 }),
    ]);
    expect(model.kind).toBe('partly-correlated');
    expect(model.exponent).toBeCloseTo(0.73814, 5);
    expect(predictMiB(model, 3)).toBeCloseTo(1350, 6);
    // Within the observed range, the power law: 600 + 200 · 2^0.73814 = 933.6 MiB.
    expect(predictMiB(model, 2)).toBeCloseTo(600 + 200 * 2 ** 0.73814, 1);
  });

  it('beyond the observed count, grows as members with the implied correlation ρ = 11/32', () => {
    // β at 3 implies 3^(2β−1) = 2.25²/3 = 1.6875, so ρ = (1.6875 − 1)/2 = 0.34375 = 11/32.
    // Excess multiple at 8: 2.25 · √(8·(1 + 7ρ) / (3·(1 + 2ρ))) = 2.25 · √(872/162) = 5.22015.
    const model = fitConcurrencyModel([observation({ workers: 3, peakTotalMiB: 1350 })]);
    expect(predictMiB(model, 8)).toBeCloseTo(2400 + 200 * 5.22015, 2);
    // The plain power law 8^0.73814 = 4.641 would have said 3328 MiB: 116 MiB less.
    expect(predictMiB(model, 8) - (2400 + 200 * 8 ** 0.73814)).toBeGreaterThan(100);
  });

  it('an independent fit extrapolates with the 0.03 correlation floor: +2.2% at 16 from 4', () => {
    // 4800 + 200 · 2 · √(16·(1 + 15·0.03) / (4·(1 + 3·0.03))) = 4800 + 400 · √(23.2/4.36).
    const model = fitConcurrencyModel([observation({ workers: 4, peakTotalMiB: 1600 })]);
    const predicted = predictMiB(model, 16);
    expect(predicted).toBeCloseTo(4800 + 400 * 2.306746, 2);
    expect(predicted / (4800 + 200 * 4)).toBeLessThan(1.03);
  });

  it('says what it saw, in numbers, on one line', () => {
    const model = fitConcurrencyModel([
      observation({ workers: 3, peakTotalMiB: 900 + 0.41 * 600 }),
    ]);
    expect(model.kind).toBe('independent');
    expect(model.reason).toBe(
      'at 3 workers the group peaked at 1.1 GiB, 41% of the way from the mean to all-at-peak: ' +
        'independent-like (exponent 0.50 from 1 observation(s) at 3 workers)',
    );
  });

  it('weighs observations in log-log space: β = Σ w·ln²n·β_n / Σ w·ln²n', () => {
    // β 0.5 at 2 (weight 1, ln²2 = L) and β 1 at 4 (weight 0.375, ln²4 = 4L): (0.5 + 1.5)/2.5 = 0.8.
    const independentAt2 = observation({ workers: 2, peakTotalMiB: 600 + 400 / Math.SQRT2 });
    const lockstepAt4 = observation({ workers: 4, peakTotalMiB: 2000, weight: 0.375 });
    const model = fitConcurrencyModel([independentAt2, lockstepAt4]);
    expect(model.exponent).toBeCloseTo(0.8, 12);
    expect(model.kind).toBe('partly-correlated');
    expect(model.observedWorkers).toEqual([2, 4]);
    expect(model.reason).toMatch(/^at 4 workers the group peaked at 2 GiB, 100% of the way/);
    // Full weight at 8 (ln²8 = 9L): (0.5 + 9)/10 = 0.95, which is planned as lockstep.
    const lockstepAt8 = observation({ workers: 8, peakTotalMiB: 4000 });
    const heavier = fitConcurrencyModel([independentAt2, lockstepAt8]);
    expect(heavier.kind).toBe('lockstep');
    expect(heavier.exponent).toBe(1);
  });

  it('pools μ, σ and the member peak by weighted median', () => {
    const model = fitConcurrencyModel([
      observation({
        workers: 2,
        peakTotalMiB: 700,
        meanMiB: 200,
        sdMiB: 40,
        peakMiB: 400,
        weight: 0.5,
      }),
      observation({
        workers: 2,
        peakTotalMiB: 900,
        meanMiB: 300,
        sdMiB: 60,
        peakMiB: 500,
        weight: 0.2,
      }),
      observation({
        workers: 2,
        peakTotalMiB: 1100,
        meanMiB: 400,
        sdMiB: 80,
        peakMiB: 600,
        weight: 1,
      }),
    ]);
    // Cumulative weights 0.5, 0.7, 1.7 against half of 1.7: the third value (unweighted: the second).
    expect(model.meanMemberBytes).toBe(400 * MiB);
    expect(model.sdMemberBytes).toBe(80 * MiB);
    expect(model.memberPeakBytes).toBe(600 * MiB);
    const two = fitConcurrencyModel([
      observation({ workers: 2, peakTotalMiB: 700, meanMiB: 200, peakMiB: 400 }),
      observation({ workers: 2, peakTotalMiB: 1100, meanMiB: 400, peakMiB: 600 }),
    ]);
    expect(two.meanMemberBytes).toBe(300 * MiB);
    expect(two.memberPeakBytes).toBe(500 * MiB);
  });
});

// ---------------------------------------------------------------------------------------------
// Seeded simulation: members' RSS as stationary AR(1) series around μ with spread σ.

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws by Box–Muller. */
function normals(seed: number): () => number {
  const random = mulberry32(seed);
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    const u = 1 - random(); // (0, 1]: log(u) is finite
    const radius = Math.sqrt(-2 * Math.log(u));
    const angle = 2 * Math.PI * random();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
}

/** Unit-variance AR(1): x(t) = φ·x(t−1) + √(1 − φ²)·ε(t), started in its stationary law. */
function ar1(normal: () => number, samples: number, phi: number): Float64Array {
  const series = new Float64Array(samples);
  const innovation = Math.sqrt(1 - phi * phi);
  let value = normal();
  for (let t = 0; t < samples; t++) {
    value = phi * value + innovation * normal();
    series[t] = value;
  }
  return series;
}

const SAMPLES = 2000;
const MEAN_BYTES = 300 * MiB;
const SD_BYTES = 60 * MiB;

/**
 * RSS series of `workers` members (whole bytes, as the sampler records them): each member is
 * μ + σ·(√c·common(t) + √(1 − c)·own(t)). c = 0: independent; c = 1: lockstep.
 */
function simulateGroup(options: {
  seed: number;
  workers: number;
  common?: Float64Array;
  commonShare?: number;
}): Float64Array[] {
  const normal = normals(options.seed);
  const share = options.commonShare ?? 0;
  return Array.from({ length: options.workers }, () => {
    const own = ar1(normal, SAMPLES, 0.5);
    const member = new Float64Array(SAMPLES);
    for (let t = 0; t < SAMPLES; t++) {
      const common = options.common?.[t] ?? 0;
      const z = Math.sqrt(share) * common + Math.sqrt(1 - share) * (own[t] as number);
      member[t] = Math.round(MEAN_BYTES + SD_BYTES * z);
    }
    return member;
  });
}

function peakOfSum(members: Float64Array[]): number {
  let peak = -Infinity;
  for (let t = 0; t < SAMPLES; t++) {
    let sum = 0;
    for (const member of members) sum += member[t] as number;
    peak = Math.max(peak, sum);
  }
  return peak;
}

/** Type-7 quantile, as the profile builder computes the member peak p90. */
function quantile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below] as number;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return lower + (upper - lower) * (position - below);
}

/** What the profile would record for the group (all members alive throughout). */
function observe(members: Float64Array[]): ConcurrencyObservation {
  let sum = 0;
  let sumSquares = 0;
  let count = 0;
  for (const member of members) {
    for (const value of member) {
      sum += value;
      sumSquares += value * value;
      count++;
    }
  }
  const mean = sum / count;
  return {
    aliveAtPeak: members.length,
    peakTotalBytes: peakOfSum(members),
    meanMemberBytes: mean,
    sdMemberBytes: Math.sqrt(Math.max(0, sumSquares / count - mean * mean)),
    memberPeakBytes: quantile(
      members.map((member) => Math.max(...member)),
      0.9,
    ),
  };
}

const COUNTS = Array.from({ length: 15 }, (_, index) => index + 2); // 2…16

describe('predictConcurrentPeakBytes against a seeded simulation (μ 300 MiB, σ 60 MiB, 2,000 samples)', () => {
  /** Fits from runs at `observed` workers, then simulates fresh runs at 2…16: relative errors. */
  function independentErrors(seed: number, observed: number[]) {
    const model = fitConcurrencyModel(
      observed.map((workers, run) => observe(simulateGroup({ seed: seed + run, workers }))),
    );
    const errors = COUNTS.map((workers) => {
      const simulated = peakOfSum(simulateGroup({ seed: seed * 1000 + workers, workers }));
      return predictConcurrentPeakBytes(model, workers) / simulated - 1;
    });
    return { model, errors };
  }

  // The peak of a sum of N independent members sits near N·μ + z_T·σ·√N, where z_T (≈ 3.4 for
  // 2,000 samples) is the same for every N, and the member peak carries z_T into the fit: that part
  // extrapolates well. What does not is the noise of one run's maximum (spread ≈ 0.35 in z), which a
  // fit at 2–3 workers multiplies on the way out to 16. Measured over 500 seeds: within ±10% at
  // every N for 97% of histories at 2, 2, 3, 3 workers, 92% at 2 and 3, 85% for one run at 3 and
  // 73% for one run at 2; more than 10% under in 0.4% of seeds, whatever the history. The misses
  // are over-predictions, the safe side, so a single run is held to [−10%, +20%] instead.
  it.each([
    { observed: [2, 2, 3, 3], overPercent: 10 },
    { observed: [2, 3], overPercent: 10 },
    { observed: [3], overPercent: 20 },
    { observed: [2], overPercent: 20 },
  ])(
    'independent members, runs at $observed workers: −10% to +$overPercent% for 2…16',
    ({ observed, overPercent }) => {
      const { model, errors } = independentErrors(42, observed);
      expect(model.exponent).toBeLessThan(0.65);
      for (const error of errors) {
        expect(error).toBeGreaterThanOrEqual(-0.1);
        expect(error).toBeLessThanOrEqual(overPercent / 100);
      }
    },
  );

  it('independent members: lockstep would be ~30% high at 16 workers, the fit within 10%', () => {
    const { model, errors } = independentErrors(42, [2, 2, 3, 3]);
    expect(model.kind).toBe('independent');
    const lockstep = lockstepModel(model.memberPeakBytes, 'comparison');
    const simulated16 = peakOfSum(simulateGroup({ seed: 42 * 1000 + 16, workers: 16 }));
    expect(predictConcurrentPeakBytes(lockstep, 16) / simulated16).toBeGreaterThan(1.25);
    expect(Math.abs(errors[errors.length - 1] as number)).toBeLessThanOrEqual(0.1);
  });

  it('plans 4 workers where lockstep plans 3, and 4 really fit', () => {
    const history = [2, 2, 3, 3].map((workers, run) =>
      observe(simulateGroup({ seed: 7 + run, workers })),
    );
    const model = fitConcurrencyModel(history);
    const available = 1792 * MiB;
    const lockstep = lockstepModel(model.memberPeakBytes, 'comparison');
    expect(maxWorkersWithin(lockstep, available, 16)).toBe(3);
    expect(maxWorkersWithin(model, available, 16)).toBe(4);
    expect(peakOfSum(simulateGroup({ seed: 99, workers: 4 }))).toBeLessThan(available);
  });

  // Lockstep members run the same job: the same series in every member and in every run.
  it.each([2, 3])(
    'lockstep members, one run at %i workers: never under-predicted for 2…16',
    (observed) => {
      const workload = ar1(normals(4242), SAMPLES, 0.9);
      const run = (workers: number, seed: number) =>
        simulateGroup({ seed, workers, common: workload, commonShare: 1 });
      const model = fitConcurrencyModel([observe(run(observed, 1))]);
      expect(model.kind).toBe('lockstep');
      for (const workers of COUNTS) {
        const simulated = peakOfSum(run(workers, 100 + workers));
        const predicted = predictConcurrentPeakBytes(model, workers);
        expect(predicted).toBeGreaterThanOrEqual(simulated);
        expect(predicted).toBeLessThanOrEqual(simulated * 1.1);
      }
    },
  );

  it('near-lockstep members (1% of the variance their own) are planned as lockstep, within 10%', () => {
    const workload = ar1(normals(4343), SAMPLES, 0.9);
    const run = (workers: number, seed: number) =>
      simulateGroup({ seed, workers, common: workload, commonShare: 0.99 });
    const model = fitConcurrencyModel([observe(run(2, 1))]);
    expect(model.kind).toBe('lockstep');
    for (const workers of COUNTS) {
      const simulated = peakOfSum(run(workers, 200 + workers));
      expect(Math.abs(predictConcurrentPeakBytes(model, workers) / simulated - 1)).toBeLessThan(
        0.1,
      );
    }
  });
});

// ---------------------------------------------------------------------------------------------

/** A consistent-looking observation (peak total anywhere from below the mean to 1.6 × lockstep). */
const observationArbitrary = fc
  .record({
    workers: fc.integer({ min: 1, max: 64 }),
    meanMiB: fc.double({ min: 1, max: 4096, noNaN: true }),
    peakOverMean: fc.double({ min: 0, max: 3, noNaN: true }),
    sdShare: fc.double({ min: 0, max: 1, noNaN: true }),
    position: fc.double({ min: -0.2, max: 1.6, noNaN: true }),
    weight: fc.double({ min: 0.01, max: 1, noNaN: true }),
  })
  .map(({ workers, meanMiB, peakOverMean, sdShare, position, weight }) => {
    const meanBytes = meanMiB * MiB;
    const peakBytes = meanBytes * (1 + peakOverMean);
    return {
      aliveAtPeak: workers,
      meanMemberBytes: meanBytes,
      memberPeakBytes: peakBytes,
      sdMemberBytes: sdShare * (peakBytes - meanBytes),
      peakTotalBytes: workers * meanBytes + position * workers * (peakBytes - meanBytes),
      weight,
    } satisfies ConcurrencyObservation;
  });

const PROPERTY_RUNS = { seed: 42, numRuns: 200 };

describe('properties (fast-check)', () => {
  it('N × mean ≤ peak(N) ≤ N × member peak, and peak(N) never falls as N grows', () => {
    fc.assert(
      fc.property(observationArbitrary, (observed) => {
        const model = fitConcurrencyModel([observed]);
        // One observation: the model's figures are the observation's.
        expect(model.memberPeakBytes).toBe(observed.memberPeakBytes);
        let previous = 0;
        for (let workers = 1; workers <= 64; workers++) {
          const predicted = predictConcurrentPeakBytes(model, workers);
          expect(predicted).toBeLessThanOrEqual(workers * observed.memberPeakBytes);
          expect(predicted).toBeGreaterThanOrEqual(workers * model.meanMemberBytes);
          expect(predicted).toBeGreaterThanOrEqual(previous);
          previous = predicted;
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('maxWorkersWithin is the largest N ≤ cap whose prediction fits', () => {
    fc.assert(
      fc.property(
        fc.array(observationArbitrary, { minLength: 1, maxLength: 4 }),
        fc.double({ min: -1, max: 1.2, noNaN: true }),
        fc.integer({ min: 0, max: 64 }),
        (observed, budgetShare, cap) => {
          const model = fitConcurrencyModel(observed);
          const available = budgetShare * 64 * model.memberPeakBytes;
          const workers = maxWorkersWithin(model, available, cap);
          expect(workers).toBeGreaterThanOrEqual(0);
          expect(workers).toBeLessThanOrEqual(cap);
          if (workers > 0) {
            expect(predictConcurrentPeakBytes(model, workers)).toBeLessThanOrEqual(available);
          }
          if (workers < cap) {
            expect(predictConcurrentPeakBytes(model, workers + 1)).toBeGreaterThan(available);
          }
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it('garbage figures never produce NaN: a finite model, or a clear error when no peak is usable', () => {
    const figure = fc.oneof(
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, 0),
    );
    const garbage = fc.record({
      aliveAtPeak: fc.oneof(fc.integer({ min: -2, max: 70 }), figure),
      peakTotalBytes: figure,
      meanMemberBytes: figure,
      sdMemberBytes: figure,
      memberPeakBytes: figure,
      weight: figure,
    });
    fc.assert(
      fc.property(fc.array(garbage, { minLength: 1, maxLength: 4 }), (observed) => {
        const usablePeak = observed.some(
          (item) =>
            Number.isFinite(item.memberPeakBytes) &&
            item.memberPeakBytes > 0 &&
            Number.isFinite(item.weight) &&
            item.weight > 0,
        );
        if (!usablePeak) {
          expect(() => fitConcurrencyModel(observed)).toThrow(/no observation has a usable/);
          return;
        }
        const model = fitConcurrencyModel(observed);
        expect(model.exponent).toBeGreaterThanOrEqual(0.5);
        expect(model.exponent).toBeLessThanOrEqual(1);
        for (const workers of [1, 2, 5, 64]) {
          const predicted = predictConcurrentPeakBytes(model, workers);
          expect(Number.isFinite(predicted)).toBe(true);
          expect(predicted).toBeGreaterThan(0);
        }
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('weak or broken evidence falls back to lockstep and says why', () => {
  const good = observation({ workers: 4, peakTotalMiB: 1600 });

  it.each([
    ['one worker alive at the peak', { aliveAtPeak: 1 }, /fewer than 2 workers/],
    ['a fractional worker count', { aliveAtPeak: 2.5 }, /fewer than 2 workers/],
    ['σ = 0', { sdMemberBytes: 0 }, /σ = 0/],
    ['peak total below the mean', { peakTotalBytes: 1100 * MiB }, /not above workers × mean/],
    ['peak total equal to the mean', { peakTotalBytes: 1200 * MiB }, /not above workers × mean/],
    ['peak total over 1.5 × lockstep', { peakTotalBytes: 3001 * MiB }, /above 1.5 ×/],
    ['a NaN peak total', { peakTotalBytes: Number.NaN }, /peak total is not a number/],
    ['a negative mean', { meanMemberBytes: -1 }, /mean or standard deviation/],
    ['a NaN standard deviation', { sdMemberBytes: Number.NaN }, /mean or standard deviation/],
    ['a mean above the member peak', { meanMemberBytes: 600 * MiB }, /mean above the member peak/],
  ])('%s', (_, change, why) => {
    const model = fitConcurrencyModel([{ ...good, ...change }]);
    expect(model.kind).toBe('lockstep');
    expect(model.exponent).toBe(1);
    expect(model.observedWorkers).toEqual([]);
    expect(model.reason).toMatch(/assuming lockstep/);
    expect(model.reason).toMatch(why);
    expect(predictConcurrentPeakBytes(model, 6)).toBe(6 * 500 * MiB);
  });

  it('peak total between lockstep and 1.5 × lockstep is evidence of lockstep', () => {
    const model = fitConcurrencyModel([{ ...good, peakTotalBytes: 2400 * MiB }]);
    expect(model.kind).toBe('lockstep');
    expect(model.observedWorkers).toEqual([4]);
  });

  it('a broken observation among good ones is ignored, and named', () => {
    const alone = fitConcurrencyModel([good, observation({ workers: 2, peakTotalMiB: 900 })]);
    const withBroken = fitConcurrencyModel([
      good,
      { ...good, memberPeakBytes: Number.NaN, peakTotalBytes: 9 * GiB },
      observation({ workers: 2, peakTotalMiB: 900 }),
      { ...good, memberPeakBytes: 9 * GiB, weight: 0 },
    ]);
    expect(withBroken.exponent).toBe(alone.exponent);
    expect(withBroken.memberPeakBytes).toBe(alone.memberPeakBytes);
    expect(withBroken.reason).toMatch(/2 of 4 observation\(s\) not used as evidence/);
  });

  it('an empty list, or no usable member peak, is a programming error', () => {
    expect(() => fitConcurrencyModel([])).toThrow(/no observations/);
    expect(() => fitConcurrencyModel([{ ...good, memberPeakBytes: Number.NaN }])).toThrow(
      /no observation has a usable member peak/,
    );
    expect(() => fitConcurrencyModel([{ ...good, memberPeakBytes: -5 }])).toThrow(RangeError);
  });

  it('lockstepModel and predictions reject what cannot be a size or a count', () => {
    expect(() => lockstepModel(Number.NaN, 'x')).toThrow(/positive number/);
    expect(() => lockstepModel(0, 'x')).toThrow(/positive number/);
    const model = lockstepModel(512 * MiB, 'no per-sample record');
    expect(predictConcurrentPeakBytes(model, 0)).toBe(0);
    expect(predictConcurrentPeakBytes(model, 3)).toBe(1536 * MiB);
    for (const workers of [-1, 1.5, Number.NaN, Infinity]) {
      expect(() => predictConcurrentPeakBytes(model, workers)).toThrow(/whole number/);
    }
    expect(() => predictConcurrentPeakBytes({ ...model, exponent: 0.3 }, 2)).toThrow(/exponent/);
    expect(() =>
      predictConcurrentPeakBytes({ ...model, meanMemberBytes: 600 * MiB, kind: 'independent' }, 2),
    ).toThrow(/meanMemberBytes ≤ memberPeakBytes/);
    // A lockstep kind wins over a contradicting exponent: the safe reading.
    expect(predictConcurrentPeakBytes({ ...model, exponent: 0.5 }, 4)).toBe(2048 * MiB);
  });

  it('maxWorkersWithin: 0 when nothing fits, the cap when everything does, errors on nonsense', () => {
    const model = lockstepModel(512 * MiB, 'x');
    expect(maxWorkersWithin(model, 2 * GiB, 8)).toBe(4);
    expect(maxWorkersWithin(model, 511 * MiB, 8)).toBe(0);
    expect(maxWorkersWithin(model, -1 * GiB, 8)).toBe(0);
    expect(maxWorkersWithin(model, Infinity, 8)).toBe(8);
    expect(maxWorkersWithin(model, 100 * GiB, 0)).toBe(0);
    expect(() => maxWorkersWithin(model, Number.NaN, 8)).toThrow(/NaN/);
    expect(() => maxWorkersWithin(model, GiB, -1)).toThrow(/cap/);
    expect(() => maxWorkersWithin(model, GiB, Infinity)).toThrow(/cap/);
  });
});
