/**
 * A profile's fingerprint: SHA-256 of its canonical JSON (keys sorted at every level, no
 * whitespace), so the same requirements give the same fingerprint however the file was indented
 * or its keys ordered, and any change of substance gives another. The report file records it and
 * the review desk compares it with the batch's profile.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** JSON with object keys sorted at every level (arrays keep their order: it is meaning). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  // undefined (and functions) never reach here from parsed JSON; JSON.stringify would drop them.
  return JSON.stringify(value === undefined ? null : value);
}

/** "sha256:" and the 64 hex digits of the canonical JSON's SHA-256. */
export function profileFingerprint(profile: unknown): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(profile))))}`;
}

/** The fingerprint as people compare it: the first 12 hex digits in groups of four. */
export function shortFingerprint(fingerprint: string): string {
  const hex = fingerprint.replace(/^sha256:/, '').slice(0, 12);
  return hex.replace(/(.{4})(?=.)/g, '$1 ');
}
