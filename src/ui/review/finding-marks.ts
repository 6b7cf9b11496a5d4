/** Which class each cell of a report gets: the most severe open finding naming it, or "shown". */
import { decisionOf, type Finding, type ReportReview } from '../../core';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function findingMarks(
  findings: readonly Finding[],
  review: ReportReview | undefined,
  shown: Finding | undefined,
): Map<string, string> {
  const best = new Map<string, Finding['severity']>();
  for (const f of findings) {
    if (decisionOf(review, f)?.decision === 'dismissed') continue;
    for (const id of f.cells) {
      const known = best.get(id);
      if (known === undefined || ORDER[f.severity] < ORDER[known]) best.set(id, f.severity);
    }
  }
  const marks = new Map([...best].map(([id, s]) => [id, `flag flag-${s}`]));
  for (const id of shown?.cells ?? []) marks.set(id, `${marks.get(id) ?? 'flag'} flag-shown`);
  return marks;
}
