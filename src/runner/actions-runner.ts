/**
 * The real `Runner`: the GitHub Actions runner's file-command protocol, implemented directly.
 *
 * Why not @actions/core: bundled, it brings an HTTP client (~1 MB of JavaScript) that the main
 * step never uses, and parsing it more than doubles the step's start-up time. The protocol is
 * small and documented (GitHub's "Workflow commands" docs; the runner's parser is
 * `EnvFileKeyValuePairs` in actions/runner): `NAME<<DELIMITER` heredocs appended to
 * the files named by GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV, Markdown appended to
 * GITHUB_STEP_SUMMARY, and `::command props::data` lines on stdout for annotations.
 *
 * Every line this adapter writes to the log goes through `inertText` (src/shared/inert-text.ts):
 * messages often quote untrusted text (an earlier run's artifact, a parser error quoting it, a
 * file name), and no part of them may start a workflow command. Info lines keep their line
 * breaks, each line made inert; annotations (notice, warning, error, setFailed) are folded to one
 * line and cut to ANNOTATION_MAX_LENGTH, since the runner shows an annotation as one message.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { inertText } from '../shared/inert-text.js';
import type { AnnotationProperties, Runner } from './types.js';

/** Longest annotation message (code points): one readable line, never a whole quoted file. */
export const ANNOTATION_MAX_LENGTH = 1000;
/** Longest annotation title (code points). */
const TITLE_MAX_LENGTH = 200;

export type Environment = Readonly<Record<string, string | undefined>>;

export interface ActionsRunnerOptions {
  env?: Environment;
  /** Where log lines go; defaults to process.stdout. */
  write?: (text: string) => void;
  /** Called by setFailed; defaults to setting process.exitCode = 1. */
  onFailed?: () => void;
}

/** The environment variable the runner sets for an input: spaces → `_`, upper-cased, hyphens kept. */
export function inputVariableName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Formats one file-command entry with a random heredoc delimiter, as the runner parses it. */
export function formatFileCommand(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    // A random UUID cannot collide by accident; refusing keeps a forged one from ending the value.
    throw new Error(`Refusing to write '${name}': the value contains the heredoc delimiter.`);
  }
  if (name.includes('\n') || name.includes('\r') || name.includes('=') || name.includes('<<')) {
    throw new Error(
      `Refusing to write a file command with the unsafe name ${JSON.stringify(name)}.`,
    );
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

/** Escapes the data part of a workflow command (runner's ActionCommand escaping). */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Formats one workflow command line as the runner parses it. The protocol layer only: callers
 * with untrusted text go through the adapter, which makes the message inert first.
 */
export function formatCommand(
  command: string,
  message: string,
  properties: Record<string, string | number | undefined> = {},
): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeCommandData(message)}`;
}

function annotationProps(
  properties: AnnotationProperties = {},
): Record<string, string | number | undefined> {
  const title =
    properties.title === undefined
      ? undefined
      : inertText(properties.title, { fold: true, maxLength: TITLE_MAX_LENGTH });
  return { title, file: properties.file, line: properties.startLine };
}

/** An annotation's message: one inert line, cut (the runner shows it as one message). */
export function annotationText(message: string): string {
  return inertText(message, { fold: true, maxLength: ANNOTATION_MAX_LENGTH });
}

export function createActionsRunner(options: ActionsRunnerOptions = {}): Runner {
  const env = options.env ?? process.env;
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const onFailed = options.onFailed ?? (() => void (process.exitCode = 1));
  // Every log line: free text made inert line by line, or a command whose data is made inert.
  const line = (text: string): void => write(inertText(text) + EOL);
  const command = (
    name: string,
    message: string,
    properties: Record<string, string | number | undefined> = {},
  ): void => write(formatCommand(name, message, properties) + EOL);

  const appendFileCommand = (variable: string, name: string, value: string): boolean => {
    const path = env[variable];
    if (!path) return false;
    appendFileSync(path, formatFileCommand(name, value), 'utf8');
    return true;
  };

  return {
    getInput: (name) => (env[inputVariableName(name)] ?? '').trim(),
    getState: (name) => env[`STATE_${name}`] ?? '',
    setOutput(name, value) {
      // Outside a runner (no GITHUB_OUTPUT) the value is only logged, so local runs stay readable.
      if (!appendFileCommand('GITHUB_OUTPUT', name, value)) line(`output ${name}=${value}`);
    },
    saveState(name, value) {
      appendFileCommand('GITHUB_STATE', name, value);
    },
    exportVariable(name, value) {
      if (!appendFileCommand('GITHUB_ENV', name, value)) line(`env ${name}=${value}`);
    },
    addPath(folder) {
      // The runner reads GITHUB_PATH line by line: a line break would add a second folder.
      if (/[\r\n]/.test(folder))
        throw new Error(
          `Refusing to add ${JSON.stringify(folder)} to PATH: it holds a line break.`,
        );
      const path = env.GITHUB_PATH;
      if (path) appendFileSync(path, `${folder}${EOL}`, 'utf8');
      else line(`path ${folder}`);
    },
    appendSummary(markdown) {
      const path = env.GITHUB_STEP_SUMMARY;
      if (path) appendFileSync(path, markdown.endsWith('\n') ? markdown : markdown + '\n', 'utf8');
    },
    info: (message) => line(message),
    // The runner prints each line of a debug message (%0A) after `##[debug]`: lines kept, inert.
    debug: (message) => command('debug', inertText(message)),
    notice: (message, properties) =>
      command('notice', annotationText(message), annotationProps(properties)),
    warning: (message, properties) =>
      command('warning', annotationText(message), annotationProps(properties)),
    error: (message, properties) =>
      command('error', annotationText(message), annotationProps(properties)),
    setFailed(message) {
      command('error', annotationText(message));
      onFailed();
    },
  };
}
