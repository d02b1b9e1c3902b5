/** The CLI's real adapters: the terminal, /proc and cgroups, and history folders. */
import { loadHistoryFromDirectory } from '../history/load.js';
import { estimateFromLoaded } from '../history/learn.js';
import { probeCapacity } from '../probe/index.js';
import { TOOL_VERSION } from '../shared/version.js';
import { compareCommand } from './compare.js';
import type { CliDeps } from './main.js';
import { planCommand } from './plan.js';
import { reportCommand } from './report.js';
import { runCommand } from './run.js';

/** Terminal control sequences in untrusted text (names from profiles) are shown, not obeyed. */
export function printable(text: string): string {
  let result = '';
  for (const character of text) {
    const code = character.charCodeAt(0);
    result +=
      (code < 0x20 && character !== '\n' && character !== '\t') || code === 0x7f ? '?' : character;
  }
  return result;
}

export function realCliDeps(): CliDeps {
  return {
    io: {
      stdout: (text) => void process.stdout.write(printable(text)),
      stderr: (text) => void process.stderr.write(printable(text)),
      env: process.env,
    },
    commands: {
      plan: (args, io) =>
        planCommand(args, io, {
          probe: (options) => probeCapacity(options),
          learnFromDirectory: async ({ directory, inputs, capacity, fallback }) =>
            estimateFromLoaded(
              loadHistoryFromDirectory(directory, inputs.historyRuns),
              inputs,
              capacity,
              fallback,
              Date.now(),
            ),
        }),
      run: runCommand,
      report: reportCommand,
      compare: compareCommand,
    },
    version: TOOL_VERSION,
  };
}
