/**
 * Pushing metrics to a Prometheus Pushgateway: one HTTP PUT of the text exposition, which replaces
 * the metrics of the job's group (https://github.com/prometheus/pushgateway#put-method). Thin
 * adapter; the caller time-limits it and treats any failure as a warning.
 */

export interface PushRequest {
  /** The Pushgateway's base URL (`pushgateway-url`). */
  baseUrl: URL;
  /** The group's path, from `pushgatewayPath` (src/report/openmetrics.ts). */
  path: string;
  body: string;
  signal?: AbortSignal;
}

/** Longest part of an error answer quoted in the warning. */
const MAX_ANSWER_CHARS = 200;

export async function pushMetrics(request: PushRequest): Promise<void> {
  const base = request.baseUrl.href.replace(/\/+$/, '');
  const response = await fetch(`${base}${request.path}`, {
    method: 'PUT',
    // The Prometheus text format: OpenMetrics' `# UNIT` and `# EOF` read as comments in it.
    headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' },
    body: request.body,
    signal: request.signal,
    redirect: 'error',
  });
  if (!response.ok) {
    const answer = (await response.text().catch(() => '')).slice(0, MAX_ANSWER_CHARS);
    throw new Error(
      `the Pushgateway answered ${response.status}${answer ? `: ${answer.trim()}` : ''}`,
    );
  }
}
