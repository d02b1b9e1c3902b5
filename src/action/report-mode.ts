/**
 * `mode: report`: the trusted half of the fork recipe, run by a `workflow_run` workflow. Loaded
 * lazily by the main step. Everything read from the triggering run's artifact is untrusted (a
 * fork made it): it is validated like any profile and only ever compared and rendered, and the
 * pull request is found from the event's head SHA and head repository, never from the artifact.
 */
import { readRunContext } from '../runner/context.js';
import { compareAndPublishFor } from './publish-drift.js';
import { driftReportFor } from '../drift/drift.js';
import { errorMessage } from '../shared/errors.js';
import { extractProfileFromZip } from '../history/extract.js';
import { downloadArtifactZip } from '../github/runs.js';
import { requestFor, withSignal } from '../github/client.js';
import { loadHistory } from '../history/load.js';
import type { ActionInputs } from '../config/inputs.js';
import { joinWithinLimit, SUMMARY_LIMIT_BYTES } from '../report/markdown.js';
import { parseProfile } from '../profile/profile.js';
import type { RunProfile } from '../profile/types.js';
import {
  findPullRequest,
  listRunProfileArtifacts,
  triggeringRunFrom,
  workflowFileFromPath,
} from '../github/workflow-run.js';
import type { Environment, Runner } from '../runner/types.js';

/** At most this many profiles of one triggering run are compared (one per job and matrix combination). */
const MAX_PROFILES = 20;

export async function runReportMode(
  runner: Runner,
  env: Environment,
  inputs: ActionInputs,
  payload: unknown,
): Promise<void> {
  const context = readRunContext(env, payload);
  const run = triggeringRunFrom(payload);
  const workflowFile =
    workflowFileFromPath(
      (payload as { workflow_run?: { path?: unknown } } | null)?.workflow_run?.path,
    ) ?? context.workflowFile;
  if (!run || !context.owner || !context.repo || !context.repositoryId) {
    runner.warning(
      'mode: report needs a workflow_run event (see the fork recipe in the README); nothing to report.',
    );
    return;
  }
  if (!inputs.githubToken) {
    runner.warning('mode: report needs a token (github-token) to read artifacts and comment.');
    return;
  }
  const request = requestFor(inputs.githubToken, context.apiUrl);
  // Every network operation has a time limit, as in the post step: a server that stops answering
  // must not hold the job until its own time limit cancels it (which fails it). One post-timeout
  // for reading the triggering run (its pull request, artifacts), one for each comment; history
  // has history-timeout.
  const limit = `${Number((inputs.postTimeoutMs / 1000).toFixed(1))} s (post-timeout)`;
  const readSignal = AbortSignal.timeout(inputs.postTimeoutMs);
  const read = withSignal(request, readSignal);
  const why = (error: unknown): string =>
    readSignal.aborted ? `no answer within ${limit}` : errorMessage(error);
  const owner = context.owner;
  const repo = context.repo;
  let pull;
  try {
    pull = await findPullRequest(read, owner, repo, run);
  } catch (error) {
    runner.warning(`Could not look up the pull request of run ${run.runId}: ${why(error)}`);
    return;
  }
  if (!pull) {
    runner.info(
      `No open pull request has head ${run.headSha} from this run's head repository: nothing to comment on.`,
    );
    return;
  }

  const profiles: RunProfile[] = [];
  try {
    const artifacts = await listRunProfileArtifacts(read, owner, repo, run.runId);
    for (const artifact of artifacts.slice(0, MAX_PROFILES)) {
      try {
        const zip = await downloadArtifactZip({
          request: read,
          owner,
          repo,
          artifactId: artifact.id,
          sizeInBytes: artifact.sizeInBytes,
        });
        profiles.push(parseProfile(await extractProfileFromZip(zip)));
      } catch (error) {
        runner.warning(`Skipped artifact ${artifact.id} of run ${run.runId}: ${why(error)}`);
      }
    }
  } catch (error) {
    runner.warning(`Could not list the artifacts of run ${run.runId}: ${why(error)}`);
    return;
  }
  if (profiles.length === 0) {
    runner.info(`Run ${run.runId} uploaded no run profiles: nothing to compare.`);
    return;
  }

  const summaries: string[] = [];
  for (const profile of profiles) {
    const job = profile.run.job ?? 'job';
    const baseline = workflowFile
      ? await loadHistory({
          request,
          owner,
          repo,
          repositoryId: context.repositoryId,
          workflowFile,
          branch: pull.baseBranch,
          job,
          matrixKey: profile.run.matrixKey,
          maxRuns: inputs.historyRuns,
          serverUrl: context.serverUrl,
          timeoutMs: inputs.historyTimeoutMs,
        })
      : null;
    for (const note of baseline?.notes ?? []) runner.info(`History: ${note}`);
    const outcome = await compareAndPublishFor(
      {
        inputs,
        profile,
        report: driftReportFor(
          profile,
          baseline?.profiles.map((entry) => entry.profile) ?? [],
          inputs,
        ),
        target: {
          request: withSignal(request, AbortSignal.timeout(inputs.postTimeoutMs)),
          owner,
          repo,
          issueNumber: pull.number,
        },
        runUrl: `${context.serverUrl}/${owner}/${repo}/actions/runs/${run.runId}`,
        fork: run.headRepositoryId !== context.repositoryId,
      },
      runner,
    );
    if (outcome) {
      summaries.push(outcome.summary);
      for (const warning of outcome.warnings) runner.warning(warning);
      for (const notice of outcome.notices) runner.notice(notice);
    }
  }
  if (inputs.summary && summaries.length > 0)
    await runner.appendSummary(joinWithinLimit(summaries, SUMMARY_LIMIT_BYTES));
}
