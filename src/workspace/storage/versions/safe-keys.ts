/**
 * Keys that change an object's prototype or shadow its methods when copied into a plain object
 * (`__proto__` sets the prototype; `constructor`, `prototype` shadow what code reads from it).
 * A stored value holding one anywhere was not written by this page: it is set aside as damaged.
 */
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

/** The first unsafe key found anywhere in `value` (own keys, as JSON.parse makes them). */
export function unsafeKey(value: unknown, depth = 0): string | undefined {
  if (typeof value !== 'object' || value === null || depth > 64) return undefined;
  for (const key of Object.keys(value)) {
    if (UNSAFE.has(key)) return key;
    const found = unsafeKey((value as Record<string, unknown>)[key], depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
