import { describe, expect, it } from 'vitest';
import {
  decide,
  defaultFloorBytes,
  learnedPeaks,
  parseHalt,
  runSchedule,
  scheduleExitStatus,
  type DecideInput,
  type Halt,
  type MemoryReading,
  type QueuedTask,
  type RunningTask,
  type SchedulerAdapter,
  type TaskEnd,
  type TaskSignal,
} from '../../src/plan/schedule.js';
import { MiB } from '../../src/shared/units.js';

const queued = (id: number, peakMiB: number, extra: Partial<QueuedTask> = {}): QueuedTask => ({
  id,
  name: `t${id}`,
  predictedPeakBytes: peakMiB * MiB,
  learned: true,
  alone: false,
  ...extra,
});
const running = (
  id: number,
  peakMiB: number,
  rssMiB: number,
  startedMs: number,
  extra: Partial<RunningTask> = {},
): RunningTask => ({
  ...queued(id, peakMiB),
  startedMs,
  rssBytes: rssMiB * MiB,
  unsharedBytes: null,
  budgetBytes: peakMiB * MiB,
  stopped: false,
  ...extra,
});
const policy = { slots: 4, floorBytes: 100 * MiB, pressureThreshold: 10 };
const input = (
  pending: QueuedTask[],
  runningTasks: RunningTask[],
  availableMiB: number,
  extra: Partial<DecideInput> = {},
): DecideInput => ({
  pending,
  running: runningTasks,
  reading: { availableBytes: availableMiB * MiB, pressureSomeAvg10: null },
  policy,
  startsAllowed: true,
  ...extra,
});

describe('decide', () => {
  // Each case: the state, and the ids started / suspended / resumed. Floor F = 100 MiB.
  it.each<[string, DecideInput, number[], number | null, number | null]>([
    [
      'nothing runs: the first task starts, even one predicted past the memory',
      input([queued(1, 5000)], [], 1000),
      [1],
      null,
      null,
    ],
    // 1000 available − 100 floor = 900: 500 fits, then 300 of 400 left, then 200 no longer does (100 left).
    [
      'first fit in list order while the predicted peaks fit',
      input([queued(1, 500), queued(2, 300), queued(3, 200)], [], 1000, {
        running: [running(9, 10, 10, 0)],
      }),
      [1, 2],
      null,
      null,
    ],
    [
      'a later smaller task overtakes one that does not fit',
      input([queued(1, 850), queued(2, 100)], [running(9, 200, 100, 0)], 1000),
      [2],
      null,
      null,
    ],
    // Running task 9 may still grow by 400 (500 predicted, 100 now): 1000 − 400 − 100 = 500 left.
    [
      'the running tasks’ growth counts from their unshared memory where it was read',
      // 9 holds 450 MiB of RSS, 100 of them the program's shared text: it may grow by 150, not 50,
      // which leaves 1000 − 150 − 100 = 750 for task 1 (850 by RSS).
      input([queued(1, 800)], [running(9, 500, 450, 0, { unsharedBytes: 350 * MiB })], 1000),
      [],
      null,
      null,
    ],
    [
      'and by its RSS where it was not',
      input([queued(1, 800)], [running(9, 500, 450, 0)], 1000),
      [1],
      null,
      null,
    ],
    [
      'the running tasks’ predicted growth is counted',
      input([queued(1, 600)], [running(9, 500, 100, 0)], 1000),
      [],
      null,
      null,
    ],
    [
      'no more than the slots (CPUs)',
      input(
        [queued(1, 1), queued(2, 1), queued(3, 1)],
        [running(8, 1, 1, 0), running(9, 1, 1, 0)],
        10_000,
        { policy: { ...policy, slots: 3 } },
      ),
      [1],
      null,
      null,
    ],
    [
      'PSI some avg10 at the threshold: nothing starts',
      input([queued(1, 1)], [running(9, 1, 1, 0)], 10_000, {
        reading: { availableBytes: 10_000 * MiB, pressureSomeAvg10: 10 },
      }),
      [],
      null,
      null,
    ],
    [
      'PSI under the threshold: it starts',
      input([queued(1, 1)], [running(9, 1, 1, 0)], 10_000, {
        reading: { availableBytes: 10_000 * MiB, pressureSomeAvg10: 9.9 },
      }),
      [1],
      null,
      null,
    ],
    [
      'under F/2 with two running: the newest is suspended',
      input(
        [queued(1, 1)],
        [running(8, 300, 300, 0), running(9, 300, 200, 50), running(7, 300, 250, 10)],
        49,
      ),
      [],
      9,
      null,
    ],
    [
      'under F/2 with one running: nothing to suspend (the kernel decides)',
      input([queued(1, 1)], [running(8, 300, 300, 0)], 10),
      [],
      null,
      null,
    ],
    [
      'a suspended task resumes at 2F available when its growth fits',
      input(
        [queued(1, 1)],
        [running(8, 300, 300, 0), running(9, 300, 200, 50, { stopped: true })],
        300,
      ),
      [],
      null,
      9,
    ],
    [
      'a suspended task waits under 2F, and nothing new starts',
      input(
        [queued(1, 1)],
        [running(8, 300, 300, 0), running(9, 300, 200, 50, { stopped: true })],
        199,
      ),
      [],
      null,
      null,
    ],
    [
      'a suspended task resumes when nothing else runs',
      input([], [running(9, 300, 200, 50, { stopped: true })], 10),
      [],
      null,
      9,
    ],
    [
      'the oldest suspended task resumes first',
      input(
        [],
        [running(9, 300, 200, 50, { stopped: true }), running(8, 300, 200, 20, { stopped: true })],
        5000,
      ),
      [],
      null,
      8,
    ],
    [
      'a task that runs alone keeps the others waiting',
      input([queued(1, 1)], [running(9, 300, 100, 0, { alone: true })], 10_000),
      [],
      null,
      null,
    ],
    [
      'a task to run alone waits at the head until nothing runs',
      input([queued(1, 1, { alone: true }), queued(2, 1)], [running(9, 1, 1, 0)], 10_000),
      [],
      null,
      null,
    ],
    [
      'and then starts alone',
      input([queued(1, 1, { alone: true }), queued(2, 1)], [], 10_000),
      [1],
      null,
      null,
    ],
    [
      '--halt soon: nothing starts',
      input([queued(1, 1)], [running(9, 1, 1, 0)], 10_000, { startsAllowed: false }),
      [],
      null,
      null,
    ],
  ])('%s', (_, state, start, suspend, resume) => {
    const decision = decide(state);
    expect(decision.start.map((entry) => entry.id)).toEqual(start);
    expect(decision.suspend).toBe(suspend);
    expect(decision.resume).toBe(resume);
  });

  it('gives each started task its share: the free memory over the free slots, at least its peak', () => {
    // 1000 − 100 floor = 900 over 3 slots: 300 each; the 500 MiB task gets its 500.
    const decision = decide(
      input([queued(1, 100), queued(2, 500)], [], 1000, {
        policy: { ...policy, slots: 3 },
        running: [running(9, 0, 0, 0)],
      }),
    );
    // Slots: 3 − 1 running = 2 free. Task 1: 900 / 2 = 450; task 2: max(500, 800 / 1).
    expect(decision.start).toEqual([
      { id: 1, budgetBytes: 450 * MiB },
      { id: 2, budgetBytes: 800 * MiB },
    ]);
  });

  it('says why the next task waits', () => {
    expect(decide(input([queued(1, 850)], [running(9, 200, 100, 0)], 1000)).waiting).toMatch(
      /does not fit/,
    );
    expect(
      decide(
        input([queued(1, 1)], [running(9, 1, 1, 0)], 1000, { policy: { ...policy, slots: 1 } }),
      ).waiting,
    ).toMatch(/CPU slot/);
  });

  it('never suspends the last running task, whatever the memory (property)', () => {
    for (let available = 0; available < 300; available += 7) {
      const decision = decide(input([queued(1, 1)], [running(8, 300, 300, 0)], available));
      expect(decision.suspend).toBeNull();
    }
  });
});

describe('defaultFloorBytes', () => {
  it('is 5% of the limit, at least 64 MiB', () => {
    expect(defaultFloorBytes(512 * MiB)).toBe(64 * MiB);
    expect(defaultFloorBytes(16 * 1024 * MiB)).toBe(Math.round(16 * 1024 * MiB * 0.05));
  });
});

describe('parseHalt', () => {
  it.each<[string, Halt | null]>([
    ['never', { when: 'never' }],
    ['soon,fail=1', { when: 'soon', failures: 1 }],
    ['now,fail=3', { when: 'now', failures: 3 }],
    ['now,fail=0', null],
    ['now,success=1', null],
    ['2', null],
    ['soon', null],
  ])('%s', (text, halt) => expect(parseHalt(text)).toEqual(halt));
});

describe('learnedPeaks', () => {
  it('takes the highest peak per name, +15%, and ignores runs with no sample', () => {
    const peaks = learnedPeaks([
      { name: 'a', peakBytes: 100 * MiB },
      { name: 'a', peakBytes: 200 * MiB },
      { name: 'b', peakBytes: 0 },
    ]);
    expect(peaks.get('a')).toBe(Math.round(200 * MiB * 1.15));
    expect(peaks.has('b')).toBe(false);
  });

  it('plans a run by its unshared peak where it was read, by its RSS peak where it was not', () => {
    const peaks = learnedPeaks([
      // v5, Linux: 352 MiB of RSS of which 39 MiB are the program's text, shared.
      { name: 'a', peakBytes: 352 * MiB, peakUnsharedBytes: 313 * MiB },
      // Read from v4: no unshared figure, its RSS peak counts (lower here, so 313 wins).
      { name: 'a', peakBytes: 300 * MiB, peakUnsharedBytes: null },
      { name: 'b', peakBytes: 120 * MiB },
      { name: 'b', peakBytes: 110 * MiB, peakUnsharedBytes: 71 * MiB },
    ]);
    expect(peaks.get('a')).toBe(Math.round(313 * MiB * 1.15));
    expect(peaks.get('b')).toBe(Math.round(120 * MiB * 1.15));
  });
});

/**
 * A fake world for the loop: a clock that moves only when the loop waits, tasks that each take a
 * set time and memory, and memory available = capacity − what the running, unsuspended tasks hold.
 */
interface FakeTask {
  id: number;
  durationMs: number;
  rssMiB: number;
  exitStatus?: number;
  /** Ends OOM-killed when it runs beside others (run alone, it finishes). */
  oomBesideOthers?: boolean;
  notStarted?: boolean;
  /** Ignores every signal but SIGKILL (and SIGSTOP/SIGCONT). */
  ignoresSignals?: boolean;
}

function fakeWorld(
  tasks: FakeTask[],
  options: { capacityMiB: number; interruptAtMs?: number; signalExit?: boolean } = {
    capacityMiB: 10_000,
  },
) {
  let now = 0;
  const live = new Map<
    number,
    { startedMs: number; ranMs: number; stopped: boolean; alone: boolean }
  >();
  const ends: TaskEnd[] = [];
  const log: string[] = [];
  const signals: [number, TaskSignal][] = [];
  let peakConcurrent = 0;
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const adapter: SchedulerAdapter = {
    now: () => now,
    read(): MemoryReading {
      const taskRssBytes = new Map<number, number>();
      let used = 0;
      for (const [id] of live) {
        const rss = (byId.get(id)?.rssMiB ?? 0) * MiB;
        taskRssBytes.set(id, rss);
        used += rss;
      }
      return {
        availableBytes: Math.max(0, options.capacityMiB * MiB - used),
        pressureSomeAvg10: null,
        taskRssBytes,
        taskUnsharedBytes: new Map(),
      };
    },
    start(task) {
      const spec = byId.get(task.id) as FakeTask;
      if (spec.notStarted) {
        ends.push({
          id: task.id,
          exitStatus: 127,
          signal: null,
          notStarted: true,
          oomKilled: false,
        });
        return;
      }
      live.set(task.id, { startedMs: now, ranMs: 0, stopped: false, alone: live.size === 0 });
      peakConcurrent = Math.max(peakConcurrent, live.size);
    },
    signal(id, signal) {
      signals.push([id, signal]);
      const task = live.get(id);
      if (!task) return;
      if (signal === 'SIGSTOP') task.stopped = true;
      else if (signal === 'SIGCONT') task.stopped = false;
      else if (byId.get(id)?.ignoresSignals && signal !== 'SIGKILL') return;
      else if (!task.stopped || options.signalExit) {
        live.delete(id);
        const number = signal === 'SIGKILL' ? 9 : signal === 'SIGINT' ? 2 : 15;
        ends.push({ id, exitStatus: 128 + number, signal, notStarted: false, oomKilled: false });
      }
    },
    async wait(ms) {
      now += ms;
      for (const [id, task] of [...live]) {
        if (!task.stopped) task.ranMs += ms;
        const spec = byId.get(id) as FakeTask;
        if (spec.oomBesideOthers && live.size > 1 && task.ranMs >= ms) {
          live.delete(id);
          ends.push({ id, exitStatus: 137, signal: 'SIGKILL', notStarted: false, oomKilled: true });
        } else if (task.ranMs >= spec.durationMs) {
          live.delete(id);
          const status = spec.exitStatus ?? 0;
          ends.push({ id, exitStatus: status, signal: null, notStarted: false, oomKilled: false });
        }
      }
    },
    ended: () => ends.splice(0),
    interrupted: () =>
      options.interruptAtMs !== undefined && now >= options.interruptAtMs ? 'SIGINT' : null,
    log: (line) => log.push(line),
  };
  return { adapter, log, signals, peakConcurrent: () => peakConcurrent, now: () => now };
}

const schedule = (
  tasks: FakeTask[],
  peaksMiB: number[],
  world: ReturnType<typeof fakeWorld>,
  extra: { slots?: number; halt?: Halt } = {},
) =>
  runSchedule(
    {
      tasks: tasks.map((task, index) => queued(task.id, peaksMiB[index] ?? 100)),
      policy: { ...policy, slots: extra.slots ?? 4 },
      halt: extra.halt ?? { when: 'never' },
      tickMs: 100,
      killAfterMs: 1000,
    },
    world.adapter,
  );
const signalNumber = (signal: TaskSignal): number =>
  ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1, SIGKILL: 9, SIGSTOP: 19, SIGCONT: 18 })[signal];

describe('runSchedule with a fake clock and fake memory', () => {
  it('learns within the run: tasks without history are planned at the highest peak a run reached', async () => {
    // 1000 MiB, floor 100: at the fallback of 768 MiB only one task runs at a time. Once the first
    // ends (100 MiB), the rest are planned at 115 MiB and run four at once (the slots).
    const tasks: FakeTask[] = Array.from({ length: 9 }, (_, index) => ({
      id: index + 1,
      durationMs: 1000,
      rssMiB: 100,
    }));
    const world = fakeWorld(tasks, { capacityMiB: 1000 });
    const result = await runSchedule(
      {
        tasks: tasks.map((task) =>
          queued(task.id, 768, { learned: false, name: `node#${task.id}` }),
        ),
        policy,
        halt: { when: 'never' },
        tickMs: 100,
        killAfterMs: 1000,
      },
      world.adapter,
    );
    expect(result.tasks.map((task) => task.status)).toEqual(tasks.map(() => 'ok'));
    expect(world.peakConcurrent()).toBe(4);
    // One alone, then two rounds of four: about 3 s, where one at a time takes 9 s.
    expect(world.now()).toBeLessThan(3500);
    expect(world.log).toContain(
      '8 node task(s) without a learned peak now planned at 115 MiB: the highest peak a node task of this run reached, +15%.',
    );
  });

  it('learns within the run per program: a quick task of another program sets nothing', async () => {
    // `true` ends first at 1 MiB; the node tasks stay at 768 MiB, one at a time, until one of them
    // has ended (100 MiB): then the rest run together.
    const tasks: FakeTask[] = [
      { id: 1, durationMs: 100, rssMiB: 1 },
      ...Array.from({ length: 5 }, (_, index) => ({
        id: index + 2,
        durationMs: 1000,
        rssMiB: 100,
      })),
    ];
    const world = fakeWorld(tasks, { capacityMiB: 1000 });
    const started: [number, number][] = [];
    const adapter = {
      ...world.adapter,
      start: (task: RunningTask) => {
        started.push([task.id, Math.round(task.predictedPeakBytes / MiB)]);
        world.adapter.start(task);
      },
    };
    await runSchedule(
      {
        tasks: [
          queued(1, 768, { learned: false, name: 'true#1' }),
          ...tasks
            .slice(1)
            .map((task) => queued(task.id, 768, { learned: false, name: `node#${task.id}` })),
        ],
        policy,
        halt: { when: 'never' },
        tickMs: 100,
        killAfterMs: 1000,
      },
      adapter,
    );
    // Task 2 starts at 768 MiB (nothing of node has ended yet); 3–6 at 115 MiB after it ends.
    expect(started.find(([id]) => id === 2)?.[1]).toBe(768);
    expect(started.filter(([id]) => id >= 3).map(([, mib]) => mib)).toEqual([115, 115, 115, 115]);
    expect(world.log.some((line) => line.includes('true task'))).toBe(false);
  });

  it('never plans a task with a learned peak by the run: its own history stands', async () => {
    const tasks: FakeTask[] = [
      { id: 1, durationMs: 500, rssMiB: 50 },
      { id: 2, durationMs: 500, rssMiB: 50 },
      { id: 3, durationMs: 500, rssMiB: 50 },
    ];
    const world = fakeWorld(tasks, { capacityMiB: 1000 });
    // 2 and 3 learned at 600 MiB: never together (600 + 600 + 100 > 1000), whatever task 1 showed.
    await runSchedule(
      {
        tasks: [
          queued(1, 768, { learned: false }),
          queued(2, 600, { learned: true }),
          queued(3, 600, { learned: true }),
        ],
        policy,
        halt: { when: 'never' },
        tickMs: 100,
        killAfterMs: 1000,
      },
      world.adapter,
    );
    expect(world.peakConcurrent()).toBe(1);
    expect(world.log.some((line) => line.includes('without a learned peak'))).toBe(false);
  });

  it('runs every task, never more at once than memory holds by the learned peaks', async () => {
    // 1000 MiB: two 460 MiB tasks never together (460 + 460 + 100 floor > 1000), the small ones
    // fill in beside one of them.
    const tasks: FakeTask[] = [
      { id: 1, durationMs: 1000, rssMiB: 460 },
      { id: 2, durationMs: 1000, rssMiB: 460 },
      { id: 3, durationMs: 300, rssMiB: 80 },
      { id: 4, durationMs: 300, rssMiB: 80 },
    ];
    const world = fakeWorld(tasks, { capacityMiB: 1000 });
    const result = await schedule(tasks, [460, 460, 80, 80], world);
    expect(result.tasks.map((task) => task.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(result.tasks.map((task) => task.peakBytes / MiB)).toEqual([460, 460, 80, 80]);
    expect(scheduleExitStatus(result, signalNumber)).toBe(0);
    // Tasks 1 and 2 never overlapped: 2 started after 1 had ended.
    const [one, two] = result.tasks;
    expect((two?.runs[0]?.startedMs ?? 0) >= (one?.runs[0]?.startedMs ?? 0) + 1000).toBe(true);
    expect(world.peakConcurrent()).toBe(3);
  });

  it('counts failed tasks in the exit status; the others go on (--halt never)', async () => {
    const tasks: FakeTask[] = [
      { id: 1, durationMs: 100, rssMiB: 1, exitStatus: 3 },
      { id: 2, durationMs: 100, rssMiB: 1, notStarted: true },
      { id: 3, durationMs: 100, rssMiB: 1 },
    ];
    const result = await schedule(tasks, [], fakeWorld(tasks));
    expect(result.tasks.map((task) => [task.status, task.exitStatus])).toEqual([
      ['failed', 3],
      ['not-started', 127],
      ['ok', 0],
    ]);
    expect(scheduleExitStatus(result, signalNumber)).toBe(2);
  });

  it('caps the failure count at 101', () => {
    const tasks = Array.from({ length: 150 }, (_, index) => ({
      id: index + 1,
      name: 'x',
      status: 'failed' as const,
      exitStatus: 1,
      runs: [],
      peakBytes: 0,
      peakUnsharedBytes: null,
      predictedPeakBytes: 0,
      learned: false,
    }));
    expect(
      scheduleExitStatus(
        { tasks, haltedBy: null, interrupted: null, suspensions: 0, maxRunning: 1 },
        signalNumber,
      ),
    ).toBe(101);
  });

  it('requeues a task OOM-killed beside others to run alone, once; nothing is lost', async () => {
    const tasks: FakeTask[] = [
      { id: 1, durationMs: 500, rssMiB: 100 },
      { id: 2, durationMs: 300, rssMiB: 100, oomBesideOthers: true },
      { id: 3, durationMs: 500, rssMiB: 100 },
    ];
    const world = fakeWorld(tasks);
    const result = await schedule(tasks, [], world);
    expect(result.tasks.map((task) => task.status)).toEqual(['ok', 'ok', 'ok']);
    const killed = result.tasks[1];
    expect(killed?.runs.map((run) => run.oomKilled)).toEqual([true, false]);
    // Its second run started after the others had ended: alone.
    const secondStart = killed?.runs[1]?.startedMs ?? 0;
    for (const other of [result.tasks[0], result.tasks[2]])
      expect(secondStart).toBeGreaterThanOrEqual(
        (other?.runs[0]?.startedMs ?? 0) + (other?.runs[0]?.durationMs ?? 0),
      );
    expect(world.log.join('\n')).toMatch(/task 2 \(t2\) was OOM-killed; it runs again alone/);
    expect(scheduleExitStatus(result, signalNumber)).toBe(0);
  });

  it('suspends the newest task when memory runs short and resumes it; both finish', async () => {
    // Predicted small (10 MiB), each holds 480 of 1000: together 40 MiB are left, under F/2 = 50.
    const tasks: FakeTask[] = [
      { id: 1, durationMs: 500, rssMiB: 480 },
      { id: 2, durationMs: 500, rssMiB: 480 },
    ];
    const world = fakeWorld(tasks, { capacityMiB: 1000 });
    const result = await schedule(tasks, [10, 10], world);
    expect(result.tasks.map((task) => task.status)).toEqual(['ok', 'ok']);
    expect(result.suspensions).toBeGreaterThan(0);
    expect(world.signals).toContainEqual([2, 'SIGSTOP']);
    expect(world.signals).toContainEqual([2, 'SIGCONT']);
    expect(world.signals.some(([id, signal]) => id === 1 && signal === 'SIGSTOP')).toBe(false);
  });

  it('--halt soon,fail=1: no task starts after the failure; the running one finishes', async () => {
    const tasks: FakeTask[] = [
      { id: 1, durationMs: 100, rssMiB: 1, exitStatus: 4 },
      { id: 2, durationMs: 500, rssMiB: 1 },
      { id: 3, durationMs: 100, rssMiB: 1 },
    ];
    const result = await schedule(tasks, [], fakeWorld(tasks), {
      slots: 2,
      halt: { when: 'soon', failures: 1 },
    });
    expect(result.tasks.map((task) => task.status)).toEqual(['failed', 'ok', 'not-run']);
    expect(result.haltedBy).toEqual({ id: 1, exitStatus: 4 });
    expect(scheduleExitStatus(result, signalNumber)).toBe(4);
  });

  it('--halt now,fail=1: the running tasks are stopped too, and they stay in the result', async () => {
    const tasks: FakeTask[] = [
      { id: 1, durationMs: 100, rssMiB: 1, exitStatus: 4 },
      { id: 2, durationMs: 5000, rssMiB: 1 },
      { id: 3, durationMs: 100, rssMiB: 1 },
    ];
    const world = fakeWorld(tasks);
    const result = await schedule(tasks, [], world, {
      slots: 2,
      halt: { when: 'now', failures: 1 },
    });
    expect(result.tasks.map((task) => task.status)).toEqual(['failed', 'stopped', 'not-run']);
    expect(world.signals).toContainEqual([2, 'SIGTERM']);
    expect(scheduleExitStatus(result, signalNumber)).toBe(4);
  });

  it('Ctrl-C: every task stops (a suspended one gets SIGCONT first), the result keeps what ran', async () => {
    const tasks: FakeTask[] = [
      { id: 1, durationMs: 100, rssMiB: 1 },
      { id: 2, durationMs: 10_000, rssMiB: 480 },
      { id: 3, durationMs: 10_000, rssMiB: 480 },
      { id: 4, durationMs: 100, rssMiB: 1 },
    ];
    const world = fakeWorld(tasks, { capacityMiB: 1000, interruptAtMs: 1000, signalExit: true });
    const result = await schedule(tasks, [1, 10, 10, 1], world, { slots: 2 });
    expect(result.interrupted).toBe('SIGINT');
    expect(result.tasks[0]?.status).toBe('ok');
    expect(result.tasks.filter((task) => task.status === 'stopped').length).toBe(2);
    // The suspended task got SIGCONT, then SIGINT.
    const stoppedId = world.signals.find(([, signal]) => signal === 'SIGSTOP')?.[0];
    expect(stoppedId).toBeDefined();
    const order = world.signals.filter(([id]) => id === stoppedId).map(([, signal]) => signal);
    expect(order.slice(-2)).toEqual(['SIGCONT', 'SIGINT']);
    expect(result.tasks[3]?.status).toBe('not-run');
    expect(scheduleExitStatus(result, signalNumber)).toBe(130);
  });

  it('Ctrl-C: a task that ignores the signal gets SIGKILL after the grace period', async () => {
    const tasks: FakeTask[] = [{ id: 1, durationMs: 100_000, rssMiB: 1, ignoresSignals: true }];
    const world = fakeWorld(tasks, { capacityMiB: 1000, interruptAtMs: 500 });
    const result = await schedule(tasks, [1], world);
    expect(result.tasks[0]?.status).toBe('stopped');
    expect(result.tasks[0]?.exitStatus).toBe(137);
    expect(world.signals.map(([, signal]) => signal)).toEqual(['SIGINT', 'SIGKILL']);
    // killAfterMs is 1000: the SIGKILL came a second after the SIGINT at 500 ms, not before.
    expect(world.now()).toBeGreaterThanOrEqual(1500);
  });
});
