/** Where a scan's OCR panel goes in the desk's detail (desk-scan-detail.tsx, loaded for scans only). */
import { lazy, Suspense } from 'react';
import type { BatchEntry } from '../../workspace/review/batch-entry';
import type { ReviewSettings } from '../../workspace/review/review-db';

const DeskScanDetail = lazy(() =>
  import('./desk-scan-detail').then((m) => ({ default: m.DeskScanDetail })),
);

/** Nothing for a file that is no scan; else the near 机关名称 and the per-cell confirm. */
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
