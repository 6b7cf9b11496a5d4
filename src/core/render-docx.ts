/**
 * Word renderer over the layout model: the report as a .docx in the GB/T 9704 layout
 * (the official format §6), with the report file embedded so importing it back is exact.
 */
import { blocksToDocx } from './docx/document';
import type { DocxOptions } from './docx/fonts';
import { layoutReport, reportTitle } from './layout';
import type { Report } from './report';
import { embedReport } from './docx/embed-report';
import { xmlSafeValue } from './xml-chars';

/**
 * The whole report as .docx bytes (works in the browser and in Node). Characters XML does not
 * allow are left out of the document (see xml-chars.ts); the embedded report keeps them.
 */
export async function renderDocx(original: Report, options: DocxOptions = {}): Promise<Uint8Array> {
  const report = xmlSafeValue(original).value;
  const bytes = await blocksToDocx(
    layoutReport(report),
    { title: reportTitle(report), creator: report.meta.org },
    xmlSafeValue(options).value,
  );
  return embedReport(bytes, original);
}
