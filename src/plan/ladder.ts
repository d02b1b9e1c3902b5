/**
 * The evidence ladder: what earlier runs prove about worker counts on this runner's memory, and
 * how far the plan may climb past it. Pure. docs/algorithm.md §3 explains it with an example.
 *
 *  - A count is *proven* by a run that used it cleanly (no OOM kill, exit status 0 where known)
 *    under the same or a tighter memory limit: it needs no prediction.
 *  - A count is *unsafe* from an OOM kill at it under the same or a looser limit (or a Node
 *    process stopped at the V8 heap limit: the heap cap is how the plan bounds memory), unless a later
 *    clean run at that count or more proved otherwise. Time decay forgets both after
 *    EVIDENCE_MAX_AGE_HALF_LIVES half-lives. When the newest run on this memory was OOM-killed,
 *    the next plan falls back to the largest proven count below it, without a step.
 *  - The plan may go past the largest proven count by one step only (one worker; 25% for large
 *    counts), and only where the predicted concurrent peak there fits the budget; it never plans
 *    fewer than a proven count unless memory per worker has risen since (drift) or a bound set by
 *    the user (CPUs, max-workers, speed-up) says so.
 */
import type { CountEvidence } from '../estimate/types.js';

/** A limit within this share of another counts as the same (cgroup limits round to pages). */
export const SAME_LIMIT_TOLERANCE = 0.02;
/** Evidence older than this many half-lives (14 days at the default 7-day half-life) is forgotten. */
export const EVIDENCE_MAX_AGE_HALF_LIVES = 2;
/** Past this count the step is a share of it, not one worker. */
export const STEP_SHARE = 0.25;
/**
 * Memory per worker this much above the run that proved a count means the proof no longer holds
 * (the drift test's default threshold, 10%).
 */
export const RISEN_SHARE = 0.1;
/**
 * Clean runs on this memory after a failed step that let the plan try the step again. A run that
 * failed past the proof without an OOM kill or a counted heap death may have failed for anything
 * (a flaky test, a lint step in the same job) or for memory the recorder could not see (a Jest
 * worker killed while Node wrote its heap report, or the action, which cannot watch for heap
 * deaths at all: bench/RESULTS.md §5d). Retried at once, a memory failure fails every run; never
 * retried, one flaky test would stop the climb for two weeks. So: held for this many clean runs,
 * then tried once more, and a second failure there holds it until time decay forgets it.
 */
export const FAILED_STEP_HOLD_RUNS = 3;

export interface LadderInput {
  evidence: CountEvidence[];
  /** The memory the plan runs in: min(host RAM, cgroup limit), bytes. */
  memoryLimitBytes: number;
  /** The newest run's per-worker figure, to tell whether memory has risen since a proof. */
  latestPerWorkerBytes: number | null;
}

export interface Ladder {
  /** Largest count proven on this memory, or null. */
  proven: number | null;
  /** The run that proved it. */
  provenRunId: number | null;
  /** Smallest count known to be OOM-killed (or stopped at the V8 heap limit) on this memory, or null. */
  unsafe: number | null;
  unsafeRunId: number | null;
  /**
   * What made `unsafe` unsafe: the kernel's OOM killer, V8's heap limit, or a run past the proof
   * that failed without either (FAILED_STEP_HOLD_RUNS); null: nothing.
   */
  unsafeCause: 'oom-kill' | 'heap-limit' | 'failed' | null;
  /** The largest count the plan may try: proven + one step, below `unsafe`; null without a proof. */
  ceiling: number | null;
  /**
   * The newest run needed more than RISEN_SHARE above the most any proof on this memory needed
   * per worker: memory has risen since (drift), and the floor is off.
   */
  risen: boolean;
  /** Evidence left out, one line each (looser limits for proofs, old runs). */
  ignored: string[];
}

/** One step past `count`: one worker, or 25% of it for counts of 8 and more. */
export function stepAbove(count: number): number {
  return count + Math.max(1, Math.floor(count * STEP_SHARE));
}

/** Not yet forgotten by time decay (EVIDENCE_MAX_AGE_HALF_LIVES). */
function isRecent(run: CountEvidence): boolean {
  return run.weight >= 0.5 ** EVIDENCE_MAX_AGE_HALF_LIVES;
}

/** A clean run under the same (within SAME_LIMIT_TOLERANCE) or a tighter limit: it proves its count. */
function provesOn(run: CountEvidence, memoryLimitBytes: number): boolean {
  return run.clean && run.memoryLimitBytes <= memoryLimitBytes * (1 + SAME_LIMIT_TOLERANCE);
}

function timeOf(run: CountEvidence): number {
  return Date.parse(run.startedAt) || 0;
}

export function buildLadder(input: LadderInput): Ladder {
  const ignored: string[] = [];
  const tolerance = input.memoryLimitBytes * SAME_LIMIT_TOLERANCE;
  const recent = input.evidence.filter(isRecent);
  if (recent.length < input.evidence.length)
    ignored.push(
      `${input.evidence.length - recent.length} run(s) older than ${EVIDENCE_MAX_AGE_HALF_LIVES} half-lives`,
    );

  const proofs = recent.filter((run) => provesOn(run, input.memoryLimitBytes));
  const looser = recent.filter(
    (run) => run.clean && run.memoryLimitBytes > input.memoryLimitBytes + tolerance,
  ).length;
  if (looser > 0)
    ignored.push(`${looser} clean run(s) under a looser memory limit prove nothing here`);
  const best = proofs.reduce<CountEvidence | null>(
    (top, run) => (top === null || run.workers > top.workers ? run : top),
    null,
  );

  const kills = recent.filter(
    (run) =>
      run.oomKills + run.heapLimitKills > 0 &&
      run.memoryLimitBytes >= input.memoryLimitBytes - tolerance &&
      // A later clean run at this count or more, on this memory, overrules the kill.
      !proofs.some((proof) => proof.workers >= run.workers && timeOf(proof) > timeOf(run)),
  );
  const failedSteps = heldFailedSteps(recent, proofs, best, input.memoryLimitBytes - tolerance);
  const worst = [...kills, ...failedSteps].reduce<CountEvidence | null>(
    (low, run) => (low === null || run.workers < low.workers ? run : low),
    null,
  );

  // Risen against the most any proof needed, not against the one run that proved the count:
  // per-worker memory varies run to run (inputs, seeds, GC timing) by about the drift threshold
  // itself, and one ordinary run must not lift the floor.
  const provenNeed = Math.max(0, ...proofs.map((run) => run.perWorkerBytes));
  const risen =
    best !== null &&
    input.latestPerWorkerBytes !== null &&
    input.latestPerWorkerBytes > provenNeed * (1 + RISEN_SHARE);
  let ceiling = best === null ? null : stepAbove(best.workers);
  if (ceiling !== null && worst !== null) ceiling = Math.min(ceiling, worst.workers - 1);
  // Right after an OOM kill, fall back to the proof and take no step this time: the kill is the
  // newest thing known about this memory.
  const newest = recent.reduce<CountEvidence | null>(
    (latest, run) => (latest === null || timeOf(run) > timeOf(latest) ? run : latest),
    null,
  );
  if (ceiling !== null && best !== null && newest !== null && kills.includes(newest))
    ceiling = Math.min(ceiling, best.workers);
  return {
    proven: best?.workers ?? null,
    provenRunId: best?.runId ?? null,
    unsafe: worst?.workers ?? null,
    unsafeRunId: worst?.runId ?? null,
    unsafeCause:
      worst === null
        ? null
        : worst.oomKills > 0
          ? 'oom-kill'
          : worst.heapLimitKills > 0
            ? 'heap-limit'
            : 'failed',
    ceiling: ceiling === null ? null : Math.max(0, ceiling),
    risen,
    ignored,
  };
}

/**
 * Runs that failed past the proof without an OOM kill or a heap death, on the same or a looser
 * limit, that still hold their count (FAILED_STEP_HOLD_RUNS): two such failures at a count, or
 * one with fewer clean runs on this memory after it.
 */
function heldFailedSteps(
  recent: readonly CountEvidence[],
  proofs: readonly CountEvidence[],
  proof: CountEvidence | null,
  leastLimitBytes: number,
): CountEvidence[] {
  const failed = recent.filter(
    (run) =>
      !run.clean &&
      run.oomKills + run.heapLimitKills === 0 &&
      run.workers > (proof?.workers ?? 0) &&
      run.memoryLimitBytes >= leastLimitBytes,
  );
  return failed.filter((run) => {
    const again = failed.filter((other) => other.workers === run.workers).length;
    // Clean runs on this memory (proofs: the same or a tighter limit) since the failure.
    const cleanSince = proofs.filter((other) => timeOf(other) > timeOf(run)).length;
    return again >= 2 || cleanSince < FAILED_STEP_HOLD_RUNS;
  });
}

/**
 * The memory bound after the ladder: the predicted bound `predicted`, no higher than the ceiling
 * and below an unsafe count, no lower than the proven count (unless memory has risen or the
 * proof is contradicted by a later OOM kill at or below it).
 */
export function laddered(predicted: number, ladder: Ladder): number {
  let bound = predicted;
  if (ladder.unsafe !== null) bound = Math.min(bound, ladder.unsafe - 1);
  if (ladder.ceiling !== null) bound = Math.min(bound, ladder.ceiling);
  if (
    ladder.proven !== null &&
    !ladder.risen &&
    (ladder.unsafe === null || ladder.proven < ladder.unsafe)
  )
    bound = Math.max(bound, ladder.proven);
  return Math.max(0, bound);
}

/**
 * The largest V8 heap cap (MiB) a clean run at exactly `workers` ran under on this memory (the
 * same or a tighter limit, not forgotten by time decay), where its recorder set the cap; null
 * when no such run recorded one. A proof holds for the cap it ran with: the same count with a
 * smaller cap is untested, and a Node worker that cannot live in its share dies at the heap limit
 * (bench/RESULTS.md §5d: 2 workers clean at 266 MiB, dead at 235 MiB the next run, the measured
 * base having lowered the share). The cap a clean run used at this count fitted this memory.
 */
export function provenHeapCapMb(
  evidence: readonly CountEvidence[],
  memoryLimitBytes: number,
  workers: number,
): { mb: number; runId: number | null } | null {
  let best: { mb: number; runId: number | null } | null = null;
  for (const run of evidence) {
    if (
      run.workers === workers &&
      run.nodeHeapMb !== null &&
      isRecent(run) &&
      provesOn(run, memoryLimitBytes) &&
      (best === null || run.nodeHeapMb > best.mb)
    )
      best = { mb: run.nodeHeapMb, runId: run.runId };
  }
  return best;
}
