/**
 * The real `Runner` adapter (the toolkit, @actions/core, underneath) inside a unit test, as one
 * step of a job sees it: the runner's variables set for this test only, and everything the step
 * writes to stdout (the log the runner reads commands from) captured, one string per write.
 * Everything is put back when the test finishes: process.env (the toolkit also sets PATH and
 * exported variables there), stdout and process.exitCode (setFailed sets it).
 */
import { onTestFinished, vi } from 'vitest';
import { createActionsRunner } from '../../src/runner/actions-runner.js';
import type { Runner } from '../../src/runner/types.js';

/** The file-command variables a runner sets; a test step gets only those it names. */
const RUNNER_FILES = [
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY',
] as const;

export interface TestStep {
  runner: Runner;
  /** What the step wrote to stdout, one string per write. */
  written: string[];
}

/** Starts a step with `env` added to the environment (outside a runner when no file is named). */
export function testStep(env: Record<string, string> = {}): TestStep {
  const saved = { ...process.env };
  const exitCode = process.exitCode;
  for (const name of RUNNER_FILES) delete process.env[name];
  Object.assign(process.env, env);
  const written: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  onTestFinished(() => {
    stdout.mockRestore();
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
    process.exitCode = exitCode;
  });
  return { runner: createActionsRunner(), written };
}
