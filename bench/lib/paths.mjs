// Where the benchmarks find the shipped code (dist/) and their workloads (bench/workload/).
import { join } from 'node:path';

/** The repository root: this file is bench/lib/paths.mjs. */
export const ROOT = new URL('../..', import.meta.url).pathname;
/** The bundled entry point of `entry` (main, post, sampler, cli), as the action ships it. */
export const DIST = (entry) => join(ROOT, 'dist', entry, 'index.js');
export const CLI = DIST('cli');
/** Workers that hold their memory (Buffers): benchmark 4a. */
export const JOB = join(ROOT, 'bench/workload/job.mjs');
/** Workers whose memory is mostly garbage: benchmark 4b. */
export const GC_JOB = join(ROOT, 'bench/workload/gc-job.mjs');
