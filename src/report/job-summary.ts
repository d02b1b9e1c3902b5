/**
 * The order of the post step's job summary. Pure. On a pull request the reader's question is
 * "did this change make memory worse?", so the drift verdict comes first; elsewhere the job's
 * own report leads and the comparison with the base branch follows.
 */
export function jobSummarySections(
  postRun: string,
  drift: { summary: string; pullRequest?: boolean } | null,
): string[] {
  if (!drift) return [postRun];
  return drift.pullRequest ? [drift.summary, postRun] : [postRun, drift.summary];
}
