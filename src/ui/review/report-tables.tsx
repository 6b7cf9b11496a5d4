import { useMemo } from 'react';
import { getTemplate, layoutReport, type Report } from '../../core';
import { LayoutTableView } from '../layout-table-view';

/**
 * The report's statutory tables as printed, the cells of the findings marked. A blank cell (not
 * printed, or not read) stays blank: a report read from another office's file never shows a 0 it
 * did not print.
 */
export function ReportTables({
  report,
  marks,
}: {
  report: Report;
  marks: ReadonlyMap<string, string>;
}) {
  const tables = useMemo(() => {
    const headings = new Map(
      getTemplate(report.template).sections.flatMap((s) => (s.table ? [[s.table, s.heading]] : [])),
    );
    return layoutReport(report, { blankAs: '' }).flatMap((b) =>
      b.type === 'table' ? [{ block: b, heading: headings.get(b.table) ?? '' }] : [],
    );
  }, [report]);
  return (
    <div className="review-tables">
      {tables.map(({ block, heading }) => (
        <section key={block.table} aria-label={heading}>
          <h4>{heading}</h4>
          <LayoutTableView table={block} marks={marks} />
        </section>
      ))}
    </div>
  );
}
