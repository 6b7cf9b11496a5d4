/**
 * Makes issue 20's spreadsheet fixtures: report tables that offices keep in Excel or WPS 表格 and
 * publish from there, written in the shape those programs write HTML (their "save as web page"
 * and the clipboard HTML that a CMS editor keeps when a range is pasted into it):
 * - excel-sheet-2021.html: Excel's "另存为 网页" of a one-sheet workbook holding the four tables
 *   (no narrative), GBK bytes under `charset=gb2312`; the <style> block of xl classes with
 *   mso-number-format, the `<!--[if gte mso 9]><xml>` workbook block, <col> widths, `x:num` and
 *   `x:fmla` on the number cells, zeros printed blank by a `0;-0;;@` number format (x:num="0"
 *   and nothing shown), a check row and a column of last year's figures hidden (display:none), a
 *   wrapped label (<br>), empty cells as `mso-ignore:colspan` runs, and the trailing
 *   `<![if supportMisalignedColumns]>` row of widths.
 * - excel-paste-2019.html: a CMS article (UEditor) whose tables were pasted from Excel and from
 *   WPS 表格 (class=xl…/et…, x:num, x:str, <colgroup>, `<!--StartFragment-->`), the editor's
 *   <span style>/<font face> soup around every cell's text, `&nbsp;` for the zeros a clerk cleared.
 * Run: npx tsx scripts/make-excel-fixtures.ts (needs iconv). Tests do not run this.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutReport, layoutTable, placeCells, type LayoutTable } from '../src/core/layout';
import { escapeHtml } from '../src/core/render-html';
import type { Report } from '../src/core/report';
import { getTemplate } from '../src/core/templates';
import { denseReport } from '../src/testing/layouts/dense-report';

const out = 'src/fixtures/wild';

/** Column widths in px as Excel writes them (72 px = 54 pt default; labels wider). */
const px = (k: number, columns: number, labelColumns: number) =>
  k < labelColumns ? (k === labelColumns - 1 ? 150 : 64) : columns > 10 ? 58 : 72;
const pt = (w: number) => `${Math.round(w * 0.75 * 100) / 100}pt`;

interface Cell {
  readonly html: string;
}

/** A table's rows as Excel <td> cells, `width` grid columns wide. */
function sheetRows(
  table: LayoutTable,
  width: number,
  style: 'sheet' | 'paste',
  blanks: Set<string>,
  zeroBlank: boolean,
): string[] {
  const placed = placeCells(table);
  const labelColumns = table.table === 't3' ? 3 : 1;
  return placed.map((row, r) => {
    const cells: Cell[] = [];
    let used = 0;
    for (const { cell, column } of row) {
      const span = `${cell.colSpan > 1 ? ` colspan=${cell.colSpan}` : ''}${cell.rowSpan > 1 ? ` rowspan=${cell.rowSpan}` : ''}`;
      const w = Array.from({ length: cell.colSpan }, (_, k) =>
        px(column + k, table.columns, labelColumns),
      ).reduce((a, b) => a + b, 0);
      if (cell.kind === 'number' && cell.cellId) {
        const value = cell.text;
        const isZero = /^0(?:\.0+)?$/.test(value);
        const amount = value.includes('.');
        const cls = amount ? 'xl72' : zeroBlank ? 'xl71' : 'xl70';
        let shown = value;
        let num = ' x:num';
        if (isZero && zeroBlank) {
          shown = '';
          num = ` x:num="${value}"`;
          // The sheet's own HTML keeps the value (x:num="0"); a paste through the editor keeps
          // only &nbsp; (x:num="").
          if (style === 'paste') blanks.add(cell.cellId);
        } else if (amount) num = ` x:num="${value}"`;
        // The totals are formulas over the row (表三/表四) as a careful clerk makes them.
        const fmla =
          style === 'sheet' && /_total$/.test(cell.cellId) && table.table !== 't2'
            ? ` x:fmla="=SUM(${String.fromCharCode(65 + column - 4)}${r + 1}:${String.fromCharCode(64 + column)}${r + 1})"`
            : '';
        const body =
          style === 'paste' && shown !== ''
            ? `<span style="font-family:宋体;font-size:12px;"><font face="宋体">${escapeHtml(shown)}</font></span>`
            : style === 'paste' && shown === ''
              ? '&nbsp;'
              : escapeHtml(shown);
        cells.push({ html: `<td${span} class=${cls} align=right${num}${fmla}>${body}</td>` });
      } else {
        // A long label wraps where the clerk pressed Alt+Enter.
        let text = escapeHtml(cell.text).replace('三、本年度办理结果', '三、本年度<br>办理结果');
        if (style === 'paste')
          text = `<span style="font-size:12px;font-family:宋体;"><font face="宋体">${text}</font></span>`;
        const cls = r < table.headerRows ? 'xl66' : 'xl67';
        cells.push({
          html: `<td${span} class=${cls} width=${w} style='width:${pt(w)}'>${text}</td>`,
        });
      }
      used = Math.max(used, column + cell.colSpan);
    }
    // Excel writes the empty cells right of a table as one mso-ignore run.
    if (used < width) {
      const rest = width - used;
      cells.push({
        html: rest > 1 ? `<td colspan=${rest} style='mso-ignore:colspan'></td>` : '<td></td>',
      });
    }
    return cells.map((c) => c.html).join('\n  ');
  });
}

const STYLES = `<style id="年报_Styles">
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
.xl65
	{mso-style-parent:style0;
	font-size:14.0pt;
	font-weight:700;
	font-family:宋体;
	mso-font-charset:134;
	text-align:center;}
.xl66
	{mso-style-parent:style0;
	font-family:宋体;
	mso-font-charset:134;
	text-align:center;
	vertical-align:middle;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl67
	{mso-style-parent:style0;
	font-family:宋体;
	mso-font-charset:134;
	text-align:left;
	vertical-align:middle;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl70
	{mso-style-parent:style0;
	mso-number-format:"\\#\\,\\#\\#0";
	text-align:center;
	vertical-align:middle;
	border:.5pt solid windowtext;}
.xl71
	{mso-style-parent:style0;
	mso-number-format:"0\\;\\-0\\;\\;\\@";
	text-align:center;
	vertical-align:middle;
	border:.5pt solid windowtext;}
.xl72
	{mso-style-parent:style0;
	mso-number-format:"0\\.00";
	text-align:center;
	vertical-align:middle;
	border:.5pt solid windowtext;}
-->
</style>`;

const WORKBOOK = `<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
   <x:ExcelWorksheet>
    <x:Name>年报</x:Name>
    <x:WorksheetOptions>
     <x:DefaultRowHeight>285</x:DefaultRowHeight>
     <x:Print><x:ValidPrinterInfo/><x:PaperSizeIndex>9</x:PaperSizeIndex></x:Print>
     <x:Selected/>
    </x:WorksheetOptions>
   </x:ExcelWorksheet>
  </x:ExcelWorksheets>
  <x:WindowHeight>12540</x:WindowHeight>
  <x:WindowWidth>28800</x:WindowWidth>
  <x:ProtectStructure>False</x:ProtectStructure>
  <x:ProtectWindows>False</x:ProtectWindows>
 </x:ExcelWorkbook>
</xml><![endif]-->`;

/** Excel's "save as web page" of a sheet holding the four tables. */
function excelSheet(report: Report): { html: string; blanks: string[] } {
  const template = getTemplate(report.template);
  const tables = layoutReport(report).flatMap((b) =>
    b.type === 'table' ? [layoutTable(template, b.table, report)] : [],
  );
  const headings = layoutReport(report).flatMap((b, i, all) =>
    b.type === 'table' ? [[...all.slice(0, i)].reverse().find((h) => h.type === 'heading')] : [],
  );
  const width = Math.max(...tables.map((t) => t.columns)) + 1;
  const blanks = new Set<string>();
  const rows: string[] = [];
  const tr = (cells: string, extra = '') =>
    ` <tr height=19 style='height:14.25pt${extra}'>\n  ${cells}\n </tr>`;
  const title = `${report.meta.org}${report.meta.year}年政府信息公开工作年度报告附表`;
  rows.push(
    tr(
      `<td colspan=${width} height=27 class=xl65 style='height:20.25pt'>${escapeHtml(title)}</td>`,
    ),
  );
  tables.forEach((table, i) => {
    const heading = headings[i];
    const text = heading?.text ?? '';
    rows.push(tr(`<td colspan=${width} style='mso-ignore:colspan'></td>`));
    rows.push(
      tr(
        `<td colspan=${table.columns} class=xl67 style='border:none'>${escapeHtml(text)}</td>\n  <td colspan=${width - table.columns} style='mso-ignore:colspan'></td>`,
      ),
    );
    const body = sheetRows(table, width - 1, 'sheet', blanks, table.table === 't3');
    body.forEach((cells, r) => {
      // 表三's column of last year's 总计, hidden (the clerk compared the years and hid it).
      const hidden =
        table.table === 't3' && r >= table.headerRows
          ? `\n  <td class=xl70 align=right style='display:none' x:num>${(r * 7) % 23}</td>`
          : "\n  <td style='display:none'></td>";
      rows.push(tr(cells + hidden));
    });
    // A check row under 表三, hidden: each column's 新收+结转−办结−结转下年 (0 when it balances).
    if (table.table === 't3') {
      const zeros = Array.from(
        { length: table.columns - 3 },
        () => '<td class=xl70 align=right x:num x:fmla="=D5+D6-D24-D25">0</td>',
      ).join('\n  ');
      rows.push(
        tr(
          `<td colspan=3 class=xl67>校验（应为0）</td>\n  ${zeros}\n  <td colspan=${width - table.columns} style='mso-ignore:colspan'></td>`,
          ';display:none;mso-height-source:userset;mso-height-alt:285',
        ),
      );
    }
  });
  const cols = Array.from({ length: width }, (_, k) =>
    k === width - 1
      ? ` <col class=xl70 width=0 style='display:none;mso-width-source:userset;mso-width-alt:2048'>`
      : ` <col width=${k === 0 ? 150 : 64} style='mso-width-source:userset;width:${pt(k === 0 ? 150 : 64)}'>`,
  );
  const misaligned = [
    ' <![if supportMisalignedColumns]>',
    " <tr height=0 style='display:none'>",
    ...Array.from(
      { length: width },
      (_, k) => `  <td width=${k === 0 ? 150 : 64} style='width:${pt(k === 0 ? 150 : 64)}'></td>`,
    ),
    ' </tr>',
    ' <![endif]>',
  ];
  const html = [
    '<html xmlns:v="urn:schemas-microsoft-com:vml"',
    'xmlns:o="urn:schemas-microsoft-com:office:office"',
    'xmlns:x="urn:schemas-microsoft-com:office:excel"',
    'xmlns="http://www.w3.org/TR/REC-html40">',
    '',
    '<head>',
    '<meta http-equiv=Content-Type content="text/html; charset=gb2312">',
    '<meta name=ProgId content=Excel.Sheet>',
    '<meta name=Generator content="Microsoft Excel 15">',
    '<link rel=File-List href="年报附表.files/filelist.xml">',
    STYLES,
    WORKBOOK,
    '</head>',
    '',
    '<body link="#0563C1" vlink="#954F72">',
    '',
    `<table border=0 cellpadding=0 cellspacing=0 width=${150 + 64 * (width - 2)} style='border-collapse:`,
    ` collapse;table-layout:fixed;width:${pt(150 + 64 * (width - 2))}'>`,
    ...cols,
    ...rows,
    ...misaligned,
    '</table>',
    '',
    '</body>',
    '',
    '</html>',
    '',
  ].join('\n');
  return { html, blanks: [...blanks].sort() };
}

/** A CMS article whose tables were pasted from Excel (表二, 表三) and WPS 表格 (表四). */
function pastedPage(report: Report): { html: string; blanks: string[] } {
  const template = getTemplate(report.template);
  const blanks = new Set<string>();
  const title = `${report.meta.org}${report.meta.year}年政府信息公开工作年度报告`;
  const parts: string[] = [];
  for (const block of layoutReport(report)) {
    if (block.type === 'heading')
      parts.push(
        `<p style="text-indent:2em;"><strong><span style="font-family:黑体;font-size:16px;">${escapeHtml(block.text)}</span></strong></p>`,
      );
    else if (block.type === 'paragraph')
      parts.push(
        `<p style="text-indent:2em;line-height:1.75em;"><span style="font-family:仿宋_GB2312;font-size:16px;">${escapeHtml(block.text)}</span></p>`,
      );
    else if (block.type === 'table') {
      const table = layoutTable(template, block.table, report);
      const wps = table.table === 't4';
      // The clerk cleared 表三's zeros before copying: those cells are &nbsp;.
      const cells = sheetRows(table, table.columns, 'paste', blanks, table.table === 't3');
      const widths = Array.from({ length: table.columns }, (_, k) =>
        px(k, table.columns, table.table === 't3' ? 3 : 1),
      );
      const total = widths.reduce((a, b) => a + b, 0);
      const body = cells
        .map((c) =>
          wps ? c.replace(/class=xl(\d+)/g, (_, n: string) => `class="et${Number(n) - 60}"`) : c,
        )
        // 表三 was copied one column too wide (an empty column at its right).
        .map((c) => (table.table === 't3' ? `${c}\n  <td class=xl65></td>` : c))
        .map(
          (c) =>
            `<tr height="19" style="height:14.25pt;">\n  ${c.replace(/ x:num>/g, ' x:num="">')}\n</tr>`,
        );
      // Excel copies hidden rows too, hidden: 表三's row of last year's 新收 under this year's.
      if (table.table === 't3') {
        const lastYear = Array.from(
          { length: table.columns - 3 },
          (_, k) => `<td class=xl70 align=right x:num="">${(k * 5) % 17}</td>`,
        ).join('');
        body.splice(
          table.headerRows + 1,
          0,
          `<tr height="0" style="display:none;"><td colspan=3 class=xl67>上年新收（隐藏）</td>${lastYear}<td class=xl65></td></tr>`,
        );
      }
      parts.push(
        [
          '<!--StartFragment-->',
          `<table width="${total}" border="0" cellpadding="0" cellspacing="0" style="width:${pt(total)};border-collapse:collapse;table-layout:fixed;">`,
          `<colgroup>${widths.map((w) => `<col width="${w}" style="width:${pt(w)};"/>`).join('')}</colgroup>`,
          '<tbody>',
          ...body,
          '</tbody></table>',
          '<!--EndFragment-->',
        ].join('\n'),
      );
    } else if (block.type === 'signature')
      for (const line of block.lines)
        parts.push(
          `<p style="text-align:right;"><span style="font-family:仿宋_GB2312;font-size:16px;">${escapeHtml(line)}</span></p>`,
        );
  }
  const html = [
    '<!DOCTYPE html>',
    `<html><head><meta charset="utf-8"><title>${escapeHtml(title)}-${escapeHtml(report.meta.org)}</title>`,
    '<style>body{font-family:"Microsoft YaHei",sans-serif}.main{width:1000px;margin:0 auto}.TRS_Editor table td{border:1px solid #000}</style></head><body>',
    `<div class="head"><a href="/">${escapeHtml(report.meta.org)}</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>`,
    `<div class="main"><h2 class="title">${escapeHtml(title)}</h2>`,
    `<div class="info">发布时间：${report.meta.year + 1}-01-25 10:12&#12288;来源：${escapeHtml(report.meta.org)}&#12288;【打印本页】</div>`,
    '<div class="TRS_Editor"><div class="view TRS_UEDITOR trs_paper_default trs_web">',
    ...parts,
    '</div></div></div>',
    '<div class="foot">版权所有：河口县人民政府&#12288;技术支持：某某网络科技有限公司</div>',
    '</body></html>',
    '',
  ].join('\n');
  return { html, blanks: [...blanks].sort() };
}

function write(
  name: string,
  report: Report,
  made: { html: string; blanks: string[] },
  gbk = false,
) {
  const file = join(out, `${name}.html`);
  if (gbk)
    writeFileSync(file, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: made.html }));
  else writeFileSync(file, made.html);
  writeFileSync(
    join(out, `${name}.expected.json`),
    `${JSON.stringify({ report, blanks: made.blanks }, null, 1)}\n`,
  );
  console.log(`${name}: ${made.blanks.length} blank cells`);
}

// The sheet holds the tables only: the report as published has no narrative.
const sheetReport = denseReport('2021', 41);
const sheet = { ...sheetReport, text: {} };
write('excel-sheet-2021', sheet, excelSheet(sheet), true);
const pasted = denseReport('2019', 42);
write('excel-paste-2019', pasted, pastedPage(pasted));
