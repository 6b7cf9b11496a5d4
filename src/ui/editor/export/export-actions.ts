/**
 * The exports of a report as plain functions: Word, HTML (file and clipboard), text and the report
 * file. A report exported with errors gets a file name marked （草稿）.
 */
import { renderHtml, renderText, reportTitle, saveReport, type Report } from '../../../core';
import { download, safeFileName } from '../../../workspace/platform/download';
import { loadDocxOptions } from '../../../workspace/settings/docx-fonts';

export type ExportKind = 'docx' | 'html';

function fileBase(report: Report, draft: boolean): string {
  return `${safeFileName(reportTitle(report))}${draft ? '（草稿）' : ''}`;
}

/** Word, in the fonts chosen in this browser; the renderer is loaded on demand. */
export async function exportDocx(report: Report, draft: boolean): Promise<void> {
  const { renderDocx } = await import('../../../core/word');
  const bytes = await renderDocx(report, loadDocxOptions());
  download(
    `${fileBase(report, draft)}.docx`,
    bytes as Uint8Array<ArrayBuffer>,
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
}

export function exportHtml(report: Report, draft: boolean): void {
  download(
    `${fileBase(report, draft)}.html`,
    renderHtml(report, { document: true }),
    'text/html;charset=utf-8',
  );
}

export function exportText(report: Report): void {
  download(`${fileBase(report, false)}.txt`, renderText(report), 'text/plain;charset=utf-8');
}

export function exportReportFile(report: Report): void {
  download(`${fileBase(report, false)}.json`, saveReport(report), 'application/json');
}

/** The HTML fragment (and its text) on the clipboard, for a CMS editor; returns the message. */
export async function copyHtml(report: Report): Promise<string> {
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([renderHtml(report)], { type: 'text/html' }),
        'text/plain': new Blob([renderText(report)], { type: 'text/plain' }),
      }),
    ]);
    return '已复制到剪贴板，可粘贴到网站编辑器中。';
  } catch {
    return '浏览器不允许写入剪贴板，请改用“导出 HTML”。';
  }
}
