/**
 * Samples → run profile. Pure: lines of the samples file and phase marks in, a RunProfile out.
 * The rules (job processes, worker groups, downsampling) are documented in
 * docs/profile-format.md.
 */
import type {
  PhaseMark,
  SamplerLine,
  SamplerProcLine,
  SamplerSampleLine,
} from '../sampler/types.js';
import { quantileSorted } from '../shared/stats.js';
import {
  PROFILE_KIND,
  PROFILE_VERSION,
  TIMELINE_MAX_POINTS,
  type PhaseProfile,
  type ProfileEvent,
  type ProfileHost,
  type ProfileRun,
  type ProfileTimeline,
  type RunProfile,
  type WorkerGroup,
} from './types.js';

export interface BuildProfileInput {
  lines: SamplerLine[];
  phases: PhaseMark[];
  /** Monotonic ms when the job (or command) ended. */
  endT: number;
  host: ProfileHost;
  run: ProfileRun;
  toolVersion: string;
  samplerDied: boolean;
  intervalMs: number;
  source: string;
  /**
   * Node processes of the job that stopped at the V8 heap limit (pid, and monotonic ms when they
   * were found), or null when nobody watched for them (the action). See `heapLimitKills`.
   */
  heapLimitDeaths?: HeapLimitDeath[] | null;
}

/** A process found stopped at the V8 heap limit (from Node's diagnostic report). */
export interface HeapLimitDeath {
  pid: number;
  /** Monotonic ms, on the samples' clock: when it was found (at the latest). */
  t: number;
}

/** At most this many worker groups per phase are kept (largest first). */
export const MAX_WORKER_GROUPS = 50;
/** Names and other strings are capped before they enter a profile. */
export const MAX_NAME_LENGTH = 256;
/** PSI `some avg10` at or above this (percent) is reported as a pressure peak. */
export const PRESSURE_PEAK_PERCENT = 10;

interface PhaseWindow {
  name: string;
  start: number;
  end: number;
  workersRecommended: number | null;
  nodeHeapMb: number | null;
}

function capName(name: string): string {
  return name.length > MAX_NAME_LENGTH ? name.slice(0, MAX_NAME_LENGTH) : name;
}

/**
 * Phase windows: each mark starts a phase that runs until the next mark or the end. Samples
 * before the first mark belong to the first phase; with no marks at all there is one phase,
 * `default`, over the whole recording.
 */
function phaseWindows(phases: PhaseMark[], startT: number, endT: number): PhaseWindow[] {
  const marks = [...phases].sort((a, b) => a.t - b.t);
  if (marks.length === 0)
    return [
      { name: 'default', start: startT, end: endT, workersRecommended: null, nodeHeapMb: null },
    ];
  return marks.map((mark, index) => ({
    name: capName(mark.name),
    start: index === 0 ? Math.min(startT, mark.t) : mark.t,
    end: Math.max(marks[index + 1]?.t ?? endT, mark.t),
    workersRecommended: mark.workersRecommended,
    nodeHeapMb: mark.nodeHeapMb ?? null,
  }));
}

function phaseIndexAt(windows: PhaseWindow[], t: number): number {
  for (let index = windows.length - 1; index >= 0; index--) {
    if (t >= (windows[index] as PhaseWindow).start) return index;
  }
  return 0;
}

interface MemberStats {
  peak: number;
  last: number;
}

interface GroupAccumulator {
  name: string;
  parentName: string | null;
  members: Map<number, MemberStats>;
  maxConcurrency: number;
  peakTotal: number;
  /** Members alive in the sample of `peakTotal`. */
  aliveAtPeak: number;
  /** Over (member, sample) pairs: count, sum and sum of squares of RSS (bytes). */
  pairs: number;
  rssSum: number;
  rssSquares: number;
  /** Samples in which at least one member was alive. */
  samplesWithMembers: number;
  /** Samples by the number of members alive in them (index = count). */
  samplesByAlive: number[];
}

function newGroup(name: string, parentName: string | null): GroupAccumulator {
  return {
    name,
    parentName,
    members: new Map(),
    maxConcurrency: 0,
    peakTotal: 0,
    aliveAtPeak: 0,
    pairs: 0,
    rssSum: 0,
    rssSquares: 0,
    samplesWithMembers: 0,
    samplesByAlive: [],
  };
}

/** Adds `from` into `into`: pools of the same kind under different parents. */
function mergeGroup(into: GroupAccumulator, from: GroupAccumulator): void {
  for (const [id, member] of from.members) into.members.set(id, member);
  into.maxConcurrency = Math.max(into.maxConcurrency, from.maxConcurrency);
  if (from.peakTotal > into.peakTotal) {
    into.peakTotal = from.peakTotal;
    into.aliveAtPeak = from.aliveAtPeak;
  }
  into.pairs += from.pairs;
  into.rssSum += from.rssSum;
  into.rssSquares += from.rssSquares;
  into.samplesWithMembers += from.samplesWithMembers;
  from.samplesByAlive.forEach((samples, alive) => {
    into.samplesByAlive[alive] = (into.samplesByAlive[alive] ?? 0) + samples;
  });
}

/** Sum of RSS in one sample. */
function treeRss(sample: SamplerSampleLine): number {
  let sum = 0;
  for (const [, rss] of sample.p) sum += rss;
  return sum;
}

/** Worker groups of one phase: same executable name and same parent process. */
function summariseGroups(
  samples: SamplerSampleLine[],
  procs: Map<number, SamplerProcLine>,
): WorkerGroup[] {
  const groups = new Map<string, GroupAccumulator>();
  for (const sample of samples) {
    const concurrent = new Map<string, { count: number; total: number }>();
    for (const [id, rss] of sample.p) {
      const proc = procs.get(id);
      if (!proc) continue;
      const parent = proc.parent === null ? undefined : procs.get(proc.parent);
      // Same executable name and same parent process: one pool of workers.
      const key = `${proc.name}\u0000${proc.parent ?? 'none'}`;
      let group = groups.get(key);
      if (!group) {
        group = newGroup(proc.name, parent?.name ?? null);
        groups.set(key, group);
      }
      const member = group.members.get(id);
      if (member) {
        member.peak = Math.max(member.peak, rss);
        member.last = rss;
      } else group.members.set(id, { peak: rss, last: rss });
      group.pairs++;
      group.rssSum += rss;
      group.rssSquares += rss * rss;
      const now = concurrent.get(key) ?? { count: 0, total: 0 };
      now.count++;
      now.total += rss;
      concurrent.set(key, now);
    }
    for (const [key, now] of concurrent) {
      const group = groups.get(key) as GroupAccumulator;
      group.samplesWithMembers++;
      group.samplesByAlive[now.count] = (group.samplesByAlive[now.count] ?? 0) + 1;
      group.maxConcurrency = Math.max(group.maxConcurrency, now.count);
      if (now.total > group.peakTotal) {
        group.peakTotal = now.total;
        group.aliveAtPeak = now.count;
      }
    }
  }

  // Pools of the same name under different parent processes of the same name (e.g. one jest
  // worker pool per test project) are merged: they are the same kind of worker.
  const merged = new Map<string, GroupAccumulator>();
  for (const group of groups.values()) {
    const key = `${group.name}\u0000${group.parentName ?? ''}`;
    const existing = merged.get(key);
    if (!existing) merged.set(key, group);
    else mergeGroup(existing, group);
  }

  const result = [...merged.values()].map(groupProfile);
  result.sort((a, b) => b.peakTotalBytes - a.peakTotalBytes || a.name.localeCompare(b.name));
  return result.slice(0, MAX_WORKER_GROUPS);
}

function groupProfile(group: GroupAccumulator): WorkerGroup {
  const peaks = [...group.members.values()].map((member) => member.peak).sort((a, b) => a - b);
  const ends = [...group.members.values()].map((member) => member.last);
  const memberMean = group.pairs > 0 ? group.rssSum / group.pairs : 0;
  const variance =
    group.pairs > 0 ? Math.max(0, group.rssSquares / group.pairs - memberMean * memberMean) : 0;
  return {
    name: capName(group.name),
    parentName: group.parentName === null ? null : capName(group.parentName),
    maxConcurrency: group.maxConcurrency,
    processes: group.members.size,
    peakRss: {
      p50Bytes: Math.round(quantileSorted(peaks, 0.5)),
      p90Bytes: Math.round(quantileSorted(peaks, 0.9)),
      maxBytes: peaks[peaks.length - 1] ?? 0,
      meanBytes: Math.round(mean(peaks)),
    },
    meanEndRssBytes: Math.round(mean(ends)),
    peakTotalBytes: group.peakTotal,
    concurrency: {
      memberMeanBytes: Math.round(memberMean),
      memberSdBytes: Math.round(Math.sqrt(variance)),
      aliveAtPeak: group.aliveAtPeak,
      meanAlive:
        group.samplesWithMembers > 0
          ? Math.round((group.pairs / group.samplesWithMembers) * 100) / 100
          : 0,
      sustainedAlive: sustainedAlive(group.samplesByAlive),
    },
  };
}

/**
 * Share of the samples with members in which at least the sustained count was alive. 10%: a
 * helper or replacement worker alive for a sample or two does not count, while a pool that
 * ramps up and down (workers starting and finishing out of step) still counts at its full size.
 */
const SUSTAINED_SHARE = 0.1;

/** The largest count alive in at least SUSTAINED_SHARE of the samples (their 90th percentile). */
export function sustainedAlive(samplesByAlive: readonly (number | undefined)[]): number {
  let total = 0;
  for (const samples of samplesByAlive) total += samples ?? 0;
  let atLeast = 0;
  for (let alive = samplesByAlive.length - 1; alive >= 1; alive--) {
    atLeast += samplesByAlive[alive] ?? 0;
    if (atLeast >= SUSTAINED_SHARE * total) return alive;
  }
  return 0;
}

function mean(values: number[]): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

function maxOrNull(values: (number | null)[]): number | null {
  let max: number | null = null;
  for (const value of values) if (value !== null && (max === null || value > max)) max = value;
  return max;
}

/**
 * Downsamples to at most `maxPoints` by taking the maximum in each bucket, so peaks survive.
 * Buckets never straddle phases: each point belongs to one phase.
 */
function downsample(
  samples: SamplerSampleLine[],
  phaseOf: (t: number) => number,
  startT: number,
  maxPoints: number,
): ProfileTimeline {
  const timeline: ProfileTimeline = {
    tMs: [],
    treeRssBytes: [],
    systemUsedBytes: [],
    cgroupUsageBytes: [],
    phase: [],
  };
  const bucketSize = Math.max(1, Math.ceil(samples.length / maxPoints));
  let index = 0;
  while (index < samples.length) {
    const first = samples[index] as SamplerSampleLine;
    const phase = phaseOf(first.t);
    let tree = 0;
    let system: number | null = null;
    let cgroup: number | null = null;
    let taken = 0;
    while (index < samples.length && taken < bucketSize) {
      const sample = samples[index] as SamplerSampleLine;
      if (taken > 0 && phaseOf(sample.t) !== phase) break;
      tree = Math.max(tree, treeRss(sample));
      system = maxOrNull([system, sample.sys]);
      cgroup = maxOrNull([cgroup, sample.cg]);
      taken++;
      index++;
    }
    timeline.tMs.push(Math.max(0, Math.round(first.t - startT)));
    timeline.treeRssBytes.push(tree);
    timeline.systemUsedBytes.push(system);
    timeline.cgroupUsageBytes.push(cgroup);
    timeline.phase.push(phase);
  }
  // Phase boundaries can add a point per phase beyond the budget: trim evenly if so.
  while (timeline.tMs.length > maxPoints) {
    const drop = Math.floor(timeline.tMs.length / 2);
    for (const column of Object.values(timeline) as unknown[][]) column.splice(drop, 1);
  }
  return timeline;
}

/** The oom_kill counter seen last, carried from phase to phase (it counts for the whole cgroup). */
interface OomCounter {
  previous: number | null;
}

/** One phase's figures; pushes its OOM-kill and pressure-peak events. */
function phaseProfileOf(
  window: PhaseWindow,
  inPhase: SamplerSampleLine[],
  procs: Map<number, SamplerProcLine>,
  origin: number,
  oom: OomCounter,
  events: ProfileEvent[],
): PhaseProfile {
  const trees = inPhase.map(treeRss);
  const sorted = [...trees].sort((a, b) => a - b);
  let oomKills = 0;
  let pressureMax: number | null = null;
  let pressurePeakT = 0;
  for (const sample of inPhase) {
    if (sample.oom !== null) {
      if (oom.previous !== null && sample.oom > oom.previous) {
        oomKills += sample.oom - oom.previous;
        events.push({
          tMs: sample.t - origin,
          kind: 'oom-kill',
          phase: window.name,
          detail: null,
          value: sample.oom - oom.previous,
        });
      }
      oom.previous = sample.oom;
    }
    if (sample.psi !== null && (pressureMax === null || sample.psi > pressureMax)) {
      pressureMax = sample.psi;
      pressurePeakT = sample.t;
    }
  }
  if (pressureMax !== null && pressureMax >= PRESSURE_PEAK_PERCENT) {
    events.push({
      tMs: pressurePeakT - origin,
      kind: 'pressure-peak',
      phase: window.name,
      detail: null,
      value: pressureMax,
    });
  }
  return {
    name: window.name,
    startMs: Math.max(0, Math.round(window.start - origin)),
    endMs: Math.max(0, Math.round(window.end - origin)),
    durationMs: Math.max(0, Math.round(window.end - window.start)),
    workersRecommended: window.workersRecommended,
    nodeHeapMb: window.nodeHeapMb,
    samples: inPhase.length,
    treeRss: {
      peakBytes: sorted[sorted.length - 1] ?? 0,
      p95Bytes: Math.round(quantileSorted(sorted, 0.95)),
      meanBytes: Math.round(mean(trees)),
      endBytes: trees[trees.length - 1] ?? 0,
    },
    peakSystemUsedBytes: maxOrNull(inPhase.map((sample) => sample.sys)),
    peakCgroupUsageBytes: maxOrNull(inPhase.map((sample) => sample.cg)),
    oomKills,
    heapLimitKills: null,
    pressureMaxAvg10: pressureMax,
    workerGroups: summariseGroups(inPhase, procs),
  };
}

/**
 * Each phase's `heapLimitKills` (null when unwatched) and one `heap-limit` event per death, named
 * by the job process that had the PID at that time.
 */
function countHeapLimitDeaths(
  deaths: HeapLimitDeath[] | null,
  phases: PhaseProfile[],
  procs: Map<number, SamplerProcLine>,
  phaseOf: (t: number) => number,
  origin: number,
  events: ProfileEvent[],
): void {
  if (deaths === null) return;
  for (const phase of phases) phase.heapLimitKills = 0;
  for (const death of deaths) {
    const phase = phases[phaseOf(death.t)];
    if (!phase) continue;
    phase.heapLimitKills = (phase.heapLimitKills ?? 0) + 1;
    // PIDs are reused: the process that had it most recently before the death.
    let named: SamplerProcLine | undefined;
    for (const proc of procs.values())
      if (proc.pid === death.pid && proc.t <= death.t && (!named || proc.t >= named.t))
        named = proc;
    events.push({
      tMs: death.t - origin,
      kind: 'heap-limit',
      phase: phase.name,
      detail: named ? capName(named.name) : null,
      value: null,
    });
  }
}

/** SIGKILLed processes and a sampler that died, as events. */
function exitEvents(
  input: BuildProfileInput,
  procs: Map<number, SamplerProcLine>,
  windows: PhaseWindow[],
  phaseOf: (t: number) => number,
  origin: number,
  lastSampleT: number,
): ProfileEvent[] {
  const events: ProfileEvent[] = [];
  for (const line of input.lines) {
    if (line.k === 'exit' && line.signal === 'SIGKILL') {
      const proc = procs.get(line.id);
      events.push({
        tMs: line.t - origin,
        kind: 'sigkill',
        phase: windows[phaseOf(line.t)]?.name ?? null,
        detail: proc ? capName(proc.name) : null,
        value: null,
      });
    }
  }
  if (input.samplerDied) {
    events.push({
      tMs: lastSampleT - origin,
      kind: 'sampler-died',
      phase: windows[phaseOf(lastSampleT)]?.name ?? null,
      detail: null,
      value: null,
    });
  }
  return events;
}

export function buildProfile(input: BuildProfileInput): RunProfile {
  const samples = input.lines
    .filter((line): line is SamplerSampleLine => line.k === 's')
    .sort((a, b) => a.t - b.t);
  const procs = new Map<number, SamplerProcLine>();
  for (const line of input.lines) if (line.k === 'proc') procs.set(line.id, line);
  const startLine = input.lines.find((line) => line.k === 'start');
  const firstMark = Math.min(...input.phases.map((mark) => mark.t));
  const startT = Math.min(
    startLine?.t ?? Number.POSITIVE_INFINITY,
    samples[0]?.t ?? Number.POSITIVE_INFINITY,
    firstMark,
  );
  const origin = Number.isFinite(startT) ? startT : input.endT;
  const windows = phaseWindows(
    input.phases,
    origin,
    Math.max(input.endT, samples.at(-1)?.t ?? origin),
  );
  const phaseOf = (t: number): number => phaseIndexAt(windows, t);

  const events: ProfileEvent[] = [];
  const samplesByPhase: SamplerSampleLine[][] = windows.map(() => []);
  for (const sample of samples) samplesByPhase[phaseOf(sample.t)]?.push(sample);
  const oom: OomCounter = { previous: null };
  const phaseProfiles = windows.map((window, index) =>
    phaseProfileOf(window, samplesByPhase[index] ?? [], procs, origin, oom, events),
  );
  countHeapLimitDeaths(
    input.heapLimitDeaths ?? null,
    phaseProfiles,
    procs,
    phaseOf,
    origin,
    events,
  );
  events.push(...exitEvents(input, procs, windows, phaseOf, origin, samples.at(-1)?.t ?? origin));
  events.sort((a, b) => a.tMs - b.tMs);
  for (const event of events) event.tMs = Math.max(0, Math.round(event.tMs));

  return {
    kind: PROFILE_KIND,
    version: PROFILE_VERSION,
    tool: { name: 'resource-planner', version: input.toolVersion },
    host: input.host,
    run: { ...input.run, startedAt: startLine?.wall ?? input.run.startedAt },
    sampler: {
      intervalMs: input.intervalMs,
      source: input.source,
      samples: samples.length,
      died: input.samplerDied,
    },
    phases: phaseProfiles,
    timeline: downsample(samples, phaseOf, origin, TIMELINE_MAX_POINTS),
    events: events.slice(0, 1000),
  };
}
