"""A forked Python worker pool for the convergence benchmark (bench/parts/convergence.mjs).

T tasks over a concurrent.futures pool of N worker processes forked from this one (start method
'fork', so the sampler sees N `python3` processes under one `python3` parent). Each task grows the
worker's held memory (bytearrays whose every page is written) to a seeded peak in a few steps,
does a little CPU work and then waits (I/O-like), so more workers than CPUs still help and
memory, not CPU, binds. Task lengths vary by a seeded factor, so workers peak out of step.
Workers keep 60% of a task's peak until their next task (held memory, as a cache would be).
Prints one JSON line; exit code 0 when every task finished, 1 when a worker died (e.g.
OOM-killed: the pool then reports it broken).

  python3 py-pool.py --workers N [--tasks 16] [--seed 1] [--peak-mb 160] [--task-ms 600]
"""
import argparse
import json
import multiprocessing
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

CHUNK = 8 * 1024 * 1024
_held = []


def task(peak_mb, task_ms):
    """Grow to peak_mb of touched memory over ~30% of task_ms, wait, keep 60% of it."""
    steps = 4
    for step in range(1, steps + 1):
        target = peak_mb * step // steps
        while len(_held) * 8 < target:
            # bytearray(b'\x01') * n writes every byte, so every page is resident.
            _held.append(bytearray(b"\x01") * CHUNK)
        time.sleep(task_ms * 0.3 / steps / 1000)
    checksum = sum(i % 7 for i in range(200_000))
    time.sleep(task_ms * 0.7 / 1000)
    while len(_held) * 8 > peak_mb * 0.6 and _held:
        _held.pop()
    return checksum


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--tasks", type=int, default=16)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--peak-mb", type=int, default=160)
    parser.add_argument("--task-ms", type=int, default=600)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    tasks = [
        (round(args.peak_mb * (0.7 + 0.6 * rng.random())), round(args.task_ms * (0.6 + 0.8 * rng.random())))
        for _ in range(args.tasks)
    ]
    started = time.monotonic()
    failed = False
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=args.workers, mp_context=context) as pool:
        futures = [pool.submit(task, peak, ms) for peak, ms in tasks]
        for future in futures:
            try:
                future.result()
            except BrokenProcessPool:
                failed = True
                break
        if failed:
            pool.shutdown(wait=False, cancel_futures=True)
    wall_ms = round((time.monotonic() - started) * 1000)
    print(json.dumps({"workers": args.workers, "tasks": args.tasks, "wallMs": wall_ms, "failed": failed}))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
