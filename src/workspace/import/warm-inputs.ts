/**
 * Small files of every kind an idle import worker reads once before the first real one
 * (import-worker.ts): the code each importer runs is parsed and compiled lazily on first use, so
 * without them the first file of a kind paid that too (a first web page ~100 ms more than the
 * next one, a first Word file ~45 ms more). The PDF is a file of its own (warm-blank-2021.pdf).
 */
import { strToU8, zipSync } from 'fflate';
import { createReport, escapeHtml, renderHtml, renderText } from '../../core';

/** A blank 2021 report: its tables are the official ones, so the table readers run in full. */
const blank = () => createReport({ org: '某镇人民政府', year: 2021 });

/** The blank report as a web page, as our own HTML export prints it. */
export function warmHtml(): string {
  return renderHtml(blank(), { document: true });
}

/** The blank report as plain text, TAB-separated table rows. */
export function warmText(): string {
  return renderText(blank());
}

/** The blank report as a Word file: its table rows as a Word table, the rest as paragraphs. */
export function warmDocx(): Uint8Array {
  const cell = (text: string) =>
    `<w:tc><w:p><w:r><w:t>${escapeHtml(text)}</w:t></w:r></w:p></w:tc>`;
  const row = (line: string) => `<w:tr>${line.split('\t').map(cell).join('')}</w:tr>`;
  // Consecutive TAB rows make one table, as the export's tables do.
  const body = warmText()
    .split('\n')
    .map((line) =>
      line.includes('\t') ? row(line) : `<w:p><w:r><w:t>${escapeHtml(line)}</w:t></w:r></w:p>`,
    )
    .join('')
    .replace(/(<w:tr>.*?<\/w:tr>)(?=<w:p>|$)/g, '<w:tbl>$1</w:tbl>');
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:body>${body}</w:body></w:document>`;
  return zipSync({ 'word/document.xml': strToU8(xml) }, { level: 0 });
}
