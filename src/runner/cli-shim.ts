/**
 * The CLI on PATH for a job's later steps: a small launcher, `resource-planner`, in a folder
 * under RUNNER_TEMP, that runs the bundled CLI (dist/cli/index.js) with the Node that runs the
 * action, so a workflow needs no npm install. The main step adds the folder to PATH through the
 * runner's GITHUB_PATH file command.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureWritableDirectory } from './files.js';

export const CLI_COMMAND = 'resource-planner';
/**
 * The launcher sets this (unless the caller did) to the folder of earlier runs' profiles the
 * main step fetched, so `plan` and `exec` in later steps learn from the same history without
 * `--history` (src/cli/plan.ts).
 */
export const HISTORY_DIR_VARIABLE = 'RESOURCE_PLANNER_HISTORY_DIR';

export interface ShimFile {
  name: string;
  content: string;
}

/** Single-quotes text for a POSIX shell: everything literal, `'` written as `'\''`. */
export function shQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * The launchers for `platform`: a POSIX sh script everywhere (Git Bash runs it on Windows
 * through its `#!` line), and on Windows a `.cmd` for cmd and PowerShell when both paths can be
 * written in one without quoting trouble (no `"`, `%` or line break; else cmd would read them).
 */
export function shimFiles(options: {
  nodePath: string;
  cliScript: string;
  /** The main step's history folder ('' for none). */
  historyDir: string;
  platform: NodeJS.Platform;
}): ShimFile[] {
  const { nodePath, cliScript, historyDir } = options;
  if (/[\r\n\0]/.test(nodePath + cliScript + historyDir))
    throw new Error('the path of Node, of the CLI or of the history holds a line break');
  // The caller's own setting wins; the value is single-quoted, so nothing in it is expanded.
  const history =
    historyDir === ''
      ? ''
      : `if [ -z "\${${HISTORY_DIR_VARIABLE}:-}" ]; then\n  ${HISTORY_DIR_VARIABLE}=${shQuote(historyDir)}\n  export ${HISTORY_DIR_VARIABLE}\nfi\n`;
  const files: ShimFile[] = [
    {
      name: CLI_COMMAND,
      content: `#!/bin/sh\n# Written by the resource-planner action: its CLI, run by the action's own Node.\n${history}exec ${shQuote(nodePath)} ${shQuote(cliScript)} "$@"\n`,
    },
  ];
  if (options.platform === 'win32' && !/["%]/.test(nodePath + cliScript + historyDir)) {
    const cmdHistory =
      historyDir === ''
        ? ''
        : `@if not defined ${HISTORY_DIR_VARIABLE} set "${HISTORY_DIR_VARIABLE}=${historyDir}"\r\n`;
    files.push({
      name: `${CLI_COMMAND}.cmd`,
      content: `@setlocal\r\n${cmdHistory}@"${nodePath}" "${cliScript}" %*\r\n`,
    });
  }
  return files;
}

/** Writes the launchers into `folder` (made if missing, one level), executable. */
export function installCliShim(
  folder: string,
  options: { nodePath: string; cliScript: string; historyDir: string; platform: NodeJS.Platform },
): void {
  const files = shimFiles(options);
  ensureWritableDirectory(folder, 1);
  for (const file of files) {
    const path = join(folder, file.name);
    writeFileSync(path, file.content, { mode: 0o755 });
    // The mode of writeFileSync applies only to a new file: a launcher from an earlier step too.
    chmodSync(path, 0o755);
  }
}
