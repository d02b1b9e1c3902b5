import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eachTasks, parseTaskList, splitTaskLine, taskName } from '../../src/plan/tasks.js';
import { InputError } from '../../src/shared/errors.js';

describe('splitTaskLine: words without a shell', () => {
  it.each<[string, string[] | null]>([
    ['npm test', ['npm', 'test']],
    ['  npm\t test  ', ['npm', 'test']],
    ['npm test --workspace "packages/a b"', ['npm', 'test', '--workspace', 'packages/a b']],
    [`echo 'it''s'`, ['echo', 'its']],
    [`echo 'a "b" \\c'`, ['echo', 'a "b" \\c']],
    [`echo "say \\"hi\\" \\\\ \\n"`, ['echo', 'say "hi" \\ \\n']],
    ['echo a\\ b \\#x', ['echo', 'a b', '#x']],
    ['--name="a b"c', ['--name=a bc']],
    ['printf "" x', ['printf', '', 'x']],
    ['echo $HOME ~ * {} %', ['echo', '$HOME', '~', '*', '{}', '%']],
    ['echo "|" \'&&\' \\;', ['echo', '|', '&&', ';']],
    ['echo a#b', ['echo', 'a#b']],
    ['', null],
    ['   ', null],
    ['# a comment', null],
    ['  #indented comment', null],
  ])('%j', (line, words) => expect(splitTaskLine(line, 'tasks', 1)).toEqual(words));

  it.each([
    ['echo "open', /tasks, line 7.*closing " for the one at column 6/],
    ["echo 'open", /closing ' for the one at column 6/],
    ['make a && make b', /shell syntax.*sh -c/],
    ['make | tee log', /shell syntax/],
    ['make > log', /shell syntax/],
    ['echo a\0b', /NUL/],
  ])('refuses %j with an error naming the line', (line, message) => {
    expect(() => splitTaskLine(line, 'tasks', 7)).toThrow(InputError);
    expect(() => splitTaskLine(line, 'tasks', 7)).toThrow(message);
  });
});

describe('parseTaskList', () => {
  it('numbers the tasks, skips blank and comment lines, accepts CR LF', () => {
    const tasks = parseTaskList('# packages\r\nnpm test -w a\r\n\r\nnpm test -w b\n', 'list');
    expect(tasks.map((task) => [task.index, task.argv])).toEqual([
      [1, ['npm', 'test', '-w', 'a']],
      [2, ['npm', 'test', '-w', 'b']],
    ]);
  });

  it('refuses an empty list', () => {
    expect(() => parseTaskList('\n# nothing\n\n', '--tasks t.txt')).toThrow(
      /'--tasks t.txt'.*at least one task/,
    );
  });

  it('names the line of a bad task', () => {
    expect(() => parseTaskList('ok\nok\nbad "quote\n', '--tasks t.txt')).toThrow(
      /--tasks t.txt, line 3/,
    );
  });
});

describe('eachTasks', () => {
  it('replaces {} in every argument, as xargs -I {}', () => {
    expect(
      eachTasks(['a', 'b c'], ['jest', '--selectProjects={}', '{}/x']).map((t) => t.argv),
    ).toEqual([
      ['jest', '--selectProjects=a', 'a/x'],
      ['jest', '--selectProjects=b c', 'b c/x'],
    ]);
  });

  it('appends the value without {}, as GNU parallel', () => {
    expect(eachTasks(['a'], ['echo']).map((t) => t.argv)).toEqual([['echo', 'a']]);
  });

  it.each([
    [[], ['echo', '{}'], /at least one value/],
    [['a'], [], /a command after --/],
    [['a'], ['echo', '{workers}'], /only the placeholder \{\} \(found \{workers\}\)/],
    [['a'], ['echo', '{.}'], /found \{\.\}/],
  ])('refuses %j %j', (values, template, message) => {
    expect(() => eachTasks(values, template)).toThrow(message);
  });
});

describe('taskName', () => {
  it('is the basename and 48 bits of the argv hash: stable, and without the arguments', () => {
    const argv = ['/usr/bin/npm', 'test', '--token=s3cr3t'];
    const name = taskName(argv);
    const hash = createHash('sha256').update(argv.join('\0')).digest('hex').slice(0, 12);
    expect(name).toBe(`npm#${hash}`);
    expect(name).not.toContain('s3cr3t');
    expect(taskName([...argv])).toBe(name);
    expect(taskName(['/usr/bin/npm', 'test', '--token=other'])).not.toBe(name);
    // Words are kept apart: ['a b'] is not ['a', 'b'].
    expect(taskName(['x', 'a b'])).not.toBe(taskName(['x', 'a', 'b']));
  });

  it('keeps only safe characters of the executable', () => {
    expect(taskName(['./run\u001b[31m tests'])).toMatch(/^run__31m_tests#[0-9a-f]{12}$/);
  });
});
