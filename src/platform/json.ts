/** A parsed JSON object (not null, not an array): what vendor payloads are checked with before reading fields. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
