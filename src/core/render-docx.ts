/**
 * Word renderer over the layout model: the report as a .docx in the GB/T 9704 layout
 * (format.md §6), with the report file embedded so importing it back is exact.
 */
import { blocksToDocx } from './docx/document';
import type { DocxOptions } from './docx/fonts';
import { layoutReport, reportTitle } from './layout';
import type { Report } from './report';
import { embedReport } from './report-embed';

/** The whole report as .docx bytes (works in the browser and in Node). */
export async function renderDocx(report: Report, options: DocxOptions = {}): Promise<Uint8Array> {
  const bytes = await blocksToDocx(
    layoutReport(report),
    { title: reportTitle(report), creator: report.meta.org },
    options,
  );
  return embedReport(bytes, report);
}
