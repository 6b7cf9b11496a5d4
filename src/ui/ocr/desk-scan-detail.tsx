/**
 * A scan opened on the desk: the 机关名称 OCR read set beside the batch's other names and the
 * expected list (沐阳 → 沭阳 proposed, never changed silently), and the unit's OCR'd cells
 * confirmed against the page images — the editor import's own confirm panel and keys.
 */
import { useMemo, useState } from 'react';
import { nearOrgName } from '../../core/import/ocr';
import type { ImportResult } from '../../core/import';
import type { BatchEntry } from '../../workspace/review/batch-entry';
import {
  deskOrgNames,
  scanEntry,
  scanPages,
  unconfirmedCells,
} from '../../workspace/review/desk-scans';
import { OcrConfirm } from './ocr-confirm';
import type { DeskScanDetailProps } from './ocr-screens';

type Recognised = Extract<ImportResult, { ok: true }>;

/** The entry as the confirm panel takes it (an import's result). */
const asResult = (
  entry: BatchEntry & { report: NonNullable<BatchEntry['report']> },
): Recognised => ({
  ok: true,
  report: entry.report,
  format: entry.report.template,
  input: entry.scan ?? 'pdf',
  notes: entry.notes,
  unplaced: entry.unplaced,
  provenance: entry.provenance ?? {},
});

export function DeskScanDetail({ entry, entries, expected, onEntry }: DeskScanDetailProps) {
  const [open, setOpen] = useState(false);
  const known = useMemo(
    () => deskOrgNames(entries, expected, entry.id),
    [entries, expected, entry.id],
  );
  const { report } = entry;
  const left = unconfirmedCells(entry);
  if (!entry.scan || !report || left === undefined) return null;
  const proposal = nearOrgName(report.meta.org, known);
  const change = (next: Recognised) => {
    onEntry(scanEntry(entry, next));
  };
  return (
    <div className="desk-scan" role="group" aria-label="扫描件 OCR 识别">
      {proposal && (
        <p className="ocr-org" role="note">
          机关名称识别为“{report.meta.org}”，与本批或应报送单位名单中的“{proposal.name}”只差{' '}
          {proposal.differ} 个字，可能是 OCR 认错了字。{' '}
          <button
            type="button"
            onClick={() => {
              change({
                ...asResult({ ...entry, report }),
                report: { ...report, meta: { ...report.meta, org: proposal.name } },
              });
            }}
          >
            改为“{proposal.name}”
          </button>
        </p>
      )}
      <p>
        此报告是扫描件，由 OCR 识别：
        {left > 0 ? `${left} 个单元格待对照原件确认。` : '所有单元格已对照原件确认。'}{' '}
        <button
          type="button"
          aria-expanded={open}
          onClick={() => {
            setOpen(!open);
          }}
        >
          {open ? '收起逐格确认' : '逐格确认 OCR 识别结果'}
        </button>
      </p>
      {open && (
        <>
          {/* The proposal above is the desk's; the panel's own (the drafts') is not shown twice. */}
          <OcrConfirm
            result={asResult({ ...entry, report })}
            pages={scanPages(entry.id) ?? []}
            knownOrgs={[]}
            onChange={change}
          />
          {!scanPages(entry.id) && (
            <p className="hint">本页已重新载入，原件图像不在了：请对照原件文件逐格确认。</p>
          )}
        </>
      )}
    </div>
  );
}
