/** Untrusted JSON (event payloads, API responses) as a record to probe field by field. */
export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
