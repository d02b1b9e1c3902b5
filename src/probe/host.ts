/**
 * Host memory and cores on macOS and Windows, from what systeminformation reports: pure, data in
 * and data out. The adapter that asks systeminformation is ./systeminformation.ts; Linux never
 * comes here (it reads /proc and the cgroup files, see ./probe.ts).
 */

/** The fields of systeminformation's `mem()` the probe reads (bytes). */
export interface SystemMemoryReport {
  total: number;
  free: number;
  available: number;
  /** macOS: inactive pages × page size (systeminformation 5.33 parses `vm_stat`); 0 elsewhere. */
  reclaimable: number;
  swaptotal: number;
  swapfree: number;
}

/** The fields of systeminformation's `cpu()` the probe reads. */
export interface SystemCpuReport {
  cores: number;
  physicalCores: number;
}

/** What a platform adapter tells the probe about the host. */
export interface HostFacts {
  totalMemoryBytes: number;
  /** Memory the OS can hand to new programs without swapping. */
  availableMemoryBytes: number;
  physicalCpus: number | null;
  /** Reported only; never counted as capacity. */
  swapTotalBytes: number | null;
  swapFreeBytes: number | null;
  /** Where a figure is weaker than usual, said once each (they become probe warnings). */
  notes: string[];
}

/**
 * Available memory as each OS counts it.
 *
 * macOS: free + inactive pages (systeminformation's `free` + `reclaimable`). `os.freemem()`
 * (libuv's `free_count` from `host_statistics(HOST_VM_INFO)`, speculative read-ahead pages
 * included) counts free pages only, so a Mac with gigabytes of reclaimable cache looks nearly
 * full. Inactive pages are the ones the kernel hands out next: clean file pages by dropping them,
 * anonymous ones by compressing them. free + inactive is psutil's `virtual_memory().available` on
 * macOS, and libuv's `uv_get_available_memory` (since libuv PR 4908, 2025) less purgeable pages.
 * Not added:
 * - purgeable pages: systeminformation does not report them on their own, and as resident pages
 *   they sit on the active or inactive queue, so the inactive ones are counted already;
 * - systeminformation's own `available`, total − (app memory + wired + compressed) as Activity
 *   Monitor shows "Memory Used": being total minus something, it also counts memory the VM's page
 *   queues do not track and active file pages in use by running programs. On the recorded macOS
 *   runner (test/fixtures/host) it says 2.16 GiB where free + inactive says 2.27 GiB and
 *   `os.freemem()` 97 MiB: the two heuristics agree within 5%, the old figure was 24× too low.
 *
 * Windows: `available` as systeminformation reports it, which is `os.freemem()`: libuv reads
 * `ullAvailPhys` from `GlobalMemoryStatusEx`, memory that "can be immediately reused without
 * having to write its contents to disk first" (the standby, free and zero lists; Microsoft's
 * MEMORYSTATUSEX documentation), the "Available" of Task Manager.
 */
export function hostFactsFromSystemInformation(
  platform: string,
  memory: SystemMemoryReport,
  cpu: SystemCpuReport,
): HostFacts {
  const notes: string[] = [];
  const total = bytesOrNull(memory.total);
  if (total === null || total === 0)
    throw new Error(`systeminformation reported no total memory (${String(memory.total)})`);
  const free = bytesOrNull(memory.free) ?? 0;
  let available: number;
  if (platform === 'darwin') {
    const inactive = bytesOrNull(memory.reclaimable) ?? 0;
    // systeminformation leaves `reclaimable` at 0 when `vm_stat` fails: free pages are all it has.
    if (inactive === 0)
      notes.push(
        'vm_stat gave no inactive pages: available memory counts free pages only and is likely too low.',
      );
    available = free + inactive;
  } else {
    available = bytesOrNull(memory.available) ?? free;
  }
  const swapTotal = bytesOrNull(memory.swaptotal);
  return {
    totalMemoryBytes: total,
    availableMemoryBytes: Math.min(available, total),
    physicalCpus: positiveIntegerOrNull(cpu.physicalCores),
    swapTotalBytes: swapTotal,
    swapFreeBytes: swapTotal === null ? null : bytesOrNull(memory.swapfree),
    notes,
  };
}

/** Host facts from node:os alone, for when systeminformation fails or is too slow. */
export function fallbackHostFacts(
  platform: string,
  osFacts: { totalMemoryBytes: number; freeMemoryBytes: number },
  reason: string,
): HostFacts {
  const caveat =
    platform === 'darwin'
      ? ' (on macOS that counts free pages only, so available memory is likely too low)'
      : '';
  return {
    totalMemoryBytes: osFacts.totalMemoryBytes,
    availableMemoryBytes: Math.min(osFacts.freeMemoryBytes, osFacts.totalMemoryBytes),
    physicalCpus: null,
    swapTotalBytes: null,
    swapFreeBytes: null,
    notes: [
      `systeminformation could not read memory and cores (${reason}): using os.totalmem(), os.freemem() and os.availableParallelism()${caveat}.`,
    ],
  };
}

function bytesOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? Math.floor(value)
    : null;
}

function positiveIntegerOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}
