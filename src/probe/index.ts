export { probeCapacity, readCgroupMemoryNow, currentOsFacts, readFileOrNull } from './probe.js';
export type { OsFacts, ProbeOptions, ReadFile } from './probe.js';
export type { Capacity, CgroupLimits } from './types.js';
