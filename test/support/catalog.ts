import type { RunnerEntry } from '../../src/advise/catalog.js';

const MiB = 1024 * 1024;

/**
 * A 4-CPU Linux x64 runner of `memoryMiB`: with `smallAndBig`, the pair the elastic-memory tests
 * use (history of 500 MiB workers on 16 GiB: on 1.5 GiB several fit only if that memory shrinks).
 */
export const linuxRunner = (name: string, memoryMiB: number, price: number): RunnerEntry => ({
  name,
  label: null,
  os: 'linux',
  arch: 'x64',
  cpus: 4,
  memoryBytes: memoryMiB * MiB,
  pricePerMinuteUsd: price,
  visibility: 'any',
  source: 'test',
});

/** small (1.5 GiB, $0.004/min) and big (8 GiB, $0.016/min). */
export const smallAndBig: RunnerEntry[] = [
  linuxRunner('small', 1536, 0.004),
  linuxRunner('big', 8192, 0.016),
];
