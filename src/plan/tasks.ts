/**
 * Task lists of `resource-planner exec --tasks FILE|-` and `exec --each ARG... -- CMD {}`, pure:
 * a line split into argv without a shell, the tasks of `--each`, and each task's stable name.
 *
 * The quoting rules of a task line (docs/algorithm.md, "Task lists"):
 * - words are separated by spaces and tabs;
 * - `'...'` is literal: every character up to the next `'` (no escapes inside);
 * - `"..."` is literal except that `\"` and `\\` stand for `"` and `\`;
 * - outside quotes, `\` takes the next character literally (`\ `, `\'`, `\#`);
 * - pieces next to each other make one word (`--name="a b"` is `--name=a b`); `""` is an empty word;
 * - nothing is expanded: `$VAR`, `~`, `*`, `{}` and `%` are characters like any other;
 * - a blank line, or one whose first word starts with `#`, is no task;
 * - an unquoted `|`, `||`, `&`, `&&`, `;`, `<`, `>` or `>>` word is refused: it is shell syntax
 *   that would reach the command as an argument (write `sh -c '...'` to ask for a shell).
 */
import { createHash } from 'node:crypto';
import { InputError } from '../shared/errors.js';

/** One task: its place in the list (1-based), its argv, and the name history knows it by. */
export interface TaskSpec {
  index: number;
  argv: string[];
  name: string;
}

/** Tasks a list may hold: far past any monorepo, small enough to keep the report bounded. */
export const MAX_TASKS = 10_000;
/** Longest task line (characters). */
export const MAX_TASK_LINE = 65_536;

/** Words a shell would treat as syntax, refused unquoted in a task line. */
const SHELL_WORDS = new Set(['|', '||', '&', '&&', ';', '<', '>', '>>']);

/** Where a task came from, for errors: `--tasks tasks.txt, line 3`. */
function at(source: string, line: number): string {
  return `${source}, line ${line}`;
}

/**
 * A task line's words (null for a blank or comment line). Throws InputError naming the source
 * and line for an unterminated quote, a NUL character or unquoted shell syntax.
 *
 * @example splitTaskLine(`npm test --workspace "packages/a b"`, 'tasks', 1)
 *   // → ['npm', 'test', '--workspace', 'packages/a b']
 */
export function splitTaskLine(text: string, source: string, line: number): string[] | null {
  const where = at(source, line);
  if (text.length > MAX_TASK_LINE)
    throw new InputError(
      where,
      `${text.slice(0, 40)}…`,
      `a line of at most ${MAX_TASK_LINE} characters`,
    );
  if (text.includes('\0'))
    throw new InputError(where, text.slice(0, 80), 'a line without NUL characters');
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quotedWord = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string;
    if (character === ' ' || character === '\t') {
      if (inWord) {
        words.push(word);
        if (!quotedWord && SHELL_WORDS.has(word)) shellSyntax(where, word);
      }
      word = '';
      inWord = false;
      quotedWord = false;
      continue;
    }
    if (!inWord && words.length === 0 && character === '#') return null;
    inWord = true;
    if (character === '\\') {
      index++;
      // A backslash at the end of the line stands for itself.
      word += index < text.length ? text[index] : '\\';
      quotedWord = true;
    } else if (character === "'" || character === '"') {
      const end = closingQuote(text, index, character);
      if (end < 0)
        throw new InputError(
          where,
          text.slice(0, 80),
          `a closing ${character} for the one at column ${index + 1}`,
        );
      const inner = text.slice(index + 1, end);
      word += character === '"' ? inner.replace(/\\(["\\])/g, '$1') : inner;
      quotedWord = true;
      index = end;
    } else word += character;
  }
  if (inWord) {
    if (!quotedWord && SHELL_WORDS.has(word)) shellSyntax(where, word);
    words.push(word);
  }
  return words.length === 0 ? null : words;
}

function shellSyntax(where: string, word: string): never {
  throw new InputError(
    where,
    word,
    "words without shell syntax (tasks run without a shell: quote it, or write sh -c '...')",
  );
}

/** Index of the quote that closes the one at `open` (inside `"`, `\"` does not close). */
function closingQuote(text: string, open: number, quote: string): number {
  for (let index = open + 1; index < text.length; index++) {
    if (quote === '"' && text[index] === '\\') index++;
    else if (text[index] === quote) return index;
  }
  return -1;
}

/**
 * The tasks of a list (`--tasks FILE`): one per line that is not blank or a comment, CR LF line
 * ends accepted. An empty list is an error: there would be nothing to run.
 */
export function parseTaskList(text: string, source: string): TaskSpec[] {
  const tasks: TaskSpec[] = [];
  const lines = text.split('\n');
  for (let line = 0; line < lines.length; line++) {
    const argv = splitTaskLine((lines[line] as string).replace(/\r$/, ''), source, line + 1);
    if (argv === null) continue;
    if (tasks.length === MAX_TASKS)
      throw new InputError(source, `${lines.length} lines`, `at most ${MAX_TASKS} tasks`);
    tasks.push({ index: tasks.length + 1, argv, name: taskName(argv) });
  }
  if (tasks.length === 0)
    throw new InputError(
      source,
      '',
      'at least one task: one command per line (blank and # lines are skipped)',
    );
  return tasks;
}

/** `{}` in an argument of `--each`'s command: the task's value. */
const EACH_PLACEHOLDER = '{}';
/** Any other `{name}` (the shape `exec`'s placeholders have), refused in `--each`'s command. */
const OTHER_PLACEHOLDER = /\{[a-z#./][a-z0-9-]*\}/;

/**
 * The tasks of `--each V1 V2 ... -- CMD ARGS`: one per value, `{}` in any argument replaced by
 * the value (as `xargs -I {}` does); without `{}` the value is appended as the last argument, as
 * GNU parallel does. Another placeholder (`{workers}`, `{.}`) is an error: it would reach the
 * command as text.
 */
export function eachTasks(values: readonly string[], template: readonly string[]): TaskSpec[] {
  if (values.length === 0)
    throw new InputError('--each', '', 'at least one value: exec --each A B C -- CMD {}');
  if (values.length > MAX_TASKS)
    throw new InputError('--each', `${values.length} values`, `at most ${MAX_TASKS} values`);
  if (template.length === 0)
    throw new InputError(
      '--each',
      values.join(' ').slice(0, 80),
      'a command after --: exec --each A B -- CMD {}',
    );
  for (const arg of template) {
    const other = OTHER_PLACEHOLDER.exec(arg);
    if (other)
      throw new InputError(
        'exec --each ... -- COMMAND',
        arg.length > 80 ? `${arg.slice(0, 80)}…` : arg,
        `only the placeholder {} (found ${other[0]})`,
      );
  }
  const substitutes = template.some((arg) => arg.includes(EACH_PLACEHOLDER));
  return values.map((value, index) => {
    const argv = substitutes
      ? template.map((arg) => arg.split(EACH_PLACEHOLDER).join(value))
      : [...template, value];
    return { index: index + 1, argv, name: taskName(argv) };
  });
}

/** Hex digits of the task line's hash in its name: 48 bits, no collision in any real list. */
const HASH_HEX_DIGITS = 12;

/**
 * A task's stable name, as profiles and the report know it: the executable's basename (only
 * `[A-Za-z0-9._+-]`, at most 64) and `#` and the first 48 bits of the SHA-256 of its argv
 * (NUL-joined), e.g. `npm#3f2a9c0d41be`. The same line gets the same name in every run, so the
 * next run learns its peak; the arguments themselves never reach a profile or a report. A hash
 * can only confirm a guessed line: keep secrets in the environment, not in a task's arguments.
 */
export function taskName(argv: readonly string[]): string {
  const file = argv[0] ?? '';
  const base = (file.split('/').pop() ?? '').replace(/[^A-Za-z0-9._+-]/g, '_').slice(0, 64) || '_';
  const hash = createHash('sha256').update(argv.join('\0')).digest('hex').slice(0, HASH_HEX_DIGITS);
  return `${base}#${hash}`;
}
