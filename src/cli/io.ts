/** What a CLI command may touch of the terminal and the environment. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
}

/** A command: its arguments (after the command name) in, the exit code out. */
export type CliCommand = (args: string[], io: CliIo) => Promise<number>;
