/** What a CLI command may touch of the terminal and the environment, and how it declares itself. */
import type { Command } from 'commander';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout shows colour (a TTY, NO_COLOR unset, or FORCE_COLOR); false when unset. */
  colour?: boolean;
  /** Columns of the terminal on stdout, when it is one. */
  columns?: number;
  /**
   * Present only when stderr is a terminal: replaces the one status line at the bottom (redrawn
   * in place); `status('')` clears it. Absent in CI logs, pipes and tests.
   */
  status?(line: string): void;
}

/**
 * A command of the CLI. It declares its own summary, arguments and options (with their help) on
 * the commander `Command` the dispatcher makes for it, and runs from what commander parsed:
 * `command.opts<Options>()` and `command.processedArgs`. The dispatcher (./main.ts) turns usage
 * mistakes into one line and exit 2; `run` returns the exit code.
 */
export interface CliCommand {
  /** The word after `resource-planner`. */
  readonly name: string;
  /** Adds the summary, arguments, options and extra help text. */
  declare(command: Command): void;
  run(command: Command, io: CliIo): Promise<number>;
}
