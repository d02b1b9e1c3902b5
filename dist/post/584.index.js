export const id = 584;
export const ids = [584];
export const modules = {

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   requestFor: () => (/* binding */ requestFor)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/**
 * The one place an Octokit client is made. Loaded lazily by the action's steps: it brings Octokit,
 * which the main step does not need when history is off.
 */

/** A request function over Octokit, without its retries (our callers bound their own time). */
function requestFor(token, apiUrl) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl: apiUrl, request: { retries: 0 } });
    return (route, parameters) => octokit.request(route, parameters);
}


/***/ })

};
