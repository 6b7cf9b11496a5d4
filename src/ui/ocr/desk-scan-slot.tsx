/**
 * Where a scan's OCR panel goes in the desk's detail: the pack's DeskScanDetail (the near
 * 机关名称 and the per-cell confirm), loaded for a scan OCR has read. In the single file it comes
 * with the pack (load-screens.single.ts).
 */
import { lazy, Suspense } from 'react';
import type { BatchEntry } from '../../workspace/review/batch-entry';
import type { ReviewSettings } from '../../workspace/review/review-db';

const DeskScanDetail = lazy(() =>
  import('./load-screens')
    .then((m) => m.loadOcrScreens())
    .then((screens) => ({ default: screens.DeskScanDetail })),
);

/** Nothing for a file that is no scan or is not read yet. */
export function DeskScanSlot({
  entry,
  context,
  onEntry,
}: {
  entry: BatchEntry;
  context: { readonly all: readonly BatchEntry[]; readonly settings: ReviewSettings };
  onEntry: (entry: BatchEntry) => void;
}) {
  if (!entry.scan || !entry.report) return null;
  return (
    <Suspense fallback={null}>
      <DeskScanDetail
        entry={entry}
        entries={context.all}
        expected={context.settings.expected}
        onEntry={onEntry}
      />
    </Suspense>
  );
}
