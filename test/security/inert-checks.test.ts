/** The checks of the hostile-profile suite find what they look for (a check that finds nothing proves nothing). */
import { describe, expect, it } from 'vitest';
import { logProblems, markdownProblems, nonFiniteNumbers } from './inert-checks.js';

describe('markdownProblems', () => {
  it('passes inert Markdown', () => {
    const markdown = [
      '### Report for `x`',
      '',
      '| Phase | Peak |',
      '| --- | --- |',
      '| a&#58;&#58;error&#58;&#58; \\| b | 1.0 GiB |',
      '',
      'Mentions and references kept inert: @\u200doctocat #\u200d1',
      '<details><summary>Chart</summary>',
      '',
      '```mermaid',
      'xychart-beta',
      '  line [1, 2] %% #d62728',
      '```',
      '',
      '</details>',
    ].join('\n');
    expect(markdownProblems(markdown, { maxBytes: 1_048_576, maxCharacters: 65_536 })).toEqual([]);
  });

  it.each([
    ['a workflow command', 'x\n::error::pwn', /command/],
    ['a command after white space', '  \u0085::warning::x', /command/],
    ['an old-style command', 'a ##[error]b', /command/],
    ['raw HTML', 'a <img src=x>', /raw HTML/],
    ['a script', '<script>x</script>', /raw HTML/],
    ['a bidi override', 'abc\u202edef', /hidden character U\+202e/],
    ['a zero-width space', 'a\u200bb', /hidden character U\+200b/],
    ['a zero-width joiner not after @ or #', 'a\u200db', /hidden character U\+200d/],
    ['NUL', 'a\u0000b', /hidden character U\+0/],
    ['a mention', 'cc @octocat', /mention/],
    ['an issue reference', 'fixes #12', /reference/],
    ['a link', '[x](https://evil.example)', /link/],
    ['an image', '![x](y)', /link/],
    ['NaN', 'peak NaN GiB', /NaN/],
    ['undefined', 'worker undefined', /undefined/],
    ['Infinity', '+Infinity%', /Infinity/],
    ['an object', 'x [object Object]', /object/],
    ['a fence left open', '```mermaid\nx', /fence/],
    ['a collapsed section left open', '<details><summary>x</summary>\n', /details/],
    ['a broken table', '| a | b |\n| --- | --- |\n| x | y | z |', /table row of 3 cells/],
  ])('finds %s', (_label, markdown, expected) => {
    expect(markdownProblems(markdown).join('\n')).toMatch(expected);
  });

  it('finds output over the limits', () => {
    expect(markdownProblems('é'.repeat(600_000), { maxBytes: 1_048_576 })).toEqual([
      '1200000 bytes, over 1048576',
    ]);
    expect(markdownProblems('x'.repeat(65_537), { maxCharacters: 65_536 })).toEqual([
      '65537 characters, over 65536',
    ]);
  });
});

describe('logProblems', () => {
  it('passes inert log text', () => {
    expect(logProblems('note: a:\u200b:error::x\nresource-planner: bad \\u202E\n')).toEqual([]);
  });
  it.each([
    ['a command', 'note: x\n::error::pwn', /command/],
    ['a bidi override', 'a\u202eb', /hidden/],
    ['an escape sequence', '\u001b[31mred', /hidden/],
    ['a carriage return', 'a\rb', /hidden|command/],
    ['NaN', 'workers NaN', /NaN/],
  ])('finds %s', (_label, text, expected) => {
    expect(logProblems(text).join('\n')).toMatch(expected);
  });
});

describe('nonFiniteNumbers', () => {
  it('names the path of every NaN, Infinity and undefined', () => {
    expect(
      nonFiniteNumbers({ a: 1, b: [2, Number.NaN], c: { d: Infinity, e: undefined, f: null } }),
    ).toEqual(['$.b[1] = NaN', '$.c.d = Infinity', '$.c.e is undefined']);
  });
});
