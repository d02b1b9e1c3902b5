// CPU time and process counts from /proc (Linux only).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const CLK_TCK = 100; // USER_HZ on Linux: /proc/PID/stat times are in 1/100 s.

/** The fields of /proc/PID/stat after `comm`, which may hold spaces: field 3 is index 0. */
function statFields(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** CPU seconds used by this process's waited-for children so far (cutime + cstime). */
export function childrenCpuSeconds() {
  const fields = statFields('self');
  return (Number(fields[13]) + Number(fields[14])) / CLK_TCK;
}

/** CPU seconds used by process `pid` itself so far (utime + stime). */
export function processCpuSeconds(pid) {
  const fields = statFields(pid);
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
}

/** How many processes /proc lists right now, as `ls /proc` sees them. */
export function procCount() {
  return execFileSync('ls', ['/proc'])
    .toString()
    .split('\n')
    .filter((name) => /^\d+$/.test(name)).length;
}
