import { useEffect, useMemo, useRef, useState } from 'react';
import { EMPTY_REVIEW, getTemplate, type Finding } from '../../core';
import { DeskScanSlot } from '../ocr/desk-scan-slot';
import { ReportProfile } from '../profile/report-profile';
import type { BatchEntry } from '../../workspace/review/batch-entry';
import { DetailNav } from './detail-nav';
import { EarlierItems } from './earlier-items';
import { FindingList, type ReviewChange } from './finding-list';
import { findingMarks } from './finding-marks';
import { ReportTables } from './report-tables';
import { ReviewControls } from './review-controls';
import type { ReviewRow } from './review-row';
import { UnitOpinionButtons } from './unit-opinion-buttons';
import type { OpinionContext } from './opinion-downloads';

/** Where the opened report is in the list, and how to move to its neighbours. */
export interface DetailPlace {
  readonly index: number;
  readonly total: number;
  readonly prev: (() => void) | undefined;
  readonly next: (() => void) | undefined;
}

/**
 * One report opened beside the list: its conclusion and opinion, what became of the last
 * opinion's items, its findings with the decisions, the import notes, its tables marked.
 */
export function ReportDetail({
  row,
  lastYear,
  place,
  context,
  onChange,
  onClose,
  onEntry,
}: {
  row: ReviewRow;
  lastYear: BatchEntry | undefined;
  place: DetailPlace;
  context: OpinionContext;
  onChange: ReviewChange;
  onClose: () => void;
  /** The entry changed here (a scan's cells confirmed, its 机关名称 corrected). */
  onEntry?: (entry: BatchEntry) => void;
}) {
  const { entry, review } = row;
  const [shown, setShown] = useState<Finding | undefined>(undefined);
  const marks = useMemo(
    () => findingMarks(entry.findings, review, shown),
    [entry.findings, review, shown],
  );
  const { report } = entry;
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a row moves the focus to it (a screen reader hears which report is open).
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section className="panel report-detail" aria-labelledby="detail-heading">
      <DetailNav
        title={report ? `${report.meta.org} ${report.meta.year}年` : entry.file}
        index={place.index}
        total={place.total}
        onPrev={place.prev}
        onNext={place.next}
        onClose={onClose}
        headingRef={heading}
      />
      <p className="hint">
        {entry.file}
        {report && ` · ${getTemplate(report.template).name}`}
        {lastYear?.report && ` · 已与上年报告 ${lastYear.file}（${lastYear.report.meta.org}）核对`}
      </p>
      {report && <ReportProfile report={report} long />}
      {entry.error !== undefined && (
        <p role="alert" className="form-error">
          {entry.error}
        </p>
      )}
      {onEntry && <DeskScanSlot entry={entry} context={context} onEntry={onEntry} />}
      {report && (
        <ReviewControls
          key={entry.id}
          review={review ?? EMPTY_REVIEW}
          open={row.open}
          conclusion={row.conclusion}
          onChange={onChange}
        />
      )}
      <UnitOpinionButtons entry={entry} context={context} />
      <EarlierItems earlier={row.earlier} />
      <div className="detail-body">
        <div className="detail-findings">
          {entry.findings.length === 0 && report && <p className="checks-empty">未发现问题。</p>}
          <FindingList
            findings={entry.findings}
            review={review}
            onChange={onChange}
            onShow={setShown}
          />
          <ImportNotes entry={entry} />
        </div>
        {report && <ReportTables report={report} marks={marks} />}
      </div>
    </section>
  );
}

/** What the importer decided that the reviewer should check, and the lines it could not place. */
function ImportNotes({ entry }: { entry: BatchEntry }) {
  return (
    <>
      {entry.notes.length > 0 && (
        <details open>
          <summary>读入说明（{entry.notes.length}）</summary>
          <ul>
            {entry.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </details>
      )}
      {entry.unplaced.length > 0 && (
        <p className="hint">有 {entry.unplaced.length} 行原文未能归入报告的任何部分。</p>
      )}
    </>
  );
}
