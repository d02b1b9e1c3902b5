/**
 * The built action (dist/main, dist/post) in the mini-runner with a RUNNER_TEMP under /proc,
 * where a recursive mkdir never ends: the job must finish in seconds with a plan and one warning.
 */
import { describe, expect, it } from 'vitest';
import { events, runJob } from '../harness/mini-runner.js';
import { useFakeGitHub } from '../support/fake-github-fixture.js';

const ACTION_DIR = new URL('../..', import.meta.url).pathname;

describe.skipIf(process.platform !== 'linux')(
  'the built action with RUNNER_TEMP under /proc',
  () => {
    const github = useFakeGitHub();

    for (const runnerTemp of ['/proc/self', '/proc/1/task']) {
      it(
        `RUNNER_TEMP=${runnerTemp}: plans, warns once, records nothing`,
        { timeout: 60_000 },
        async () => {
          github.addRun({ id: 301 });
          const result = await runJob({
            actionDir: ACTION_DIR,
            github,
            event: events.push(github),
            runId: 301,
            env: { RUNNER_TEMP: runnerTemp },
            stepTimeoutMs: 20_000,
            steps: [
              { kind: 'action', id: 'plan', with: { profile: 'test', 'sample-interval': '100ms' } },
              { kind: 'run', script: 'true' },
            ],
          });
          expect(result.violations).toEqual([]);
          const [main, , post] = result.steps;
          expect(main?.exitCode, main?.stderr).toBe(0);
          expect(main?.durationMs).toBeLessThan(10_000);
          expect(Number(main?.outputs.workers)).toBeGreaterThanOrEqual(1);
          expect(main?.outputs['limited-by']).toMatch(/^(cpu|memory)$/);
          const aboutTemp = (main?.annotations ?? []).filter(
            (annotation) =>
              annotation.level === 'warning' && /RUNNER_TEMP|record/.test(annotation.message),
          );
          expect(aboutTemp).toEqual([
            {
              level: 'warning',
              message: expect.stringMatching(
                new RegExp(
                  `^RUNNER_TEMP ${runnerTemp} cannot hold the job state \\(.*\\): planning without recording\\.$`,
                ),
              ) as string,
            },
          ]);
          // Nothing was recorded, so the post step has nothing to report, and says so quickly.
          expect(main?.state).toEqual({});
          expect(post?.kind).toBe('post');
          expect(post?.exitCode).toBe(0);
          expect(post?.stdout).toMatch(/nothing to report/);
        },
      );
    }
  },
);
