/**
 * Reading a report from what the user gives the page: a file of any supported kind, or pasted
 * text or web content. The importers load on first use so the page itself stays small.
 */
import pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs?url';
import type { ImportResult } from '../../core/import';

const importers = () => import('../../core/import');

/** File kinds the import accepts (the file picker's filter). */
export const ACCEPT = '.json,.txt,.docx,.html,.htm,.pdf';

export async function importFile(file: File): Promise<ImportResult> {
  const { importAny } = await importers();
  const bytes = new Uint8Array(await file.arrayBuffer());
  return importAny(file.name, bytes, { workerSrc: pdfWorker });
}

/** Pasted content: a copied web page keeps its tables as HTML, anything else is text. */
export async function importPasted(text: string, html: string | undefined): Promise<ImportResult> {
  const { importHtml, importText } = await importers();
  return html && /<table/i.test(html) ? importHtml(html) : importText(text);
}
