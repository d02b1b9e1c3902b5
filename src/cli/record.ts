/**
 * Recording a command's memory in the CLI, shared by `run` and `exec`: an in-process sampler
 * whose job is the CLI's descendants, one phase per command run, and the run profile at the end.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildProfile } from '../profile/build.js';
import { profileHost, profileRun } from '../profile/identity.js';
import { serializeProfile } from '../profile/profile.js';
import type { RunProfile } from '../profile/types.js';
import type { Capacity } from '../probe/types.js';
import { readRunContext } from '../runner/context.js';
import { ensureWritableDirectory } from '../runner/files.js';
import { monotonicMs } from '../runner/process.js';
import { createSampler } from '../sampler/sampler.js';
import type { PhaseMark, SamplerLine, SamplerSampleLine } from '../sampler/types.js';
import { TOOL_VERSION } from '../shared/version.js';
import type { CliIo } from './io.js';

/** Missing folders of --out created at most (a bounded mkdir: /proc and the like end at once). */
const MAX_OUT_PARENTS = 8;

/** How a recorded command ended, and the samples taken while it ran. */
export interface CommandEnd {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** The shell's convention: the exit code, or 128 + the signal's number. */
  exitStatus: number;
  /** From the sample taken just before the command started to the last one taken while it ran. */
  samples: SamplerSampleLine[];
}

export interface Recording {
  /**
   * Runs `argv` (no shell; stdio inherited) as a phase of its own named `phase`, sampling its
   * process tree every interval. `sampleAfterExit` takes one more sample once it has ended, so an
   * OOM kill at the very end is counted in this phase, not the next.
   */
  run(
    argv: readonly string[],
    options: { phase: string; workers: number | null; sampleAfterExit?: boolean },
  ): Promise<CommandEnd>;
  /** Stops sampling and builds the run profile, `exitStatus` being the recorded command's. */
  finish(exitStatus: number): RunProfile;
}

/** A folder for --out that cannot be had is said before the command runs, not after. */
export function checkOutFolder(out: string | undefined): void {
  if (out) ensureWritableDirectory(dirname(out), MAX_OUT_PARENTS);
}

export function writeProfile(out: string | undefined, profile: RunProfile): void {
  if (out) writeFileSync(out, serializeProfile(profile));
}

export function startRecording(options: {
  capacity: Capacity;
  intervalMs: number;
  io: CliIo;
  /** The command's name in messages (`resource-planner run`). */
  who: string;
}): Recording {
  const { capacity, intervalMs, io } = options;
  const lines: SamplerLine[] = [];
  // The CLI is the root: its descendants (the command's tree) are the job. It samples in-process.
  const sampler = createSampler({
    rootPid: process.pid,
    samplerPid: -1,
    intervalMs,
    cgroup: capacity.cgroup,
    clock: monotonicMs,
    write: (line) => lines.push(line),
  });
  const started = new Date().toISOString();
  const phases: PhaseMark[] = [];
  return {
    async run(argv, { phase, workers, sampleAfterExit = false }) {
      phases.push({ name: phase, t: monotonicMs(), workersRecommended: workers });
      const from = lines.length;
      const child = spawn(argv[0] as string, argv.slice(1), { stdio: 'inherit' });
      const timer = setInterval(() => sampler.tick(), intervalMs);
      sampler.tick();
      const { code, signal } = await new Promise<{
        code: number | null;
        signal: NodeJS.Signals | null;
      }>((resolve) => {
        child.once('error', (error) => {
          io.stderr(`${options.who}: cannot start ${argv[0]}: ${error.message}\n`);
          resolve({ code: 127, signal: null });
        });
        child.once('exit', (exitCode, exitSignal) =>
          resolve({ code: exitCode, signal: exitSignal }),
        );
      });
      clearInterval(timer);
      if (sampleAfterExit) sampler.tick();
      const endT = monotonicMs();
      const root = lines.slice(from).find((line) => line.k === 'proc' && line.pid === child.pid);
      if (signal && root && root.k === 'proc')
        lines.push({ k: 'exit', id: root.id, t: endT, signal });
      return {
        exitCode: code,
        signal,
        exitStatus: signal ? 128 + (signalNumber(signal) ?? 0) : (code ?? 1),
        samples: lines.slice(from).filter((line): line is SamplerSampleLine => line.k === 's'),
      };
    },
    finish(exitStatus) {
      const endT = monotonicMs();
      sampler.close('command-exited');
      return buildProfile({
        lines,
        phases,
        endT,
        host: profileHost(capacity),
        run: profileRun(readRunContext(io.env, {}), null, started, exitStatus),
        toolVersion: TOOL_VERSION,
        samplerDied: false,
        intervalMs,
        source: 'proc',
      });
    },
  };
}

function signalNumber(signal: NodeJS.Signals): number | null {
  const numbers: Partial<Record<NodeJS.Signals, number>> = {
    SIGHUP: 1,
    SIGINT: 2,
    SIGQUIT: 3,
    SIGABRT: 6,
    SIGKILL: 9,
    SIGSEGV: 11,
    SIGPIPE: 13,
    SIGTERM: 15,
  };
  return numbers[signal] ?? null;
}
