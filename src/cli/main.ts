/**
 * The command-line tool: the same engine as the action, for local use and other CI systems.
 *   resource-planner plan [--profile P] [--json] [--history DIR] [--memory-per-worker SIZE] ...
 *   resource-planner run [--profile P] [--out FILE] [--interval MS] -- <command...>
 *   resource-planner exec [plan options] [--out FILE] [--retry-on-oom N] -- <command...>
 *   resource-planner report FILE
 *   resource-planner compare --baseline DIR FILE
 * This module only dispatches; each command is a module of its own, wired in ./deps.ts.
 */
import { OVERRIDE_VARIABLE } from '../config/inputs.js';
import { InputError, errorMessage } from '../shared/errors.js';
import { inertText, quoteUntrusted } from '../shared/inert-text.js';
import type { CliCommand, CliIo } from './io.js';

export type CommandName = 'plan' | 'run' | 'exec' | 'report' | 'compare';

export interface CliDeps {
  io: CliIo;
  commands: Partial<Record<CommandName, CliCommand>>;
  version: string;
}

export const USAGE = `Usage:
  resource-planner plan [options]          recommend workers for this machine
  resource-planner run [options] -- CMD    run CMD, record its memory, print the report
  resource-planner exec [options] -- CMD   plan, run CMD at the planned count, record it, and
                                           run it again at a safe count if it is OOM-killed
  resource-planner report FILE             render a saved run profile as Markdown
  resource-planner compare --baseline DIR FILE
                                           compare a profile with baseline profiles (drift)

Options of plan:
  --profile NAME                  phase to plan for (default: default)
  --json                          print the whole plan as JSON
  --history DIR                   learn from run profiles in DIR (e.g. filled by 'gh run download')
  --memory-per-worker SIZE        auto (default) or a size such as 512M, 1.5G
  --fallback-memory-per-worker SIZE  assumed without history (default 768M)
  --min-workers N  --max-workers N  --workers N  --cpus-per-worker N
  --memory-reserve auto|SIZE (default auto)  --memory-fraction F (default 0.9)
  --min-speedup-gain F (default 5%)  --elastic-memory auto|off (default auto)
  --root DIR                      read /proc and /sys under DIR (testing)

Options of exec: every option of plan except --json, and
  --out FILE  --interval MS       as for run (profile to FILE; sample every MS, default 250ms)
  --retry-on-oom N                run again after an OOM kill up to N times (default 1)
  --no-retry                      never run again (same as --retry-on-oom 0)
  In CMD's arguments {workers} becomes the planned count and {node-heap-mb} the Node heap cap
  (e.g. --max-old-space-size={node-heap-mb}); no shell is involved. An OOM-killed attempt runs
  again at the largest count proven safe on this memory below it, else at half the count.
  Exit status: the last attempt's.

Sizes: K/M/G/T are powers of 1024 (MB means MiB). ${OVERRIDE_VARIABLE} overrides the count.`;

export async function runCli(argv: string[], deps: CliDeps): Promise<number> {
  const [command, ...rest] = argv;
  const { io } = deps;
  try {
    switch (command) {
      case 'plan':
      case 'run':
      case 'exec':
      case 'report':
      case 'compare': {
        const handler = deps.commands[command];
        if (!handler) {
          io.stderr(`resource-planner ${command} is not available in this build.\n`);
          return 2;
        }
        return await handler(rest, io);
      }
      case '--version':
      case 'version':
        io.stdout(`${deps.version}\n`);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        io.stderr(`Unknown command ${quoteUntrusted(command, 60)}.\n${USAGE}\n`);
        return 2;
    }
  } catch (error) {
    io.stderr(`${errorLine(error)}\n`);
    return error instanceof InputError || error instanceof TypeError ? 2 : 1;
  }
}

/** Longest error message the CLI prints (code points): one readable line, never a whole file. */
export const ERROR_MAX_LENGTH = 300;

/**
 * The one line the CLI prints for a failed command: `resource-planner: <message>`, folded to one
 * line and cut. Messages quote untrusted text (a parser error quotes the file it read, a path may
 * hold a line break); one line keeps them from forging output or a workflow command.
 */
export function errorLine(error: unknown): string {
  return `resource-planner: ${inertText(errorMessage(error), { fold: true, maxLength: ERROR_MAX_LENGTH })}`;
}
