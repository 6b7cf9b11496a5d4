/**
 * 空白表样: the three statutory tables of a report's format with no figures, headed with the unit
 * and the year, to hand to colleagues who hold the 许可/处罚 and application figures. The same
 * layout blocks as the report, so Word and print show the official merged cells.
 */
import { layoutTable, type Block } from './layout';
import type { Report } from './report';
import { blocksHtml, type HtmlOptions } from './render-html';
import { getTemplate } from './templates';
import { xmlSafeValue } from './xml-chars';

/** Full-width spaces: room to write a name or a number by hand. */
const BLANK = '\u3000'.repeat(6);
const GAP = '\u3000';

/** "<机关名称><年度>年政府信息公开工作年度报告表格（空白表样）": the document's and the file's name. */
export function blankFormTitle(report: Pick<Report, 'meta'>): string {
  return `${report.meta.org.trim()}${report.meta.year}年政府信息公开工作年度报告表格（空白表样）`;
}

/** The blank form of `report`'s format, for its 机关 and year. */
export function blankFormBlocks(report: Pick<Report, 'meta' | 'template'>): Block[] {
  const template = getTemplate(report.template);
  const org = report.meta.org.trim();
  const { year } = report.meta;
  const blocks: Block[] = [
    {
      type: 'title',
      text: blankFormTitle(report),
      lines: [org, `${year}年政府信息公开工作年度报告表格`],
    },
    { type: 'paragraph', text: '（空白表样，供收集数据用）' },
    { type: 'paragraph', text: `填报单位：${org}` },
    { type: 'paragraph', text: `统计期限：${year}年1月1日至${year}年12月31日` },
    {
      type: 'paragraph',
      text: `填表说明：表格按${template.name}（${template.source}）。没有发生的填“0”，不要留空；件数为整数，金额以万元为单位。表三每列：第一项加第二项之和，等于第三项加第四项之和。`,
    },
  ];
  for (const section of template.sections) {
    if (!section.table) continue;
    blocks.push({ type: 'heading', level: 1, text: section.heading });
    blocks.push(layoutTable(template, section.table, { cells: {} }, { blank: true }));
  }
  blocks.push(
    { type: 'paragraph', text: `填表人：${BLANK}${GAP}联系电话：${BLANK}` },
    { type: 'paragraph', text: `填报日期：${GAP.repeat(3)}年${GAP.repeat(2)}月${GAP.repeat(2)}日` },
  );
  return blocks;
}

/** The blank form as HTML (print preview, a page of its own with `document`). */
export function renderBlankFormHtml(
  report: Pick<Report, 'meta' | 'template'>,
  options: HtmlOptions = {},
): string {
  return blocksHtml(blankFormBlocks(xmlSafeValue(report).value), options);
}
