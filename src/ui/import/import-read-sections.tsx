import { useMemo } from 'react';
import { getTemplate, layoutReport, type Block } from '../../core';
import type { ImportResult } from '../../core/import';
import { LayoutTableView } from '../layout-table-view';

/** A narrative text as the importer read it, paragraph by paragraph. */
function ReadText({ label, text }: { label: string; text: string | undefined }) {
  const paragraphs = (text ?? '').split(/\r?\n/).filter((line) => line.trim() !== '');
  return (
    // It scrolls: focusable, so the keyboard can scroll it too.
    <div className="import-text" role="region" aria-label={label} tabIndex={0}>
      {paragraphs.length === 0 ? (
        <p className="hint">（未识别到正文）</p>
      ) : (
        paragraphs.map((p, i) => <p key={i}>{p}</p>)
      )}
    </div>
  );
}

/** The report as read, section by section: its texts and its tables, inferred cells marked. */
export function ImportReadSections({ result }: { result: Extract<ImportResult, { ok: true }> }) {
  const { report } = result;
  const tables = useMemo(
    () =>
      layoutReport(report).filter(
        (b): b is Extract<Block, { type: 'table' }> => b.type === 'table',
      ),
    [report],
  );
  const inferredCells = useMemo(
    () =>
      new Map(
        Object.entries(result.provenance).flatMap(([id, p]) =>
          p.source === 'inferred' ? [[id, 'inferred'] as const] : [],
        ),
      ),
    [result.provenance],
  );
  return (
    <>
      {report.text.intro?.trim() && (
        <div className="import-section">
          <h4>开头段落</h4>
          <ReadText label="开头段落 识别的正文" text={report.text.intro} />
        </div>
      )}
      {getTemplate(report.template).sections.map((s) => {
        const table = s.table ? tables.find((t) => t.table === s.table) : undefined;
        return (
          <div key={s.id} className="import-section import-table">
            <h4>{s.heading}</h4>
            {s.text && <ReadText label={`${s.heading} 识别的正文`} text={report.text[s.text]} />}
            {table && <LayoutTableView table={table} marks={inferredCells} />}
          </div>
        );
      })}
    </>
  );
}
