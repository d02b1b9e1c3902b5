/**
 * The command-line tool: the same engine as the action, for local use and other CI systems.
 *   resource-planner plan [--profile P] [--json] [--history DIR] [--memory-per-worker SIZE] ...
 *   resource-planner advise --history DIR [--target 10m] [--catalog FILE] [--json] ...
 *   resource-planner run [--profile P] [--name NAME] [--out FILE] [--interval 250ms] -- CMD...
 *   resource-planner exec [plan options] [--out FILE] [--retry-on-oom N | --no-retry] -- CMD...
 *   resource-planner report FILE
 *   resource-planner compare --baseline DIR FILE
 * This module only dispatches, through commander (help, usage errors); each command is a module
 * of its own that declares its options (./io.ts `CliCommand`), listed in ./deps.ts.
 */
import { Command, CommanderError } from 'commander';
import { InputError, errorMessage } from '../shared/errors.js';
import { inertText, quoteUntrusted } from '../shared/inert-text.js';
import type { CliCommand, CliIo } from './io.js';

export interface CliDeps {
  io: CliIo;
  /** In the order `resource-planner --help` lists them. */
  commands: readonly CliCommand[];
  version: string;
}

/** Exit status of a usage mistake (unknown command or option, missing argument, bad value). */
export const USAGE_EXIT = 2;

/** Width of the help text: fixed, so that it reads the same in a terminal, a log and a test. */
const HELP_WIDTH = 100;

export async function runCli(argv: string[], deps: CliDeps): Promise<number> {
  const { io } = deps;
  let status = 0;
  const program = new Command('resource-planner');
  configure(program, io, 'resource-planner');
  program
    .description('Measure CI memory and CPUs, learn from earlier runs, recommend safe parallelism.')
    .version(deps.version, '--version', 'print the version')
    .helpOption('-h, --help', 'show help (also: resource-planner COMMAND --help)')
    // Our own `help [command]`: commander's answers an unknown name with the whole help.
    .helpCommand(false)
    // Options after a command belong to it (`run` passes everything after its CMD to CMD).
    .enablePositionalOptions()
    .on('command:*', (operands: string[]) => unknownCommand(program, operands[0] ?? ''));
  for (const command of deps.commands) {
    const sub = program.command(command.name).helpOption('-h, --help', 'show this help');
    configure(sub, io, `resource-planner ${command.name}`);
    command.declare(sub);
    sub.action(async () => {
      // The command's own failures are told here, so that only commander's reach the catch below.
      try {
        status = await command.run(sub, io);
      } catch (error) {
        status = failed(asUsageMistake(error, sub), io);
      }
    });
  }
  program
    .command('version')
    .description('print the version')
    .action(() => io.stdout(`${deps.version}\n`));
  program
    .command('help')
    .description('show help for a command')
    .argument('[command]')
    .action((name?: string) => {
      if (name === undefined) return program.outputHelp();
      const command = program.commands.find((candidate) => candidate.name() === name);
      if (!command) unknownCommand(program, name);
      else command.outputHelp();
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return status;
  } catch (error) {
    // Commander has already written the help, the version or the one-line usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : USAGE_EXIT;
    return failed(error, io);
  }
}

/** A failed command: its one line, and exit 2 for bad input, 1 for the rest. */
function failed(error: unknown, io: CliIo): number {
  io.stderr(`${errorLine(error)}\n`);
  return error instanceof InputError || error instanceof TypeError ? USAGE_EXIT : 1;
}

/**
 * Invalid configuration met while a command ran, told as commander tells a bad option value: a
 * value of one of the command's flags (`--memory-fraction`, checked by the action's input parser)
 * names the flag the user typed rather than the action's input, and every such mistake ends by
 * pointing at the command's help, as README's "Command line" promises for a bad value.
 */
function asUsageMistake(error: unknown, command: Command): unknown {
  if (!(error instanceof InputError)) return error;
  const hint = ` (see resource-planner ${command.name()} --help)`;
  // Only the standard sentence is reworded: one of its own (a catalogue's entry and field) stays.
  const standard =
    error.message === new InputError(error.input, error.value, error.expected).message;
  // `memory-fraction` (an input a flag sets) or `--each` (a flag's own check).
  const option = command.options.find(
    (candidate) => candidate.long === `--${error.input}` || candidate.long === error.input,
  );
  if (!option || !standard)
    return new InputError(error.input, error.value, error.expected, error.message + hint);
  return new InputError(
    error.input,
    error.value,
    error.expected,
    `option '${option.flags}' argument ${JSON.stringify(error.value)} is invalid. Expected ${error.expected}.${hint}`,
  );
}

/** `resource-planner NAME` or `help NAME` for a command that does not exist: exit 2. */
function unknownCommand(program: Command, name: string): never {
  program.error(`unknown command ${quoteUntrusted(name, 60)} (see resource-planner --help)`, {
    code: 'commander.unknownCommand',
    exitCode: USAGE_EXIT,
  });
}

/**
 * Commander writes to the injected io, throws instead of exiting, and prints a usage mistake as
 * the one line every CLI error is (`errorLine`), pointing at the command's help.
 */
function configure(command: Command, io: CliIo, usedAs: string): void {
  command
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      getOutHelpWidth: () => HELP_WIDTH,
      getErrHelpWidth: () => HELP_WIDTH,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      outputError: (text, write) => {
        const message = text.replace(/^error: /, '').replace(/\n$/, '');
        const hint = / \(see resource-planner[^)]*\)$/.test(message)
          ? ''
          : ` (see ${usedAs} --help)`;
        write(`${errorLine(message + hint)}\n`);
      },
    });
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
