import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { staticEstimate } from '../../src/estimate/choose.js';
import { predictDurationMs as predictDuration } from '../../src/estimate/speedup.js';
import { nodeHeapFor, planWorkers } from '../../src/plan/planner.js';
import type { PlanSettings } from '../../src/plan/types.js';
import type { MemoryEstimate } from '../../src/estimate/types.js';
import { GiB, MiB } from '../../src/shared/units.js';
import { DEFAULT_SETTINGS } from '../support/settings.js';

const defaults: PlanSettings = DEFAULT_SETTINGS;

function plan(
  capacity: { cpus: number; availableMiB: number; limitMiB?: number },
  settings: Partial<PlanSettings> = {},
  estimate: MemoryEstimate = staticEstimate(768 * MiB, 'fallback'),
) {
  return planWorkers({
    capacity: {
      cpus: capacity.cpus,
      memoryAvailableBytes: capacity.availableMiB * MiB,
      memoryLimitBytes: (capacity.limitMiB ?? capacity.availableMiB) * MiB,
    },
    settings: { ...defaults, ...settings },
    estimate,
  });
}

describe('planWorkers', () => {
  // Budgets computed by hand: (available − reserve) × fraction.
  it.each([
    // name, cpus, available MiB, settings, per-worker MiB, expected workers, limited-by, budget MiB
    ['public ubuntu runner: CPU binds', 4, 15360, {}, 768, 4, 'cpu', (15360 - 512) * 0.9],
    ['docker --memory 2g: memory binds', 2, 2048, {}, 768, 1, 'memory', (2048 - 512) * 0.9],
    ['8 GiB private runner, 1 GiB workers', 2, 7680, {}, 1024, 2, 'cpu', (7680 - 512) * 0.9],
    [
      '64 CPUs capped by max-workers',
      64,
      262144,
      { maxWorkers: 8 },
      768,
      8,
      'max-workers',
      (262144 - 512) * 0.9,
    ],
    [
      'min-workers raises a memory-bound plan',
      8,
      2048,
      { minWorkers: 3 },
      768,
      3,
      'min-workers',
      (2048 - 512) * 0.9,
    ],
    [
      'half a CPU per worker doubles the CPU bound',
      2,
      15360,
      { cpusPerWorker: 0.5 },
      768,
      4,
      'cpu',
      (15360 - 512) * 0.9,
    ],
    [
      'tie between CPU and memory names the CPU',
      3,
      3072,
      { memoryFraction: 1 },
      853,
      3,
      'cpu',
      3072 - 512,
    ],
    ['forced workers', 2, 15360, { forcedWorkers: 5 }, 768, 5, 'override', (15360 - 512) * 0.9],
    [
      'environment override beats the workers input',
      2,
      15360,
      { forcedWorkers: 5, overrideWorkers: 7 },
      768,
      7,
      'override',
      (15360 - 512) * 0.9,
    ],
  ] as const)(
    '%s',
    (_name, cpus, availableMiB, settings, perWorkerMiB, workers, limitedBy, budgetMiB) => {
      const result = plan(
        { cpus, availableMiB },
        settings,
        staticEstimate(perWorkerMiB * MiB, 'input'),
      );
      expect(result.workers).toBe(workers);
      expect(result.limitedBy).toBe(limitedBy);
      expect(result.memoryBudgetBytes).toBe(Math.floor(budgetMiB * MiB));
      expect(result.memoryBound).toBe(Math.floor((budgetMiB * MiB) / (perWorkerMiB * MiB)));
      expect(result.reason.length).toBeGreaterThan(10);
    },
  );

  it('plans one worker and warns when the memory is smaller than the reserve', () => {
    // An 8 GiB runner with 400 MiB left: the reserve is the full 512 MiB.
    const result = plan({ cpus: 4, availableMiB: 400, limitMiB: 8192 });
    expect(result.workers).toBe(1);
    expect(result.limitedBy).toBe('min-workers');
    expect(result.memoryBudgetBytes).toBe(0);
    expect(result.memoryBound).toBe(0);
    expect(result.warnings.join(' ')).toMatch(/no more than the reserve/);
  });

  it('a first run without history planned low warns of nothing; the note names the fallback and how to change it', () => {
    // 1 GiB container: (1006 − 256) × 0.9 = 675 MiB budget < the 768 MiB fallback.
    const cold = plan({ cpus: 2, availableMiB: 1006, limitMiB: 1024 });
    expect(cold.workers).toBe(1);
    expect(cold.limitedBy).toBe('min-workers');
    expect(cold.warnings).toEqual([]);
    expect(cold.reason).toBe('min-workers raises the count to 1 (memory allows 0, CPUs 2).');
    expect(cold.estimate.notes).toEqual([
      "No history yet: assuming fallback-memory-per-worker, 768 MiB per worker, until this run's measurement replaces it; if you know your workers' size, set fallback-memory-per-worker to it.",
    ]);

    // A figure the user gave is not a guess: too big for the budget is worth a warning.
    const given = plan(
      { cpus: 2, availableMiB: 1006, limitMiB: 1024 },
      {},
      staticEstimate(768 * MiB, 'input'),
    );
    expect(given.warnings.join(' ')).toMatch(/Not even one worker fits: the budget is 675/);
  });

  it.each([
    // limit MiB, reserve MiB, source
    [800, 200, 'auto, base unknown, a quarter of the limit'],
    [920, 230, 'auto, base unknown, a quarter of the limit'],
    [300, 100, 'auto, base unknown, a quarter of the limit'],
    [2048, 512, 'auto, base unknown'],
    [16384, 512, 'auto, base unknown'],
  ])(
    'before history measures the base, the reserve in a %i MiB limit is %i MiB (512 MiB, at most a quarter of the limit, at least 100 MiB)',
    (limitMiB, reserveMiB, source) => {
      const result = plan({ cpus: 2, availableMiB: limitMiB - 20, limitMiB });
      expect(result.memoryReserveBytes).toBe(reserveMiB * MiB);
      expect(result.reserveSource).toBe(source);
      expect(result.memoryBudgetBytes).toBe(
        Math.floor((limitMiB - 20 - reserveMiB) * MiB * defaults.memoryFraction),
      );
    },
  );

  it("keeps a proven count's heap cap: never below the cap a clean run at that count ran with here", () => {
    // bench/RESULTS.md §5d: 2 workers ran clean with a 266 MiB cap in 906 MiB; the next plan,
    // with Jest's own process measured (81 MiB), would have given each 199 MiB here.
    const proof = {
      runId: 2,
      workers: 2,
      memoryLimitBytes: 906 * MiB,
      clean: true,
      oomKills: 0,
      heapLimitKills: 0,
      perWorkerBytes: 300 * MiB,
      peakUsedBytes: 767 * MiB,
      nodeHeapMb: 266 as number | null,
      startedAt: '2026-11-28T09:30:00.000Z',
      weight: 1,
    };
    const estimate = (nodeHeapMb: number | null): MemoryEstimate => ({
      ...staticEstimate(300 * MiB, 'input'),
      baseBytes: 81 * MiB,
      countEvidence: [{ ...proof, nodeHeapMb }],
    });
    const capacity = { cpus: 2, availableMiB: 906 };
    const unknown = plan(capacity, {}, estimate(null));
    expect(unknown.workers).toBe(2); // the proof's floor
    expect(unknown.nodeHeapMb).toBe(nodeHeapFor(unknown.memoryBudgetBytes, 81 * MiB, 2));
    expect(unknown.nodeHeapMb).toBeLessThan(266);
    expect(unknown.nodeHeapHeld).toBeNull();

    const held = plan(capacity, {}, estimate(266));
    expect(held.workers).toBe(2);
    expect(held.nodeHeapMb).toBe(266);
    expect(held.nodeHeapHeld).toEqual({ mb: 266, runId: 2 });

    // A share larger than the proof's cap is kept as it is.
    const roomy = plan({ cpus: 2, availableMiB: 4096 }, {}, estimate(266));
    expect(roomy.nodeHeapMb).toBeGreaterThan(266);
    expect(roomy.nodeHeapHeld).toBeNull();
  });

  it('warns when a forced count exceeds what fits', () => {
    const result = plan({ cpus: 4, availableMiB: 2048 }, { forcedWorkers: 4 });
    expect(result.workers).toBe(4);
    expect(result.reason).toBe('The workers input (--workers in the CLI) fixes the count at 4.');
    expect(result.warnings.join(' ')).toMatch(/exceed the 1 that fit/);
  });

  it('warns when a forced count exceeds the CPUs, and only then', () => {
    const over = plan({ cpus: 2, availableMiB: 16384 }, { forcedWorkers: 8 });
    expect(over.workers).toBe(8);
    expect(over.warnings).toEqual([
      'The forced 8 workers exceed the 2 that 2 CPU(s) allow at 1 per worker: they will wait for CPU time.',
    ]);
    const halves = plan({ cpus: 4, availableMiB: 16384 }, { forcedWorkers: 3, cpusPerWorker: 2 });
    expect(halves.warnings.join(' ')).toMatch(/exceed the 2 that 4 CPU\(s\) allow at 2 per worker/);
    expect(plan({ cpus: 2, availableMiB: 16384 }, { forcedWorkers: 2 }).warnings).toEqual([]);
  });

  it('subtracts the base memory before dividing', () => {
    const estimate: MemoryEstimate = { ...staticEstimate(1 * GiB, 'input'), baseBytes: 2 * GiB };
    // budget = (11776 − 512) × 1 = 11264 MiB = 11 GiB; (11 − 2) / 1 = 9 workers.
    const result = plan({ cpus: 32, availableMiB: 11776 }, { memoryFraction: 1 }, estimate);
    expect(result.memoryBound).toBe(9);
    expect(result.workers).toBe(9);
    expect(result.limitedBy).toBe('memory');
  });

  it('stops where the speed-up curve flattens and predicts the duration', () => {
    const estimate: MemoryEstimate = {
      ...staticEstimate(256 * MiB, 'input'),
      speedup: {
        kind: 'amdahl',
        serialFraction: 0.2,
        singleWorkerMs: 100_000,
        maxUsefulWorkers: 3,
        observedWorkers: [1, 2, 4],
        medianDurationsMs: [100_000, 60_000, 40_000],
      },
    };
    const result = plan({ cpus: 16, availableMiB: 30_000 }, {}, estimate);
    expect(result.workers).toBe(3);
    expect(result.limitedBy).toBe('speedup');
    // T(3) = 100 s × (0.2 + 0.8 / 3)
    expect(result.predictedDurationMs).toBeCloseTo(100_000 * (0.2 + 0.8 / 3), 6);
  });

  it('never plans below min-workers, above max-workers, or more memory than the budget when unforced', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 128 }),
        fc.integer({ min: 0, max: 512 * 1024 }),
        fc.integer({ min: 1, max: 8192 }),
        fc.integer({ min: 1, max: 8 }),
        fc.option(fc.integer({ min: 8, max: 64 }), { nil: null }),
        (cpus, availableMiB, perWorkerMiB, minWorkers, maxWorkers) => {
          const result = plan(
            { cpus, availableMiB },
            { minWorkers, maxWorkers },
            staticEstimate(perWorkerMiB * MiB, 'input'),
          );
          expect(result.workers).toBeGreaterThanOrEqual(minWorkers);
          if (maxWorkers !== null) expect(result.workers).toBeLessThanOrEqual(maxWorkers);
          if (result.workers > minWorkers) {
            expect(result.workers * result.perWorkerBytes).toBeLessThanOrEqual(
              result.memoryBudgetBytes,
            );
            expect(result.workers).toBeLessThanOrEqual(cpus);
          }
        },
      ),
    );
  });
});

describe('nodeHeapFor', () => {
  it('gives 75% of each worker slot', () => {
    // (1382.4 MiB budget) / 1 worker × 0.75 = 1036.8 → 1036
    expect(nodeHeapFor(Math.floor(1382.4 * MiB), 0, 1)).toBe(1036);
    // (8 GiB − 1 GiB) / 4 × 0.75 = 1344
    expect(nodeHeapFor(8 * GiB, 1 * GiB, 4)).toBe(1344);
  });
  it('keeps the Node workers inside the budget', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1024, max: 1 << 20 }),
        fc.integer({ min: 1, max: 64 }),
        (budgetMiB, workers) => {
          const heap = nodeHeapFor(budgetMiB * MiB, 0, workers);
          if (heap > 128) expect(heap * workers).toBeLessThanOrEqual(budgetMiB);
        },
      ),
    );
  });
});

describe('predictDuration', () => {
  it('follows Amdahl', () => {
    const model = {
      serialFraction: 0.5,
      singleWorkerMs: 1000,
      maxUsefulWorkers: 2,
      observedWorkers: [1, 2],
    };
    expect(predictDuration(model, 1)).toBe(1000);
    expect(predictDuration(model, 2)).toBe(750);
  });
});
