// A recorded machine (test/fixtures/host/<name>) played back to code that asks node:os and runs
// commands through node:child_process: process.platform, os.totalmem/freemem/cpus/arch/release,
// and exec/execSync/spawn answer from the machine's files. systeminformation keeps references to
// child_process's functions when it loads, so install this before it loads.
//
// Plain JavaScript so that a preload (`node --import`) can use it on the built dist/ too.
import childProcess from 'node:child_process';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import os from 'node:os';

const FIXTURES = new URL('../fixtures/host/', import.meta.url);

/** Reads test/fixtures/host/<name>: its machine.json with each command's output loaded. */
export function loadMachine(name) {
  const folder = new URL(`${name}/`, FIXTURES);
  const machine = JSON.parse(readFileSync(new URL('machine.json', folder), 'utf8'));
  const outputs = Object.entries(machine.commands).map(([prefix, file]) => [
    prefix,
    file === null ? null : readFileSync(new URL(file, folder), 'utf8'),
  ]);
  return { ...machine, outputs };
}

/**
 * The output for a command line: the longest command prefix the machine knows, looked up in the
 * command's first part; `X | grep PATTERN` and `egrep "PATTERN"` filter lines as the shell would.
 */
function answer(machine, commandLine) {
  const [first = '', ...filters] = commandLine.split(' | ');
  const command = first.replace(/\s*2>\S+$/, '').trim();
  let best = null;
  for (const [prefix, output] of machine.outputs) {
    if (command.includes(prefix) && (best === null || prefix.length > best[0].length))
      best = [prefix, output];
  }
  if (best === null || best[1] === null)
    return { error: Object.assign(new Error(`${command}: not found`), { code: 127 }), stdout: '' };
  let stdout = best[1];
  for (const filter of filters) {
    const pattern = /^e?grep\s+(?:"([^"]*)"|(\S+))/.exec(filter.trim());
    if (!pattern) continue;
    const regex = new RegExp(pattern[1] ?? pattern[2]);
    stdout = stdout
      .split('\n')
      .filter((line) => regex.test(line))
      .join('\n');
  }
  return { error: null, stdout };
}

function fakeChild() {
  const child = new EventEmitter();
  child.pid = 4242;
  child.stdout = new EventEmitter();
  child.stderr = new EventEmitter();
  child.stdin = { write: () => true, end: () => undefined };
  child.kill = () => true;
  return child;
}

/**
 * Plays `machine` back until `restore()` is called; `commands` lists the command lines run, in
 * order. A test that loads the library itself can call `restorePlatform()` as soon as it has
 * loaded (the library reads process.platform once, at load), so little else sees the change.
 */
export function installFakeHost(machine) {
  const commands = [];
  const saved = {
    platform: Object.getOwnPropertyDescriptor(process, 'platform'),
    os: {
      totalmem: os.totalmem,
      freemem: os.freemem,
      cpus: os.cpus,
      arch: os.arch,
      release: os.release,
    },
    childProcess: {
      exec: childProcess.exec,
      execSync: childProcess.execSync,
      spawn: childProcess.spawn,
    },
  };
  Object.defineProperty(process, 'platform', { value: machine.platform, configurable: true });
  const cpu = {
    model: machine.cpuModel,
    speed: 0,
    times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 },
  };
  Object.assign(os, {
    totalmem: () => machine.totalmem,
    freemem: () => machine.freemem,
    cpus: () => Array.from({ length: machine.cpus }, () => ({ ...cpu })),
    arch: () => machine.arch,
    release: () => machine.release,
  });
  Object.assign(childProcess, {
    exec(command, options, callback) {
      const done = typeof options === 'function' ? options : callback;
      commands.push(command);
      const { error, stdout } = answer(machine, command);
      process.nextTick(() => done?.(error, stdout, ''));
      return fakeChild();
    },
    execSync(command) {
      commands.push(command);
      const { error, stdout } = answer(machine, command);
      if (error) throw error;
      return Buffer.from(stdout);
    },
    spawn(file, args = []) {
      const command = [file, ...args].join(' ');
      commands.push(command);
      const { error, stdout } = answer(machine, command);
      const child = fakeChild();
      process.nextTick(() => {
        if (!error) child.stdout.emit('data', Buffer.from(stdout));
        child.emit('close', error ? 1 : 0);
      });
      return child;
    },
  });
  return {
    commands,
    restorePlatform() {
      if (saved.platform) Object.defineProperty(process, 'platform', saved.platform);
    },
    restore() {
      this.restorePlatform();
      Object.assign(os, saved.os);
      Object.assign(childProcess, saved.childProcess);
    },
  };
}
