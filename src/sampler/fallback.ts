/**
 * Process listings for macOS and Windows, where there is no /proc: ONE listing command per tick
 * (never one per process), at a lower rate than on Linux. Parsing is pure and tested with
 * captured output; the command runs in the sampler's own process, off the job's critical path.
 */
import { execFileSync } from 'node:child_process';
import { basename, win32 } from 'node:path';
import { KiB } from '../shared/units.js';
import type { ProcessSnapshot } from './proc-reader.js';
import type { ProcessSource } from './sampler.js';

/** The slowest rate the fallbacks sample at: a listing costs tens of milliseconds of CPU. */
export const FALLBACK_MIN_INTERVAL_MS = 2000;

/** `ps -axo pid=,ppid=,rss=,comm=` (macOS: rss in KiB, comm the executable's path). */
export function parsePsOutput(text: string): ProcessSnapshot[] {
  const processes: ProcessSnapshot[] = [];
  for (const line of text.split('\n')) {
    const match = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.+?)\s*$/.exec(line);
    if (!match) continue;
    const [, pid, ppid, rssKiB, command = ''] = match;
    processes.push({
      pid: Number(pid),
      ppid: Number(ppid),
      startTime: 0,
      rssBytes: Number(rssKiB) * KiB,
      name: basename(command),
    });
  }
  return processes;
}

/** Lines `pid,ppid,workingSetBytes,name` printed by the PowerShell command below. */
export function parseWindowsListing(text: string): ProcessSnapshot[] {
  const processes: ProcessSnapshot[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^(\d+),(\d+),(\d+),(.+)$/.exec(line.trim());
    if (!match) continue;
    const [, pid, ppid, workingSet, name = ''] = match;
    processes.push({
      pid: Number(pid),
      ppid: Number(ppid),
      startTime: 0,
      rssBytes: Number(workingSet),
      name: win32.basename(name),
    });
  }
  return processes;
}

const WINDOWS_LISTING =
  'Get-CimInstance Win32_Process | ForEach-Object { "$($_.ProcessId),$($_.ParentProcessId),$($_.WorkingSetSize),$($_.Name)" }';

/** The listing source for this platform, or null on Linux (use /proc) and unknown systems. */
export function listingSource(platform: string): ProcessSource | null {
  if (platform === 'darwin') {
    return {
      name: 'ps',
      snapshot: () =>
        parsePsOutput(
          execFileSync('ps', ['-axo', 'pid=,ppid=,rss=,comm='], {
            encoding: 'utf8',
            maxBuffer: 16 * 1024 * 1024,
          }),
        ),
      close: () => undefined,
    };
  }
  if (platform === 'win32') {
    return {
      name: 'tasklist',
      snapshot: () =>
        parseWindowsListing(
          execFileSync(
            'powershell.exe',
            ['-NoProfile', '-NonInteractive', '-Command', WINDOWS_LISTING],
            {
              encoding: 'utf8',
              maxBuffer: 16 * 1024 * 1024,
              windowsHide: true,
            },
          ),
        ),
      close: () => undefined,
    };
  }
  return null;
}
