/**
 * The macOS and Windows host adapter: memory and physical cores from systeminformation. The
 * package is imported here, on first use, and never at start-up: Linux reads /proc instead and
 * never loads it (the bundler puts it in a chunk of its own that only this import pulls in).
 *
 * Only `mem()` and `cpu()` are called, with no arguments: systeminformation's command-injection
 * advisories were all in functions that take strings.
 */
import {
  hostFactsFromSystemInformation,
  type HostFacts,
  type SystemCpuReport,
  type SystemMemoryReport,
} from './host.js';

/** The two calls the probe makes. */
export interface SystemInformationApi {
  mem(): Promise<SystemMemoryReport>;
  cpu(): Promise<SystemCpuReport>;
}

export type LoadSystemInformation = () => Promise<SystemInformationApi>;

/**
 * Long enough for Windows, where `cpu()` starts three PowerShell processes at once (a cold
 * PowerShell takes about a second to start), short enough that a stuck one cannot hold the step.
 */
export const HOST_PROBE_TIMEOUT_MS = 5_000;

export const loadSystemInformation: LoadSystemInformation = async () => {
  // The package is CommonJS: its exports object is the `default` of the module namespace, the one
  // form Node's import of CommonJS and the bundle's lazy chunk (esbuild exports only `default`
  // from a CommonJS module it splits off) both give.
  const { default: si } = await import('systeminformation');
  return { mem: () => si.mem(), cpu: () => si.cpu() };
};

export interface ReadHostOptions {
  platform: string;
  load?: LoadSystemInformation;
  timeoutMs?: number;
}

/** Memory and cores from systeminformation; rejects on its errors and after `timeoutMs`. */
export async function readHostWithSystemInformation(options: ReadHostOptions): Promise<HostFacts> {
  const timeoutMs = options.timeoutMs ?? HOST_PROBE_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    // A late answer must not keep the step's process alive.
    timer.unref();
  });
  try {
    const read = (async () => {
      const si = await (options.load ?? loadSystemInformation)();
      const [memory, cpu] = await Promise.all([si.mem(), si.cpu()]);
      return hostFactsFromSystemInformation(options.platform, memory, cpu);
    })();
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
