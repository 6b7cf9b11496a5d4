/**
 * Reading a report from a Word file: our own export carries the report file and is read exactly;
 * any other .docx is read from its paragraphs and tables like text.
 */
import { cellsOf } from '../cells';
import { parseCell } from '../number';
import type { Report } from '../report';
import { readEmbeddedReport } from './embedded-report';
import { getTemplate } from '../templates';
import { documentXml, documentXmlText } from './source/docx-text';
import { savedProvenance, type ImportOptions, type ImportResult } from './import-result';
import { importText } from './import-text';
import { isOle2, isRtf, legacyOfficeMessage } from './legacy-office';
import { checkFileSize, checkTextLength, ImportLimitError, limitFailure } from './limits';

/** The body text of the document, or undefined when its XML is damaged. */
function bodyText(xml: string): string | undefined {
  try {
    const text = documentXmlText(xml);
    checkTextLength(text);
    return text;
  } catch (error) {
    if (error instanceof ImportLimitError) throw error;
    return undefined;
  }
}

/** Cells where the document's tables differ from the embedded report (blank and 0 print alike). */
function edited(embedded: Report, fromDocument: Report): string[] {
  if (embedded.template !== fromDocument.template) return [];
  const names: string[] = [];
  for (const [id, info] of cellsOf(getTemplate(embedded.template))) {
    const a = parseCell(embedded.cells[id], info.kind);
    const b = parseCell(fromDocument.cells[id], info.kind);
    const same = a.ok && b.ok ? (a.value ?? 0) === (b.value ?? 0) : a.ok === b.ok;
    if (!same) names.push(info.name);
  }
  return names;
}

/** Read a report from .docx bytes; a file past the bounds gets a message, not a frozen page. */
export function importDocx(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  try {
    checkFileSize(bytes.length, false);
    return readDocx(bytes, options);
  } catch (error) {
    return limitFailure(error);
  }
}

function readDocx(bytes: Uint8Array, options: ImportOptions): ImportResult {
  // A .doc or .wps renamed .docx, or an old file given without a name.
  if (isOle2(bytes) || isRtf(bytes)) return { ok: false, message: legacyOfficeMessage(bytes) };
  // Our own export, its document not edited since: the report as saved, no document to parse.
  const saved = readEmbeddedReport(bytes);
  if (saved?.documentUnchanged) return exact(saved.report, []);
  const embedded = saved?.report;
  const xml = documentXml(bytes);
  if (xml === undefined && !embedded) {
    return {
      ok: false,
      message:
        '无法读取这个 Word 文件：应为 .docx 格式（文件中缺少正文 word/document.xml，或文件已损坏）。',
    };
  }
  const text = xml === undefined ? undefined : bodyText(xml);
  const fromDocument = text === undefined ? undefined : importText(text, options, 'docx');
  if (!embedded) {
    return (
      fromDocument ?? {
        ok: false,
        message: '无法读取这个 Word 文件：正文 word/document.xml 已损坏（不是有效的 XML）。',
      }
    );
  }

  return exact(embedded, fromDocument?.ok ? edited(embedded, fromDocument.report) : []);
}

/** The embedded report as the result; `changed` names cells the document's tables differ in. */
function exact(embedded: Report, changed: readonly string[]): ImportResult {
  const notes = ['这是本工具导出的 Word 文件，已按其中保存的报告数据原样读入'];
  if (changed.length > 0) {
    notes.push(
      `注意：文档中的表格与保存的报告数据有 ${changed.length} 处不同（如“${changed[0] ?? ''}”），可能导出后在 Word 中改过；读入的是导出时的数据`,
    );
  }
  return {
    ok: true,
    report: embedded,
    format: embedded.template,
    input: 'docx',
    unplaced: [],
    notes,
    provenance: savedProvenance(embedded),
  };
}
