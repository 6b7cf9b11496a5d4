/** Filtering the review table by rule, level and 机关, and the counts per rule over the batch. */
import type { Finding, RuleId, Severity } from '../../core';
import type { ReviewRow } from './review-row';

export interface BatchFilter {
  readonly rule: RuleId | '';
  /** A level, or 'doubt': findings that are reading doubts (never counted at a level). */
  readonly level: Severity | 'doubt' | '';
  /** Part of the 机关 name or of the file name. */
  readonly org: string;
}

export const NO_FILTER: BatchFilter = { rule: '', level: '', org: '' };

/** Rows with a finding of the rule and level (an unreadable file counts as 强制性), and the 机关. */
export function filterRows(rows: readonly ReviewRow[], filter: BatchFilter): readonly ReviewRow[] {
  if (filter === NO_FILTER) return rows;
  const text = filter.org.trim();
  return rows.filter((row) => {
    if (text && !row.org.includes(text) && !row.entry.file.includes(text)) return false;
    if (!filter.rule && !filter.level) return true;
    if (row.entry.error !== undefined) return !filter.rule && filter.level === 'error';
    return row.entry.findings.some(
      (f) =>
        (!filter.rule || f.rule === filter.rule) &&
        (!filter.level ||
          (filter.level === 'doubt'
            ? f.doubt !== undefined
            : !f.doubt && f.severity === filter.level)),
    );
  });
}

/** The rules of each entry's findings, kept per findings list (the list grows as files arrive). */
const rulesOf = new WeakMap<readonly Finding[], ReadonlySet<RuleId>>();

function rules(findings: readonly Finding[]): ReadonlySet<RuleId> {
  let known = rulesOf.get(findings);
  if (!known) rulesOf.set(findings, (known = new Set(findings.map((f) => f.rule))));
  return known;
}

/** How many reports have a finding of each rule, most first. */
export function ruleCounts(rows: readonly ReviewRow[]): [RuleId, number][] {
  const counts = new Map<RuleId, number>();
  for (const row of rows) {
    for (const rule of rules(row.entry.findings)) {
      counts.set(rule, (counts.get(rule) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
