/** The real adapters of the post step. Heavy clients (artifact upload, Octokit) load on demand. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadHistoryFromDirectory } from '../history/load.js';
import type { PostDeps } from './post.js';
import { buildProfile } from '../profile/build.js';
import { serializeProfile } from '../profile/profile.js';
import { parseSamplesFile } from '../profile/samples-file.js';
import { renderPostRunSummary } from '../report/post-run.js';
import { createActionsRunner } from '../runner/actions-runner.js';
import { fileJobStore } from './job-state.js';
import { stopSampler } from '../sampler/spawn.js';
import { TOOL_VERSION } from '../shared/version.js';
import { monotonicMs, readEventPayload } from '../runner/process.js';

export function realPostDeps(): PostDeps {
  const env = process.env;
  const runner = createActionsRunner();
  return {
    runner,
    env,
    monotonicMs,
    readEventPayload: () => readEventPayload(env.GITHUB_EVENT_PATH, readFileSync),
    jobStore: fileJobStore,
    stopSampler: (identity) => stopSampler(identity),
    readTextFile: (path) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return null;
      }
    },
    writeTextFile: (path, text) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text, 'utf8');
    },
    parseSamples: parseSamplesFile,
    buildProfile,
    serializeProfile,
    renderPostRunSummary,
    upload: async (request) => {
      const { uploadProfileArtifact } = await import('../github/artifacts.js');
      return uploadProfileArtifact(request);
    },
    loadBaseline: (historyDir) => {
      try {
        return loadHistoryFromDirectory(historyDir).profiles.map((entry) => entry.profile);
      } catch {
        return [];
      }
    },
    compare: async (request) => {
      const { compareAndPublish } = await import('./publish-drift.js');
      return compareAndPublish(request, {
        env,
        request: async (token, apiUrl) => {
          const { requestFor } = await import('../github/client.js');
          return requestFor(token, apiUrl);
        },
        log: runner,
      });
    },
    pushMetrics: async (request) => {
      const { pushMetrics } = await import('../runner/pushgateway.js');
      return pushMetrics(request);
    },
    toolVersion: TOOL_VERSION,
    exitAbandoningPending: () => {
      // Everything the step writes is written (file commands synchronously); only the abandoned
      // request's sockets are left. End once stdout and stderr are flushed, keeping the exit code.
      process.stdout.write('', () => process.stderr.write('', () => process.exit()));
    },
  };
}
