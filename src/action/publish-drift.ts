/**
 * Post-step glue for drift: the test, the summary section, annotations and the sticky comment.
 * Comment failures (a fork's read-only token, missing permission) become one warning.
 */
import { readRunContext, type RunContext } from '../runner/context.js';
import { errorMessage } from '../shared/errors.js';
import { quoteUntrusted } from '../shared/inert-text.js';
import { escapeMarkdownText } from '../report/escape.js';
import { upsertStickyComment, type StickyCommentResult } from '../github/comments.js';
import { httpStatus, type GitHubRequest } from '../github/types.js';
import type { ActionInputs } from '../config/inputs.js';
import type { RunProfile } from '../profile/types.js';
import { markerFor, renderDriftComment, renderDriftSummary } from '../report/comment.js';
import type { Environment } from '../runner/types.js';
import type { DriftReport } from '../drift/drift.js';

export interface DriftRequest {
  inputs: ActionInputs;
  profile: RunProfile;
  /** This run against the baseline (`driftReportFor`): computed once by the caller. */
  report: DriftReport;
  eventPayload: unknown;
}

export interface DriftOutcome {
  report: DriftReport;
  /** Markdown for the job summary. */
  summary: string;
  /** One line per annotation: warnings for drift, notices for improvements. */
  warnings: string[];
  notices: string[];
  /** The run belongs to a pull request: the job summary puts the drift verdict first. */
  pullRequest?: boolean;
}

export const FORK_RECIPE_URL =
  'https://github.com/resource-planner/resource-planner#pull-requests-from-forks';

export function driftAnnotations(report: DriftReport): { warnings: string[]; notices: string[] } {
  const warnings: string[] = [];
  const notices: string[] = [];
  for (const phase of report.phases) {
    const change =
      phase.peak.changeFraction === null
        ? ''
        : ` (${phase.peak.changeFraction > 0 ? '+' : ''}${Math.round(phase.peak.changeFraction * 100)}% against the baseline median)`;
    // The name is the profile's (a fork's, in the fork recipe): quoted, it reads as a name and
    // not as part of the sentence.
    const name = quoteUntrusted(phase.name, 60);
    if (phase.verdict === 'drift') {
      warnings.push(
        phase.oomKills > 0
          ? `Phase ${name}: ${phase.oomKills} OOM kill(s) in this run.`
          : `Phase ${name}: peak memory drifted up${change}.`,
      );
    } else if (phase.verdict === 'improvement')
      notices.push(`Phase ${name}: peak memory went down${change}.`);
  }
  return { warnings, notices };
}

export interface CommentTarget {
  request: GitHubRequest;
  owner: string;
  repo: string;
  issueNumber: number;
}

export async function publishComment(
  target: CommentTarget,
  mode: 'on-drift' | 'always' | 'never',
  report: DriftReport,
  current: RunProfile,
  runUrl: string | null,
): Promise<StickyCommentResult> {
  if (mode === 'never') return { action: 'skipped', reason: 'comment: never' };
  const identity = {
    workflow: current.run.workflow,
    job: current.run.job,
    matrixKey: current.run.matrixKey,
  };
  const drifting = report.verdict === 'drift';
  const body = renderDriftComment({
    report,
    current,
    identity,
    runUrl,
    resolved: mode === 'on-drift' && !drifting,
  });
  return upsertStickyComment({
    ...target,
    marker: markerFor(identity),
    body,
    // on-drift: a new comment only for drift; an existing one is still updated (e.g. "resolved").
    updateOnly: mode === 'on-drift' && !drifting,
  });
}

export interface CompareDeps {
  env: Environment;
  request: (token: string, apiUrl: string) => Promise<GitHubRequest>;
  log: { info(message: string): void; warning(message: string): void };
}

function runUrlOf(context: RunContext): string | null {
  return context.repository && context.runId
    ? `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`
    : null;
}

export interface CompareTarget {
  inputs: DriftRequest['inputs'];
  profile: RunProfile;
  report: DriftReport;
  /** The pull request to comment on, or null when there is none. */
  target: CommentTarget | null;
  runUrl: string | null;
  fork: boolean;
}

/** Drift test, summary, annotations and (when there is a pull request) the sticky comment. */
export async function compareAndPublishFor(
  request: CompareTarget,
  log: { info(message: string): void; warning(message: string): void },
): Promise<DriftOutcome | null> {
  const { inputs, profile, report } = request;
  if (report.baselineRuns === 0 && inputs.comment !== 'always') return null;
  const { warnings, notices } = driftAnnotations(report);
  let summary = renderDriftSummary(report, profile);
  if (request.target && inputs.comment !== 'never') {
    try {
      const result = await publishComment(
        request.target,
        inputs.comment,
        report,
        profile,
        request.runUrl,
      );
      if (result.action !== 'skipped')
        log.info(`Pull-request comment ${result.action} (id ${result.commentId}).`);
    } catch (error) {
      const status = httpStatus(error);
      const lacksPermission = status === 403 || status === 404;
      const why = lacksPermission
        ? `the token lacks "pull-requests: write"${request.fork ? ' (pull requests from forks always get a read-only token)' : ''}. For forks, use the two-workflow recipe: ${FORK_RECIPE_URL}`
        : errorMessage(error);
      log.warning(`Could not comment on the pull request: ${why}`);
      // An API's error message is the server's text (a proxy's HTML page, a body that echoes the
      // request): in the summary it is inert Markdown on the quote's one line.
      summary += `\n> Could not comment on the pull request: ${lacksPermission ? why : escapeMarkdownText(why, 300)}\n`;
    }
  }
  return { report, summary, warnings, notices, pullRequest: request.target !== null };
}

/** The post step's compare: this run's pull request, if any, from the event. */
export async function compareAndPublish(
  request: DriftRequest,
  deps: CompareDeps,
): Promise<DriftOutcome | null> {
  const context = readRunContext(deps.env, request.eventPayload);
  const { inputs } = request;
  const target =
    context.pullRequestNumber !== null &&
    context.owner &&
    context.repo &&
    inputs.githubToken &&
    inputs.comment !== 'never'
      ? {
          request: await deps.request(inputs.githubToken, context.apiUrl),
          owner: context.owner,
          repo: context.repo,
          issueNumber: context.pullRequestNumber,
        }
      : null;
  return compareAndPublishFor(
    {
      inputs,
      profile: request.profile,
      report: request.report,
      target,
      runUrl: runUrlOf(context),
      fork:
        context.headRepositoryId !== null &&
        context.repositoryId !== null &&
        context.headRepositoryId !== context.repositoryId,
    },
    deps.log,
  );
}
