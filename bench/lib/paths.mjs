// Where the benchmarks find the shipped code (dist/) and their workloads (bench/workload/).
import { join } from 'node:path';

/** The repository root: this file is bench/lib/paths.mjs. */
export const ROOT = new URL('../..', import.meta.url).pathname;
/** The bundled entry point of `entry` (main, post, sampler, cli), as the action ships it. */
export const DIST = (entry) => join(ROOT, 'dist', entry, 'index.js');
/**
 * The CLI the parts drive: dist/cli, or BENCH_CLI (e.g. a commit's
 * committed dist/cli/index.js extracted elsewhere while dist/ holds a build of uncommitted work).
 */
export const CLI = process.env.BENCH_CLI ?? DIST('cli');
/** Workers that hold their memory (Buffers): benchmark 4a. */
export const JOB = join(ROOT, 'bench/workload/job.mjs');
/** Workers whose memory is mostly garbage: benchmark 4b. */
export const GC_JOB = join(ROOT, 'bench/workload/gc-job.mjs');
/** A forked Python worker pool that holds its memory: benchmark 5c. */
export const PY_POOL = join(ROOT, 'bench/workload/py-pool.py');
