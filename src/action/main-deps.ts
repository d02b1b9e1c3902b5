/**
 * The real adapters of the main step: process.env, the event payload file, /proc and cgroups,
 * the detached sampler and, loaded only when history is wanted, the GitHub client.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MainDeps } from './main.js';
import { probeMachine } from '../probe/index.js';
import { createActionsRunner } from '../runner/actions-runner.js';
import { installCliShim } from '../runner/cli-shim.js';
import { fileJobStore, writeSamplerIdentity } from './job-state.js';
import { alive, spawnSampler } from '../sampler/spawn.js';
import { TOOL_VERSION } from '../shared/version.js';
import { monotonicMs, readEventPayload } from '../runner/process.js';

/**
 * dist/main/index.js → dist/sampler/index.js. Built from parts so the bundler does not mistake it
 * for an asset to copy (it would copy the TypeScript source instead).
 */
function samplerScript(): string {
  const relative = ['..', 'sampler', 'index.js'].join('/');
  return fileURLToPath(new URL(relative, import.meta.url));
}

/** dist/main/index.js → dist/cli/index.js, built from parts for the same reason. */
function cliScript(): string {
  const relative = ['..', 'cli', 'index.js'].join('/');
  return fileURLToPath(new URL(relative, import.meta.url));
}

export function realMainDeps(): MainDeps {
  const env = process.env;
  const runner = createActionsRunner();
  return {
    runner,
    env,
    readEventPayload: () => readEventPayload(env.GITHUB_EVENT_PATH, readFileSync),
    jobStore: fileJobStore,
    probe: () => probeMachine(),
    monotonicMs,
    nowIso: () => new Date().toISOString(),
    // The runner worker starts each step's process directly, so the parent of this step is the
    // worker, and its descendants are the job's processes.
    jobRootPid: process.ppid,
    startSampler: (request) => {
      const handle = spawnSampler({
        script: samplerScript(),
        rootPid: request.rootPid,
        intervalMs: request.intervalMs,
        directory: request.jobDir,
        cgroup: request.capacity.cgroup,
      });
      const started = handle.identity;
      if (started) {
        try {
          writeSamplerIdentity(request.jobDir, started);
        } catch {
          // Only a fallback for an unreadable job state; the job state keeps the identity too.
        }
      }
      return handle;
    },
    isProcessAlive: alive,
    installCli: (folder, historyDir) =>
      installCliShim(folder, {
        nodePath: process.execPath,
        cliScript: cliScript(),
        historyDir,
        platform: process.platform,
      }),
    learn: async (request) => {
      const { learnFromGitHub } = await import('../history/learn-github.js');
      return learnFromGitHub(request);
    },
    report: async (inputs, payload) => {
      const { runReportMode } = await import('./report-mode.js');
      await runReportMode(runner, env, inputs, payload);
    },
    toolVersion: TOOL_VERSION,
  };
}
