// Part 6: the main step's time and requests against history-runs, with every request to a
// loopback GitHub delayed as an ordinary API round trip: history from the newest run's digest
// beside history fetched run by run (what artifacts without a digest, from older versions, get).
import { register } from 'node:module';
import { table } from '../lib/markdown.mjs';
import { ROOT } from '../lib/paths.mjs';
import { fixed, median } from '../lib/stats.mjs';

const LATENCY_MS = 150;
const RUNS_EACH = 5;
const HISTORY_RUNS = [5, 20, 50];
/** Trusted runs on the base branch: more than the largest history-runs. */
const SEEDED_RUNS = 60;
const NAME = 'resource-planner-test-none-1';
const MiB = 1024 * 1024;

async function harness() {
  register('../lib/ts-hook.mjs', import.meta.url);
  const [github, runner, digest, profileModule, profiles] = await Promise.all([
    import('../../test/harness/fake-github.ts'),
    import('../../test/harness/mini-runner.ts'),
    import('../../src/profile/digest.ts'),
    import('../../src/profile/profile.ts'),
    import('../../test/support/profiles.ts'),
  ]);
  return { ...github, ...runner, ...digest, ...profileModule, ...profiles };
}

/** A fake GitHub with SEEDED_RUNS trusted runs; the newest one's artifact holds a digest or not. */
async function seededGitHub(h, digestEntries) {
  const github = await h.startFakeGitHub();
  const now = Date.now();
  const runProfile = (runId) =>
    h.profile(
      [{ peakBytes: (900 + (runId % 7) * 20) * MiB, workers: 3, perWorkerBytes: 250 * MiB }],
      {
        runId,
        startedAt: new Date(now - (SEEDED_RUNS - runId + 1) * 3_600_000).toISOString(),
      },
    );
  for (let runId = 1; runId <= SEEDED_RUNS; runId++) {
    github.addRun({ id: runId });
    const own = runProfile(runId);
    const files = { 'run-profile.json': h.serializeProfile(own) };
    if (runId === SEEDED_RUNS && digestEntries > 0) {
      const earlier = Array.from({ length: SEEDED_RUNS - 1 }, (_, index) => runProfile(index + 1));
      files['history-digest.json'] = h.serializeDigest(h.buildDigest(own, earlier, digestEntries));
    }
    await github.addArtifact({ runId, name: NAME, files });
  }
  github.latencyMs = LATENCY_MS;
  return github;
}

/** One main step (no sampling, no upload) planning from history: wall ms, requests, runs learned. */
async function mainStep(h, github, historyRuns, runId) {
  github.addRun({ id: runId });
  const before = github.state.requests.length;
  const result = await h.runJob({
    actionDir: ROOT,
    github,
    event: h.events.push(github),
    runId,
    steps: [
      {
        kind: 'action',
        with: {
          profile: 'test',
          sample: 'false',
          upload: 'false',
          summary: 'false',
          'history-runs': String(historyRuns),
          'history-timeout': '60s',
        },
      },
    ],
  });
  const step = result.steps[0];
  const plan = JSON.parse(step?.outputs['plan-json'] ?? '{}');
  return {
    ms: step?.durationMs ?? NaN,
    requests: github.state.requests.length - before,
    learned: plan.estimate?.historyRuns ?? 0,
  };
}

export async function historyApi() {
  const h = await harness();
  const rows = [];
  const verdicts = [];
  for (const historyRuns of HISTORY_RUNS) {
    const measured = {};
    for (const [path, digestEntries] of [
      ['run by run (no digest)', 0],
      ['digest', historyRuns],
    ]) {
      const github = await seededGitHub(h, digestEntries);
      const samples = [];
      try {
        for (let index = 0; index < RUNS_EACH; index++)
          samples.push(await mainStep(h, github, historyRuns, 1000 + index));
      } finally {
        await github.stop();
      }
      measured[path] = {
        ms: median(samples.map((sample) => sample.ms)),
        requests: median(samples.map((sample) => sample.requests)),
        learned: median(samples.map((sample) => sample.learned)),
      };
    }
    const oneByOne = measured['run by run (no digest)'];
    for (const [path, figures] of Object.entries(measured)) {
      rows.push([
        String(historyRuns),
        path,
        String(figures.learned),
        String(figures.requests),
        fixed(figures.ms / 1000, 2),
        fixed(figures.ms / oneByOne.ms, 2),
      ]);
    }
    const digest = measured.digest;
    if (historyRuns === 20)
      verdicts.push(
        `history-runs 20 from ${SEEDED_RUNS} trusted runs: ${digest.learned} runs learned in ${fixed(digest.ms / 1000, 2)} s and ${digest.requests} requests (target ≥ 20 runs in ≤ 2.0 s and ≤ 6 requests: **${digest.learned >= 20 && digest.ms <= 2000 && digest.requests <= 6 ? 'met' : 'missed'}**; run by run: ${fixed(oneByOne.ms / 1000, 2)} s, ${oneByOne.requests} requests).`,
      );
  }
  return `## 6. History from the API

Method: the built action's main step (\`dist/main\`, sampling and upload off) run by the project's mini-runner (\`test/harness/mini-runner.ts\`, imported with Node's type stripping) against the loopback fake GitHub (\`test/harness/fake-github.ts\`), which delays every answer by ${LATENCY_MS} ms, API and artifact blobs alike, as an ordinary round trip to github.com. ${SEEDED_RUNS} successful runs of the workflow on the base branch, each with a run-profile artifact; in the digest case the newest run's artifact also holds the history digest its post step would have written (\`src/profile/digest.ts\`, capped at history-runs entries). "Run by run" is what artifacts without a digest get (those of older versions): each run's artifact downloaded on its own, 4 at a time. Wall time of the whole step (process start to exit), median of ${RUNS_EACH} runs; requests counted by the fake GitHub. Ratio: against run by run at the same history-runs, in the same run of the benchmark.

${table(['history-runs', 'history', 'runs learned', 'requests', 'main step s (median)', '÷ run by run'], rows)}

${verdicts.join(' ')}`;
}
