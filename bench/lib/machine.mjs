// The machine a run measured, for the header of RESULTS.md.
import os from 'node:os';
import { fixed } from './stats.mjs';

/** e.g. "AMD EPYC, 2 CPUs, 23.5 GiB RAM, Linux 6.18.44, Node v24.21.0". */
export function describeMachine() {
  const cpuModel = os.cpus()[0]?.model ?? 'unknown';
  return `${cpuModel}, ${os.availableParallelism()} CPUs, ${fixed(os.totalmem() / 1024 ** 3, 1)} GiB RAM, Linux ${os.release()}, Node ${process.version}`;
}
