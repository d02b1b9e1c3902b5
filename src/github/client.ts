/**
 * The one place an Octokit client is made. Loaded lazily by the action's steps: it brings Octokit,
 * which the main step does not need when history is off.
 */
import { getOctokit } from '@actions/github';
import type { GitHubRequest } from './types.js';

/** A request function over Octokit, without its retries (our callers bound their own time). */
export function requestFor(token: string, apiUrl: string): GitHubRequest {
  const octokit = getOctokit(token, { baseUrl: apiUrl, request: { retries: 0 } });
  return (route, parameters) => octokit.request(route, parameters) as ReturnType<GitHubRequest>;
}
