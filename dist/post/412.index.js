export const id = 412;
export const ids = [412];
export const modules = {

/***/ 80412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pushMetrics: () => (/* binding */ pushMetrics)
/* harmony export */ });
/**
 * Pushing metrics to a Prometheus Pushgateway: one HTTP PUT of the text exposition, which replaces
 * the metrics of the job's group (https://github.com/prometheus/pushgateway#put-method). Thin
 * adapter; the caller time-limits it and treats any failure as a warning.
 */
/** Longest part of an error answer quoted in the warning. */
const MAX_ANSWER_CHARS = 200;
async function pushMetrics(request) {
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
        throw new Error(`the Pushgateway answered ${response.status}${answer ? `: ${answer.trim()}` : ''}`);
    }
}


/***/ })

};
