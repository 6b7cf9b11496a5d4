/**
 * Makes issue 20's "wild" fixtures: reports published the ways real government sites and
 * reviewers produce them, which the corpus and the office-made layouts do not cover.
 * - CMS article pages: the article inside a layout table with navigation and footer, CSS giving a
 *   narrow content column and fixed table widths; tables made of divs (CSS table / flex rows, a
 *   merged label printed once and its other rows' cells empty); zeros printed as —, -, / or 无;
 *   numbers with units (件, 万元); full-width digits; group labels printed one character a line;
 *   表二 published as a picture (its cells absent).
 * - The page printed to PDF by Chromium, as a reviewer saves it: Playwright's page.pdf() with the
 *   Debian chromium (no header or footer), and `chromium --headless --print-to-pdf` (the date,
 *   title, address and page numbers in the margins). Tables run over page breaks with the header
 *   in <thead> (Chromium repeats it) and without.
 * - Word files saved by LibreOffice's "Office Open XML Text" filter, and a Word file with tracked
 *   changes left in (a number deleted and another inserted in its place, as a reviewer's
 *   correction that was never accepted).
 * Outputs under src/fixtures/wild/: <name>.html, <name>.pdf.json.gz (the PDF importer's positioned
 * text and pdftotext with and without -layout), <name>.docx, <name>.expected.json.
 * Run: npx tsx scripts/make-wild-fixtures.ts  (needs chromium, soffice, pdftotext). Tests do not.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { chromium } from 'playwright';
import { pdfPositionedText } from '../src/core/import/import-pdf';
import {
  layoutReport,
  layoutTable,
  placeCells,
  type LayoutCell,
  type LayoutTable,
} from '../src/core/layout';
import { escapeHtml } from '../src/core/render-html';
import type { Report } from '../src/core/report';
import { getTemplate, type TemplateId } from '../src/core/templates';
import { denseReport } from '../src/testing/layouts/dense-report';
import { OFFLINE_ARGS, systemChromium } from './system-chromium';

const out = 'src/fixtures/wild';

interface Wild {
  readonly name: string;
  readonly format: TemplateId;
  readonly seed: number;
  /** <table> markup, or rows of divs (CSS display:table, or flex rows). */
  readonly markup: 'table' | 'css-table' | 'flex';
  /** How a zero prints. */
  readonly zero: '0' | '—' | '-' | '/' | '无' | '';
  /** 表二's counts with 件 and the fee with 万元 in the cell. */
  readonly units?: boolean;
  /** Every other number typed in full-width digits. */
  readonly fullWidth?: boolean;
  /** 表三's and 表四's merged group labels printed one character a line (<br>). */
  readonly verticalLabels?: boolean;
  /** 表二 published as a picture: its cells are absent from the page. */
  readonly t2Picture?: boolean;
  /**
   * Merged label cells split back into one cell a row, the label repeated in each (a table pasted
   * from a spreadsheet with its merges undone), and 表三's note cell printed as "项目".
   */
  readonly unmerged?: boolean;
  /** 表二 as one outer table whose rows hold each item's caption and, nested, its small table. */
  readonly t2Nested?: boolean;
  /** Header rows in <thead> (Chromium repeats them on each printed page). */
  readonly thead?: boolean;
  /** Width of the article column, px; 表三's label columns' share of the table. */
  readonly column: number;
  readonly labelShare: number;
  readonly fontPx: number;
  /** Paragraphs of filler before the tables, to run them over a page break when printed. */
  readonly filler: number;
  /** Print scale (a reviewer shrinks a wide page to fit the paper). */
  readonly scale?: number;
  /** Each cell's text in a <p> with &nbsp; around it, as UEditor writes cells. */
  readonly cellParagraphs?: boolean;
  /** Printed to PDF by Chromium: Playwright's page.pdf(), or the headless command line. */
  readonly print?: 'playwright' | 'cli';
  /** Saved as Word by LibreOffice with this filter; tracked changes put in afterwards. */
  readonly docx?: { readonly filter: string; readonly tracked?: boolean };
}

const WILDS: readonly Wild[] = [
  // A layout table around the article; 表二 with units; zeros as —; printed with thead repeated.
  {
    name: 'cms-nested-2021',
    format: '2021',
    seed: 31,
    markup: 'table',
    zero: '—',
    units: true,
    thead: true,
    column: 680,
    labelShare: 0.3,
    fontPx: 13,
    filler: 6,
    print: 'playwright',
  },
  // Div rows (CSS table); zeros as /; full-width digits; 2019; printed without thead.
  {
    name: 'cms-divs-2019',
    format: '2019',
    seed: 32,
    markup: 'css-table',
    zero: '/',
    fullWidth: true,
    column: 720,
    labelShare: 0.36,
    fontPx: 12,
    filler: 5,
    print: 'cli',
  },
  // Flex rows; zeros as 无; group labels one character a line; 表二 a picture.
  {
    name: 'cms-flex-2021',
    format: '2021',
    seed: 33,
    markup: 'flex',
    zero: '无',
    verticalLabels: true,
    t2Picture: true,
    column: 640,
    labelShare: 0.32,
    fontPx: 12,
    filler: 0,
    print: 'playwright',
  },
  // A <table> page with - for zero and vertical labels, printed by the command line; its Word file
  // by LibreOffice's default docx filter with a tracked correction left in.
  {
    name: 'cms-dash-2021',
    format: '2021',
    seed: 34,
    markup: 'table',
    zero: '-',
    verticalLabels: true,
    column: 600,
    labelShare: 0.24,
    fontPx: 12,
    filler: 3,
    print: 'cli',
    docx: { filter: 'docx:Office Open XML Text', tracked: true },
  },
  // Zeros left empty, 2019, units and full width, in the Word 2007 filter with tracked changes.
  {
    name: 'cms-blank-2019',
    format: '2019',
    seed: 35,
    markup: 'table',
    zero: '',
    units: true,
    fullWidth: true,
    thead: true,
    column: 700,
    labelShare: 0.3,
    fontPx: 13,
    filler: 8,
    print: 'playwright',
    docx: { filter: 'docx:MS Word 2007 XML', tracked: true },
  },
  // Labels repeated in every row (merges undone), 表三's note cell "项目", 表二's items nested in an
  // outer table; printed by the command line, 表三 over a page break without its header.
  {
    name: 'cms-unmerged-2021',
    format: '2021',
    seed: 36,
    markup: 'table',
    zero: '0',
    unmerged: true,
    t2Nested: true,
    column: 660,
    labelShare: 0.34,
    fontPx: 12,
    filler: 4,
    print: 'cli',
  },
  // A UEditor page (<p> in every cell, &nbsp; around the numbers) whose tables are wider than the
  // paper, printed shrunk to fit (scale 0.7) in landscape.
  {
    name: 'cms-wide-2019',
    format: '2019',
    seed: 37,
    markup: 'table',
    zero: '0',
    cellParagraphs: true,
    thead: true,
    column: 1000,
    labelShare: 0.4,
    fontPx: 14,
    filler: 2,
    print: 'playwright',
    scale: 0.7,
  },
];

const FULL = '０１２３４５６７８９';
const fullWidth = (text: string) => text.replace(/\d/g, (d) => FULL[Number(d)] ?? d);

/** How a number cell prints in this style; `blank` when nothing of it is on the page. */
function numberText(wild: Wild, table: LayoutTable, id: string, text: string, k: number): string {
  if (/^[+-]?0(?:\.0+)?$/.test(text)) return wild.zero;
  const shown = wild.fullWidth && k % 2 === 0 ? fullWidth(text) : text;
  if (!wild.units || table.table !== 't2' || /^[+-]/.test(text)) return shown;
  // Amounts in 万元 — or in 元 (2021's fee, as offices that collect little print it); counts
  // in 件; a signed change (本年增/减) has no unit.
  if (id === 't2_fee_amount') return `${Math.round(Number(text) * 10_000)}元`;
  return shown + (id.endsWith('_amount') ? '万元' : /_delta$/.test(id) ? '' : '件');
}

/** The widths of a table's columns in per cent. */
function widthsOf(table: LayoutTable, wild: Wild): number[] {
  if (table.table !== 't3') return [...table.widths];
  const numbers = table.columns - 3;
  const label = wild.labelShare * 100;
  return [
    label * 0.2,
    label * 0.25,
    label * 0.55,
    ...Array.from({ length: numbers }, () => (100 - label) / numbers),
  ];
}

function labelHtml(wild: Wild, text: string, rowSpan: number, body: boolean): string {
  // A tall merged group label, printed one character a line as narrow columns of real pages do.
  if (wild.verticalLabels && body && rowSpan >= 3) return Array.from(text, escapeHtml).join('<br>');
  return escapeHtml(text);
}

/**
 * The table with its merged label cells undone: a label spanning rows is repeated in each of them
 * (column spans kept), and 表三's note cell says "项目".
 */
function unmerge(table: LayoutTable): LayoutTable {
  const rows: { cell: LayoutCell; column: number }[][] = table.rows.map(() => []);
  for (const { cell, row, column } of placeCells(table).flat()) {
    const text = cell.text.startsWith('（本列数据的勾稽关系') ? '项目' : cell.text;
    // Header cells keep their spans (a spreadsheet keeps them); body labels are repeated.
    const repeat = row >= table.headerRows && cell.kind === 'label' ? cell.rowSpan : 1;
    for (let k = 0; k < repeat; k++)
      rows[row + k]?.push({
        cell: { ...cell, text, rowSpan: repeat > 1 ? 1 : cell.rowSpan },
        column,
      });
  }
  return {
    ...table,
    rows: rows.map((r) => r.sort((a, b) => a.column - b.column).map(({ cell }) => cell)),
  };
}

/** A table as <table> markup with spans. */
function tableMarkup(table: LayoutTable, wild: Wild, blanks: Set<string>): string {
  const widths = widthsOf(table, wild);
  let k = 0;
  const tr = (row: ReturnType<typeof placeCells>[number]) =>
    `<tr>${row
      .map(({ cell, row: r }) => {
        const span = `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}`;
        let body = labelHtml(wild, cell.text, cell.rowSpan, r >= table.headerRows);
        if (cell.kind === 'number' && cell.cellId) {
          body = escapeHtml(numberText(wild, table, cell.cellId, cell.text, k++));
          if (body === '') blanks.add(cell.cellId);
        }
        if (wild.cellParagraphs)
          body = `<p style="text-align:center">${cell.kind === 'number' ? `&nbsp;${body}&nbsp;` : body}</p>`;
        return `<td${span}${cell.kind === 'number' ? ' class="num"' : ''}>${body}</td>`;
      })
      .join('')}</tr>`;
  const placed = placeCells(table);
  const head = wild.thead ? placed.slice(0, table.headerRows) : [];
  const body = placed.slice(head.length);
  return [
    '<table class="data" border="1" cellspacing="0" cellpadding="0">',
    `<colgroup>${widths.map((w) => `<col style="width:${w.toFixed(2)}%">`).join('')}</colgroup>`,
    ...(head.length > 0 ? ['<thead>', ...head.map(tr), '</thead>'] : []),
    '<tbody>',
    ...body.map(tr),
    '</tbody></table>',
  ].join('\n');
}

/**
 * A table as rows of divs: no spans, so a merged cell prints its text in its first row and its
 * other rows have an empty cell there (borders drawn so that it looks merged); a cell spanning
 * columns is one wider div.
 */
function divMarkup(table: LayoutTable, wild: Wild, blanks: Set<string>): string {
  const widths = widthsOf(table, wild);
  let k = 0;
  const placed = placeCells(table).flat();
  const rows: string[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    const cells: string[] = [];
    for (let c = 0; c < table.columns;) {
      const hit = placed.find((p) => p.row <= r && r < p.row + p.cell.rowSpan && p.column === c);
      const span = hit?.cell.colSpan ?? 1;
      const w = widths.slice(c, c + span).reduce((a, b) => a + b, 0);
      let body = '';
      if (hit && hit.row === r) {
        const { cell } = hit;
        body = labelHtml(wild, cell.text, cell.rowSpan, r >= table.headerRows);
        if (cell.kind === 'number' && cell.cellId) {
          body = escapeHtml(numberText(wild, table, cell.cellId, cell.text, k++));
          if (body === '') blanks.add(cell.cellId);
        }
      }
      const cont = hit && hit.row !== r ? ' cont' : '';
      cells.push(`<div class="td${cont}" style="width:${w.toFixed(2)}%">${body}</div>`);
      c += span;
    }
    rows.push(`<div class="tr">${cells.join('')}</div>`);
  }
  return `<div class="tb">\n${rows.join('\n')}\n</div>`;
}

/**
 * 表二 as an outer table: for each 第二十条 item a row with its caption and a row whose one cell
 * holds the item's own small data table (header and rows).
 */
function nestedT2(table: LayoutTable, wild: Wild, blanks: Set<string>): string {
  const starts = table.rows.flatMap((row, r) => (row[0]?.role === 'section' ? [r] : []));
  const items = starts.map((start, i) => ({
    caption: table.rows[start]?.[0]?.text ?? '',
    rows: table.rows.slice(start + 1, starts[i + 1] ?? table.rows.length),
  }));
  const inner = (rows: LayoutTable['rows']) =>
    tableMarkup({ ...table, headerRows: 1, rows }, { ...wild, thead: false }, blanks);
  return [
    '<table class="outer" width="100%" border="0" cellspacing="0" cellpadding="0"><tbody>',
    ...items.map(
      (item) =>
        `<tr><td style="text-align:left;font-weight:bold">${escapeHtml(item.caption)}</td></tr>\n<tr><td>${inner(item.rows)}</td></tr>`,
    ),
    '</tbody></table>',
  ].join('\n');
}

const FILLER =
  '围绕优化营商环境、乡村振兴、民生保障等重点领域，及时公开政策文件、财政预决算、重大建设项目、公共资源配置等信息，在政府网站开设专题专栏，做好政策解读和回应关切工作，按照“谁起草、谁解读”原则，同步起草、同步审批、同步发布政策解读材料。';

function css(wild: Wild): string {
  const cell = `border:1px solid #333;padding:3px 2px;font-size:${wild.fontPx}px;line-height:1.4;text-align:center;vertical-align:middle;word-break:break-all`;
  return [
    'body{margin:0;font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#222}',
    '.top{background:#b71c1c;color:#fff;padding:12px 24px;font-size:22px}',
    '.nav a{margin-right:18px;color:#fff}',
    '.side{width:180px;vertical-align:top;background:#f5f5f5;font-size:14px}',
    `.article{width:${wild.column}px;margin:0 auto;font-size:16px;line-height:1.9}`,
    '.article h1{font-size:22px;text-align:center}',
    '.article p{text-indent:2em;margin:0}',
    '.info{font-size:12px;color:#888;text-align:center;border-bottom:1px solid #ddd}',
    'table.data{width:100%;table-layout:fixed;border-collapse:collapse;margin:8px 0}',
    `table.data td{${cell}}`,
    '.tb{margin:8px 0}',
    // Each row its own CSS table (cells of one row cannot span another's columns).
    '.tb .tr{display:table;width:100%;table-layout:fixed;border-collapse:collapse}',
    `.tb .td{display:table-cell;${cell}}`,
    '.tb .td.cont{border-top:none}',
    ...(wild.markup === 'flex'
      ? [
          '.tb{display:block}',
          '.tb .tr{display:flex;align-items:stretch}',
          `.tb .td{display:block;box-sizing:border-box;margin:0 -1px -1px 0}`,
        ]
      : []),
    '.footer{margin-top:30px;background:#eee;font-size:12px;text-align:center;padding:10px}',
  ].join('\n');
}

/** The CMS page of a report, and the number cells it prints blank. */
function page(report: Report, wild: Wild): { html: string; blanks: string[] } {
  const template = getTemplate(report.template);
  const blanks = new Set<string>();
  const title = `${report.meta.org}${report.meta.year}年政府信息公开工作年度报告`;
  const parts: string[] = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<div class="info">发布日期：${report.meta.date ?? `${report.meta.year + 1}-01-20`}&#12288;来源：${escapeHtml(report.meta.org)}&#12288;浏览次数：1024&#12288;【字体：大 中 小】【打印】【关闭】</div>`,
  ];
  for (const block of layoutReport(report)) {
    if (block.type === 'heading') parts.push(`<p><strong>${escapeHtml(block.text)}</strong></p>`);
    else if (block.type === 'paragraph') {
      parts.push(`<p>${escapeHtml(block.text)}</p>`);
      if (block.text.startsWith('（一）主动公开'))
        for (let i = 0; i < wild.filler; i++) parts.push(`<p>${FILLER}</p>`);
    } else if (block.type === 'table') {
      const laid = layoutTable(template, block.table, report);
      const table = wild.unmerged && laid.table !== 't2' ? unmerge(laid) : laid;
      if (table.table === 't2' && wild.t2Nested) parts.push(nestedT2(table, wild, blanks));
      else if (table.table === 't2' && wild.t2Picture) {
        for (const { cell } of placeCells(table).flat())
          if (cell.kind === 'number' && cell.cellId) blanks.add(cell.cellId);
        parts.push(
          '<p style="text-align:center"><img src="/uploads/2025/01/20250120_t2.png" width="600" alt="" style="border:1px solid #ccc;height:260px;width:600px"></p>',
        );
      } else
        parts.push(
          wild.markup === 'table'
            ? tableMarkup(table, wild, blanks)
            : divMarkup(table, wild, blanks),
        );
    } else if (block.type === 'signature')
      for (const line of block.lines)
        parts.push(`<p style="text-align:right">${escapeHtml(line)}</p>`);
  }
  const html = [
    '<!DOCTYPE html>',
    `<html><head><meta charset="utf-8"><title>${escapeHtml(title)}_${escapeHtml(report.meta.org)}</title><style>${css(wild)}</style></head><body>`,
    `<div class="top">${escapeHtml(report.meta.org)}门户网站<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a><a href="/bsfw/">办事服务</a></div></div>`,
    '<table class="layout" width="100%" cellspacing="0" cellpadding="0"><tr>',
    '<td class="side"><p>政府信息公开指南</p><p>政府信息公开制度</p><p>法定主动公开内容</p><p>政府信息公开年报</p></td>',
    `<td class="main"><div class="article">\n${parts.join('\n')}\n</div></td>`,
    '</tr></table>',
    '<div class="footer">主办单位：河口县人民政府办公室&#12288;网站标识码：1234000001&#12288;备案号：皖ICP备00000000号</div>',
    '</body></html>',
  ].join('\n');
  return { html, blanks: [...blanks].sort() };
}

/**
 * Tracked changes left in a Word file: in the first few number cells of 表三, the figure becomes a
 * deletion of a wrong figure followed by the insertion of the right one (a correction never
 * accepted). Word and WPS show the right figure; a reader that keeps deleted text reads both.
 */
function trackChanges(docx: Uint8Array): { bytes: Uint8Array; changed: number } {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  let changed = 0;
  const date = 'w:author="审核人" w:date="2025-01-18T09:30:00Z"';
  const next = xml.replace(
    /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t>(\d{1,3})<\/w:t><\/w:r>/gs,
    (run: string, props: string | undefined, n: string) => {
      if (changed >= 12 || Number(n) < 1) return run;
      changed++;
      const rpr = props ?? '';
      const wrong = String(Number(n) + 10);
      return `<w:del w:id="${900 + changed * 2}" ${date}><w:r>${rpr}<w:delText>${wrong}</w:delText></w:r></w:del><w:ins w:id="${901 + changed * 2}" ${date}><w:r>${rpr}<w:t>${n}</w:t></w:r></w:ins>`;
    },
  );
  files['word/document.xml'] = strToU8(next);
  return { bytes: zipSync(files, { mtime: new Date(2025, 0, 20) }), changed };
}

mkdirSync(out, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'wild-'));
const reports = new Map<string, Report>();
for (const wild of WILDS) {
  const report = denseReport(wild.format, wild.seed);
  reports.set(wild.name, report);
  const { html, blanks } = page(report, wild);
  writeFileSync(join(out, `${wild.name}.html`), html);
  writeFileSync(
    join(out, `${wild.name}.expected.json`),
    `${JSON.stringify({ report, blanks }, null, 1)}\n`,
  );
}

// Chromium's print of each page, as a reviewer saves the published page.
const executablePath = systemChromium();
const browser = await chromium.launch({ executablePath, args: OFFLINE_ARGS });
for (const wild of WILDS) {
  const html = resolve(out, `${wild.name}.html`);
  const pdf = join(tmp, `${wild.name}.pdf`);
  if (wild.print === 'playwright') {
    const tab = await browser.newPage();
    await tab.goto(`file://${html}`);
    await tab.pdf({
      path: pdf,
      format: 'A4',
      margin: { top: '15mm', bottom: '15mm' },
      ...(wild.scale ? { scale: wild.scale, landscape: true } : {}),
    });
    await tab.close();
  } else if (wild.print === 'cli') {
    execFileSync(
      executablePath ?? 'chromium',
      [
        '--headless',
        '--no-sandbox',
        ...OFFLINE_ARGS,
        `--user-data-dir=${join(tmp, 'chromium')}`,
        `--print-to-pdf=${pdf}`,
        `file://${html}`,
      ],
      { stdio: 'ignore' },
    );
  }
}
await browser.close();

for (const wild of WILDS) {
  if (!wild.print) continue;
  const pdf = join(tmp, `${wild.name}.pdf`);
  const text = (args: string[]) =>
    execFileSync('pdftotext', [...args, pdf, '-'], { encoding: 'utf8' });
  const positioned = await pdfPositionedText(new Uint8Array(readFileSync(pdf)));
  const pages = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1];
  const read = { layout: text(['-layout']), raw: text([]), positioned };
  writeFileSync(join(out, `${wild.name}.pdf.json.gz`), gzipSync(JSON.stringify(read)));
  console.log(`${wild.name}: printed by ${wild.print}, ${pages ?? '?'} pages`);
  // KEEP_PDF=<dir> keeps the printed PDFs to look at.
  if (process.env.KEEP_PDF) execFileSync('cp', [pdf, process.env.KEEP_PDF]);
}

// Word files: LibreOffice opens the page and saves it with the style's filter (one call a filter).
const profile = `-env:UserInstallation=file://${join(tmp, 'profile')}`;
const filters = new Set(WILDS.flatMap((w) => (w.docx ? [w.docx.filter] : [])));
for (const filter of filters) {
  const names = WILDS.filter((w) => w.docx?.filter === filter).map((w) => w.name);
  execFileSync(
    'soffice',
    [
      profile,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      out,
      ...names.map((n) => join(out, `${n}.html`)),
    ],
    { stdio: 'ignore' },
  );
  for (const name of names) {
    const wild = WILDS.find((w) => w.name === name);
    if (!wild?.docx?.tracked) continue;
    const path = join(out, `${name}.docx`);
    const { bytes, changed } = trackChanges(new Uint8Array(readFileSync(path)));
    writeFileSync(path, bytes);
    console.log(`${name}.docx (${filter}): ${changed} tracked corrections`);
  }
}
rmSync(tmp, { recursive: true, force: true });
