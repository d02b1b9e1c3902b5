/**
 * The port through which orchestration talks to the GitHub Actions runner (inputs, outputs,
 * state, env, PATH, masking, summary, log). The real adapter (./actions-runner.ts) is the toolkit,
 * `@actions/core`, with the log made inert; tests pass a recording fake.
 */

/** Environment variables as the drivers read them (process.env in production). */
export type Environment = Readonly<Record<string, string | undefined>>;

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
  /**
   * Prepends a folder to PATH for later steps of the job (GITHUB_PATH). Never for untrusted
   * values; a path with a line break is refused.
   */
  addPath(folder: string): void;
  /** Masks a value in the rest of the job's log (the runner shows `***`); '' is ignored. */
  setSecret(value: string): void;
  /** Appends Markdown to the step summary; nothing outside a runner. */
  appendSummary(markdown: string): Promise<void>;
  /**
   * Logs a message; it may span lines. The adapter makes every line inert (no workflow command
   * can start it), so a message may quote untrusted text as it is.
   */
  info(message: string): void;
  /** A debug line (shown when step debugging is on); made inert like `info`. */
  debug(message: string): void;
  /**
   * Annotations: the adapter folds the message to one inert line and cuts it. Quote untrusted
   * parts (`quoteUntrusted` in src/shared/inert-text.ts) so they read as data.
   */
  notice(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  /** Marks the step failed (exit code 1) and logs the message as an error (one inert line). */
  setFailed(message: string): void;
}
