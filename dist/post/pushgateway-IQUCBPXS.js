import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import "./chunk-NV5WPINZ.js";

// src/runner/pushgateway.ts
var MAX_ANSWER_CHARS = 200;
async function pushMetrics(request) {
  const base = request.baseUrl.href.replace(/\/+$/, "");
  const response = await fetch(`${base}${request.path}`, {
    method: "PUT",
    // The Prometheus text format: OpenMetrics' `# UNIT` and `# EOF` read as comments in it.
    headers: { "content-type": "text/plain; version=0.0.4; charset=utf-8" },
    body: request.body,
    signal: request.signal,
    redirect: "error"
  });
  if (!response.ok) {
    const answer = (await response.text().catch(() => "")).slice(0, MAX_ANSWER_CHARS);
    throw new Error(
      `the Pushgateway answered ${response.status}${answer ? `: ${answer.trim()}` : ""}`
    );
  }
}
export {
  pushMetrics
};
