import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertStickyComment } from '../../src/github/comments.js';
import { requestFor } from '../../src/github/client.js';
import { BOT_LOGIN, startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';

const MARKER = '<!-- resource-planner:v1 key=abc -->';

describe('sticky comment adapter against the loopback GitHub', () => {
  let github: FakeGitHub;
  beforeEach(async () => {
    github = await startFakeGitHub();
  });
  afterEach(async () => {
    github.assertNoUnknownRoutes();
    await github.stop();
  });

  const upsert = (body: string, updateOnly = false) =>
    upsertStickyComment({
      request: requestFor('ghs_test', github.url),
      owner: github.owner,
      repo: github.repo,
      issueNumber: 3,
      marker: MARKER,
      body: `${MARKER}\n${body}`,
      updateOnly,
    });

  it('finds its comment past the first page of 100 and updates it in place', async () => {
    const ours = github.addComment({ issueNumber: 3, body: `${MARKER}\nold` });
    for (let index = 0; index < 150; index++)
      github.addComment({ issueNumber: 3, body: `chatter ${index}`, login: 'someone' });
    const result = await upsert('new');
    expect(result).toMatchObject({ action: 'updated', commentId: ours.id });
    expect(
      github.commentsOn(3).filter((comment) => (comment.body ?? '').startsWith(MARKER)),
    ).toHaveLength(1);
    expect(
      github.state.requests
        .filter((request) => request.method === 'GET' && request.path.endsWith('/comments'))
        .some((request) => request.query.page === '2'),
    ).toBe(true);
  });

  it('ignores a forged marker by another author and a minimized comment of its own', async () => {
    github.addComment({ issueNumber: 3, body: `${MARKER}\nforged`, login: 'mallory' });
    github.addComment({ issueNumber: 3, body: `${MARKER}\nhidden`, minimized: true });
    const result = await upsert('fresh');
    expect(result.action).toBe('created');
    expect(
      github.commentsOn(3).find((comment) => (comment.body ?? '').includes('forged'))?.body,
    ).toContain('forged');
    expect(
      github
        .commentsOn(3)
        .filter(
          (comment) => comment.user.login === BOT_LOGIN && (comment.body ?? '').includes('fresh'),
        ),
    ).toHaveLength(1);
  });

  it('removes duplicates left by a retried create, keeping the oldest with the new body', async () => {
    const first = github.addComment({ issueNumber: 3, body: `${MARKER}\none` });
    github.addComment({ issueNumber: 3, body: `${MARKER}\ntwo` });
    const result = await upsert('three');
    expect(result).toMatchObject({ action: 'updated', commentId: first.id, duplicatesRemoved: 1 });
    const mine = github.commentsOn(3).filter((comment) => (comment.body ?? '').startsWith(MARKER));
    expect(mine.map((comment) => comment.body)).toEqual([`${MARKER}\nthree`]);
  });

  it('updateOnly never creates a comment', async () => {
    expect(await upsert('resolved', true)).toEqual({
      action: 'skipped',
      reason: 'no earlier comment to update',
    });
    expect(github.commentsOn(3)).toHaveLength(0);
  });

  it('surfaces a 403 for the caller to turn into a warning', async () => {
    github.injectFault({
      method: 'POST',
      path: /\/comments$/,
      fault: { kind: 'status', status: 403 },
    });
    await expect(upsert('x')).rejects.toMatchObject({ status: 403 });
  });
});
