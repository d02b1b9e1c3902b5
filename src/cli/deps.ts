/** The CLI's real adapters: the terminal, /proc and cgroups, and history folders. */
import { loadHistoryFromDirectory } from '../history/load.js';
import { estimateFromLoaded, onlyJob } from '../history/learn.js';
import { probeCapacity } from '../probe/index.js';
import { inertStream } from '../shared/inert-text.js';
import { TOOL_VERSION } from '../shared/version.js';
import { compareCommand } from './compare.js';
import type { CliCommand, CliIo } from './io.js';
import type { CliDeps } from './main.js';
import { planCommand } from './plan.js';
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
  return [
    planCommand({
      probe: (options) => probeCapacity(options),
      learnFromDirectory: async ({ directory, name, inputs, capacity, fallback }) =>
        estimateFromLoaded(
          onlyJob(loadHistoryFromDirectory(directory, inputs.historyRuns), name),
          inputs,
          capacity,
          fallback,
          Date.now(),
        ),
    }),
    runCommand,
    reportCommand,
    compareCommand,
  ];
}

export function realCliDeps(): CliDeps {
  return {
    io: terminalIo(process.env, {
      stdout: (text) => void process.stdout.write(text),
      stderr: (text) => void process.stderr.write(text),
    }),
    commands: realCommands(),
    version: TOOL_VERSION,
  };
}
