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
  platform: NodeJS.Platform;
}): ShimFile[] {
  const { nodePath, cliScript } = options;
  if (/[\r\n\0]/.test(nodePath + cliScript))
    throw new Error('the path of Node or of the CLI holds a line break');
  const files: ShimFile[] = [
    {
      name: CLI_COMMAND,
      content: `#!/bin/sh\n# Written by the resource-planner action: its CLI, run by the action's own Node.\nexec ${shQuote(nodePath)} ${shQuote(cliScript)} "$@"\n`,
    },
  ];
  if (options.platform === 'win32' && !/["%]/.test(nodePath + cliScript))
    files.push({ name: `${CLI_COMMAND}.cmd`, content: `@"${nodePath}" "${cliScript}" %*\r\n` });
  return files;
}

/** Writes the launchers into `folder` (made if missing, one level), executable. */
export function installCliShim(
  folder: string,
  options: { nodePath: string; cliScript: string; platform: NodeJS.Platform },
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
