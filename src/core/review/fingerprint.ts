/**
 * A fingerprint of a report's content (format, 机关, year, cells, texts): the same report read
 * from its .json, its Word file or after a reload has the same fingerprint, and any change to a
 * figure or a sentence gives another. It names a report; it is no protection against forgery.
 */
import type { Report } from '../report';

/** Two 32-bit lanes of a multiplicative hash over the UTF-16 code units, as 16 hex digits. */
export function hash64(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(h2) + hex(h1);
}

/**
 * An object's entries sorted by key, so the same content always serialises the same way; a blank
 * (null, empty) and a missing entry mean the same.
 */
function sorted(record: Readonly<Record<string, unknown>>): [string, unknown][] {
  return Object.entries(record)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The fingerprint of what a report says (not of the file it came in, nor of the answers in it). */
export function reportFingerprint(report: Report): string {
  const texts = sorted(
    Object.fromEntries(
      Object.entries(report.text).map(([key, value]) => [
        key,
        typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : value,
      ]),
    ),
  );
  const content = JSON.stringify([
    report.template,
    report.meta.org.trim(),
    report.meta.year,
    sorted(report.cells),
    texts,
  ]);
  return hash64(content);
}
