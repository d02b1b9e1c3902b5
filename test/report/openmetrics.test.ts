/** The run profile as OpenMetrics text: families, units, escaping and the drift figures. */
import { describe, expect, it } from 'vitest';
import { detectDrift } from '../../src/drift/drift.js';
import {
  escapeLabelValue,
  pushgatewayPath,
  renderOpenMetrics,
} from '../../src/report/openmetrics.js';
import { profile } from '../support/profiles.js';

const MiB = 1024 ** 2;

describe('renderOpenMetrics', () => {
  const run = profile([
    { name: 'build', peakBytes: 900 * MiB, workers: 2, durationMs: 90_500 },
    { name: 'test', peakBytes: 1500 * MiB, workers: 4, oomKills: 2 },
  ]);
  const text = renderOpenMetrics(run);

  it('declares each family once (TYPE, UNIT where it has one, HELP) before its samples, and ends with # EOF', () => {
    const lines = text.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('# EOF');
    expect(text.endsWith('\n')).toBe(true);
    const typed = lines
      .filter((line) => line.startsWith('# TYPE '))
      .map((line) => line.split(' ')[2]);
    expect(new Set(typed).size).toBe(typed.length);
    for (const name of typed) {
      const first = lines.findIndex(
        (line) => line.startsWith(`${name as string}{`) || line.startsWith(`${name as string} `),
      );
      expect(first, name).toBeGreaterThan(lines.indexOf(`# TYPE ${name as string} gauge`));
    }
    expect(lines).toContain('# UNIT resource_planner_phase_peak_bytes bytes');
    expect(lines).toContain('# UNIT resource_planner_phase_duration_seconds seconds');
  });

  it('one sample per phase, with the figures of the profile', () => {
    expect(text).toContain(`resource_planner_phase_peak_bytes{phase="build"} ${900 * MiB}\n`);
    expect(text).toContain(`resource_planner_phase_peak_bytes{phase="test"} ${1500 * MiB}\n`);
    expect(text).toContain('resource_planner_phase_duration_seconds{phase="build"} 90.5\n');
    expect(text).toContain('resource_planner_phase_oom_kills{phase="test"} 2\n');
    expect(text).toContain('resource_planner_phase_workers_used{phase="test"} 4\n');
    expect(text).toContain(`resource_planner_memory_limit_bytes ${run.host.memoryLimitBytes}\n`);
    // No drift without a baseline: those families are left out, not written as zeros.
    expect(text).not.toContain('resource_planner_phase_drift');
  });

  it('with a baseline, the change against its median and the verdict per phase', () => {
    const baseline = [1, 2, 3].map((runId) =>
      profile(
        [
          { name: 'build', peakBytes: 900 * MiB, workers: 2 },
          { name: 'test', peakBytes: 1000 * MiB, workers: 4 },
        ],
        { runId },
      ),
    );
    const drifted = renderOpenMetrics(run, detectDrift({ current: run, baseline }));
    expect(drifted).toContain('resource_planner_phase_peak_change_ratio{phase="test"} 0.5\n');
    expect(drifted).toContain('resource_planner_phase_drift{phase="test"} 1\n');
    expect(drifted).toContain('resource_planner_phase_drift{phase="build"} 0\n');
  });

  it.each([
    ['plain', 'plain'],
    ['a"b', 'a\\"b'],
    ['back\\slash', 'back\\\\slash'],
    ['line\nbreak', 'line\\nbreak'],
    ['bell\u0007 tab\t', 'bell tab'],
    ['x'.repeat(300), 'x'.repeat(128)],
  ])('label value %j is written as %j', (value, written) => {
    expect(escapeLabelValue(value)).toBe(written);
  });
});

describe('pushgatewayPath', () => {
  it('base64url-encodes every grouping value (slashes included) and leaves out empty ones', () => {
    expect(
      pushgatewayPath({ repository: 'octo/app', workflow: null, job_name: 'test', matrix: '' }),
    ).toBe(
      `/metrics/job/resource-planner/repository@base64/${Buffer.from('octo/app').toString('base64url')}/job_name@base64/dGVzdA`,
    );
  });
});
