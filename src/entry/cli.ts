#!/usr/bin/env node
// The resource-planner command-line tool: wires real adapters into runCli.
import { runCli } from '../cli.js';
import { compareCommand, reportCommand, runCommand } from '../cli-commands.js';
import { estimateFromHistory } from '../estimate/estimate.js';
import { loadHistoryFromDirectory } from '../history/load.js';
import { probeCapacity } from '../probe/index.js';
import { TOOL_VERSION } from '../version.js';

/** Terminal control sequences in untrusted text (names from profiles) are shown, not obeyed. */
function printable(text: string): string {
  let result = '';
  for (const character of text) {
    const code = character.charCodeAt(0);
    result +=
      (code < 0x20 && character !== '\n' && character !== '\t') || code === 0x7f ? '?' : character;
  }
  return result;
}

process.exitCode = await runCli(process.argv.slice(2), {
  io: {
    stdout: (text) => void process.stdout.write(printable(text)),
    stderr: (text) => void process.stderr.write(printable(text)),
    env: process.env,
  },
  probe: (options) => probeCapacity(options),
  learnFromDirectory: async ({ directory, inputs, capacity, fallback }) => {
    const history = loadHistoryFromDirectory(directory, inputs.historyRuns);
    const estimate = estimateFromHistory({
      profiles: history.profiles.map((entry) => ({ profile: entry.profile, url: entry.url })),
      phase: inputs.profile,
      capacityMemoryLimitBytes: capacity.memoryLimitBytes,
      nowMs: Date.now(),
      minSpeedupGain: inputs.minSpeedupGain,
      elasticMemory: inputs.elasticMemory,
      fallback,
    });
    return { ...estimate, notes: [...history.notes, ...estimate.notes] };
  },
  commands: { run: runCommand, report: reportCommand, compare: compareCommand },
  version: TOOL_VERSION,
});
