import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { parse } from 'yaml';
import { InputError } from '../../src/shared/errors.js';
import {
  INPUT_DEFAULTS,
  parseBooleanText,
  parseInputs,
  parseOverrideWorkers,
} from '../../src/config/inputs.js';
import { GiB, MiB } from '../../src/shared/units.js';

const inputsFrom =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? '';

function inputError(values: Record<string, string>): InputError {
  try {
    parseInputs(inputsFrom(values));
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseInputs', () => {
  it('gives the documented defaults when nothing is set', () => {
    const inputs = parseInputs(inputsFrom({}));
    expect(inputs.profile).toBe('default');
    expect(inputs.memoryPerWorkerBytes).toBeNull();
    expect(inputs.fallbackMemoryPerWorkerBytes).toBe(768 * MiB);
    expect(inputs.plan).toEqual({
      // auto: 512 MiB until history measures the job's base memory, then 100 MiB.
      memoryReserveBytes: null,
      memoryFraction: 0.9,
      cpusPerWorker: 1,
      minWorkers: 1,
      maxWorkers: null,
      forcedWorkers: null,
    });
    expect(inputs.sampleIntervalMs).toBe(500);
    expect(inputs.historyTimeoutMs).toBe(20_000);
    expect(inputs.driftThresholdFraction).toBeCloseTo(0.1, 12);
    expect(inputs.minSpeedupGain).toBeCloseTo(0.05, 12);
    expect(inputs.elasticMemory).toBe(true);
    expect(inputs.comment).toBe('on-drift');
    expect(inputs.matrixKey).toBeNull();
  });

  it('parses explicit values', () => {
    const inputs = parseInputs(
      inputsFrom({
        profile: 'unit-tests',
        'memory-per-worker': '1.5G',
        'min-workers': '2',
        'max-workers': '6',
        'cpus-per-worker': '0.5',
        'memory-fraction': '80%',
        'export-env': 'TRUE',
        'sample-interval': '1s',
        'matrix-key': '{"node":24}',
      }),
    );
    expect(inputs.profile).toBe('unit-tests');
    expect(inputs.memoryPerWorkerBytes).toBe(1.5 * GiB);
    expect(inputs.plan.minWorkers).toBe(2);
    expect(inputs.plan.maxWorkers).toBe(6);
    expect(inputs.plan.cpusPerWorker).toBe(0.5);
    expect(inputs.plan.memoryFraction).toBeCloseTo(0.8, 12);
    expect(inputs.exportEnv).toBe(true);
    expect(inputs.sampleIntervalMs).toBe(1000);
    expect(inputs.matrixKey).toBe('{"node":24}');
  });

  it.each([
    // GitHub's toJSON(matrix) pretty-prints; the key is canonical so a planning job can name it.
    ['{\n  "shard": 2,\n  "os": "linux"\n}', '{"os":"linux","shard":2}'],
    ['{"b":{"y":1,"x":[2,1]},"a":null}', '{"a":null,"b":{"x":[2,1],"y":1}}'],
    ['not json', 'not json'],
    ['null', null],
    ['', null],
  ])('matrix-key %j is kept as canonical JSON %j', (text, expected) => {
    expect(parseInputs(inputsFrom({ 'matrix-key': text })).matrixKey).toBe(expected);
  });

  it('reads target-duration with the shared duration parser (10m is ten minutes) and runner-catalog', () => {
    expect(parseInputs(() => '').targetDurationMs).toBeNull();
    expect(parseInputs(() => '').runnerCatalog).toBe('');
    const inputs = parseInputs(
      inputsFrom({ 'target-duration': '10m', 'runner-catalog': '.github/runners.json' }),
    );
    expect(inputs.targetDurationMs).toBe(600_000);
    expect(inputs.runnerCatalog).toBe('.github/runners.json');
    expect(parseInputs(inputsFrom({ 'target-duration': '90s' })).targetDurationMs).toBe(90_000);
    expect(parseInputs(inputsFrom({ 'history-job': 'unit_tests-1' })).historyJob).toBe(
      'unit_tests-1',
    );
    expect(parseInputs(() => '').historyMatrix).toBeNull();
    expect(
      parseInputs(
        inputsFrom({ 'history-job': 'test', 'history-matrix': '{ "node": 22, "os": "linux" }' }),
      ).historyMatrix,
    ).toEqual({ node: 22, os: 'linux' });
  });

  it.each([
    ['', '', null],
    ['2/3', '', { index: 2, total: 3 }],
    ['1 / 1', '', { index: 1, total: 1 }],
    ['256/256', '', { index: 256, total: 256 }],
    // toJSON(matrix) is pretty-printed; a matrix that agrees, or has no whole-number shard.
    ['2/3', '{\n  "shard": 2\n}', { index: 2, total: 3 }],
    ['2/3', '{"shard":"2"}', { index: 2, total: 3 }],
    ['2/3', '{"shard":"a"}', { index: 2, total: 3 }],
    ['2/3', '{"node":24}', { index: 2, total: 3 }],
  ])('shard %j with matrix %j → %j', (shard, matrixKey, expected) => {
    expect(parseInputs(inputsFrom({ shard, 'matrix-key': matrixKey })).shard).toEqual(expected);
  });

  it.each([
    [{ 'min-workers': '2', 'max-workers': '1' }, 'max-workers', 'no smaller than min-workers (2)'],
    [{ 'memory-per-worker': 'lots' }, 'memory-per-worker', '512M'],
    [{ 'memory-fraction': '1.2' }, 'memory-fraction', '0.9 or 90%'],
    [{ 'memory-fraction': '0' }, 'memory-fraction', 'greater than 0'],
    [{ 'min-workers': '0' }, 'min-workers', '1 or more'],
    [{ 'min-workers': '2.5' }, 'min-workers', 'whole number'],
    [{ 'cpus-per-worker': '0' }, 'cpus-per-worker', 'greater than 0'],
    [{ 'export-env': 'yes' }, 'export-env', 'true or false'],
    [{ 'sample-interval': '50ms' }, 'sample-interval', 'at least 100 ms'],
    [{ comment: 'sometimes' }, 'comment', 'on-drift, always, never'],
    [{ profile: '../etc' }, 'profile', 'letters, digits'],
    [{ 'retention-days': '91' }, 'retention-days', 'from 1 to 90'],
    [{ 'baseline-branch': 'main..x' }, 'baseline-branch', 'branch name'],
    [{ 'elastic-memory': 'on' }, 'elastic-memory', 'auto, off'],
    [{ 'target-duration': 'ten minutes' }, 'target-duration', 'or empty for none'],
    [{ 'target-duration': '500ms' }, 'target-duration', 'at least 1000 ms'],
    [{ 'runner-catalog': 'a\nb' }, 'runner-catalog', 'a file path'],
    [{ shard: '2' }, 'shard', 'INDEX/TOTAL such as 2/3'],
    [{ 'history-job': 'test job' }, 'history-job', 'the id of a job in this workflow'],
    [{ 'history-job': '1test' }, 'history-job', 'or empty for this job'],
    [{ 'history-matrix': '{"node":22}' }, 'history-matrix', 'with history-job set'],
    [{ 'history-job': 't', 'history-matrix': '{"shard":1}' }, 'history-matrix', 'no "shard"'],
    [{ 'history-job': 't', 'history-matrix': '[22]' }, 'history-matrix', 'a JSON object'],
    [{ 'history-job': 't', 'history-matrix': '{"os":{"a":1}}' }, 'history-matrix', 'boolean'],
    [
      { 'history-job': 't', 'history-matrix': 'node: 22' },
      'history-matrix',
      'such as {"node": 22}',
    ],
    [{ 'history-job': 't', 'history-matrix': '{}' }, 'history-matrix', 'a JSON object'],
    [{ shard: '0/3' }, 'shard', 'INDEX/TOTAL'],
    [{ shard: '4/3' }, 'shard', '1 ≤ INDEX ≤ TOTAL ≤ 256'],
    [{ shard: '1/257' }, 'shard', 'INDEX/TOTAL'],
    [
      { 'matrix-key': '{\n  "os": "linux",\n  "shard": 1\n}', shard: '2/3' },
      'shard',
      "agrees with the matrix's shard (1): use shard: ${{ matrix.shard }}/TOTAL",
    ],
    [{ 'matrix-key': '{"shard":"3"}', shard: '2/3' }, 'shard', "the matrix's shard (3)"],
  ])('rejects %j naming the input, the value and the format', (values, input, format) => {
    const error = inputError(values);
    expect(error.input).toBe(input);
    expect(error.message).toContain(`'${input}'`);
    expect(error.message).toContain(JSON.stringify(Object.values(values).at(-1)));
    expect(error.message).toContain(format);
  });

  /**
   * One bad value for every input action.yml declares: each fails with one InputError naming the
   * input, quoting the value and saying what is accepted. `null`: the input takes any text.
   */
  const BAD_VALUE: Record<string, { value: string; expected: string } | null> = {
    profile: { value: 'a b', expected: 'letters, digits' },
    mode: { value: 'audit', expected: 'one of plan, report' },
    'memory-per-worker': { value: 'lots', expected: 'auto or a size such as 512M' },
    'fallback-memory-per-worker': { value: 'lots', expected: 'a size such as 512M' },
    'min-workers': { value: 'one', expected: 'a whole number 1 or more' },
    'max-workers': { value: 'many', expected: 'a whole number 1 or more' },
    workers: { value: '-1', expected: 'a whole number 1 or more' },
    'cpus-per-worker': { value: 'half', expected: 'a number greater than 0' },
    'memory-reserve': { value: 'some', expected: 'auto or a size such as 512M' },
    'memory-fraction': { value: '0.9x', expected: 'such as 0.9 or 90%' },
    'export-env': { value: 'yes', expected: 'true or false' },
    summary: { value: 'no', expected: 'true or false' },
    sample: { value: '1', expected: 'true or false' },
    'sample-interval': { value: 'often', expected: 'a duration such as 500ms' },
    upload: { value: 'on', expected: 'true or false' },
    'retention-days': { value: '0', expected: 'a whole number from 1 to 90' },
    history: { value: 'off', expected: 'true or false' },
    'history-runs': { value: '101', expected: 'a whole number from 1 to 100' },
    'history-timeout': { value: '20 seconds', expected: 'a duration such as 500ms' },
    'post-timeout': { value: '0.5s', expected: 'at least 1000 ms' },
    'baseline-branch': { value: 'a b', expected: 'a branch name such as main' },
    'min-speedup-gain': { value: '-5%', expected: 'a fraction from 0 to 1' },
    'elastic-memory': { value: 'true', expected: 'one of auto, off' },
    'drift-threshold': { value: '150%', expected: 'a fraction from 0 to 1' },
    'drift-method': { value: 'mean', expected: 'one of auto, robust, max' },
    comment: { value: 'on-change', expected: 'one of on-drift, always, never' },
    'fail-on-drift': { value: 'y', expected: 'true or false' },
    'metrics-file': { value: 'a\tb', expected: 'a file path, or empty for none' },
    'pushgateway-url': { value: 'ftp://gateway', expected: 'an http:// or https:// URL without' },
    'target-duration': { value: 'soon', expected: 'a duration such as 500ms' },
    'runner-catalog': { value: 'a\rb', expected: 'a file path, or empty for none' },
    shard: { value: '1-3', expected: 'INDEX/TOTAL such as 2/3' },
    'history-job': { value: 'a.b', expected: 'the id of a job in this workflow' },
    'history-matrix': { value: '{"node":22}', expected: 'with history-job set' },
    'matrix-key': null,
    'github-token': null,
  };

  it('has a bad-value case for every input action.yml declares', () => {
    const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    expect(Object.keys(BAD_VALUE).sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it.each(Object.entries(BAD_VALUE).filter(([, bad]) => bad !== null))(
    '%s: a bad value fails with one error naming the input and the accepted format',
    (input, bad) => {
      const { value, expected } = bad!;
      const error = inputError({ [input]: value });
      expect(error.input).toBe(input);
      expect(error.message).toMatch(
        new RegExp(
          `^Input '${input}' has an invalid value ${escape(JSON.stringify(value))}: expected `,
        ),
      );
      expect(error.expected).toContain(expected);
    },
  );

  it.each([
    ['ftp://gateway:9091', 'ftp://gateway:9091'],
    ['http://gateway:9091/?job=x', 'http://gateway:9091/?job=x'],
    ['http://gateway:9091/#x', 'http://gateway:9091/#x'],
    // Credentials are never echoed: the error reaches the log.
    ['https://user:secret@gateway:9091', 'https://***@gateway:9091'],
  ])('pushgateway-url %j: the error gives the whole rule', (value, shown) => {
    const error = inputError({ 'pushgateway-url': value });
    expect(error.value).toBe(shown);
    expect(error.message).not.toContain('secret');
    expect(error.expected).toContain('URL without credentials, query or fragment');
  });

  it.each([
    ['memory-per-worker', '0'],
    ['memory-per-worker', '512K'],
    ['fallback-memory-per-worker', '0'],
  ])('%s %j: a size too small is told the bound, at least 1M', (input, value) => {
    expect(inputError({ [input]: value }).expected).toMatch(/a size such as 512M.*, at least 1M$/);
  });

  it.each(['auto', 'AUTO', 'Auto'])(
    'memory-per-worker and memory-reserve take %j alike',
    (text) => {
      const inputs = parseInputs(inputsFrom({ 'memory-per-worker': text, 'memory-reserve': text }));
      expect(inputs.memoryPerWorkerBytes).toBeNull();
      expect(inputs.plan.memoryReserveBytes).toBeNull();
    },
  );

  it('keeps the defaults in step with action.yml', () => {
    const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
      inputs: Record<string, { default?: string; description: string }>;
    };
    for (const [name, value] of Object.entries(INPUT_DEFAULTS)) {
      expect(action.inputs[name]?.default, name).toBe(value);
    }
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description.length, `${name} has a description`).toBeGreaterThan(20);
      expect(name in INPUT_DEFAULTS || name === 'github-token' || name === 'matrix-key', name).toBe(
        true,
      );
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe("README's tables", () => {
  const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
  };
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = (title: string): string =>
    readme.split(`\n## ${title}\n`)[1]?.split('\n## ')[0] ?? '';
  /** The first two cells of each table row: the names (`a` / `b`) and the second column. */
  const rows = (text: string): [string[], string][] =>
    text
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => {
        const [, names = '', second = ''] = line.split('|');
        return [[...names.matchAll(/`([^`]+)`/g)].map((match) => match[1]!), second.trim()];
      });

  it('lists every input of action.yml, and no other, with the same default', () => {
    const defaults = new Map<string, string>();
    for (const [names, cell] of rows(section('Inputs'))) {
      // `min-workers` / `max-workers` | `1` / none: one default a name.
      const cells = cell.split(' / ');
      names.forEach((name, index) => defaults.set(name, (cells[index] ?? cell).trim()));
    }
    expect([...defaults.keys()].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      const shown = defaults.get(name)!;
      if (input.default) expect(shown, name).toBe(`\`${input.default}\``);
      // No default: shown as '' or in words (none, automatic), never as a value.
      else expect(shown === "`''`" || !shown.includes('`'), `${name}: ${shown}`).toBe(true);
    }
  });

  it('lists every output of action.yml, and no other', () => {
    const names = rows(section('Outputs')).flatMap(([row]) => row);
    expect(names.sort()).toEqual(Object.keys(action.outputs).sort());
  });
});

describe('parseBooleanText', () => {
  it.each(['true', 'True', 'TRUE'])('%s is true', (text) =>
    expect(parseBooleanText('x', text)).toBe(true),
  );
  it.each(['false', 'False', 'FALSE'])('%s is false', (text) =>
    expect(parseBooleanText('x', text)).toBe(false),
  );
  it.each(['1', 'yes', 'on', 'tRuE', ''])('%j is refused', (text) => {
    expect(() => parseBooleanText('x', text)).toThrow(InputError);
  });
  it.each(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', '1', 'yes', 'on', 'tRuE', 'y', ''])(
    "%j: the same answer as the toolkit's getBooleanInput",
    (text) => {
      vi.stubEnv('INPUT_FLAG', text);
      onTestFinished(() => void vi.unstubAllEnvs());
      let toolkit: boolean | 'refused';
      try {
        toolkit = core.getBooleanInput('flag');
      } catch {
        toolkit = 'refused';
      }
      let ours: boolean | 'refused';
      try {
        ours = parseBooleanText('flag', text);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        expect(String(error)).toContain("'flag'");
        ours = 'refused';
      }
      expect(ours).toBe(toolkit);
    },
  );
});

describe('parseOverrideWorkers', () => {
  it('is null when unset or empty', () => {
    expect(parseOverrideWorkers(undefined)).toBeNull();
    expect(parseOverrideWorkers('  ')).toBeNull();
  });
  it('reads a positive whole number', () => expect(parseOverrideWorkers('3')).toBe(3));
  it.each(['0', '-2', 'two', '1.5'])('refuses %j naming the variable', (text) => {
    expect(() => parseOverrideWorkers(text)).toThrow(/RESOURCE_PLANNER_WORKERS/);
  });
});
