/** Types of fake-host.mjs (plain JavaScript so that `node --import` can preload it). */
export interface RecordedMachine {
  description: string;
  platform: NodeJS.Platform;
  arch: string;
  release: string;
  totalmem: number;
  freemem: number;
  cpus: number;
  cpuModel: string;
  commands: Record<string, string | null>;
  outputs: [prefix: string, output: string | null][];
}

export interface FakeHost {
  /** Command lines run so far, in order. */
  commands: string[];
  restorePlatform(): void;
  restore(): void;
}

export function loadMachine(name: string): RecordedMachine;
export function installFakeHost(machine: RecordedMachine): FakeHost;
