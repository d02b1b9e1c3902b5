/** The CLI's real adapters: the terminal, /proc and cgroups, and history folders. */
import { loadHistoryFromDirectory } from '../history/load.js';
import { estimateFromLoaded, onlyJob } from '../history/learn.js';
import { probeMachine } from '../probe/index.js';
import { inertStream } from '../shared/inert-text.js';
import { TOOL_VERSION } from '../shared/version.js';
import { compareCommand } from './compare.js';
import type { CliCommand, CliIo } from './io.js';
import type { CliDeps } from './main.js';
import { execCommand } from './exec.js';
import { planCommand, type PlanCommandDeps } from './plan.js';
import { reportCommand } from './report.js';
import { runCommand } from './run.js';

/**
 * The terminal as the CLI's io: every chunk written to stdout or stderr goes through
 * `inertStream` (one per stream, so a line split across writes is judged whole). The CLI often
 * runs inside a CI job whose log obeys workflow commands, and its output quotes untrusted text
 * (profile names, parser errors, file names): no line may start a command, and no terminal
 * control sequence or bidi override may reach the terminal.
 */
export function terminalIo(
  env: Readonly<Record<string, string | undefined>>,
  streams: { stdout: (text: string) => void; stderr: (text: string) => void },
): CliIo {
  const stdout = inertStream();
  const stderr = inertStream();
  return {
    stdout: (text) => streams.stdout(stdout(text)),
    stderr: (text) => streams.stderr(stderr(text)),
    env,
  };
}

/**
 * Every command, in the order the help lists them. A new command is one module exporting a
 * `CliCommand` (./io.ts) and one entry here.
 */
export function realCommands(): CliCommand[] {
  // What planning reads: the machine, and history from a folder (`plan` and `exec`).
  const planDeps: PlanCommandDeps = {
    probe: (options) => probeMachine(options),
    learnFromDirectory: async ({ directory, name, inputs, capacity, fallback }) =>
      estimateFromLoaded(
        onlyJob(loadHistoryFromDirectory(directory, inputs.historyRuns), name),
        inputs,
        capacity,
        fallback,
        Date.now(),
      ),
  };
  return [planCommand(planDeps), runCommand, execCommand(planDeps), reportCommand, compareCommand];
}

/**
 * A writer for a standard stream that stops writing, quietly, once the reader has gone (EPIPE:
 * `resource-planner plan --help | head`), instead of dying of an unhandled 'error' event. The
 * command itself runs on; its exit status is unchanged.
 */
export function closableWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

export function realCliDeps(): CliDeps {
  return {
    io: terminalIo(process.env, {
      stdout: closableWriter(process.stdout),
      stderr: closableWriter(process.stderr),
    }),
    commands: realCommands(),
    version: TOOL_VERSION,
  };
}
