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

/**
 * `request` with `signal` on every call, so one time limit covers a series of calls; a call that
 * passes its own signal stops at whichever aborts first. Octokit hands the signal to `fetch`,
 * which closes the connection on abort (nothing is left to hold the process).
 */
export function withSignal(request: GitHubRequest, signal: AbortSignal): GitHubRequest {
  return (route, parameters = {}) => {
    const options = (parameters.request ?? {}) as { signal?: AbortSignal };
    const combined = options.signal ? AbortSignal.any([signal, options.signal]) : signal;
    return request(route, { ...parameters, request: { ...options, signal: combined } });
  };
}
