/**
 * The port through which orchestration talks to the GitHub Actions runner (inputs, outputs,
 * state, env, summary, log). The real adapter implements the runner's file-command protocol
 * directly (see ./actions-runner.ts) so the main step does not load @actions/core's HTTP stack;
 * tests pass a recording fake.
 */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
}

export interface Runner {
  /** The raw input (trimmed), or '' when unset. Names as in action.yml (`memory-per-worker`). */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  saveState(name: string, value: string): void;
  /** State saved by the main step, '' when absent (post only). */
  getState(name: string): string;
  /** Sets a variable for later steps of the job (GITHUB_ENV). Never for untrusted values. */
  exportVariable(name: string, value: string): void;
  /** Appends Markdown to the step summary. */
  appendSummary(markdown: string): void;
  info(message: string): void;
  debug(message: string): void;
  notice(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  /** Marks the step failed (exit code 1) and logs the message as an error. */
  setFailed(message: string): void;
}
