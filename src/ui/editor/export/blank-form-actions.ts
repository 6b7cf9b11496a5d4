/** 空白表样 from the editor: the three tables of the draft's format, empty, for its 机关 and year. */
import { blankFormTitle, renderBlankFormHtml, type Report } from '../../../core';
import { download, safeFileName } from '../../../workspace/platform/download';
import { loadDocxOptions } from '../../../workspace/settings/docx-fonts';
import type { Printed } from './print-preview';

/** The blank form as Word, in the fonts chosen in this browser; the writer is loaded on demand. */
export async function exportBlankFormDocx(report: Report): Promise<void> {
  const { renderBlankFormDocx } = await import('../../../core/word');
  const bytes = await renderBlankFormDocx(report, loadDocxOptions());
  download(
    `${safeFileName(blankFormTitle(report))}.docx`,
    bytes as Uint8Array<ArrayBuffer>,
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
}

/** The blank form for the print preview. */
export function blankFormPrinted(report: Report): Printed {
  return { html: renderBlankFormHtml(report), label: '空白表样打印预览' };
}
