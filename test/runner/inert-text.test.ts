/**
 * The log path: every line the action's Runner adapter and the CLI write is inert for the
 * runner (src/shared/inert-text.ts). Findings 1 and 2 of the adversarial pass: an earlier run's
 * artifact `x\n::error::PWN1` quoted by the JSON parser's message, a file name holding a line
 * break, and CLI errors that spanned several lines.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidArgumentError } from 'commander';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { realCliDeps, terminalIo } from '../../src/cli/deps.js';
import { runCli } from '../../src/cli/main.js';
import { loadHistoryFromDirectory } from '../../src/history/load.js';
import { serializeProfile } from '../../src/profile/profile.js';
import {
  inertStream,
  inertText,
  quotedNames,
  quoteUntrusted,
  SGR,
  showInvisible,
} from '../../src/shared/inert-text.js';
import { InputError } from '../../src/shared/errors.js';
import { testStep } from '../harness/step-runner.js';
import { profile } from '../support/profiles.js';

/** The runner's line reader: a line ends at CRLF, CR or LF. */
const lines = (text: string): string[] => text.split(/\r\n|\r|\n/);
/** .NET `Trim` removes Unicode white space (NEL included); JavaScript's trim is close enough. */
const trimmed = (line: string): string => line.replace(/^[\s\u0085]+/, '');
/** True when the runner would read the line as a workflow command. */
const isCommand = (line: string): boolean => trimmed(line).startsWith('::') || line.includes('##[');
/** Controls (but TAB and LF), bidi controls and line separators: what the log must not carry raw. */
const BIDI_OR_CONTROL = /(?![\t\n])[\p{Cc}\p{Bidi_Control}\u2028\u2029]/u;

/** The hostile first line of an artifact, and a folder of earlier runs carrying it. */
const PAYLOAD = 'x\n::error::PWN1';
const root = mkdtempSync(join(tmpdir(), 'rp-inert-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const history = join(root, 'history');
mkdirSync(join(history, '41'), { recursive: true });
writeFileSync(join(history, '41', 'run-profile.json'), PAYLOAD);
writeFileSync(join(history, 'a\n::error::PWN2.json'), '{');
writeFileSync(
  join(history, '42.json'),
  serializeProfile(profile([{ peakBytes: 2e9 }], { runId: 42 })),
);
const current = join(root, 'current.json');
writeFileSync(current, serializeProfile(profile([{ peakBytes: 2e9 }], { runId: 43 })));

describe('inertText', () => {
  it.each([
    ['::error::x', ':\u200b:error::x'],
    ['  ::warning::x', '  :\u200b:warning::x'],
    ['\t\u00a0\ufeff\u200b::x', '\t\u00a0\ufeff\u200b:\u200b:x'],
    ['a\n::b', 'a\n:\u200b:b'],
    ['a\r::b', 'a\n:\u200b:b'],
    ['a\r\n::b', 'a\n:\u200b:b'],
    ['a\u2028::b', 'a\\u2028::b'],
    ['x ##[error]y', 'x ##\u200b[error]y'],
    ['###[x', '###\u200b[x'],
    ['##VSO[task.setvariable]', '##VSO\u200b[task.setvariable]'],
    [
      'esc \u001b[31m bell \u0007 nul \u0000 del \u007f nel \u0085',
      'esc \\u001B[31m bell \\u0007 nul \\u0000 del \\u007F nel \\u0085',
    ],
    ['rtl \u202e txt', 'rtl \\u202E txt'],
    ['std::vector and IPv6 ::1 mid-line', 'std::vector and IPv6 ::1 mid-line'],
    [':single', ':single'],
  ])('%j → %j', (input, expected) => {
    expect(inertText(input)).toBe(expected);
  });

  it('folds to one line and cuts when asked', () => {
    expect(inertText('a\n  ::error::b \r\n\n c', { fold: true })).toBe('a ::error::b c');
    expect(inertText('::a\nb', { fold: true })).toBe(':\u200b:a b');
    expect([...inertText('y'.repeat(500), { fold: true, maxLength: 300 })]).toHaveLength(300);
    expect(inertText('y'.repeat(500), { fold: true, maxLength: 300 }).endsWith('…')).toBe(true);
  });

  it('never lets a line start a command, and gives the text back without the breaks', () => {
    const piece = fc.constantFrom(
      ':',
      '::',
      '#',
      '##[',
      '[',
      ' ',
      '\t',
      '\n',
      '\r',
      '\r\n',
      '\u2028',
      '\u0085',
      '\u00a0',
      '\ufeff',
      '\u200b',
      'a',
      'error',
      'stop-commands',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const inert = inertText(text);
        for (const line of lines(inert)) expect(isCommand(line)).toBe(false);
        // Only zero-width spaces are added and the visible escapes replace what they show.
        const back = inert
          .replace(/\u200b/g, '')
          .replace(/\\u2028/g, '\u2028')
          .replace(/\\u0085/g, '\u0085');
        expect(back).toBe(text.replace(/\r\n|\r/g, '\n').replace(/\u200b/g, ''));
      }),
    );
  });
});

describe('keepSgr: the terminal report’s own colour codes, and nothing else', () => {
  it('keeps exactly the SGR sequences of the set, and shows every other escape', () => {
    const own = Object.values(SGR).join('x');
    expect(inertText(own, { keepSgr: true })).toBe(own);
    expect(inertText(own)).not.toContain('\u001b');
    for (const other of [
      '\u001b[2J',
      '\u001b[38;5;1m',
      '\u001b]0;title\u0007',
      '\u001b[31;1m',
      '\u001b[K',
    ])
      expect(inertText(`a${other}b`, { keepSgr: true })).not.toContain('\u001b');
  });

  it('an SGR code cannot hide a workflow command at the start of a line', () => {
    const text = `${SGR.bold}::set-output name=x::1\n${SGR.red} ${SGR.reset}::error::x`;
    for (const line of inertText(text, { keepSgr: true }).split('\n'))
      expect(
        line
          .replace(new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g'), '')
          .trimStart()
          .startsWith('::'),
        line,
      ).toBe(false);
  });

  it('in a stream: kept when whole in one write, shown when split, and no text lost', () => {
    const write = inertStream({ keepSgr: true });
    expect(write(`${SGR.red}red${SGR.reset} and \u001b[`)).toBe(
      `${SGR.red}red${SGR.reset} and \\u001B[`,
    );
    expect(write('31mmore\n')).toBe('31mmore\n');
  });
});

describe('inertStream', () => {
  it('gives the same text as inertText however the stream is split', () => {
    const piece = fc.constantFrom(
      ':',
      '::',
      '#',
      '##',
      '[',
      'vso',
      ' ',
      '\n',
      '\r',
      '\r\n',
      '\u001b',
      'a',
      'x'.repeat(300),
      ' '.repeat(300),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (pieces, cuts) => {
          const text = pieces.join('');
          const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort(
            (a, b) => a - b,
          );
          const chunks = [0, ...points].map((start, index) =>
            text.slice(start, [...points, text.length][index]),
          );
          const write = inertStream();
          const streamed = chunks.map(write).join('');
          expect(streamed).toBe(inertText(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('writes CRLF split across writes as one break, and CR then LF-LF as two', () => {
    const write = inertStream();
    expect(['a\r', '\nb'].map(write).join('')).toBe('a\nb');
    const again = inertStream();
    expect(['\r', '\n', '\n'].map(again).join('')).toBe('\n\n');
  });

  it('catches a command split across writes', () => {
    const write = inertStream();
    const out = ['log line\n', ':', ':error::split\n#', '#[', 'error]x\n'].map(write).join('');
    for (const line of lines(out)) expect(isCommand(line)).toBe(false);
  });
});

describe('quoteUntrusted and showInvisible', () => {
  it('quotes as a JSON string, on one line, with invisible characters shown', () => {
    expect(quoteUntrusted('a\n::error::"b"\u202e')).toBe('"a\\n::error::\\"b\\"\\u202E"');
    expect(JSON.parse(quoteUntrusted('x\u200by\u0000'))).toBe('x\u200by\u0000');
    expect(quoteUntrusted('z'.repeat(200), 10)).toBe(`"${'z'.repeat(9)}…"`);
    expect(showInvisible('a\u200b\u00ad\u2066b')).toBe('a\\u200B\\u00AD\\u2066b');
  });
  it('quotedNames: distinct, each quoted, the first five, null as (no name)', () => {
    expect(quotedNames(['b', 'a\n::error::x', 'b', null])).toBe('"b", "a\\n::error::x", (no name)');
    expect(quotedNames(['1', '2', '3', '4', '5', '6'])).toBe('"1", "2", "3", "4", "5", …');
  });
});

/** The Runner adapter outside a runner, its log captured: one string per write. */
const capturedRunner = () => testStep();

describe('the Runner adapter', () => {
  it('finding 1: a history note quoting a hostile artifact starts no command in the log', () => {
    const notes = loadHistoryFromDirectory(history).notes;
    // The hostile content and file name reach the notes quoted, each note on one line; the
    // adapter below must hold all the same.
    expect(notes.join(' ')).toMatch(/::error::PWN1/);
    expect(notes.join(' ')).toMatch(/::error::PWN2/);
    for (const note of notes) expect(note).not.toMatch(/[\r\n]/);
    const { runner, written } = capturedRunner();
    for (const note of notes) {
      runner.info(`History: ${note}`);
      runner.info(`  ${note}`);
      runner.debug(note);
    }
    const log = written.join('');
    expect(log).toContain('PWN1');
    for (const line of lines(log).filter((line) => !line.startsWith('::debug::')))
      expect(isCommand(line), line).toBe(false);
  });

  it('finding 1: annotations are one inert line, cut, whatever the message', () => {
    const hostile = `Could not read ${'y'.repeat(2000)}\n::error::PWN1\r\n##[error]PWN2\u2028::warning::x`;
    const { runner, written } = capturedRunner();
    runner.notice(hostile, { title: 'a\n::error::t' });
    runner.warning(hostile);
    runner.error(hostile);
    runner.setFailed(hostile);
    expect(written).toHaveLength(4);
    for (const entry of written) {
      const [line, ...rest] = lines(entry);
      expect(rest).toEqual(['']);
      const match = /^::(notice|warning|error)( [^:]*)?::(.*)$/.exec(line ?? '');
      expect(match, line).not.toBeNull();
      const data = match?.[3] ?? '';
      // Nothing the runner would unescape into a line break: the annotation is one line.
      expect(data).not.toMatch(/%0A|%0D/i);
      expect(data).not.toContain('##[');
      expect([...data].length).toBeLessThanOrEqual(1000 + 10);
      expect(BIDI_OR_CONTROL.test(data)).toBe(false);
    }
  });

  it('writes every other line inert too: info, debug data, and the outputs logged outside a runner', () => {
    const { runner, written } = capturedRunner();
    runner.info('ok\n::stop-commands::tok\n::tok::\n  ##[group]x\r::add-mask::s');
    runner.setOutput('plan-json', '{\n::set-output name=x::y\n}');
    runner.exportVariable('X', 'a\n::error::b');
    runner.debug('d\n::error::e');
    const log = written.join('');
    for (const line of lines(log).filter((line) => !line.startsWith('::debug::')))
      expect(isCommand(line), line).toBe(false);
    const debug = written.at(-1) ?? '';
    expect(lines(debug)).toHaveLength(2);
    const unescaped = (/^::debug::(.*)$/.exec(lines(debug)[0] ?? '')?.[1] ?? '').replace(
      /%0A/g,
      '\n',
    );
    for (const line of lines(unescaped)) expect(isCommand(line)).toBe(false);
  });
});

/** Runs the real CLI with process.stdout/stderr captured (what a CI log would receive). */
async function realCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const captured = { out: '', err: '' };
  const outSpy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    captured.out += String(chunk);
    return true;
  });
  const errSpy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    captured.err += String(chunk);
    return true;
  });
  try {
    const code = await runCli(argv, realCliDeps());
    return { code, ...captured };
  } finally {
    outSpy.mockRestore();
    errSpy.mockRestore();
  }
}

describe('the CLI', () => {
  it('finding 1: compare with a hostile baseline folder prints no command line', async () => {
    const result = await realCli('compare', '--baseline', history, current);
    expect(result.code).toBe(0);
    expect(result.err).toContain('PWN1');
    expect(result.err).toContain('PWN2');
    for (const line of lines(result.out + result.err)) expect(isCommand(line), line).toBe(false);
  });

  it('finding 1: a hostile report file prints no command line', async () => {
    const hostile = join(root, 'hostile-report.json');
    writeFileSync(hostile, PAYLOAD);
    const result = await realCli('report', hostile);
    expect(result.code).not.toBe(0);
    for (const line of lines(result.out + result.err)) expect(isCommand(line), line).toBe(false);
  });

  it('finding 2: an error prints exactly one line, cut, with the exit codes kept', async () => {
    const cases: [unknown, number][] = [
      [new Error(`profile is not JSON: "${'q'.repeat(1000)}\n::error::PWN1\r\n}"`), 1],
      [new InputError('memory-fraction', 'a\nb', 'a fraction'), 2],
      [new TypeError('bad\nargument'), 2],
      // commander's own error class, thrown by a command and not by the parser: still told.
      [new InvalidArgumentError('not\nparsed'), 1],
      ['a thrown string\nwith lines', 1],
    ];
    for (const [thrown, code] of cases) {
      let err = '';
      const io = terminalIo({}, { stdout: () => {}, stderr: (text) => void (err += text) });
      const status = await runCli(['report', 'x'], {
        io,
        commands: [
          {
            name: 'report',
            declare: (command) => void command.argument('<FILE>'),
            run: () => {
              throw thrown;
            },
          },
        ],
        version: '0',
      });
      expect(status).toBe(code);
      expect(err.endsWith('\n')).toBe(true);
      expect(lines(err.slice(0, -1))).toHaveLength(1);
      expect(err.startsWith('resource-planner: ')).toBe(true);
      expect([...err].length).toBeLessThanOrEqual('resource-planner: '.length + 300 + 1);
    }
  });

  it('finding 2: a hostile report file fails in one line', async () => {
    // A file name with a line break, holding a file the JSON parser quotes in its message.
    const hostile = join(root, 'bad\n::error::PWN3.json');
    writeFileSync(hostile, PAYLOAD);
    const result = await realCli('report', hostile);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^resource-planner: .*PWN1.*\n$/);
    expect(lines(result.err.replace(/\n$/, ''))).toHaveLength(1);
  });

  it('shows an unknown command quoted on its own line', async () => {
    let err = '';
    const io = terminalIo({}, { stdout: () => {}, stderr: (text) => void (err += text) });
    const deps = { io, commands: [], version: '0' };
    expect(await runCli(['pl\nan::error::x'], deps)).toBe(2);
    expect(err).toBe(
      'resource-planner: unknown command "pl\\nan::error::x" (see resource-planner --help)\n',
    );
  });
});
