/**
 * The run's metrics against a real Prometheus Pushgateway (Debian's `prometheus-pushgateway`,
 * started here on loopback): the push through the real adapter is accepted by its parser (Go's
 * expfmt, the Prometheus text format), and the metrics it serves back are the ones rendered,
 * hostile phase names included. Skipped, saying so, where the binary is not installed
 * (.ci/run installs it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushgatewayPath, renderOpenMetrics } from '../../src/report/openmetrics.js';
import { pushMetrics } from '../../src/runner/pushgateway.js';
import { profile } from '../support/profiles.js';

const BINARY = 'prometheus-pushgateway';
const installed = spawnSync('sh', ['-c', `command -v ${BINARY}`]).status === 0;
if (!installed) console.warn(`${BINARY} is not installed: the Pushgateway tests are skipped.`);

/** A free loopback port (the kernel's choice, released for the Pushgateway to take). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text format as the Pushgateway serves it: `name{label="value",...} number`. */
function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const label of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g))
      labels[label[1] as string] = (label[2] as string).replace(/\\(.)/g, (_, escaped: string) =>
        escaped === 'n' ? '\n' : escaped,
      );
    samples.push({ name: match[1] as string, labels, value: Number(match[3]) });
  }
  return samples;
}

describe.skipIf(!installed)('metrics pushed to a real Pushgateway', () => {
  let gateway: ChildProcess;
  let baseUrl: URL;

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = new URL(`http://127.0.0.1:${port}`);
    gateway = spawn(BINARY, [`--web.listen-address=127.0.0.1:${port}`], { stdio: 'ignore' });
    // Ready when it answers its readiness endpoint (a few hundred ms).
    for (let attempt = 0; attempt < 100; attempt++) {
      const ready = await fetch(new URL('/-/ready', baseUrl)).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the Pushgateway did not become ready in 10 s');
  }, 20_000);

  afterAll(() => {
    gateway?.kill('SIGTERM');
  });

  it('accepts the push and serves every family back, hostile phase names escaped', async () => {
    const hostile = 'te"st\\\\\nphase';
    const run = profile([
      { name: 'build', peakBytes: 900 * 1024 ** 2, workers: 2 },
      { name: hostile, peakBytes: 1500 * 1024 ** 2, workers: 4, oomKills: 1 },
    ]);
    const path = pushgatewayPath({
      repository: 'octo/app',
      workflow: 'CI / tests',
      job_name: 'test',
      matrix: '{"node":24}',
    });
    await pushMetrics({ baseUrl, path, body: renderOpenMetrics(run) });

    const served = parseExposition(await (await fetch(new URL('/metrics', baseUrl))).text());
    const grouping = {
      job: 'resource-planner',
      job_name: 'test',
      matrix: '{"node":24}',
      repository: 'octo/app',
      workflow: 'CI / tests',
    };
    const value = (name: string, phase?: string): number | undefined =>
      served.find(
        (sample) =>
          sample.name === `resource_planner_${name}` &&
          Object.entries(grouping).every(([key, wanted]) => sample.labels[key] === wanted) &&
          sample.labels.phase === phase,
      )?.value;
    expect(value('phase_peak_bytes', 'build')).toBe(900 * 1024 ** 2);
    // The hostile name came through the escapes and back, character for character.
    expect(value('phase_peak_bytes', hostile)).toBe(1500 * 1024 ** 2);
    expect(value('phase_oom_kills', hostile)).toBe(1);
    expect(value('phase_oom_kills', 'build')).toBe(0);
    expect(value('memory_limit_bytes')).toBe(run.host.memoryLimitBytes);
    expect(value('cpus')).toBe(run.host.cpus);
    expect(value('phase_duration_seconds', 'build')).toBe(60);
    expect(value('phase_workers_planned', hostile)).toBe(4);
    expect(value('phase_workers_used', hostile)).toBe(4);
  });

  it('a body its parser refuses is an error that says what the Pushgateway answered', async () => {
    await expect(
      pushMetrics({
        baseUrl,
        path: '/metrics/job/resource-planner',
        body: 'resource_planner_x{phase="unclosed} 1\n',
      }),
    ).rejects.toThrow(/the Pushgateway answered 400/);
  });
});
