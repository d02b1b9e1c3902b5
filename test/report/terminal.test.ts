/** The terminal report: aligned rows, colour only when asked, untrusted names inert. */
import { describe, expect, it } from 'vitest';
import { terminalIo } from '../../src/cli/deps.js';
import type { RunProfile } from '../../src/profile/types.js';
import { alignColumns, colourWanted, renderTerminalReport } from '../../src/report/terminal.js';
import { SGR } from '../../src/shared/inert-text.js';
import { DEFAULT_SETTINGS } from '../support/settings.js';
import { oomKilledJob, sixHourJob, thirtySecondJob } from './fixtures.js';

/** An SGR sequence (built from ESC: a literal control in a regular expression is linted). */
const SGR_SEQUENCE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

const plain = (profile: RunProfile, width = 100): string =>
  renderTerminalReport(profile, { budget: DEFAULT_SETTINGS, colour: false, width });
const coloured = (profile: RunProfile): string =>
  renderTerminalReport(profile, { budget: DEFAULT_SETTINGS, colour: true, width: 100 });

/** Every ESC in `text` starts one of the renderer's own SGR sequences. */
function onlyOwnSgr(text: string): boolean {
  const own = new Set<string>(Object.values(SGR));
  const sequences = text.match(SGR_SEQUENCE) ?? [];
  const escapes = text.split('\u001b').length - 1;
  return escapes === sequences.length && sequences.every((sequence) => own.has(sequence));
}

describe('renderTerminalReport', () => {
  it('leads with the headline: the peak against the limit, the phase, OOM kills', () => {
    expect(plain(thirtySecondJob()).split('\n')[1]).toBe(
      'resource-planner: peak 1.1 GiB of the 7 GiB limit (16%) in "test", no OOM kill',
    );
    expect(plain(oomKilledJob()).split('\n')[1]).toMatch(
      /^resource-planner: 1 process OOM-killed; peak 7 GiB of the 7 GiB limit \(100%\) in "test"$/,
    );
  });

  it('counts kills in plain English: 2 processes, not 2 processs', () => {
    const profile = oomKilledJob();
    const twice: RunProfile = {
      ...profile,
      phases: profile.phases.map((phase) => ({ ...phase, oomKills: 2 })),
    };
    expect(plain(twice).split('\n')[1]).toMatch(/^resource-planner: 2 processes OOM-killed; /);
  });

  it('aligns one row per phase under its header, figures right-aligned', () => {
    const lines = plain(sixHourJob()).split('\n');
    const header = lines.findIndex((line) => line.startsWith('  Phase'));
    const rows = lines.slice(header, header + 4);
    expect(rows).toEqual([
      '  Phase    Duration  At once     Peak  Of limit',
      '  build      40 min        4  5.6 GiB       35%',
      '  test          5 h        4  9.6 GiB       60%',
      '  package    20 min        1  915 MiB        6%',
    ]);
    // Each column ends at the same place in every row.
    for (const column of ['Duration', 'Peak', 'Of limit']) {
      const end = (rows[0] as string).indexOf(column) + column.length;
      for (const row of rows.slice(1)) expect(row[end - 1], `${column} in ${row}`).not.toBe(' ');
    }
  });

  it('lists the main worker groups and the same notes and advisory as the Markdown report', () => {
    const text = plain(oomKilledJob(), 200);
    expect(text).toMatch(/^ {2}node {2}4 at once {2}12 seen {2}p90 1\.6 GiB {2}max 1\.7 GiB$/m);
    expect(text).toContain('OOM   1 process OOM-killed in "test", with 4 node workers at once');
    expect(text).toContain("('max-workers: 3')");
    expect(text).toMatch(/^ {2}- 2 workers for "test" \(node, 4 ran at once\): limited by CPUs/m);
    expect(text).not.toMatch(/\*\*|`|⛔|<|\|/);
  });

  it('wraps notes within the width', () => {
    for (const line of plain(oomKilledJob(), 60).split('\n'))
      expect([...line].length, line).toBeLessThanOrEqual(60);
  });

  it('colours only when asked, with the renderer’s own SGR codes, and says the same words', () => {
    const profile = oomKilledJob();
    expect(plain(profile)).not.toContain('\u001b');
    const text = coloured(profile);
    expect(text).toContain(`${SGR.red}OOM  ${SGR.reset}`);
    expect(text).toContain(`${SGR.red}1 process OOM-killed${SGR.reset}; peak`);
    expect(text).toContain(`${SGR.bold}"test"${SGR.reset}`);
    expect(onlyOwnSgr(text)).toBe(true);
    expect(text.replace(SGR_SEQUENCE, '')).toBe(plain(profile));
  });

  it('keeps hostile names inert: no escape sequence, bidi override or line break of theirs', () => {
    const profile = thirtySecondJob();
    const hostile = '\u001b]0;owned\u0007\u001b[31mred\u001b[2J\u202Eevil\n::set-output name=x::1';
    const phase = profile.phases[0] as RunProfile['phases'][number];
    const group = phase.workerGroups[0] as (typeof phase.workerGroups)[number];
    const bad: RunProfile = {
      ...profile,
      phases: [{ ...phase, name: hostile, workerGroups: [{ ...group, name: hostile }] }],
    };
    for (const text of [plain(bad), coloured(bad)]) {
      expect(onlyOwnSgr(text)).toBe(true);
      expect(text).not.toContain('\u202E');
      expect(text).not.toContain('\u0007');
      expect(text).not.toMatch(/^\s*::/m);
      expect(text).toContain('\\u001B[31mred');
    }
    // Through the CLI's terminal io with colour on, the renderer's codes pass and nothing else.
    let written = '';
    const io = terminalIo(
      { FORCE_COLOR: '1' },
      { stdout: (chunk) => void (written += chunk), stderr: () => {} },
    );
    io.stdout(coloured(bad));
    expect(onlyOwnSgr(written)).toBe(true);
    expect(written).toContain(SGR.bold);
  });
});

describe('alignColumns', () => {
  it('pads by what shows, not by the SGR codes in a cell', () => {
    expect(
      alignColumns(
        [
          ['a', `${SGR.red}1${SGR.reset}`],
          ['bbb', '22'],
        ],
        [false, true],
      ),
    ).toEqual([`a     ${SGR.red}1${SGR.reset}`, 'bbb  22']);
  });
});

describe('colourWanted (https://no-color.org)', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: '' }, false, false],
  ])('%o on a TTY: %s → %s', (env, tty, expected) => {
    expect(colourWanted(env, tty)).toBe(expected);
  });

  it('the terminal io: no colour off a TTY or with NO_COLOR, no status line off a TTY', () => {
    const streams = { stdout: () => {}, stderr: () => {} };
    expect(terminalIo({}, streams, { stdoutTty: true }).colour).toBe(true);
    expect(terminalIo({ NO_COLOR: 'x' }, streams, { stdoutTty: true }).colour).toBe(false);
    expect(terminalIo({}, streams, { stdoutTty: false }).colour).toBe(false);
    expect(terminalIo({}, streams, { stderrTty: false }).status).toBeUndefined();
  });

  it('the status line: redrawn in place, inert, cleared once', () => {
    let written = '';
    const io = terminalIo(
      {},
      { stdout: () => {}, stderr: (chunk) => void (written += chunk) },
      { stderrTty: true },
    );
    io.status?.('1 s\n::x \u001b[2J');
    io.status?.('');
    io.status?.('');
    expect(written).toBe('\r1 s ::x \\u001B[2J\u001b[K\r\u001b[K');
  });

  it('the status line on a terminal of known height: kept on its last row, then given back', () => {
    let written = '';
    const io = terminalIo(
      {},
      { stdout: () => {}, stderr: (chunk) => void (written += chunk) },
      { stderrTty: true, rows: () => 24 },
    );
    io.status?.('1 s');
    io.status?.('2 s');
    io.status?.('');
    const E = '\u001b';
    expect(written).toBe(
      // Room for the region, the region (rows 1–23), then each draw on row 24 with the cursor kept.
      `\n${E}[1A${E}7${E}[1;23r${E}8` +
        `${E}7${E}[24;1H${E}[2K1 s${E}8` +
        `${E}7${E}[24;1H${E}[2K2 s${E}8` +
        // The whole screen scrolls again, and the last row is wiped.
        `${E}7${E}[r${E}[24;1H${E}[2K${E}8`,
    );
  });
});
