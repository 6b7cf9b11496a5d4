/**
 * The batch with the findings that need the whole batch: SUMMARY_UNITS on a county's 汇总 whose
 * units are in the batch (against the expected list when the reviewer entered one). Worked out
 * from the entries as they are, never stored, so a unit added or removed changes them at once.
 */
import { useMemo } from 'react';
import { checkSummaries, parseOrgList, sortFindings } from '../../../core';
import type { BatchEntry } from '../../../workspace/review/batch-entry';

export function useBatchFindings(
  entries: readonly BatchEntry[],
  expected: string,
): readonly BatchEntry[] {
  return useMemo(() => {
    const checks = checkSummaries(entries, { expected: parseOrgList(expected) });
    if (checks.length === 0) return entries;
    const found = new Map(checks.map((c) => [c.index, c.findings]));
    return entries.map((entry, i) => {
      const extra = found.get(i);
      return extra?.length
        ? { ...entry, findings: sortFindings([...extra, ...entry.findings]) }
        : entry;
    });
  }, [entries, expected]);
}
