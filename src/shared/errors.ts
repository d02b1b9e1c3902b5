/**
 * The few errors the product raises on purpose. Only `InputError` fails a step (invalid
 * configuration); everything else is caught at the boundary and turned into a warning.
 */

/** Invalid configuration: names the input, the value received and the accepted format. */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly input: string;
  readonly value: string;
  readonly expected: string;
  /** `message` replaces the standard sentence (a driver that words it for its own users). */
  constructor(input: string, value: string, expected: string, message?: string) {
    super(
      message ??
        `${subject(input)} has an invalid value ${JSON.stringify(value)}: expected ${expected}.`,
    );
    this.input = input;
    this.value = value;
    this.expected = expected;
  }
}

/**
 * What the value was given as: an action input (`memory-reserve`), an environment variable
 * (`RESOURCE_PLANNER_WORKERS`), which a user would not find among the inputs, or a place of the
 * CLI's own (`--tasks tasks.txt, line 3`), which is no input either.
 */
function subject(input: string): string {
  if (/^[A-Z][A-Z0-9_]*$/.test(input)) return `Environment variable ${input}`;
  return /^[a-z][a-z0-9-]*$/.test(input) ? `Input '${input}'` : `'${input}'`;
}

/** A run profile that failed validation; carries the reason so callers can count and report it. */
export class ProfileError extends Error {
  override readonly name = 'ProfileError';
}

/** An artifact refused by the safe fetcher (too large, unsafe path, too many entries...). */
export class UnsafeArtifactError extends Error {
  override readonly name = 'UnsafeArtifactError';
}

/** The message of anything thrown, for warnings. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
