/**
 * A fake GitHub on 127.0.0.1 for end-to-end tests: the REST routes the product calls, and the
 * artifact upload path of @actions/artifact (Twirp CreateArtifact/FinalizeArtifact plus Azure
 * blob block/blocklist PUTs). State is inspectable; unknown routes are recorded and fail the test
 * through `assertNoUnknownRoutes()`; faults can be injected per route.
 *
 * Responses are built by typed factories over @octokit/openapi-types, so a wrong shape does not
 * compile.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { components } from '@octokit/openapi-types';
import yazl from 'yazl';

type Artifact = components['schemas']['artifact'];
type WorkflowRun = Pick<
  components['schemas']['workflow-run'],
  | 'id'
  | 'name'
  | 'head_branch'
  | 'head_sha'
  | 'run_attempt'
  | 'event'
  | 'status'
  | 'conclusion'
  | 'workflow_id'
  | 'created_at'
> & {
  repository: Pick<components['schemas']['minimal-repository'], 'id' | 'full_name'>;
  head_repository: Pick<components['schemas']['minimal-repository'], 'id' | 'full_name'>;
};
type IssueComment = Pick<
  components['schemas']['issue-comment'],
  'id' | 'body' | 'created_at' | 'updated_at' | 'html_url' | 'minimized'
> & {
  user: Pick<components['schemas']['simple-user'], 'login' | 'id' | 'type'>;
};
type PullRequest = Pick<components['schemas']['pull-request-simple'], 'number' | 'state'> & {
  head: { ref: string; sha: string; repo: { id: number; full_name: string } | null };
  base: { ref: string; sha: string };
};

export interface StoredRun extends WorkflowRun {
  workflowFile: string;
}

export interface StoredArtifact {
  artifact: Artifact;
  zip: Buffer;
}

export interface StoredComment extends IssueComment {
  issueNumber: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
}

export type Fault =
  | { kind: 'status'; status: number; message?: string }
  | { kind: 'rate-limit'; retryAfterSeconds: number; status?: 403 | 429 }
  | { kind: 'hang' }
  | { kind: 'truncated' };

interface FaultRule {
  method: string;
  path: string | RegExp;
  /** Query parameters that must all match too (e.g. one artifact name). */
  query?: Record<string, string>;
  remaining: number;
  fault: Fault;
}

/** Typed factory: a wrong field type or a missing required field fails typechecking. */
export function artifactResponse(fields: {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  createdAt: string;
  run: {
    id: number;
    repositoryId: number;
    headRepositoryId: number;
    headBranch: string;
    headSha: string;
  };
  baseUrl: string;
  repository: string;
}): Artifact {
  return {
    id: fields.id,
    node_id: `MDg6QXJ0aWZhY3Q${fields.id}`,
    name: fields.name,
    size_in_bytes: fields.sizeInBytes,
    url: `${fields.baseUrl}/repos/${fields.repository}/actions/artifacts/${fields.id}`,
    archive_download_url: `${fields.baseUrl}/repos/${fields.repository}/actions/artifacts/${fields.id}/zip`,
    expired: fields.expired,
    created_at: fields.createdAt,
    expires_at: null,
    updated_at: fields.createdAt,
    workflow_run: {
      id: fields.run.id,
      repository_id: fields.run.repositoryId,
      head_repository_id: fields.run.headRepositoryId,
      head_branch: fields.run.headBranch,
      head_sha: fields.run.headSha,
    },
  };
}

export const BOT_LOGIN = 'github-actions[bot]';

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  repositoryId?: number;
  defaultBranch?: string;
}

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly repositoryId: number;
  readonly defaultBranch: string;
  readonly state = {
    runs: [] as StoredRun[],
    artifacts: [] as StoredArtifact[],
    comments: [] as StoredComment[],
    pulls: [] as PullRequest[],
    requests: [] as RecordedRequest[],
    unknownRoutes: [] as string[],
    violations: [] as string[],
    hosts: new Set<string>(),
  };
  private readonly faults: FaultRule[] = [];
  private readonly pendingUploads = new Map<
    string,
    { runId: number; name: string; blocks: Map<string, Buffer>; committed: Buffer | null }
  >();
  private readonly hanging = new Set<ServerResponse>();
  private nextId = 1000;
  private server: Server | null = null;
  /** Artifact blobs are served from a second origin, as GitHub serves them from blob storage. */
  private blobServer: Server | null = null;
  url = '';
  blobUrl = '';
  /** Milliseconds every request waits before it is answered (an API round trip, e.g. 150). */
  latencyMs = 0;

  constructor(options: FakeGitHubOptions = {}) {
    this.owner = options.owner ?? 'octo';
    this.repo = options.repo ?? 'app';
    this.repositoryId = options.repositoryId ?? 4242;
    this.defaultBranch = options.defaultBranch ?? 'main';
  }

  get repository(): string {
    return `${this.owner}/${this.repo}`;
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      void this.handle(request, response).catch((error: unknown) => {
        this.state.violations.push(`handler error: ${String(error)}`);
        if (!response.headersSent) this.json(response, 500, { message: 'fake failed' });
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    this.blobServer = createServer((request, response) => {
      void this.handle(request, response).catch(() => response.destroy());
    });
    await new Promise<void>((resolve) => this.blobServer?.listen(0, '127.0.0.1', resolve));
    this.blobUrl = `http://127.0.0.1:${(this.blobServer.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    for (const server of [this.server, this.blobServer]) {
      server?.closeAllConnections();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    }
  }

  /** Throws naming every unknown route or request violation seen. */
  assertNoUnknownRoutes(): void {
    const problems = [
      ...this.state.unknownRoutes.map((route) => `unknown route ${route}`),
      ...this.state.violations,
    ];
    if (problems.length > 0) throw new Error(`fake GitHub saw: ${problems.join('; ')}`);
  }

  injectFault(rule: {
    method: string;
    path: string | RegExp;
    query?: Record<string, string>;
    times?: number;
    fault: Fault;
  }): void {
    this.faults.push({
      method: rule.method,
      path: rule.path,
      query: rule.query,
      remaining: rule.times ?? Number.POSITIVE_INFINITY,
      fault: rule.fault,
    });
  }

  addRun(
    fields: Partial<StoredRun> & { id: number; headBranch?: string; headRepositoryId?: number },
  ): StoredRun {
    const headRepositoryId = fields.headRepositoryId ?? this.repositoryId;
    const run: StoredRun = {
      id: fields.id,
      name: fields.name ?? 'CI',
      head_branch: fields.headBranch ?? fields.head_branch ?? this.defaultBranch,
      head_sha: fields.head_sha ?? `${String(fields.id).padStart(40, 'a')}`.slice(-40),
      run_attempt: fields.run_attempt ?? 1,
      event: fields.event ?? 'push',
      status: fields.status ?? 'completed',
      conclusion: fields.conclusion ?? 'success',
      workflow_id: 77,
      created_at:
        fields.created_at ?? new Date(Date.UTC(2026, 10, 1) + fields.id * 1000).toISOString(),
      repository: { id: this.repositoryId, full_name: this.repository },
      head_repository: {
        id: headRepositoryId,
        full_name: headRepositoryId === this.repositoryId ? this.repository : 'fork/app',
      },
      workflowFile: fields.workflowFile ?? 'ci.yml',
    };
    this.state.runs.push(run);
    return run;
  }

  /** Seeds an artifact with the given files (zipped here) or raw zip bytes. */
  async addArtifact(fields: {
    runId: number;
    name: string;
    files?: Record<string, string | Buffer>;
    zip?: Buffer;
    expired?: boolean;
    sizeInBytes?: number;
  }): Promise<StoredArtifact> {
    const zip = fields.zip ?? (await zipFiles(fields.files ?? {}));
    const run = this.state.runs.find((candidate) => candidate.id === fields.runId);
    const stored: StoredArtifact = {
      artifact: artifactResponse({
        id: this.nextId++,
        name: fields.name,
        sizeInBytes: fields.sizeInBytes ?? zip.length,
        expired: fields.expired ?? false,
        createdAt: run?.created_at ?? new Date().toISOString(),
        run: {
          id: fields.runId,
          repositoryId: this.repositoryId,
          headRepositoryId: Number(run?.head_repository.id ?? this.repositoryId),
          headBranch: run?.head_branch ?? this.defaultBranch,
          headSha: run?.head_sha ?? ''.padStart(40, '0'),
        },
        baseUrl: this.url,
        repository: this.repository,
      }),
      zip,
    };
    this.state.artifacts.push(stored);
    return stored;
  }

  addPullRequest(pull: PullRequest): void {
    this.state.pulls.push(pull);
  }

  addComment(fields: {
    issueNumber: number;
    body: string;
    login?: string;
    minimized?: boolean;
  }): StoredComment {
    const now = new Date().toISOString();
    const id = this.nextId++;
    const comment: StoredComment = {
      id,
      issueNumber: fields.issueNumber,
      body: fields.body,
      created_at: now,
      updated_at: now,
      html_url: `https://github.com/${this.repository}/pull/${fields.issueNumber}#issuecomment-${id}`,
      minimized: fields.minimized ? { reason: 'outdated' } : null,
      user: { login: fields.login ?? BOT_LOGIN, id: 41898282, type: 'Bot' },
    };
    this.state.comments.push(comment);
    return comment;
  }

  commentsOn(issueNumber: number): StoredComment[] {
    return this.state.comments.filter((comment) => comment.issueNumber === issueNumber);
  }

  private json(
    response: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    response.end(JSON.stringify(body));
  }

  private fault(method: string, path: string, query: URLSearchParams): Fault | null {
    for (const rule of this.faults) {
      const matches =
        rule.method === method &&
        (typeof rule.path === 'string' ? rule.path === path : rule.path.test(path)) &&
        Object.entries(rule.query ?? {}).every(([key, value]) => query.get(key) === value);
      if (matches && rule.remaining > 0) {
        rule.remaining--;
        return rule.fault;
      }
    }
    return null;
  }

  private paginate<T>(
    response: ServerResponse,
    path: string,
    query: URLSearchParams,
    items: T[],
    wrap: (page: T[]) => unknown,
  ): void {
    const perPage = Number(query.get('per_page') ?? '30');
    const page = Number(query.get('page') ?? '1');
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
      this.state.violations.push(`per_page=${query.get('per_page')} on ${path}`);
      this.json(response, 422, { message: 'per_page must be between 1 and 100' });
      return;
    }
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const links: string[] = [];
    const link = (target: number, rel: string): string => {
      const next = new URLSearchParams(query);
      next.set('page', String(target));
      return `<${this.url}${path}?${next.toString()}>; rel="${rel}"`;
    };
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    this.json(response, 200, wrap(slice), links.length > 0 ? { link: links.join(', ') } : {});
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const url = new URL(request.url ?? '/', 'http://fake');
    const method = request.method ?? 'GET';
    const path = url.pathname;
    this.state.hosts.add(request.headers.host ?? '');
    const body = await readBody(request);
    const record = (status: number): void => {
      this.state.requests.push({
        method,
        path,
        query: Object.fromEntries(url.searchParams),
        status,
      });
    };

    const fault = this.fault(method, path, url.searchParams);
    if (fault) {
      if (fault.kind === 'hang') {
        this.hanging.add(response);
        record(0);
        return;
      }
      if (fault.kind === 'truncated') {
        record(200);
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        response.end('{"tru');
        return;
      }
      if (fault.kind === 'rate-limit') {
        const status = fault.status ?? 429;
        record(status);
        this.json(
          response,
          status,
          { message: 'API rate limit exceeded' },
          { 'retry-after': String(fault.retryAfterSeconds), 'x-ratelimit-remaining': '0' },
        );
        return;
      }
      record(fault.status);
      this.json(response, fault.status, {
        message:
          fault.message ??
          (fault.status === 403
            ? 'Resource not accessible by integration'
            : `status ${fault.status}`),
      });
      return;
    }

    const status = await this.route(method, path, url.searchParams, body, request, response);
    record(status);
  }

  /** Returns the status it answered with. */
  private async route(
    method: string,
    path: string,
    query: URLSearchParams,
    body: Buffer,
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<number> {
    const repoPrefix = `/repos/${this.owner}/${this.repo}`;
    let match: RegExpExecArray | null;

    // --- REST ---
    if (method === 'GET' && path === '/user') {
      this.json(response, 403, { message: 'Resource not accessible by integration' });
      return 403;
    }
    if (method === 'GET' && path === repoPrefix) {
      this.json(response, 200, {
        id: this.repositoryId,
        full_name: this.repository,
        default_branch: this.defaultBranch,
      });
      return 200;
    }
    if (
      method === 'GET' &&
      (match = new RegExp(`^${repoPrefix}/actions/workflows/([^/]+)/runs$`).exec(path))
    ) {
      const workflow = decodeURIComponent(match[1] as string);
      const runs = this.state.runs
        .filter((run) => run.workflowFile === workflow)
        .filter((run) => !query.get('branch') || run.head_branch === query.get('branch'))
        .filter((run) => !query.get('event') || run.event === query.get('event'))
        .filter((run) => {
          const wanted = query.get('status');
          return !wanted || run.status === wanted || run.conclusion === wanted;
        })
        .sort((a, b) => Number(b.id) - Number(a.id));
      this.paginate(response, path, query, runs, (page) => ({
        total_count: runs.length,
        workflow_runs: page.map(publicRun),
      }));
      return response.statusCode;
    }
    if (
      method === 'GET' &&
      (match = new RegExp(`^${repoPrefix}/actions/runs/(\\d+)/artifacts$`).exec(path))
    ) {
      const runId = Number(match[1]);
      const artifacts = this.state.artifacts
        .filter((stored) => stored.artifact.workflow_run?.id === runId)
        .map((stored) => stored.artifact);
      this.paginate(response, path, query, artifacts, (page) => ({
        total_count: artifacts.length,
        artifacts: page,
      }));
      return response.statusCode;
    }
    if (
      method === 'GET' &&
      (match = new RegExp(`^${repoPrefix}/actions/runs/(\\d+)$`).exec(path))
    ) {
      const run = this.state.runs.find((candidate) => candidate.id === Number(match?.[1]));
      if (!run) return this.notFound(response);
      this.json(response, 200, publicRun(run));
      return 200;
    }
    if (method === 'GET' && path === `${repoPrefix}/actions/artifacts`) {
      const name = query.get('name');
      const artifacts = this.state.artifacts
        .map((stored) => stored.artifact)
        .filter((artifact) => !name || artifact.name === name)
        .sort((a, b) => b.id - a.id);
      this.paginate(response, path, query, artifacts, (page) => ({
        total_count: artifacts.length,
        artifacts: page,
      }));
      return response.statusCode;
    }
    if (
      method === 'GET' &&
      (match = new RegExp(`^${repoPrefix}/actions/artifacts/(\\d+)/zip$`).exec(path))
    ) {
      const stored = this.state.artifacts.find(
        (candidate) => candidate.artifact.id === Number(match?.[1]),
      );
      if (!stored) return this.notFound(response);
      if (stored.artifact.expired) {
        this.json(response, 410, { message: 'Artifact has expired' });
        return 410;
      }
      response.writeHead(302, {
        location: `${this.blobUrl}/blob-download/${stored.artifact.id}?sig=fake`,
      });
      response.end();
      return 302;
    }
    if (method === 'GET' && (match = /^\/blob-download\/(\d+)$/.exec(path))) {
      const stored = this.state.artifacts.find(
        (candidate) => candidate.artifact.id === Number(match?.[1]),
      );
      if (!stored) return this.notFound(response);
      // Another origin: a client that forwarded the token there would leak it to blob storage.
      if (request.headers.authorization)
        this.state.violations.push('the blob download carried an Authorization header');
      response.writeHead(200, {
        'content-type': 'application/zip',
        'content-length': String(stored.zip.length),
      });
      response.end(stored.zip);
      return 200;
    }
    if ((match = new RegExp(`^${repoPrefix}/issues/(\\d+)/comments$`).exec(path))) {
      const issueNumber = Number(match[1]);
      if (method === 'GET') {
        const comments = this.commentsOn(issueNumber).sort((a, b) => Number(a.id) - Number(b.id));
        this.paginate(response, path, query, comments, (page) => page.map(publicComment));
        return response.statusCode;
      }
      if (method === 'POST') {
        const text = parseJsonBody(body)?.body;
        if (typeof text !== 'string') return this.unprocessable(response, 'body is required');
        if (text.length > 65_536)
          return this.unprocessable(response, 'body is too long (maximum is 65536 characters)');
        const comment = this.addComment({ issueNumber, body: text });
        this.json(response, 201, publicComment(comment));
        return 201;
      }
    }
    if ((match = new RegExp(`^${repoPrefix}/issues/comments/(\\d+)$`).exec(path))) {
      const comment = this.state.comments.find((candidate) => candidate.id === Number(match?.[1]));
      if (!comment) return this.notFound(response);
      if (method === 'PATCH') {
        const text = parseJsonBody(body)?.body;
        if (typeof text !== 'string') return this.unprocessable(response, 'body is required');
        if (text.length > 65_536)
          return this.unprocessable(response, 'body is too long (maximum is 65536 characters)');
        comment.body = text;
        comment.updated_at = new Date().toISOString();
        this.json(response, 200, publicComment(comment));
        return 200;
      }
      if (method === 'DELETE') {
        this.state.comments.splice(this.state.comments.indexOf(comment), 1);
        response.writeHead(204);
        response.end();
        return 204;
      }
    }
    if (method === 'GET' && path === `${repoPrefix}/pulls`) {
      const head = query.get('head');
      const pulls = this.state.pulls.filter((pull) => {
        if (query.get('state') && query.get('state') !== 'all' && pull.state !== query.get('state'))
          return false;
        if (!head) return true;
        const [owner, branch] = head.split(':');
        return pull.head.ref === branch && pull.head.repo?.full_name.split('/')[0] === owner;
      });
      this.paginate(response, path, query, pulls, (page) => page);
      return response.statusCode;
    }

    // --- Artifact upload (Twirp + Azure blob), as @actions/artifact 6 speaks it ---
    const twirp = '/twirp/github.actions.results.api.v1.ArtifactService/';
    if (method === 'POST' && path === `${twirp}CreateArtifact`) {
      const request = parseJsonBody(body);
      const runId = backendRunId(String(request?.workflow_run_backend_id ?? ''));
      if (!request || typeof request.name !== 'string' || runId === null)
        return this.unprocessable(response, 'CreateArtifact needs name and backend ids');
      if (
        this.state.artifacts.some(
          (stored) =>
            stored.artifact.workflow_run?.id === runId && stored.artifact.name === request.name,
        )
      ) {
        this.json(response, 409, {
          code: 'already_exists',
          msg: 'an artifact with this name already exists on the workflow run',
        });
        return 409;
      }
      const uploadId = String(this.nextId++);
      this.pendingUploads.set(uploadId, {
        runId,
        name: request.name,
        blocks: new Map(),
        committed: null,
      });
      this.json(response, 200, {
        ok: true,
        signed_upload_url: `${this.url}/devstoreaccount1/actions-results/${uploadId}?sig=fake&se=2099-01-01`,
      });
      return 200;
    }
    if (method === 'PUT' && (match = /^\/devstoreaccount1\/actions-results\/(\d+)$/.exec(path))) {
      const upload = this.pendingUploads.get(match[1] as string);
      if (!upload) return this.notFound(response);
      const comp = query.get('comp');
      if (comp === 'block') upload.blocks.set(query.get('blockid') ?? '', body);
      else if (comp === 'blocklist') {
        const ids = [
          ...body
            .toString('utf8')
            .matchAll(
              /<(?:Latest|Uncommitted|Committed)>([^<]+)<\/(?:Latest|Uncommitted|Committed)>/g,
            ),
        ].map((found) => found[1] as string);
        upload.committed = Buffer.concat(ids.map((id) => upload.blocks.get(id) ?? Buffer.alloc(0)));
      } else upload.committed = body;
      response.writeHead(201, {
        etag: '"0x1"',
        'last-modified': new Date().toUTCString(),
        'x-ms-request-server-encrypted': 'true',
        'x-ms-version': '2024-05-04',
        'x-ms-content-crc64': 'AAAAAAAAAAA=',
      });
      response.end();
      return 201;
    }
    if (method === 'POST' && path === `${twirp}FinalizeArtifact`) {
      const request = parseJsonBody(body);
      const runId = backendRunId(String(request?.workflow_run_backend_id ?? ''));
      const upload = [...this.pendingUploads.entries()].find(
        ([, pending]) => pending.runId === runId && pending.name === request?.name,
      );
      if (runId === null || !upload || !upload[1].committed)
        return this.unprocessable(response, 'FinalizeArtifact without an uploaded blob');
      this.pendingUploads.delete(upload[0]);
      if (!this.state.runs.some((run) => run.id === runId)) this.addRun({ id: runId });
      const stored = await this.addArtifact({
        runId,
        name: upload[1].name,
        zip: upload[1].committed,
      });
      this.json(response, 200, { ok: true, artifact_id: String(stored.artifact.id) });
      return 200;
    }

    this.state.unknownRoutes.push(`${method} ${path}`);
    this.json(response, 404, { message: `fake GitHub has no route ${method} ${path}` });
    return 404;
  }

  private notFound(response: ServerResponse): number {
    this.json(response, 404, { message: 'Not Found' });
    return 404;
  }

  private unprocessable(response: ServerResponse, message: string): number {
    this.state.violations.push(message);
    this.json(response, 422, { message });
    return 422;
  }
}

function publicRun(run: StoredRun): WorkflowRun {
  const { workflowFile, ...rest } = run;
  void workflowFile;
  return rest;
}

function publicComment(comment: StoredComment): IssueComment {
  const { issueNumber, ...rest } = comment;
  void issueNumber;
  return rest;
}

function parseJsonBody(body: Buffer): Record<string, unknown> | null {
  try {
    const value = JSON.parse(body.toString('utf8')) as unknown;
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The fake runtime token's backend ids are `run-<runId>`. */
function backendRunId(id: string): number | null {
  const match = /^run-(\d+)$/.exec(id);
  return match ? Number(match[1]) : null;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Zips files in memory (deflate), as the artifact client does. */
export function zipFiles(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(files))
    zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), name);
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

/** A runtime token the artifact client accepts: a JWT whose `scp` names the run and job. */
export function fakeRuntimeToken(runId: number): string {
  const encode = (value: unknown): string =>
    Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ scp: `Actions.ExampleScope Actions.Results:run-${runId}:job-${runId}` })}.c2lnbmF0dXJl`;
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  return new FakeGitHub(options).start();
}
