import { describe, expect, it } from 'vitest';
import {
  exportedEnvironment,
  fallbackOutputs,
  mergeGradleOpts,
  mergeMakeflags,
  planOutputs,
} from '../../src/plan/outputs.js';
import { staticEstimate } from '../../src/estimate/choose.js';
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
  const fallback = { forcedWorkers: null, minWorkers: 2, perWorkerBytes: 1024 * MiB, problem: 'x' };

  it('counts min-workers, each with the heap of a fallback-sized worker (1024 × 0.75)', () => {
    expect(fallbackOutputs(fallback)).toEqual({
      workers: '2',
      'limited-by': 'min-workers',
      reason: 'No plan (x): min-workers, 2.',
      'memory-per-worker-mb': '1024',
      'node-heap-mb': '768',
      'history-runs': '0',
      confidence: 'none',
      'plan-json': 'null',
    });
  });

  it('a forced count wins, and the reason stays one short line', () => {
    const outputs = fallbackOutputs({ ...fallback, forcedWorkers: 6, problem: 'a\nb'.repeat(200) });
    expect(outputs).toMatchObject({ workers: '6', 'limited-by': 'override' });
    expect(outputs.reason).not.toContain('\n');
    expect(outputs.reason!.length).toBeLessThan(260);
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
