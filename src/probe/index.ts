export {
  probeCapacity,
  probeMachine,
  readCgroupMemoryNow,
  currentOsFacts,
  readFileOrNull,
} from './probe.js';
export type { MachineProbeOptions, OsFacts, ProbeOptions, ReadFile } from './probe.js';
export type { HostFacts } from './host.js';
export type { Capacity, CgroupLimits } from './types.js';
