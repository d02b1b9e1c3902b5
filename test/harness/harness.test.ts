import { spawnSync } from 'node:child_process';
import { connect, createServer, type AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { artifactResponse, startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { LOOPBACK_ONLY_NODE_OPTIONS, parseAnnotations, parseEnvFile } from './mini-runner.js';

describe('parseEnvFile (the runner rules)', () => {
  it('reads NAME=VALUE and heredocs, whichever of = and << comes first', () => {
    expect(parseEnvFile('A=1\nB<<EOF\nx=y\nsecond\nEOF\nC=a<<b\n')).toEqual({
      A: '1',
      B: 'x=y\nsecond',
      C: 'a<<b',
    });
    expect(parseEnvFile('D<<X=Y\nvalue\nX=Y\n')).toEqual({ D: 'value' });
  });
  it('refuses a heredoc without its closing delimiter', () => {
    expect(() => parseEnvFile('A<<EOF\nvalue\n')).toThrow(/Matching delimiter not found/);
    expect(() => parseEnvFile('no separator\n')).toThrow(/Invalid format/);
  });
  it('reads annotations as the runner does', () => {
    expect(parseAnnotations('  ::warning title=x::50%25 done\nplain\n::error::a%0Ab')).toEqual([
      { level: 'warning', message: '50% done' },
      { level: 'error', message: 'a\nb' },
    ]);
  });
});

describe('the fake GitHub', () => {
  let github: FakeGitHub;
  beforeEach(async () => {
    github = await startFakeGitHub();
  });
  afterEach(async () => {
    await github.stop();
  });

  it('names an unknown route when asserted', async () => {
    await fetch(`${github.url}/repos/octo/app/not-a-route`);
    expect(() => github.assertNoUnknownRoutes()).toThrow(
      'unknown route GET /repos/octo/app/not-a-route',
    );
  });

  it('paginates with Link headers and refuses per_page over 100', async () => {
    for (let id = 1; id <= 150; id++) github.addRun({ id });
    const first = await fetch(
      `${github.url}/repos/octo/app/actions/workflows/ci.yml/runs?per_page=100`,
    );
    expect(((await first.json()) as { workflow_runs: unknown[] }).workflow_runs).toHaveLength(100);
    expect(first.headers.get('link')).toContain('rel="next"');
    const second = await fetch(
      `${github.url}/repos/octo/app/actions/workflows/ci.yml/runs?per_page=100&page=2`,
    );
    expect(((await second.json()) as { workflow_runs: unknown[] }).workflow_runs).toHaveLength(50);
    expect(
      (await fetch(`${github.url}/repos/octo/app/actions/workflows/ci.yml/runs?per_page=101`))
        .status,
    ).toBe(422);
    expect(() => github.assertNoUnknownRoutes()).toThrow(/per_page=101/);
  });

  it('answers a zip download with a 302 to another origin', async () => {
    github.addRun({ id: 1 });
    const stored = await github.addArtifact({
      runId: 1,
      name: 'a',
      files: { 'run-profile.json': '{}' },
    });
    const response = await fetch(
      `${github.url}/repos/octo/app/actions/artifacts/${stored.artifact.id}/zip`,
      { redirect: 'manual' },
    );
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/blob-download\//);
    expect(new URL(response.headers.get('location') ?? '').origin).not.toBe(github.url);
  });
});

describe('typed responses', () => {
  it('a wrong shape does not compile', () => {
    // The compiler is the check: `tsc --noEmit` (npm run typecheck) fails if this stops being an error.
    const wrong = () =>
      artifactResponse({
        id: 1,
        name: 'x',
        // @ts-expect-error size_in_bytes is a number in the REST schema
        sizeInBytes: 'big',
        expired: false,
        createdAt: '',
        run: { id: 1, repositoryId: 1, headRepositoryId: 1, headBranch: 'main', headSha: '' },
        baseUrl: '',
        repository: 'o/r',
      });
    expect(typeof wrong).toBe('function');
  });
});

describe('no network', () => {
  it('a step cannot reach a host outside loopback through the proxy variables', () => {
    const result = spawnSync(
      process.execPath,
      ['-e', "fetch('http://example.com').then(() => process.exit(0), () => process.exit(3))"],
      {
        env: {
          ...process.env,
          HTTP_PROXY: 'http://127.0.0.1:9',
          HTTPS_PROXY: 'http://127.0.0.1:9',
          NODE_USE_ENV_PROXY: '1',
          NO_PROXY: '127.0.0.1,localhost',
        },
        timeout: 20_000,
      },
    );
    expect(result.status).toBe(3);
  });

  // An address literal needs no DNS and ignores the proxy variables: only the socket guard stops it.
  const rawConnect =
    "require('node:net').connect(443, '140.82.112.3').on('error', (e) => { console.log(e.message); process.exit(3); }).on('connect', () => process.exit(0))";

  it('a Node process of a job cannot open a TCP connection outside loopback', () => {
    const result = spawnSync(process.execPath, ['-e', rawConnect], {
      env: { ...process.env, NODE_OPTIONS: LOOPBACK_ONLY_NODE_OPTIONS },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(3);
    expect(result.stdout).toMatch(
      /no network outside loopback \(a connection to 140\.82\.112\.3\)/,
    );
  });

  it('nor can the test process itself, while loopback still works', async () => {
    const refused = await new Promise<Error>((resolve, reject) => {
      const socket = connect(443, '140.82.112.3');
      socket.on('error', resolve).on('connect', () => reject(new Error('connected')));
    });
    expect(refused.message).toMatch(/no network outside loopback/);
    // fetch (undici) goes through the same sockets: its failure's cause is the guard's refusal.
    const fetchError = await fetch('https://api.github.com/zen').then(
      () => null,
      (error: Error) => error,
    );
    expect((fetchError?.cause as Error | undefined)?.message).toMatch(
      /no network outside loopback \(a connection to api\.github\.com\)/,
    );

    const server = createServer((socket) => socket.end('hi'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const reply = await new Promise<string>((resolve, reject) => {
      connect(port, '127.0.0.1')
        .on('data', (data) => resolve(data.toString()))
        .on('error', reject);
    });
    server.close();
    expect(reply).toBe('hi');
  });
});
