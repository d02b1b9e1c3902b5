/** The CLI's real adapters: the terminal, /proc and cgroups, and history folders. */
import { loadHistoryFromDirectory } from '../history/load.js';
import { estimateFromLoaded } from '../history/learn.js';
import { probeMachine } from '../probe/index.js';
import { inertStream } from '../shared/inert-text.js';
import { TOOL_VERSION } from '../shared/version.js';
import { compareCommand } from './compare.js';
import { execCommand } from './exec.js';
import type { CliIo } from './io.js';
import type { CliDeps } from './main.js';
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

/** What planning reads: the machine, and history from a folder (`plan` and `exec`). */
const planDeps: PlanCommandDeps = {
  probe: (options) => probeMachine(options),
  learnFromDirectory: async ({ directory, inputs, capacity, fallback }) =>
    estimateFromLoaded(
      loadHistoryFromDirectory(directory, inputs.historyRuns),
      inputs,
      capacity,
      fallback,
      Date.now(),
    ),
};

export function realCliDeps(): CliDeps {
  return {
    io: terminalIo(process.env, {
      stdout: (text) => void process.stdout.write(text),
      stderr: (text) => void process.stderr.write(text),
    }),
    commands: {
      plan: (args, io) => planCommand(args, io, planDeps),
      run: runCommand,
      exec: (args, io) => execCommand(args, io, planDeps),
      report: reportCommand,
      compare: compareCommand,
    },
    version: TOOL_VERSION,
  };
}
