import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  getOctokit
} from "./chunk-NHBD5D4W.js";
import "./chunk-IHO3W4DI.js";
import "./chunk-NV5WPINZ.js";

// src/github/client.ts
function requestFor(token, apiUrl) {
  const octokit = getOctokit(token, { baseUrl: apiUrl, request: { retries: 0 } });
  return (route, parameters) => octokit.request(route, parameters);
}
function withSignal(request, signal) {
  return (route, parameters = {}) => {
    const options = parameters.request ?? {};
    const combined = options.signal ? AbortSignal.any([signal, options.signal]) : signal;
    return request(route, { ...parameters, request: { ...options, signal: combined } });
  };
}
export {
  requestFor,
  withSignal
};
