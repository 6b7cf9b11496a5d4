/** Writing a report in the kind its output file's extension names (convert and summary). */
import { renderHtml, renderText, saveReport, type Report } from '../core';

export const OUTPUTS = new Set(['.json', '.txt', '.docx', '.html', '.htm']);

/** Why an output extension cannot be written, or undefined when it can. */
export function unsupportedOutput(output: string, ext: string): string | undefined {
  if (OUTPUTS.has(ext)) return undefined;
  return `${output}：不支持输出为 ${ext || '无扩展名的文件'}，可输出 .json、.txt、.docx 或 .html。`;
}

/** The report's bytes or text for an output extension. */
export async function render(report: Report, ext: string): Promise<string | Uint8Array> {
  if (ext === '.json') return saveReport(report);
  // The Word writer (the docx package) loads only for a .docx: start-up stays quick.
  if (ext === '.docx') return (await import('../core/word')).renderDocx(report);
  if (ext === '.html' || ext === '.htm') return renderHtml(report, { document: true });
  return renderText(report);
}
