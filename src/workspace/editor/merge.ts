/**
 * Three-way merge of a draft changed in two tabs, field by field (every cell, text, basic
 * information, the totals modes and the last-year link): a field changed on one side only is
 * taken from it; a field changed on both sides to different values is a conflict.
 */
export type Fields = Readonly<Record<string, string>>;

export interface Merge {
  /** Fields to take from the other tab. */
  readonly take: readonly (readonly [string, string])[];
  /** Fields both tabs changed differently. */
  readonly conflicts: readonly string[];
}

export function mergeFields(base: Fields, mine: Fields, theirs: Fields): Merge {
  const take: [string, string][] = [];
  const conflicts: string[] = [];
  for (const key of new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)])) {
    const b = base[key] ?? '';
    const m = mine[key] ?? '';
    const t = theirs[key] ?? '';
    if (t === m || t === b) continue;
    if (m === b) take.push([key, t]);
    else conflicts.push(key);
  }
  return { take, conflicts };
}

/** The same fields with the same values. */
export function sameFields(a: Fields, b: Fields): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if ((a[key] ?? '') !== (b[key] ?? '')) return false;
  return true;
}
