/** Finding a draft among many: by 机关名称 or 年度, as typed (spaces separate words that all match). */
import type { DraftSummary } from '../../workspace/drafts';

/** How many drafts the list draws at first (the most recent, or first in the chosen order). */
export const FIRST_ROWS = 100;

export function filterDrafts(
  drafts: readonly DraftSummary[],
  query: string,
): readonly DraftSummary[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return drafts;
  return drafts.filter((d) => {
    const text = `${d.org} ${String(d.year)}年 ${d.copyOf === undefined ? '' : '副本'}`;
    return words.every((word) => text.includes(word));
  });
}
