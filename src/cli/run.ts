/** `resource-planner run`: run a command, record its memory as the action does, print the report. */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseInputs } from '../config/inputs.js';
import { probeMachine } from '../probe/index.js';
import { buildProfile } from '../profile/build.js';
import { profileHost, profileRun } from '../profile/identity.js';
import { serializeProfile } from '../profile/profile.js';
import { renderPostRunSummary } from '../report/post-run.js';
import { readRunContext } from '../runner/context.js';
import { ensureWritableDirectory } from '../runner/files.js';
import { monotonicMs } from '../runner/process.js';
import { createSampler } from '../sampler/sampler.js';
import type { SamplerLine } from '../sampler/types.js';
import { parseDurationMs } from '../shared/units.js';
import { TOOL_VERSION } from '../shared/version.js';
import type { CliIo } from './io.js';

/** Missing folders of --out created at most (a bounded mkdir: /proc and the like end at once). */
const MAX_OUT_PARENTS = 8;

/** `resource-planner run [--profile P] [--out FILE] [--interval MS] -- CMD...` */
export async function runCommand(args: string[], io: CliIo): Promise<number> {
  const separator = args.indexOf('--');
  const own = separator < 0 ? args : args.slice(0, separator);
  const command = separator < 0 ? [] : args.slice(separator + 1);
  const { values } = parseArgs({
    args: own,
    options: {
      profile: { type: 'string', default: 'default' },
      out: { type: 'string' },
      interval: { type: 'string', default: '250ms' },
    },
    strict: true,
  });
  const intervalMs = parseDurationMs(values.interval);
  if (command.length === 0 || intervalMs === null || intervalMs < 50) {
    io.stderr(
      'usage: resource-planner run [--profile P] [--out FILE] [--interval 250ms] -- COMMAND [ARGS...]\n',
    );
    return 2;
  }
  // A folder for --out that cannot be had is said before the command runs, not after.
  if (values.out) ensureWritableDirectory(dirname(values.out), MAX_OUT_PARENTS);
  const capacity = await probeMachine();
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
  const phases = [{ name: values.profile, t: monotonicMs(), workersRecommended: null }];
  const child = spawn(command[0] as string, command.slice(1), { stdio: 'inherit' });
  const timer = setInterval(() => sampler.tick(), intervalMs);
  sampler.tick();
  const { code, signal } = await new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
  }>((resolve) => {
    child.once('error', (error) => {
      io.stderr(`resource-planner run: cannot start ${command[0]}: ${error.message}\n`);
      resolve({ code: 127, signal: null });
    });
    child.once('exit', (exitCode, exitSignal) => resolve({ code: exitCode, signal: exitSignal }));
  });
  clearInterval(timer);
  const endT = monotonicMs();
  const root = lines.find((line) => line.k === 'proc' && line.pid === child.pid);
  if (signal && root && root.k === 'proc') lines.push({ k: 'exit', id: root.id, t: endT, signal });
  sampler.close('command-exited');

  const exitStatus = signal ? 128 + (signalNumber(signal) ?? 0) : (code ?? 1);
  const context = readRunContext(io.env, {});
  const profile = buildProfile({
    lines,
    phases,
    endT,
    host: profileHost(capacity),
    run: profileRun(context, null, started, exitStatus),
    toolVersion: TOOL_VERSION,
    samplerDied: false,
    intervalMs,
    source: 'proc',
  });
  if (values.out) writeFileSync(values.out, serializeProfile(profile));
  // The report's advisory uses the plan's default budget (the CLI's run takes no budget flags).
  io.stdout(renderPostRunSummary(profile, { budget: parseInputs(() => '').plan }));
  return exitStatus;
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
