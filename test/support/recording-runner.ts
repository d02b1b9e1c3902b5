/**
 * A Runner that records what the action told the runner: outputs, saved state, warnings,
 * failures, info lines, masked values and the step summary. For the action's unit tests that
 * drive runMain/runPost with their own deps (the built action runs against test/harness instead).
 */
import type { Runner } from '../../src/runner/types.js';

export interface RunnerLog {
  outputs: Record<string, string>;
  state: Record<string, string>;
  warnings: string[];
  failures: string[];
  info: string[];
  secrets: string[];
  summary: string;
}

export function recordingRunner(
  inputs: Record<string, string> = {},
  state: Record<string, string> = {},
): { runner: Runner; log: RunnerLog } {
  const log: RunnerLog = {
    outputs: {},
    state: {},
    warnings: [],
    failures: [],
    info: [],
    secrets: [],
    summary: '',
  };
  const runner: Runner = {
    getInput: (name) => inputs[name] ?? '',
    getState: (name) => state[name] ?? '',
    setOutput: (name, value) => void (log.outputs[name] = value),
    saveState: (name, value) => void (log.state[name] = value),
    exportVariable: () => undefined,
    addPath: () => undefined,
    setSecret: (value) => void log.secrets.push(value),
    appendSummary: async (markdown) => void (log.summary += markdown),
    info: (message) => void log.info.push(message),
    debug: () => undefined,
    notice: () => undefined,
    warning: (message) => void log.warnings.push(message),
    error: () => undefined,
    setFailed: (message) => void log.failures.push(message),
  };
  return { runner, log };
}
