import { afterEach, beforeEach } from 'vitest';
import { requestFor } from '../../src/github/client.js';
import type { LoadHistoryOptions } from '../../src/history/load.js';
import {
  startFakeGitHub,
  type FakeGitHub,
  type FakeGitHubOptions,
} from '../harness/fake-github.js';

/**
 * A fresh loopback fake GitHub for every test of the enclosing `describe`: started before each
 * test and, after it, checked for unknown routes or request violations (failing the test) and
 * stopped.
 *
 * Returns a live view of the current test's server, so suites keep writing `github.addRun(...)`
 * and helpers defined in the `describe` see each test's own server. Using it outside a test (at
 * collection time, or in a `beforeAll`) throws.
 */
export function useFakeGitHub(options: FakeGitHubOptions = {}): FakeGitHub {
  let current: FakeGitHub | undefined;
  beforeEach(async () => {
    current = await startFakeGitHub(options);
  });
  afterEach(async () => {
    const github = current;
    current = undefined;
    if (!github) return;
    try {
      github.assertNoUnknownRoutes();
    } finally {
      await github.stop();
    }
  });

  const started = (): FakeGitHub => {
    if (!current) throw new Error('the fake GitHub is only running inside a test (useFakeGitHub)');
    return current;
  };
  return new Proxy({} as FakeGitHub, {
    get(_target, property) {
      const github = started();
      const value: unknown = Reflect.get(github, property, github);
      return typeof value === 'function' ? value.bind(github) : value;
    },
    set(_target, property, value) {
      return Reflect.set(started(), property, value);
    },
    has(_target, property) {
      return Reflect.has(started(), property);
    },
  });
}

/**
 * The history loader's options against `github`: job `test` of ci.yml on main, outside a matrix,
 * 20 runs, 10 s; `overrides` on top.
 */
export function historyOptions(
  github: FakeGitHub,
  overrides: Partial<LoadHistoryOptions> = {},
): LoadHistoryOptions {
  return {
    request: requestFor('ghs_test', github.url),
    owner: github.owner,
    repo: github.repo,
    repositoryId: github.repositoryId,
    workflowFile: 'ci.yml',
    branch: 'main',
    job: 'test',
    matrixKey: null,
    maxRuns: 20,
    serverUrl: 'https://github.com',
    timeoutMs: 10_000,
    ...overrides,
  };
}
