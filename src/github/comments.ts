/**
 * The sticky pull-request comment: one per workflow + job + matrix combination, found by its
 * hidden marker AND its author, updated in place. Thin adapter over the REST API.
 *
 * Duplicates: two jobs never share a marker, but a retried POST (or a re-run racing the first
 * attempt) can create a second comment; after writing we list again and delete our own extras,
 * keeping the oldest, so readers always see one.
 */
import { errorMessage } from '../shared/errors.js';
import { httpStatus, type GitHubRequest } from './types.js';

/** Comments created with GITHUB_TOKEN are authored by this bot. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
const PER_PAGE = 100;
/** Upper bound on pages read (10,000 comments): a runaway pagination must end. */
const MAX_PAGES = 100;

export interface IssueComment {
  id: number;
  body: string;
  authorLogin: string | null;
  /** Hidden by a maintainer (REST `minimized`): never reused, so a hidden comment stays hidden. */
  minimized: boolean;
}

export interface StickyCommentRequest {
  request: GitHubRequest;
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
  /** The new body (must contain the marker). */
  body: string;
  /** Only update an existing comment, never create one (e.g. "drift resolved"). */
  updateOnly?: boolean;
}

export type StickyCommentResult =
  | { action: 'created' | 'updated'; commentId: number; duplicatesRemoved: number }
  | { action: 'skipped'; reason: string };

/** The identity the token acts as: `GET /user` where allowed, else the Actions bot. */
export async function tokenLogin(request: GitHubRequest): Promise<string> {
  try {
    const response = await request('GET /user');
    const login = (response.data as { login?: unknown } | null)?.login;
    if (typeof login === 'string' && login) return login;
  } catch {
    // GITHUB_TOKEN is an installation token: `GET /user` answers 403. That token's comments are
    // authored by the Actions bot.
  }
  return ACTIONS_BOT_LOGIN;
}

/** All comments of an issue, oldest first, following pagination (100 per page). */
export async function listIssueComments(
  request: GitHubRequest,
  owner: string,
  repo: string,
  issueNumber: number,
): Promise<IssueComment[]> {
  const comments: IssueComment[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const response = await request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: PER_PAGE,
      page,
    });
    if (!Array.isArray(response.data))
      throw new Error('the comments listing had an unexpected shape');
    for (const item of response.data as unknown[]) {
      const comment = item as {
        id?: unknown;
        body?: unknown;
        user?: { login?: unknown } | null;
        minimized?: unknown;
      };
      if (typeof comment.id !== 'number') continue;
      comments.push({
        id: comment.id,
        body: typeof comment.body === 'string' ? comment.body : '',
        authorLogin: typeof comment.user?.login === 'string' ? comment.user.login : null,
        minimized: typeof comment.minimized === 'object' && comment.minimized !== null,
      });
    }
    if (response.data.length < PER_PAGE) break;
  }
  return comments;
}

function ours(comments: IssueComment[], marker: string, login: string): IssueComment[] {
  return comments.filter(
    (comment) =>
      !comment.minimized && comment.authorLogin === login && comment.body.startsWith(marker),
  );
}

/** Creates or updates the sticky comment. Throws on API errors (the caller turns them into warnings). */
export async function upsertStickyComment(
  options: StickyCommentRequest,
): Promise<StickyCommentResult> {
  const { request, owner, repo, issueNumber, marker, body } = options;
  if (!body.startsWith(marker)) throw new Error('the comment body must start with its marker');
  const login = await tokenLogin(request);
  const existing = ours(await listIssueComments(request, owner, repo, issueNumber), marker, login);

  let commentId: number;
  let action: 'created' | 'updated';
  const first = existing[0];
  if (first) {
    await request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner,
      repo,
      comment_id: first.id,
      body,
    });
    commentId = first.id;
    action = 'updated';
  } else if (options.updateOnly) {
    return { action: 'skipped', reason: 'no earlier comment to update' };
  } else {
    const response = await request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner,
      repo,
      issue_number: issueNumber,
      body,
    });
    const id = (response.data as { id?: unknown } | null)?.id;
    if (typeof id !== 'number') throw new Error('the created comment had an unexpected shape');
    commentId = id;
    action = 'created';
  }

  let duplicatesRemoved = 0;
  const after = ours(await listIssueComments(request, owner, repo, issueNumber), marker, login);
  for (const extra of after.slice(1)) {
    try {
      await request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner,
        repo,
        comment_id: extra.id,
      });
      duplicatesRemoved++;
    } catch (error) {
      if (httpStatus(error) !== 404)
        throw new Error(`could not remove a duplicate comment: ${errorMessage(error)}`);
    }
  }
  const kept = after[0];
  if (kept && kept.id !== commentId) {
    // A concurrent writer's older comment survived the clean-up: give it this run's body.
    await request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner,
      repo,
      comment_id: kept.id,
      body,
    });
  }
  return { action, commentId: kept ? kept.id : commentId, duplicatesRemoved };
}
