import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inertText } from '../../src/shared/inert-text.js';
import { describe, expect, it } from 'vitest';
import {
  createActionsRunner,
  formatCommand,
  formatFileCommand,
  inputVariableName,
} from '../../src/runner/actions-runner.js';

describe('inputVariableName', () => {
  it.each([
    ['memory-per-worker', 'INPUT_MEMORY-PER-WORKER'],
    ['github-token', 'INPUT_GITHUB-TOKEN'],
    ['some input', 'INPUT_SOME_INPUT'],
  ])('%s → %s (hyphens kept, spaces become _)', (name, variable) => {
    expect(inputVariableName(name)).toBe(variable);
  });
});

describe('file commands', () => {
  it('writes heredoc entries the runner can parse back', () => {
    const entry = formatFileCommand('plan-json', 'line one\nline two');
    const [header, ...rest] = entry.split('\n');
    const match = /^plan-json<<(ghadelimiter_[0-9a-f-]{36})$/.exec(header ?? '');
    expect(match).not.toBeNull();
    const delimiter = match?.[1] ?? '';
    expect(rest).toEqual(['line one', 'line two', delimiter, '']);
  });

  it('refuses names that would break the format', () => {
    expect(() => formatFileCommand('a=b', 'x')).toThrow(/unsafe name/);
    expect(() => formatFileCommand('a\nb', 'x')).toThrow(/unsafe name/);
  });

  it('appends outputs, state, env and summary to the runner files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-runner-'));
    const files = ['output', 'state', 'env', 'summary'].map((name) => join(dir, name));
    for (const file of files) writeFileSync(file, '');
    const [output = '', state = '', envFile = '', summary = ''] = files;
    const logged: string[] = [];
    const runner = createActionsRunner({
      env: {
        GITHUB_OUTPUT: output,
        GITHUB_STATE: state,
        GITHUB_ENV: envFile,
        GITHUB_STEP_SUMMARY: summary,
        'INPUT_MEMORY-PER-WORKER': ' 1G ',
        STATE_role: 'owner',
      },
      write: (text) => logged.push(text),
      onFailed: () => logged.push('FAILED'),
    });
    expect(runner.getInput('memory-per-worker')).toBe('1G');
    expect(runner.getInput('missing')).toBe('');
    expect(runner.getState('role')).toBe('owner');
    runner.setOutput('workers', '3');
    runner.saveState('pid', '42');
    runner.exportVariable('CARGO_BUILD_JOBS', '3');
    runner.appendSummary('# Report');
    expect(readFileSync(output, 'utf8')).toMatch(
      /^workers<<ghadelimiter_[^\n]+\n3\nghadelimiter_[^\n]+\n$/,
    );
    expect(readFileSync(state, 'utf8')).toMatch(/^pid<<ghadelimiter_[^\n]+\n42\n/);
    expect(readFileSync(envFile, 'utf8')).toMatch(/^CARGO_BUILD_JOBS<<ghadelimiter_[^\n]+\n3\n/);
    expect(readFileSync(summary, 'utf8')).toBe('# Report\n');
    runner.setFailed('bad input');
    expect(logged).toEqual(['::error::bad input\n', 'FAILED']);
  });
});

describe('addPath', () => {
  it('appends one folder a line to GITHUB_PATH, as the runner reads it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-runner-'));
    const pathFile = join(dir, 'add_path');
    writeFileSync(pathFile, '');
    const runner = createActionsRunner({ env: { GITHUB_PATH: pathFile }, write: () => undefined });
    runner.addPath('/tmp/a b/bin');
    runner.addPath('/tmp/c');
    expect(readFileSync(pathFile, 'utf8')).toBe('/tmp/a b/bin\n/tmp/c\n');
  });

  it('refuses a folder with a line break (it would add a second one), and logs outside a runner', () => {
    const logged: string[] = [];
    const runner = createActionsRunner({ env: {}, write: (text) => logged.push(text) });
    expect(() => runner.addPath('/tmp/x\n/evil')).toThrow(/line break/);
    runner.addPath('/tmp/bin');
    expect(logged).toEqual(['path /tmp/bin\n']);
  });
});

describe('workflow commands', () => {
  it('escapes data and properties as the runner unescapes them', () => {
    expect(formatCommand('warning', '50% done\r\nnext', { title: 'a:b,c' })).toBe(
      '::warning title=a%3Ab%2Cc::50%25 done%0D%0Anext',
    );
  });

  it('makes untrusted text unable to start a command', () => {
    const hostile = '::error::pwned\n##[set-env name=X]y';
    const inert = inertText(hostile);
    for (const line of inert.split('\n')) {
      expect(line.trimStart().startsWith('::')).toBe(false);
      expect(line.includes('##[')).toBe(false);
    }
    expect(inert.replace(/\u200b/g, '')).toBe(hostile);
  });
});
