import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import {
  cellsOf,
  checkAll,
  countDoubts,
  countFindings,
  getTemplate,
  layoutReport,
  SEVERITY_LABELS,
  type Block,
  type Report,
} from '../../core';
import type { ImportResult } from '../../core/import';
import { LayoutTableView } from '../layout-table-view';

const INPUT_NAMES = {
  json: '报告文件',
  text: '文本',
  html: '网页',
  docx: 'Word 文档',
  pdf: 'PDF',
  image: '扫描图片（OCR）',
} as const;

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

/** A narrative text as the importer read it, paragraph by paragraph. */
function ReadText({ label, text }: { label: string; text: string | undefined }) {
  const paragraphs = (text ?? '').split(/\r?\n/).filter((line) => line.trim() !== '');
  return (
    <div className="import-text" aria-label={label}>
      {paragraphs.length === 0 ? (
        <p className="hint">（未识别到正文）</p>
      ) : (
        paragraphs.map((p, i) => <p key={i}>{p}</p>)
      )}
    </div>
  );
}

/** What an import recognised, shown before anything is opened or replaced. */
export function ImportReview({
  result,
  source,
  onConfirm,
  onCancel,
  confirmLabel,
  children,
}: {
  result: Recognised;
  source: string;
  onConfirm: (report: Report) => void;
  onCancel: () => void;
  confirmLabel: string;
  /** Shown under the actions: a scan's per-cell confirmation (ocr-confirm.tsx). */
  children?: ReactNode;
}) {
  const { report } = result;
  // Findings on cells not read as printed (an unconfirmed OCR cell, …) are reading doubts.
  const findings = useMemo(
    () => checkAll(report, undefined, { provenance: result.provenance }),
    [report, result.provenance],
  );
  const tables = useMemo(
    () =>
      layoutReport(report).filter(
        (b): b is Extract<Block, { type: 'table' }> => b.type === 'table',
      ),
    [report],
  );
  const template = getTemplate(report.template);
  const inferredCells = useMemo(
    () =>
      new Map(
        Object.entries(result.provenance).flatMap(([id, p]) =>
          p.source === 'inferred' ? [[id, 'inferred'] as const] : [],
        ),
      ),
    [result.provenance],
  );
  const { errors, warnings } = countFindings(findings);
  const doubts = countDoubts(findings);
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
      <dl className="import-facts">
        <dt>来源</dt>
        <dd>{INPUT_NAMES[result.input]}</dd>
        <dt>格式</dt>
        <dd>{template.name}</dd>
        <dt>机关</dt>
        <dd>{report.meta.org || '（未识别）'}</dd>
        <dt>年度</dt>
        <dd>{report.meta.year}</dd>
        <dt>检查</dt>
        <dd>
          <span className={errors ? 'count-error' : 'count-ok'}>{errors} 个错误</span>，{warnings}{' '}
          个警告{doubts > 0 && `，${doubts} 个读取存疑（请对照原文核对）`}
        </dd>
      </dl>
      <div className="dialog-actions left">
        <button
          type="button"
          className="primary"
          onClick={() => {
            onConfirm(report);
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          放弃
        </button>
      </div>
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
          <pre>{result.unplaced.join('\n')}</pre>
        </details>
      )}
      {findings.length > 0 && (
        <details className="import-findings">
          <summary>检查结果（{findings.length} 条）</summary>
          <ul>
            {findings.map((f, i) => (
              <li key={i} className={f.doubt ? 'finding-doubt' : `finding-${f.severity}`}>
                {f.doubt ? '读取存疑' : SEVERITY_LABELS[f.severity]}：{f.message}
                {f.doubt && `（${f.doubt.reason}）`}
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.text.intro?.trim() && (
        <div className="import-section">
          <h4>开头段落</h4>
          <ReadText label="开头段落 识别的正文" text={report.text.intro} />
        </div>
      )}
      {template.sections.map((s) => {
        const table = s.table ? tables.find((t) => t.table === s.table) : undefined;
        return (
          <div key={s.id} className="import-section import-table">
            <h4>{s.heading}</h4>
            {s.text && <ReadText label={`${s.heading} 识别的正文`} text={report.text[s.text]} />}
            {table && <LayoutTableView table={table} marks={inferredCells} />}
          </div>
        );
      })}
    </section>
  );
}
