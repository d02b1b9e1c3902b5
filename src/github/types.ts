/**
 * The slice of Octokit the adapters use: `octokit.request(route, parameters)`. Passing this in
 * (rather than a whole client) keeps adapters testable against a loopback fake.
 */
export interface GitHubResponse<T = unknown> {
  status: number;
  data: T;
  headers: Record<string, string | number | undefined>;
}

export type GitHubRequest = (
  route: string,
  parameters?: Record<string, unknown>,
) => Promise<GitHubResponse>;

/** The HTTP status of an Octokit RequestError (or anything shaped like one), else null. */
export function httpStatus(error: unknown): number | null {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status;
    return typeof status === 'number' ? status : null;
  }
  return null;
}
