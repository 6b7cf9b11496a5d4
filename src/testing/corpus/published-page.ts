/**
 * A report as a government website publishes it: the page around the article (navigation, a
 * metadata table, a footer) and the article in one CMS's markup (page-style.ts) — a Word paste
 * (MsoNormal paragraphs in every cell), UEditor (<br/> in an empty cell), TRS (<p> in cells) or
 * a plain hand-made table — with the style's widths, blanks and label breaks.
 */
import { layoutReport, layoutTable, type LayoutCell, type LayoutTable } from '../../core/layout';
import { escapeHtml } from '../../core/render-html';
import type { Report } from '../../core/report';
import { getTemplate } from '../../core/templates';
import type { PageStyle } from './page-style';

/** Label wordings real reports print instead of the format's own (format.md §3). */
const VARIANTS: readonly [RegExp, string][] = [
  [/^(\d)\./, '$1、'],
  [/^2、其他法律行政法规禁止公开$/, '2、其他法律法规禁止公开'],
  [/^1、本机关不掌握相关政府信息$/, '1、本机关不掌握相关信息'],
];

/** Where an editor breaks a long label by hand. */
function breakLabel(text: string): string {
  const at = text.indexOf('（', 2);
  if (at > 0 && at < text.length - 2) return `${text.slice(0, at)}\n${text.slice(at)}`;
  if (text.length < 10) return text;
  const half = Math.ceil(text.length / 2);
  return `${text.slice(0, half)}\n${text.slice(half)}`;
}

/** The relative widths of a table's grid columns in this style. */
function columnWidths(table: LayoutTable, style: PageStyle): number[] {
  if (table.table === 't3') {
    const labels = [7, 11, 22].map((w) => (w / 40) * style.labelShare * 100);
    const rest = ((1 - style.labelShare) * 100) / 7;
    return [...labels, ...Array.from({ length: 7 }, () => rest)];
  }
  return [...table.widths];
}

interface CellText {
  /** The text, with \n where the cell breaks a line. */
  readonly text: string;
  /** A number cell published blank. */
  readonly blank: boolean;
  readonly number: boolean;
}

function blankTotal(cellId: string | undefined, style: PageStyle): boolean {
  if (!cellId?.startsWith('t3_') || !cellId.endsWith('_total')) return false;
  if (cellId === 't3_result_total_total') return false;
  if (style.blankTotals === 'all-but-sum') return true;
  const row = cellId.slice(3, -'_total'.length);
  return style.blankTotals === 'results' && !['new', 'carried', 'carry_next'].includes(row);
}

function cellText(
  cell: LayoutCell,
  style: PageStyle,
  random: () => number,
  blanks: Set<string>,
): CellText {
  if (cell.kind === 'number') {
    const zero = /^[+-]?0(?:\.0+)?$/.test(cell.text);
    const blankZero =
      zero &&
      (style.zero === 'blank' ||
        style.zero === 'nbsp' ||
        (style.zero === 'mixed' && random() < 0.6));
    const blank = blankZero || blankTotal(cell.cellId, style);
    if (blank && cell.cellId) blanks.add(cell.cellId);
    return { text: blank ? '' : cell.text, blank, number: true };
  }
  let text = cell.text;
  if (style.variants) for (const [from, to] of VARIANTS) text = text.replace(from, to);
  if (style.labelBreaks && cell.role === 'row' && text.length > 8) text = breakLabel(text);
  return { text, blank: false, number: false };
}

function spans(cell: LayoutCell): string {
  return `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}`;
}

/** One cell in the CMS's markup. */
function cellHtml(
  cell: LayoutCell,
  text: CellText,
  width: number,
  style: PageStyle,
  random: () => number,
): string {
  const lines = text.text.split('\n').map(escapeHtml);
  const pad = (s: string) => (style.padded && text.number ? `&nbsp;${s}&nbsp;` : s);
  const valign = text.number ? style.valign : 'middle';
  const nbsp = style.zero === 'nbsp' || (style.zero === 'mixed' && random() < 0.5);
  const pt = style.fontPt;
  switch (style.cms) {
    case 'word': {
      const w = Math.round(width * 4.68);
      const body = text.blank
        ? `<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US style='font-size:${pt}pt'><o:p>${nbsp ? '&nbsp;' : ''}</o:p></span></p>`
        : lines
            .map(
              (l) =>
                `<p class=MsoNormal align=${text.number ? 'center' : 'left'} style='text-align:${text.number ? 'center' : 'left'}'><span style='font-size:${pt}pt;font-family:仿宋_GB2312'>${pad(l)}</span></p>`,
            )
            .join('\n  ');
      return `<td width=${Math.round(w * 1.33)}${spans(cell)} valign=${valign} style='width:${w}pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n  ${body}\n  </td>`;
    }
    case 'ueditor': {
      const body = text.blank ? (nbsp ? '&nbsp;' : '<br/>') : lines.map(pad).join('<br/>');
      return `<td width="${Math.round(width * 6)}" valign="${valign}" style="word-break: break-all;"${spans(cell)}>${body}</td>`;
    }
    case 'trs': {
      const body = text.blank
        ? `<p style="text-align: center;">${nbsp ? '&nbsp;' : ''}</p>`
        : lines.map((l) => `<p style="text-align: center;">${pad(l)}</p>`).join('');
      return `<td style="width:${width.toFixed(1)}%;vertical-align:${valign};border:1px solid #000"${spans(cell)}>${body}</td>`;
    }
    case 'plain':
      return `<td${spans(cell)}${text.number && style.valign === 'top' ? ' valign="top"' : ''}>${text.blank ? (nbsp ? '&nbsp;' : '') : lines.map(pad).join('<br>')}</td>`;
  }
}

/** The width of each cell: the grid columns it spans. */
function cellWidths(table: LayoutTable, widths: readonly number[]): number[][] {
  const taken: boolean[][] = table.rows.map(() => []);
  return table.rows.map((row, r) => {
    let c = 0;
    return row.map((cell) => {
      while (taken[r]?.[c]) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++)
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const line = taken[r + dr];
          if (line) line[c + dc] = true;
        }
      const w = widths.slice(c, c + cell.colSpan).reduce((a, b) => a + b, 0);
      c += cell.colSpan;
      return w;
    });
  });
}

function tableOpen(style: PageStyle): string {
  const width = style.tableWidth === '100%' ? '100%' : `${style.tableWidth}`;
  switch (style.cms) {
    case 'word':
      return `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=${style.tableWidth === '100%' ? 624 : style.tableWidth} style='border-collapse:collapse;border:none'>`;
    case 'ueditor':
      return `<table width="${width}" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;" data-sort="sortDisabled">`;
    case 'trs':
      return `<table border="1" cellspacing="0" cellpadding="0" style="width:${style.tableWidth === '100%' ? '100%' : `${style.tableWidth}px`};border-collapse:collapse;font-size:${style.fontPt}pt">`;
    case 'plain':
      return `<table border="1" cellspacing="0" width="${width}">`;
  }
}

/** A layout table in the style's markup; `rows` limits it to some of its rows (表二's items). */
function tableHtml(
  table: LayoutTable,
  style: PageStyle,
  random: () => number,
  blanks: Set<string>,
  rows: readonly number[] = table.rows.map((_, i) => i),
): string {
  const widths = columnWidths(table, style);
  const cellWidth = cellWidths(table, widths);
  const html = rows.map((r) => {
    const row = table.rows[r] ?? [];
    const cells = row.map((cell, i) =>
      cellHtml(cell, cellText(cell, style, random, blanks), cellWidth[r]?.[i] ?? 10, style, random),
    );
    return `<tr>\n  ${cells.join('\n  ')}\n </tr>`;
  });
  const head = style.thead ? rows.filter((r) => r < table.headerRows).length : 0;
  const parts = [tableOpen(style)];
  if (head > 0) parts.push('<thead>', ...html.slice(0, head), '</thead>');
  parts.push('<tbody>', ...html.slice(head), '</tbody>', '</table>');
  return parts.join('\n');
}

/** 表二 as one small table per 第二十条 item, its caption above it (or none). */
function itemTables(
  table: LayoutTable,
  style: PageStyle,
  random: () => number,
  blanks: Set<string>,
): string {
  const starts = table.rows.flatMap((row, r) => (row[0]?.role === 'section' ? [r] : []));
  return starts
    .map((start, i) => {
      const end = starts[i + 1] ?? table.rows.length;
      const rows = Array.from({ length: end - start - 1 }, (_, k) => start + 1 + k);
      const caption = table.rows[start]?.[0]?.text ?? '';
      const above = style.table2 === 'items' ? paragraph(caption, style, false) : '';
      return `${above}\n${tableHtml(table, style, random, blanks, rows)}`;
    })
    .join('\n');
}

function paragraph(text: string, style: PageStyle, indent = true): string {
  const t = escapeHtml(text);
  switch (style.cms) {
    case 'word':
      return `<p class=MsoNormal style='${indent ? 'text-indent:32.0pt;' : ''}line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>${t}</span></p>`;
    case 'ueditor':
      return `<p style="${indent ? 'text-indent: 2em; ' : ''}line-height: 2em;">${t}</p>`;
    case 'trs':
      return `<p align="justify" style="${indent ? 'text-indent:2em;' : ''}">${t}</p>`;
    case 'plain':
      return `<p>${indent ? '&nbsp;&nbsp;&nbsp;&nbsp;' : ''}${t}</p>`;
  }
}

function heading(text: string, level: 1 | 2, style: PageStyle): string {
  const t = escapeHtml(text);
  if (style.cms === 'word') {
    const font = level === 1 ? '黑体' : '楷体_GB2312';
    return `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;font-family:${font}'>${t}</span></p>`;
  }
  if (style.cms === 'plain') return `<p><strong>${t}</strong></p>`;
  return level === 1 ? `<h3>${t}</h3>` : `<p style="text-indent:2em"><strong>${t}</strong></p>`;
}

function titleHtml(report: Report, style: PageStyle): string {
  const { org, year } = report.meta;
  const h = (t: string) => `<h1 style="text-align:center">${escapeHtml(t)}</h1>`;
  if (style.title === 'two-lines')
    return `<p align="center" style="text-align:center"><strong>${escapeHtml(org)}</strong></p>\n${h(`${year}年政府信息公开工作年度报告`)}`;
  if (style.title === 'year-first') return h(`${year}年${org}政府信息公开工作年度报告`);
  return h(`${org}${year}年政府信息公开工作年度报告`);
}

/** The site around the article: navigation, a metadata table, a footer. */
function frame(report: Report, article: string, style: PageStyle): string {
  const { org, year, date } = report.meta;
  const title = `${org}${year}年政府信息公开工作年度报告`;
  const meta = `<table class="xxgk-meta" width="100%"><tr><td>索引号：</td><td>11410825MB${String(year).slice(2)}0${(title.length * 7919) % 10000}X/${year + 1}-00012</td><td>发布机构：</td><td>${escapeHtml(org)}</td></tr><tr><td>名称：</td><td colspan="3">${escapeHtml(title)}</td></tr><tr><td>发布日期：</td><td>${date ?? `${year + 1}-01-20`}</td><td>主题分类：</td><td>政务公开</td></tr></table>`;
  return [
    '<!DOCTYPE html>',
    `<html><head><meta charset="utf-8"><title>${escapeHtml(title)}_${escapeHtml(org)}</title></head><body>`,
    `<div class="header"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a></div>`,
    `<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>`,
    meta,
    `<div class="${style.cms === 'trs' ? 'TRS_Editor' : style.cms === 'word' ? 'WordSection1' : 'article'}">`,
    article,
    '</div>',
    `<div class="footer">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】<br>主办：${escapeHtml(org)}\u3000网站标识码：4108250001</div>`,
    '</body></html>',
  ].join('\n');
}

/**
 * The published page of a report in a style, and the number cells it printed blank; `random`
 * draws the per-cell choices (mixed blanks).
 */
export function publishedPage(
  report: Report,
  style: PageStyle,
  random: () => number,
): { html: string; blanks: ReadonlySet<string> } {
  const template = getTemplate(report.template);
  const blanks = new Set<string>();
  const parts: string[] = [titleHtml(report, style)];
  for (const block of layoutReport(report)) {
    switch (block.type) {
      case 'title':
        break;
      case 'heading':
        parts.push(heading(block.text, block.level, style));
        break;
      case 'paragraph':
        parts.push(paragraph(block.text, style));
        break;
      case 'table': {
        const table: LayoutTable = layoutTable(template, block.table, report);
        parts.push(
          table.table === 't2' && style.table2 !== 'one'
            ? itemTables(table, style, random, blanks)
            : tableHtml(table, style, random, blanks),
        );
        break;
      }
      case 'signature':
        for (const line of block.lines)
          parts.push(`<p style="text-align:right">${escapeHtml(line)}</p>`);
        break;
    }
  }
  return { html: frame(report, parts.join('\n'), style), blanks };
}
