/**
 * The real `Runner`: the GitHub Actions runner reached through the toolkit, `@actions/core`. The
 * toolkit owns the protocol (inputs from `INPUT_*`, the file commands behind GITHUB_OUTPUT /
 * GITHUB_STATE / GITHUB_ENV / GITHUB_PATH / GITHUB_STEP_SUMMARY with their random heredoc
 * delimiters, `::command::` lines with their escaping, masking), so a change GitHub makes to it
 * arrives with a toolkit update. This is the one module of src/ that imports `@actions/core`
 * (a lint rule keeps it so); the rest of the code talks to the `Runner` port in ./types.ts.
 *
 * What this adapter adds to the toolkit:
 * - Log injection protection. Every line it logs goes through `inertText`
 *   (src/shared/inert-text.ts): messages often quote untrusted text (an earlier run's artifact, a
 *   parser error quoting it, a file name), and no part of them may start a workflow command. Info
 *   and debug lines keep their line breaks, each line made inert; annotations (notice, warning,
 *   error, setFailed) are folded to one line and cut to ANNOTATION_MAX_LENGTH, since the runner
 *   shows an annotation as one message. The toolkit escapes `%`, CR and LF in command data.
 * - Behaviour outside a runner. Where the runner's file is not set, the toolkit would fall back to
 *   the workflow commands `::set-output` / `::set-env` / `::add-path` / `::save-state`, which
 *   GitHub disabled (set-env, add-path) or deprecated; this adapter logs outputs, variables and
 *   folders as plain lines instead (`output NAME=VALUE`), skips state, and skips the summary.
 * - Names and folders that would break a file command are refused (the toolkit writes them as
 *   given): a line break in a PATH folder would add a second folder.
 *
 * The toolkit reads `process.env` when each call is made (never at import), so tests drive this
 * adapter by setting the runner's variables for the test. One toolkit quirk: `summary` remembers
 * the first GITHUB_STEP_SUMMARY it wrote to, for the life of the process.
 */
import * as core from '@actions/core';
import { inertText } from '../shared/inert-text.js';
import type { AnnotationProperties, Runner } from './types.js';

/** Longest annotation message (code points): one readable line, never a whole quoted file. */
export const ANNOTATION_MAX_LENGTH = 1000;
/** Longest annotation title (code points). */
const TITLE_MAX_LENGTH = 200;

/** A file-command name that the runner's parser reads back as one name. */
function checkedName(name: string): string {
  if (name === '' || /[\r\n=]/.test(name) || name.includes('<<')) {
    throw new Error(
      `Refusing to write a file command with the unsafe name ${JSON.stringify(name)}.`,
    );
  }
  return name;
}

/** The toolkit's annotation properties, with only the fields set (title inert, one line). */
function annotationProps(properties: AnnotationProperties = {}): core.AnnotationProperties {
  const props: core.AnnotationProperties = {};
  if (properties.title !== undefined)
    props.title = inertText(properties.title, { fold: true, maxLength: TITLE_MAX_LENGTH });
  if (properties.file !== undefined) props.file = properties.file;
  if (properties.startLine !== undefined) props.startLine = properties.startLine;
  return props;
}

/** An annotation's message: one inert line, cut (the runner shows it as one message). */
export function annotationText(message: string): string {
  return inertText(message, { fold: true, maxLength: ANNOTATION_MAX_LENGTH });
}

/** Whether the runner set the file of this file command (GITHUB_OUTPUT and its kin). */
function hasFile(variable: string): boolean {
  return Boolean(process.env[variable]);
}

export function createActionsRunner(): Runner {
  // Every log line is free text made inert line by line.
  const line = (text: string): void => core.info(inertText(text));

  return {
    getInput: (name) => core.getInput(name),
    getState: (name) => core.getState(name),
    setOutput(name, value) {
      // Outside a runner (no GITHUB_OUTPUT) the value is only logged, so local runs stay readable.
      if (hasFile('GITHUB_OUTPUT')) core.setOutput(checkedName(name), value);
      else line(`output ${name}=${value}`);
    },
    saveState(name, value) {
      if (hasFile('GITHUB_STATE')) core.saveState(checkedName(name), value);
    },
    exportVariable(name, value) {
      if (hasFile('GITHUB_ENV')) core.exportVariable(checkedName(name), value);
      else line(`env ${name}=${value}`);
    },
    addPath(folder) {
      // The runner reads GITHUB_PATH line by line: a line break would add a second folder.
      if (/[\r\n]/.test(folder))
        throw new Error(
          `Refusing to add ${JSON.stringify(folder)} to PATH: it holds a line break.`,
        );
      if (hasFile('GITHUB_PATH')) core.addPath(folder);
      else line(`path ${folder}`);
    },
    setSecret(value) {
      // An empty mask would hide nothing useful and the runner refuses it.
      if (value !== '') core.setSecret(value);
    },
    async appendSummary(markdown) {
      if (!hasFile('GITHUB_STEP_SUMMARY')) return;
      const text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
      // The toolkit's buffer is emptied only by a write that succeeds: start from an empty one,
      // so that text a failed write left behind is not written again with the next.
      await core.summary.emptyBuffer().addRaw(text).write();
    },
    info: (message) => line(message),
    // The runner prints each line of a debug message (%0A) after `##[debug]`: lines kept, inert.
    debug: (message) => core.debug(inertText(message)),
    notice: (message, properties) =>
      core.notice(annotationText(message), annotationProps(properties)),
    warning: (message, properties) =>
      core.warning(annotationText(message), annotationProps(properties)),
    error: (message, properties) =>
      core.error(annotationText(message), annotationProps(properties)),
    setFailed: (message) => core.setFailed(annotationText(message)),
  };
}
