import { describe, expect, it } from 'vitest';
import { events, runJob } from '../harness/mini-runner.js';
import { useFakeGitHub } from '../support/fake-github-fixture.js';

const ACTION_DIR = new URL('../..', import.meta.url).pathname;

describe.skipIf(process.platform !== 'linux')(
  'the CLI on PATH after the action (mini-runner)',
  () => {
    const github = useFakeGitHub();

    it('a later run step calls resource-planner exec with no install', async () => {
      github.addRun({ id: 501 });
      const result = await runJob({
        actionDir: ACTION_DIR,
        github,
        event: events.push(github),
        runId: 501,
        steps: [
          {
            kind: 'action',
            id: 'plan',
            with: { profile: 'unit', sample: 'false', summary: 'false' },
          },
          {
            kind: 'run',
            id: 'exec',
            script: [
              'command -v resource-planner',
              `resource-planner exec --profile unit --workers 2 -- node -e 'console.log("workers=" + process.argv[1])' -- '{workers}'`,
            ].join('\n'),
          },
        ],
      });
      expect(result.violations).toEqual([]);
      const [plan, exec] = result.steps;
      expect(plan?.exitCode, plan?.stderr).toBe(0);
      expect(plan?.stdout).toContain(
        'The resource-planner CLI is on PATH for later steps of this job.',
      );
      expect(exec?.exitCode, exec?.stderr).toBe(0);
      expect(exec?.stdout).toContain(
        `${result.runnerTemp}/resource-planner/bin/resource-planner\n`,
      );
      expect(exec?.stdout).toContain('workers=2\n');
      expect(exec?.stdout).toMatch(
        /^resource-planner: peak .+ of the .+ limit \(\d+%\) in "unit"/m,
      );
    });
  },
);
