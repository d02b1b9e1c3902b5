// Worker-count strategies measured against each other inside one memory limit (benchmark 4).
import { inCgroup } from './cgroup.mjs';
import { fixed, median, MiB } from './stats.mjs';

export const QUALITY_HEADER = [
  'limit',
  'strategy',
  'N',
  'OOM kills (5 runs)',
  'failed runs',
  'wall s (median)',
  '÷ oracle',
];

/**
 * The oracle's candidate: the fastest worker count with no OOM kill and no failure in a sweep of
 * 1..maxWorkers, one run each, stopping at the first failure. measureStrategies then measures it
 * like the others and keeps whichever clean configuration was fastest.
 */
export function sweepOracle(limit, jobFor, maxWorkers) {
  let oracle = 1;
  let oracleWall = Infinity;
  for (let workers = 1; workers <= maxWorkers; workers++) {
    const result = inCgroup(limit, jobFor(workers, 1));
    if (result.status !== 0 || result.oomKills > 0) break;
    if (result.wallMs < oracleWall) {
      oracle = workers;
      oracleWall = result.wallMs;
    }
  }
  return oracle;
}

/**
 * Runs every strategy 5 times (seeds 1–5) inside the limit; strategies with the same worker count
 * and environment share one measurement. Returns table rows and a lookup by strategy name.
 */
export function measureStrategies(limit, strategies, jobFor) {
  const keyOf = ({ workers, env }) => `${workers} ${env?.NODE_OPTIONS ?? ''}`;
  const measured = new Map();
  for (const { workers, env } of strategies) {
    const key = keyOf({ workers, env });
    if (measured.has(key)) continue;
    const walls = [];
    let oomKills = 0;
    let failures = 0;
    for (let run = 0; run < 5; run++) {
      const result = inCgroup(limit, jobFor(workers, 1 + run), env);
      walls.push(result.wallMs);
      oomKills += result.oomKills;
      if (result.status !== 0) failures++;
    }
    measured.set(key, { wall: median(walls), oomKills, failures });
  }
  // The sweep ran each count once; a count it skipped or failed by chance may have run cleanly
  // five times as another strategy. The oracle is the fastest clean configuration measured.
  const oracle = strategies.find((strategy) => strategy.name === 'oracle');
  const clean = (result) => result.oomKills === 0 && result.failures === 0;
  for (const strategy of strategies) {
    const candidate = measured.get(keyOf(strategy));
    const best = measured.get(keyOf(oracle));
    if (clean(candidate) && (!clean(best) || candidate.wall < best.wall)) {
      oracle.workers = strategy.workers;
      oracle.env = strategy.env;
    }
  }
  const oracleWall = measured.get(keyOf(oracle)).wall;
  const results = new Map();
  const rows = strategies.map(({ name, workers, env }) => {
    const result = measured.get(keyOf({ workers, env }));
    results.set(name, { ...result, ratio: result.wall / oracleWall });
    return [
      `${limit / MiB} MiB`,
      name,
      String(workers) + (env?.NODE_OPTIONS ? ` (${env.NODE_OPTIONS})` : ''),
      String(result.oomKills),
      String(result.failures),
      fixed(result.wall / 1000, 2),
      fixed(result.wall / oracleWall, 2),
    ];
  });
  return { rows, results };
}
