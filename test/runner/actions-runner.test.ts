/**
 * The real Runner adapter over @actions/core: what it writes is read back with the runner's own
 * rules (file commands by `parseEnvFile`, commands by `parseAnnotations`, both in test/harness).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnnotations, parseEnvFile } from '../harness/mini-runner.js';
import { testStep } from '../harness/step-runner.js';

const dir = mkdtempSync(join(tmpdir(), 'rp-runner-'));
/** Fresh, empty runner files for one step. */
function runnerFiles(prefix: string) {
  const files = {
    GITHUB_OUTPUT: join(dir, `${prefix}-output`),
    GITHUB_STATE: join(dir, `${prefix}-state`),
    GITHUB_ENV: join(dir, `${prefix}-env`),
    GITHUB_PATH: join(dir, `${prefix}-path`),
    // The toolkit's summary keeps the first path it wrote to for the whole process (one step is
    // one process on a runner): every test of this file shares one summary file.
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '', { flag: 'a' });
  return files;
}
const read = (path: string): string => readFileSync(path, 'utf8');

describe('inputs and state', () => {
  it('reads INPUT_<NAME> (spaces become _, upper-cased, hyphens kept), trimmed; STATE_<name>', () => {
    const { runner } = testStep({
      'INPUT_MEMORY-PER-WORKER': ' 1G ',
      INPUT_SOME_INPUT: 'x',
      STATE_role: 'owner',
    });
    expect(runner.getInput('memory-per-worker')).toBe('1G');
    expect(runner.getInput('some input')).toBe('x');
    expect(runner.getInput('missing')).toBe('');
    expect(runner.getState('role')).toBe('owner');
    expect(runner.getState('other')).toBe('');
  });
});

describe('file commands', () => {
  it('appends outputs, state and env the runner parses back exactly', () => {
    const files = runnerFiles('commands');
    const { runner, written } = testStep(files);
    const tricky = 'line one\nEOF\n\nworkers=9\nghadelimiter_0\n';
    runner.setOutput('workers', '3');
    runner.setOutput('plan-json', tricky);
    runner.saveState('pid', '42');
    runner.exportVariable('CARGO_BUILD_JOBS', '3');
    expect(parseEnvFile(read(files.GITHUB_OUTPUT))).toEqual({ workers: '3', 'plan-json': tricky });
    expect(parseEnvFile(read(files.GITHUB_STATE))).toEqual({ pid: '42' });
    expect(parseEnvFile(read(files.GITHUB_ENV))).toEqual({ CARGO_BUILD_JOBS: '3' });
    // Random heredoc delimiters, one per entry.
    const delimiters = read(files.GITHUB_OUTPUT).match(/<<(ghadelimiter_[0-9a-f-]{36})$/gm);
    expect(new Set(delimiters).size).toBe(2);
    expect(written).toEqual([]);
  });

  it('refuses names that would break the format', () => {
    const { runner } = testStep(runnerFiles('names'));
    expect(() => runner.setOutput('a=b', 'x')).toThrow(/unsafe name/);
    expect(() => runner.saveState('a\nb', 'x')).toThrow(/unsafe name/);
    expect(() => runner.exportVariable('A<<B', 'x')).toThrow(/unsafe name/);
  });

  it('appends Markdown to the step summary, ending each part with a line break', async () => {
    const files = runnerFiles('summary');
    const { runner } = testStep(files);
    const before = read(files.GITHUB_STEP_SUMMARY);
    await runner.appendSummary('# Report');
    await runner.appendSummary('| a |\n| - |\n');
    expect(read(files.GITHUB_STEP_SUMMARY)).toBe(`${before}# Report\n| a |\n| - |\n`);
  });

  it('appends one folder a line to GITHUB_PATH, as the runner reads it', () => {
    const files = runnerFiles('path');
    const { runner } = testStep(files);
    runner.addPath('/tmp/a b/bin');
    runner.addPath('/tmp/c');
    expect(read(files.GITHUB_PATH)).toBe('/tmp/a b/bin\n/tmp/c\n');
    expect(() => runner.addPath('/tmp/x\n/evil')).toThrow(/line break/);
    expect(read(files.GITHUB_PATH)).toBe('/tmp/a b/bin\n/tmp/c\n');
  });
});

describe('outside a runner (no runner files)', () => {
  it('logs outputs, variables and folders as plain inert lines; skips state and the summary', async () => {
    const { runner, written } = testStep();
    runner.setOutput('workers', '3');
    runner.exportVariable('CARGO_BUILD_JOBS', '3');
    runner.addPath('/tmp/bin');
    runner.saveState('pid', '42');
    await runner.appendSummary('# Report');
    runner.setOutput('plan-json', '{\n::set-output name=x::y\n}');
    expect(written.slice(0, 3)).toEqual([
      'output workers=3\n',
      'env CARGO_BUILD_JOBS=3\n',
      'path /tmp/bin\n',
    ]);
    expect(written).toHaveLength(4);
    // No deprecated `::set-output` / `::set-env` / `::add-path` / `::save-state` commands.
    expect(parseAnnotations(written.join(''))).toEqual([]);
    expect(written.join('')).not.toMatch(/^\s*::/m);
  });
});

describe('workflow commands', () => {
  it('annotations: escaped as the runner unescapes them, properties only when set', () => {
    const { runner, written } = testStep();
    runner.warning('50% done', { title: 'a:b,c', file: 'src/x.ts', startLine: 3 });
    runner.notice('plain');
    expect(written).toEqual([
      '::warning title=a%3Ab%2Cc,file=src/x.ts,line=3::50%25 done\n',
      '::notice::plain\n',
    ]);
    expect(parseAnnotations(written.join(''))).toEqual([
      { level: 'warning', message: '50% done' },
      { level: 'notice', message: 'plain' },
    ]);
  });

  it('setFailed logs one error and sets the exit code to 1', () => {
    const { runner, written } = testStep();
    runner.setFailed('bad input\nsecond line');
    expect(written).toEqual(['::error::bad input second line\n']);
    expect(process.exitCode).toBe(1);
  });

  it('setSecret masks through ::add-mask::, escaped; an empty value is ignored', () => {
    const { runner, written } = testStep();
    runner.setSecret('');
    runner.setSecret('s3cret%\nx');
    expect(written).toEqual(['::add-mask::s3cret%25%0Ax\n']);
  });
});
