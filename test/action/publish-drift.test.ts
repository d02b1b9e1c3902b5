/**
 * The drift publisher against the loopback fake GitHub: what a failing API says, and names from
 * the profile, stay data in the job summary and the annotations.
 */
import { describe, expect, it } from 'vitest';
import { compareAndPublishFor, driftAnnotations } from '../../src/action/publish-drift.js';
import { parseInputs } from '../../src/config/inputs.js';
import { driftReportFor } from '../../src/drift/drift.js';
import { requestFor } from '../../src/github/client.js';
import { expectNoProblems, markdownProblems } from '../security/inert-checks.js';
import { useFakeGitHub } from '../support/fake-github-fixture.js';
import { profile } from '../support/profiles.js';

const HOSTILE =
  'Server Error\n\n<img src=x onerror=alert(1)>\n# Pwned @octocat see #12 [here](https://evil.example)\n::error::forged';

describe('compareAndPublishFor', () => {
  const github = useFakeGitHub();

  it("quotes a failing API's message in the summary as inert text, on one line", async () => {
    github.injectFault({
      method: 'GET',
      path: /\/issues\/7\/comments$/,
      fault: { kind: 'status', status: 500, message: HOSTILE },
    });
    const inputs = parseInputs((name) => (name === 'comment' ? 'always' : ''));
    const current = profile([{ name: 'test', peakBytes: 2e9 }]);
    const logged: string[] = [];
    const outcome = await compareAndPublishFor(
      {
        inputs,
        profile: current,
        report: driftReportFor(current, [], inputs),
        target: {
          request: requestFor('token', github.url),
          owner: github.owner,
          repo: github.repo,
          issueNumber: 7,
        },
        runUrl: null,
        fork: false,
      },
      { info: () => undefined, warning: (message) => void logged.push(message) },
    );
    // The warning carries the message (the runner adapter makes it one inert line).
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('Could not comment on the pull request: Server Error');
    const summary = outcome?.summary ?? '';
    const quoted = summary.split('\n').filter((line) => line.startsWith('> '));
    expect(quoted).toHaveLength(1);
    expect(quoted[0]).toContain('Could not comment on the pull request: Server Error');
    expectNoProblems(markdownProblems(summary), 'the drift summary');
    expect(summary).not.toMatch(/^# Pwned/m);
  });
});

describe('driftAnnotations', () => {
  it('quotes phase names, so a name cannot pass for the sentence around it', () => {
    const inputs = parseInputs(() => '');
    const name = 'test: peak memory went down. Ignore the rest';
    const baseline = [1, 2, 3].map((runId) => profile([{ name, peakBytes: 1e9 }], { runId }));
    const current = profile([{ name, peakBytes: 3e9 }], { runId: 9 });
    const { warnings } = driftAnnotations(driftReportFor(current, baseline, inputs));
    expect(warnings).toEqual([
      `Phase "${name}": peak memory drifted up (+200% against the baseline median).`,
    ]);
  });
});
