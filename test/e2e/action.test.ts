import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFilesFromZip, extractProfileFromZip } from '../../src/history/extract.js';
import { parseProfile } from '../../src/profile/profile.js';
import { events, runJob, type JobResult } from '../harness/mini-runner.js';
import { useFakeGitHub } from '../support/fake-github-fixture.js';

const ACTION_DIR = new URL('../..', import.meta.url).pathname;
const WORKLOAD = new URL('../fixtures/workloads/four-workers.sh', import.meta.url).pathname;
const hasCmark = spawnSync('cmark-gfm', ['--version']).status === 0;
if (!hasCmark) console.log('cmark-gfm is not installed: summaries are checked as text only.');

function renderGfm(markdown: string): string {
  return spawnSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'tagfilter'], {
    input: markdown,
    encoding: 'utf8',
  }).stdout;
}

function expectClean(result: JobResult): void {
  expect(result.violations).toEqual([]);
  for (const step of result.steps) expect(step.exitCode, `${step.id}: ${step.stderr}`).toBe(0);
}

describe.skipIf(process.platform !== 'linux')('the built action in a mini-runner', () => {
  const github = useFakeGitHub();

  it('first push: plans without history, records the job, uploads a profile and reports', async () => {
    github.addRun({ id: 101 });
    const result = await runJob({
      actionDir: ACTION_DIR,
      github,
      event: events.push(github),
      runId: 101,
      steps: [
        {
          kind: 'action',
          id: 'plan',
          with: { profile: 'test', 'sample-interval': '100ms', 'export-env': 'true' },
        },
        { kind: 'run', script: `bash ${WORKLOAD}` },
      ],
    });
    expectClean(result);
    const [main, , post] = result.steps;
    expect(main?.outputs).toMatchObject({
      'limited-by': expect.stringMatching(/^(cpu|memory)$/),
      'history-runs': '0',
      confidence: 'none',
    });
    expect(Number(main?.outputs.workers)).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(main?.outputs['plan-json'] ?? '{}')).toMatchObject({
      workers: Number(main?.outputs.workers),
    });
    expect(main?.env.CARGO_BUILD_JOBS).toBe(main?.outputs.workers);
    expect(main?.summary).toContain('resource-planner: ');
    expect(main?.summary).toContain('Flags to paste');
    // The history look-up found nothing and said so, without failing.
    expect(main?.stdout).toMatch(/History: No successful runs|History: 0 profile/);

    expect(post?.kind).toBe('post');
    expect(post?.stdout).toMatch(
      /Uploaded the run profile as artifact 'resource-planner-test-none-1'/,
    );
    const stored = github.state.artifacts.find(
      (artifact) => artifact.artifact.name === 'resource-planner-test-none-1',
    );
    expect(stored).toBeDefined();
    const profile = parseProfile(await extractProfileFromZip(stored?.zip ?? Buffer.alloc(0)));
    const phase = profile.phases[0];
    expect(phase?.name).toBe('test');
    const group = phase?.workerGroups.find((candidate) => candidate.maxConcurrency === 4);
    expect(group).toMatchObject({ name: 'node', parentName: 'bash', processes: 4 });
    expect(group?.peakRss.p50Bytes).toBeGreaterThan(120 * 1024 * 1024);
    expect(profile.run).toMatchObject({
      runId: 101,
      job: 'test',
      repositoryId: github.repositoryId,
    });
    // The run's metrics travel beside the profile, with the same figures.
    const files = await extractFilesFromZip(stored?.zip ?? Buffer.alloc(0), {
      required: 'run-profile.json',
      optional: ['metrics.txt'],
    });
    expect(files.get('metrics.txt')).toContain(
      `resource_planner_phase_peak_bytes{phase="test"} ${phase?.treeRss.peakBytes}\n`,
    );

    expect(post?.summary).toMatch(/resource-planner: peak \S+ \S+ of the \S+ \S+ limit/);
    expect(post?.summary).toContain('```mermaid');
    if (hasCmark) {
      const html = renderGfm(`${main?.summary}\n${post?.summary}`);
      expect(html).toContain('<table>');
      // cmark-gfm marks the block's language; GitHub then draws it with Mermaid.
      expect(html).toMatch(/<pre><code class="language-mermaid">|<pre lang="mermaid">/);
      // The first table with a Phase column (a one-phase job: the collapsed statistics) keeps its
      // 7 columns in every row.
      const phaseTable =
        /<table>\s*<thead>\s*<tr>\s*<th>Phase<\/th>[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
      for (const row of phaseTable.match(/<tr>[\s\S]*?<\/tr>/g) ?? [])
        expect(row.match(/<t[hd][ >]/g)).toHaveLength(7);
    }
  });

  it('second push learns from the first run and reports history', async () => {
    github.addRun({ id: 201 });
    const first = await runJob({
      actionDir: ACTION_DIR,
      github,
      event: events.push(github),
      runId: 201,
      steps: [
        { kind: 'action', with: { profile: 'test', 'sample-interval': '100ms' } },
        { kind: 'run', script: `bash ${WORKLOAD}` },
      ],
    });
    expectClean(first);
    github.addRun({ id: 202 });
    const second = await runJob({
      actionDir: ACTION_DIR,
      github,
      event: events.push(github),
      runId: 202,
      steps: [{ kind: 'action', with: { profile: 'test', 'sample-interval': '100ms' } }],
    });
    expectClean(second);
    const main = second.steps[0];
    expect(main?.outputs['history-runs']).toBe('1');
    expect(main?.outputs.confidence).toBe('low');
    const plan = JSON.parse(main?.outputs['plan-json'] ?? '{}') as {
      estimate: { source: string; perWorkerBytes: number };
    };
    expect(plan.estimate.source).toBe('history');
    // One run: the max (~120 MiB + Node's own) × 1.15 × √2.
    expect(plan.estimate.perWorkerBytes).toBeGreaterThan(120 * 1024 * 1024 * 1.15 * Math.SQRT2);
    expect(main?.summary).toContain('Runs learned from (1)');
    expect(main?.summary).toContain('https://github.com/octo/app/actions/runs/201');
    // The calls the history look-up made: runs, the attempt-1 and attempt-2 names, one download.
    const historyCalls = github.state.requests.filter(
      (request) =>
        request.method === 'GET' &&
        request.path.startsWith('/repos/') &&
        request.path.includes('/actions/'),
    );
    expect(historyCalls.filter((request) => request.path.endsWith('/zip'))).toHaveLength(1);
  });

  it('a second invocation marks a phase instead of starting another sampler', async () => {
    const result = await runJob({
      actionDir: ACTION_DIR,
      github,
      event: events.push(github),
      runId: 301,
      steps: [
        {
          kind: 'action',
          id: 'build',
          with: { profile: 'build', 'sample-interval': '100ms', upload: 'false', history: 'false' },
        },
        { kind: 'run', script: 'sleep 0.5' },
        {
          kind: 'action',
          id: 'test',
          with: { profile: 'test', 'sample-interval': '100ms', upload: 'false', history: 'false' },
        },
        { kind: 'run', script: `bash ${WORKLOAD}` },
      ],
    });
    expectClean(result);
    expect(result.steps[2]?.stdout).toMatch(
      /Phase 'test' started; the sampler \(PID \d+\) is already recording/,
    );
    const posts = result.steps.filter((step) => step.kind === 'post');
    expect(posts.map((step) => step.id)).toEqual(['post-test', 'post-build']);
    expect(posts[0]?.stdout).toContain(
      "phase 'test' is reported by the job's first resource-planner step",
    );
    expect(posts[1]?.summary).toMatch(/\| build \|[\s\S]*\| test \|/);
  });

  it('fails the step on invalid input, naming it, and post still exits 0', async () => {
    const result = await runJob({
      actionDir: ACTION_DIR,
      github,
      event: events.push(github),
      runId: 401,
      steps: [{ kind: 'action', with: { 'memory-per-worker': 'lots' } }],
    });
    expect(result.steps[0]?.exitCode).toBe(1);
    expect(result.steps[0]?.annotations).toContainEqual({
      level: 'error',
      message: expect.stringContaining('Input \'memory-per-worker\' has an invalid value "lots"'),
    });
    expect(result.steps[1]?.kind).toBe('post');
    expect(result.steps[1]?.exitCode).toBe(0);
    expect(result.violations).toEqual([]);
  });

  it('RESOURCE_PLANNER_WORKERS overrides the plan and says so', async () => {
    const result = await runJob({
      actionDir: ACTION_DIR,
      github,
      event: events.push(github),
      runId: 501,
      env: { RESOURCE_PLANNER_WORKERS: '7' },
      steps: [{ kind: 'action', with: { history: 'false', sample: 'false' } }],
    });
    expectClean(result);
    expect(result.steps[0]?.outputs).toMatchObject({ workers: '7', 'limited-by': 'override' });
    expect(result.steps[0]?.stdout).toContain(
      'RESOURCE_PLANNER_WORKERS=7 overrides the recommendation',
    );
    void readFileSync;
  });

  it('a sampler killed mid-job: post reports what was sampled, says so, and exits 0', async () => {
    const kill = `node -e "const j = require(process.env.RUNNER_TEMP + '/resource-planner/job.json'); process.kill(j.samplerPid, 'SIGKILL')"`;
    const result = await runJob({
      actionDir: ACTION_DIR,
      github,
      event: events.push(github),
      runId: 601,
      steps: [
        { kind: 'action', with: { profile: 'test', 'sample-interval': '100ms', history: 'false' } },
        { kind: 'run', script: `sleep 0.5 && ${kill} && sleep 0.3` },
      ],
    });
    expect(result.violations).toEqual([]);
    const post = result.steps.at(-1);
    expect(post?.exitCode).toBe(0);
    expect(post?.summary).toContain('The sampler died before the job ended');
    expect(post?.summary).toMatch(/\| test \|/);
    expect(github.state.artifacts).toHaveLength(1);
  });
});
