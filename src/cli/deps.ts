/** The CLI's real adapters: the terminal, /proc and cgroups, and history folders. */
import { loadHistoryFromDirectory } from '../history/load.js';
import { estimateFromLoaded, onlyJob } from '../history/learn.js';
import { probeMachine } from '../probe/index.js';
import { colourWanted } from '../report/terminal.js';
import { inertStream, inertText } from '../shared/inert-text.js';
import { TOOL_VERSION } from '../shared/version.js';
import { adviseCommand } from './advise.js';
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
  terminal: {
    stdoutTty?: boolean;
    stderrTty?: boolean;
    columns?: number;
    /** Rows of the terminal on stderr (the status line takes its last one). */
    rows?: () => number | undefined;
  } = {},
): CliIo {
  const colour = colourWanted(env, terminal.stdoutTty === true);
  // Only the renderer's own SGR codes pass, and only when colour is on (see SGR).
  const stdout = inertStream({ keepSgr: colour });
  const stderr = inertStream();
  const io: CliIo = {
    stdout: (text) => streams.stdout(stdout(text)),
    stderr: (text) => streams.stderr(stderr(text)),
    env,
    colour,
    ...(terminal.columns === undefined ? {} : { columns: terminal.columns }),
  };
  if (terminal.stderrTty !== true) return io;
  io.status = statusLine(streams.stderr, terminal.rows);
  return io;
}

/** ESC, CSI: the start of the terminal sequences (ECMA-48) the status line is drawn with. */
const ESC = '\u001b';
const CSI = `${ESC}[`;

/**
 * The status line on a terminal's stderr, kept on the terminal's last row while the command's own
 * output scrolls above it, as apt's progress bar does: a scrolling region (DECSTBM) of every row
 * but the last, and the status drawn there with the cursor saved and restored (DECSC/DECRC).
 * Without a known height (fewer than 3 rows) it is redrawn in place with CR instead. The text is
 * made one inert line; `status('')` clears it and gives the terminal its whole height back.
 */
function statusLine(
  write: (text: string) => void,
  rows: (() => number | undefined) | undefined,
): (line: string) => void {
  let region = 0;
  let shown = false;
  return (line) => {
    const text = inertText(line, { fold: true, maxLength: 200 });
    if (line === '') {
      if (region > 0) write(`${ESC}7${CSI}r${CSI}${region};1H${CSI}2K${ESC}8`);
      else if (shown) write(`\r${CSI}K`);
      region = 0;
      shown = false;
      return;
    }
    const height = rows?.() ?? 0;
    if (height < 3) {
      shown = true;
      write(`\r${text}${CSI}K`);
      return;
    }
    if (region !== height) {
      // A new line first, so that the cursor's row is not the last one the region takes away.
      if (region === 0) write(`\n${CSI}1A`);
      write(`${ESC}7${CSI}1;${height - 1}r${ESC}8`);
      region = height;
    }
    shown = true;
    write(`${ESC}7${CSI}${height};1H${CSI}2K${text}${ESC}8`);
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
  return [
    planCommand(planDeps),
    adviseCommand,
    runCommand,
    execCommand(planDeps),
    reportCommand,
    compareCommand,
  ];
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
    io: terminalIo(
      process.env,
      { stdout: closableWriter(process.stdout), stderr: closableWriter(process.stderr) },
      {
        stdoutTty: process.stdout.isTTY === true,
        stderrTty: process.stderr.isTTY === true,
        rows: () => process.stderr.rows,
        ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
      },
    ),
    commands: realCommands(),
    version: TOOL_VERSION,
  };
}
