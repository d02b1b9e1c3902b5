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
  constructor(input: string, value: string, expected: string) {
    super(`Input '${input}' has an invalid value ${JSON.stringify(value)}: expected ${expected}.`);
    this.input = input;
    this.value = value;
    this.expected = expected;
  }
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
