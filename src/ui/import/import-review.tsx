import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import {
  cellsOf,
  checkAll,
  DOUBT_HEADING,
  getTemplate,
  SEVERITY_LABELS,
  type Finding,
  type Report,
} from '../../core';
import type { ImportResult } from '../../core/import';
import { profileState } from '../../workspace/profile/profile-store';
import { keptFindings } from '../../workspace/import/read-input';
import { isPastReport } from '../reporting-year';
import { useStore } from '../use-store';
import { ImportFacts } from './import-facts';
import { ImportReadSections } from './import-read-sections';
import { ImportReviewActions } from './import-review-actions';

type Recognised = Extract<ImportResult, { ok: true }>;

/** The cells the importer inferred (not read as printed), listed with how; marked in the tables. */
function InferredCells({ result }: { result: Recognised }) {
  const infos = cellsOf(getTemplate(result.report.template));
  const inferred = Object.entries(result.provenance).flatMap(([id, p]) =>
    p.source === 'inferred' ? [{ id, how: p.how, name: infos.get(id)?.name ?? id }] : [],
  );
  if (inferred.length === 0) return null;
  return (
    <details className="import-inferred" open>
      <summary>推定的单元格（{inferred.length} 个，表中以虚线框标出）</summary>
      <ul>
        {inferred.map((c) => (
          <li key={c.id} data-inferred={c.id}>
            {c.name}：{c.how}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The first few cells to check by name, and how many more (a 总计 rests on dozens of cells). */
function cellList(cells: readonly string[], nameOf: (id: string) => string): string {
  const shown = cells.slice(0, 4).map(nameOf).join('、');
  return cells.length > 4 ? `${shown} 等 ${cells.length} 个单元格` : shown;
}

/**
 * Findings that rest on cells not read as printed: they may be the reader's mistake, so they are
 * listed apart, with the cells to check against the source, and never counted as errors.
 */
function ReadingDoubts({ findings, report }: { findings: readonly Finding[]; report: Report }) {
  const doubts = findings.filter((f) => f.doubt);
  if (doubts.length === 0) return null;
  const infos = cellsOf(getTemplate(report.template));
  return (
    <details className="import-doubts" open>
      <summary>
        {DOUBT_HEADING}（{doubts.length} 条，不计为报告的错误）
      </summary>
      <ul>
        {doubts.map((f, i) => (
          <li key={i} data-doubt={f.rule}>
            [{f.rule}] {f.message}
            <br />
            <span className="hint">
              核对：{cellList(f.doubt?.cells ?? [], (id) => infos.get(id)?.name ?? id)}——
              {f.doubt?.reason}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The report's own findings (reading doubts aside), as the editor will show them. */
function ReportFindings({ findings }: { findings: readonly Finding[] }) {
  const own = useMemo(() => findings.filter((f) => !f.doubt), [findings]);
  if (own.length === 0) return null;
  return (
    <details className="import-findings">
      <summary>检查结果（{own.length} 条）</summary>
      <ul>
        {own.map((f, i) => (
          <li key={i} className={`finding-${f.severity}`}>
            {SEVERITY_LABELS[f.severity]}：{f.message}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** What an import recognised, shown before anything is opened or replaced. */
export function ImportReview({
  result,
  source,
  onConfirm,
  onCancel,
  onRollForward,
  confirmLabel,
  children,
}: {
  result: Recognised;
  source: string;
  onConfirm: (report: Report) => void;
  onCancel: () => void;
  /** Offered for a past year's report: this year's draft made from it (新建下一年度报告). */
  onRollForward?: (report: Report) => void;
  confirmLabel: string;
  /** Shown under the actions: a scan's per-cell confirmation (ocr-confirm.tsx). */
  children?: ReactNode;
}) {
  const { report } = result;
  // Checked as the editor will check it: with the local requirements (地方要求) loaded here, and
  // with the importer's provenance: blanks are not zeros, findings on cells not read as printed are
  // reading doubts.
  const profileNow = useStore(profileState());
  const profile = profileNow.kind === 'loaded' ? profileNow.loaded.profile : undefined;
  // The import worker's findings when it checked this very result under this profile.
  const findings = useMemo(
    () =>
      keptFindings(result, profile) ??
      checkAll(report, undefined, { profile, provenance: result.provenance }),
    [result, report, profile],
  );
  const rollForward = onRollForward && isPastReport(report.meta.year) ? onRollForward : undefined;
  // A scan's OCR'd cells open as a draft only once a person has compared them with the page (the
  // confirmation below): a draft never holds an OCR reading nobody looked at as if it were printed.
  const unconfirmed = Object.values(result.provenance).filter(
    (p) => p.source === 'ocr' && !p.confirmed,
  ).length;
  // The review opens below the file input: bring it into view, its heading focused for the keyboard.
  // Once, when it opens: confirming a scan's cells changes the result, and must not move focus.
  const heading = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section className="import-review" aria-label="识别结果">
      <h3 ref={heading} tabIndex={-1}>
        识别结果：{source}
      </h3>
      <ImportFacts result={result} findings={findings} profile={profile} />
      <ImportReviewActions
        report={report}
        rollForward={rollForward}
        unconfirmed={unconfirmed}
        confirmLabel={confirmLabel}
        onConfirm={onConfirm}
        onCancel={onCancel}
      />
      {children}
      {result.notes.length > 0 && (
        <div className="import-notes">
          <h4>请核对</h4>
          <ul>
            {result.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      <InferredCells result={result} />
      {result.unplaced.length > 0 && (
        <details className="import-unplaced">
          <summary>未能归入报告的内容（{result.unplaced.length} 行）</summary>
          <pre tabIndex={0} aria-label="未能归入报告的内容">
            {result.unplaced.join('\n')}
          </pre>
        </details>
      )}
      <ReadingDoubts findings={findings} report={report} />
      <ReportFindings findings={findings} />
      <ImportReadSections result={result} />
    </section>
  );
}
