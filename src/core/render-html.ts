/**
 * HTML renderer over the layout model, for pasting into a government website's CMS: semantic
 * headings, paragraphs and tables with rowspan/colspan. Presentation is in `border`/`cellpadding`
 * attributes and inline styles, because CMS editors drop <style> blocks and classes on paste.
 */
import { layoutReport, type Block, type LayoutCell, type LayoutTable } from './layout';
import type { Report } from './report';
import { xmlSafeValue } from './xml-chars';

/** Options of `renderHtml`: `document` wraps the fragment in a full page with its own styles. */
export interface HtmlOptions {
  readonly document?: boolean;
}

/** Text escaped for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const TABLE_STYLE = 'border-collapse:collapse;width:100%;font-size:10.5pt';
const CELL_STYLE = 'border:1px solid #000;padding:2px 4px;vertical-align:middle';

function cellHtml(cell: LayoutCell, header: boolean): string {
  const tag = header || cell.role === 'section' ? 'th' : 'td';
  const left = cell.kind === 'label' && cell.role === 'row' && cell.rowSpan === 1;
  const attributes = [
    cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '',
    cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '',
    ` style="${CELL_STYLE};text-align:${left ? 'left' : 'center'}${tag === 'th' ? `;font-weight:${cell.role === 'section' ? 'bold' : 'normal'}` : ''}"`,
  ].join('');
  return `<${tag}${attributes}>${escapeHtml(cell.text)}</${tag}>`;
}

function tableHtml(table: LayoutTable): string {
  const rows = table.rows.map((row, r) => {
    const header = r < table.headerRows;
    // A blank form's rows are tall enough to write in by hand (8 mm, as in its Word file).
    const tall = table.blank && !header ? ' style="height:8mm"' : '';
    return `<tr${tall}>${row.map((cell) => cellHtml(cell, header)).join('')}</tr>`;
  });
  const head = rows.slice(0, table.headerRows);
  const body = rows.slice(table.headerRows);
  const colgroup = table.widths.map((w) => `<col style="width:${+w.toFixed(2)}%">`).join('');
  return [
    `<table border="1" cellspacing="0" cellpadding="4" style="${TABLE_STYLE}">`,
    `<colgroup>${colgroup}</colgroup>`,
    ...(head.length > 0 ? ['<thead>', ...head, '</thead>'] : []),
    '<tbody>',
    ...body,
    '</tbody>',
    '</table>',
  ].join('\n');
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'title':
      // Each part stays whole (nowrap), a break allowed between them (<wbr>): a title too long
      // for one line breaks after the 机关名称, as in Word. Inline, so its name reads as one text.
      return `<h1 style="text-align:center">${block.lines
        .map((part) => `<span style="white-space:nowrap">${escapeHtml(part)}</span>`)
        .join('<wbr>')}</h1>`;
    case 'heading':
      return block.level === 1
        ? `<h2>${escapeHtml(block.text)}</h2>`
        : `<h3>${escapeHtml(block.text)}</h3>`;
    case 'paragraph':
      return `<p style="text-indent:2em">${escapeHtml(block.text)}</p>`;
    case 'table':
      return tableHtml(block);
    case 'signature':
      return block.lines
        .map((line) => `<p style="text-align:right;margin-right:2em">${escapeHtml(line)}</p>`)
        .join('\n');
  }
}

const PAGE_STYLE = `body{max-width:46em;margin:2em auto;padding:0 1em;font-family:"仿宋_GB2312","仿宋",FangSong,"STFangsong",serif;font-size:16pt;line-height:1.8;color:#000}
h1{font-family:"方正小标宋简体","华文中宋","STZhongsong","宋体",SimSun,serif;font-size:22pt;font-weight:normal;line-height:1.4}
h2{font-family:"黑体",SimHei,"Heiti SC",sans-serif;font-size:16pt;font-weight:normal;margin:0;text-indent:2em}
h3{font-family:"楷体_GB2312","楷体",KaiTi,"STKaiti",serif;font-size:16pt;font-weight:normal;margin:0;text-indent:2em}
p{margin:0}
table{margin:0.5em 0;line-height:1.4}`;

/** The whole report as HTML: a clean fragment, or with `document` a complete page. */
export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  // Controls and noncharacters are parse errors in HTML too, and break it as XHTML.
  return blocksHtml(layoutReport(xmlSafeValue(report).value), options);
}

/** Layout blocks as HTML (a report, a blank form): a fragment, or with `document` a page. */
export function blocksHtml(blocks: readonly Block[], options: HtmlOptions = {}): string {
  const fragment = blocks.map(blockHtml).join('\n');
  if (!options.document) return `${fragment}\n`;
  const title = blocks[0]?.type === 'title' ? blocks[0].text : '';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
${PAGE_STYLE}
</style>
</head>
<body>
${fragment}
</body>
</html>
`;
}
