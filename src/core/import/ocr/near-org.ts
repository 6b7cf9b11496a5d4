/**
 * A 机关名称 read by OCR compared with names the user already has (the review batch, the
 * expected list, the drafts): OCR confuses characters of like shape (沭 → 沐 or 述), so a name one
 * or two characters away from a known one is most likely that one, and is proposed — never
 * replaced silently.
 */
import { orgKey } from '../../org-name';

/** A known name proposed for one read by OCR, and how many characters differ. */
export interface OrgProposal {
  readonly name: string;
  readonly differ: number;
}

/** Edit distance (insert, delete, substitute) between two strings, capped at `cap` + 1. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost));
    }
    row = next;
  }
  return row[b.length] ?? cap + 1;
}

/**
 * The known name nearest to `read` when it differs by a little — at most one character in a
 * short name, two in one of eight or more — and no other known name is as near. Undefined when
 * `read` is already one of them (by orgKey) or nothing is near enough.
 */
export function nearOrgName(read: string, known: readonly string[]): OrgProposal | undefined {
  const key = orgKey(read);
  if (key === '') return undefined;
  const names = [...new Set(known.filter((k) => k.trim() !== ''))];
  if (names.some((k) => orgKey(k) === key)) return undefined;
  const cap = key.length >= 8 ? 2 : 1;
  const scored = names
    .map((name) => ({ name, differ: distance(key, orgKey(name), cap) }))
    .filter((s) => s.differ <= cap)
    .sort((a, b) => a.differ - b.differ);
  const [best, second] = scored;
  if (!best || (second && second.differ === best.differ)) return undefined;
  return best;
}
