/**
 * Makes issue 20's layout fixtures with the real tools: for each layout the issue lists, a report
 * with dense, balanced figures published as a hand-made page (the markup a clerk's Word paste or a
 * CMS editor gives: column widths, vertical alignment, spans, header rows), then LibreOffice's .docx
 * of it (the clerk's Word file) and the PDF printed from that Word file, and the PDF's text through
 * pdftotext with and without -layout. Converted text (markdown / OCR) is written directly.
 * Outputs under src/fixtures/layouts/: <name>.html, <name>.docx, <name>.pdf.json.gz (pdftotext both
 * modes and the PDF importer's positioned text), <name>.expected.json (the report as published and
 * the number cells it printed blank), converted-*.txt. Two soffice calls in all.
 * Run: npx tsx scripts/make-layout-fixtures.ts  (needs soffice and pdftotext). Tests do not run it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { pdfPositionedText } from '../src/core/import/import-pdf';
import { layoutReport, layoutTable, placeCells, type LayoutTable } from '../src/core/layout';
import { escapeHtml } from '../src/core/render-html';
import type { Report } from '../src/core/report';
import { getTemplate, type TemplateId } from '../src/core/templates';
import { denseReport } from '../src/testing/layouts/dense-report';

const out = 'src/fixtures/layouts';

/** How a page lays out its tables. */
interface Layout {
  readonly name: string;
  readonly format: TemplateId;
  readonly seed: number;
  /** Relative widths of 表三's 10 grid columns (3 label columns, 7 numbers). */
  readonly t3Widths?: readonly number[];
  /** Relative widths of 表二's 4 columns. */
  readonly t2Widths?: readonly number[];
  readonly valign: 'top' | 'middle';
  /** Header rows in <thead>: LibreOffice repeats them after a page break. */
  readonly thead: boolean;
  /** Zeros printed, or left blank. */
  readonly zeros: 'print' | 'blank';
  /** 表三's 总计 column printed only on the 新收, 结转 and （七）总计 rows. */
  readonly blankTotals?: boolean;
  /**
   * 表二: the official table; one small table per item with the item as its first row; or small
   * tables under paragraph captions, (五) and (六) in one table with one header.
   */
  readonly t2: 'one' | 'items' | 'captions';
  /**
   * 表二's small tables back to back without their item captions, each with its own column widths
   * (the label column alike).
   */
  readonly t2Touching?: boolean;
  readonly fontPt: number;
  /** Paragraphs of filler before the tables, to move them across a page break. */
  readonly filler: number;
  /** Tables without borders (a PDF of them has no ruling lines). */
  readonly borderless?: boolean;
  /**
   * 表三 cut into two tables before this body row, as a converter or a clerk splits a table at a
   * page break: the second piece with the header rows repeated, or without them.
   */
  readonly split?: { readonly at: number; readonly header: boolean };
}

const LAYOUTS: readonly Layout[] = [
  // (a) labels over 3–5 lines in a narrow label column, numbers at the top of their tall cells.
  {
    name: 'narrow-top-2021',
    format: '2021',
    seed: 11,
    t3Widths: [3, 4, 7, 12, 12, 12, 12, 12, 12, 12],
    t2Widths: [12, 28, 30, 30],
    valign: 'top',
    thead: false,
    zeros: 'print',
    t2: 'one',
    fontPt: 10.5,
    filler: 0,
  },
  // (a) the same, vertically centred, zeros blank, in the 2019 format.
  {
    name: 'narrow-middle-2019',
    format: '2019',
    seed: 12,
    t3Widths: [4, 5, 8, 11, 11, 11, 11, 11, 11, 11],
    t2Widths: [14, 28, 29, 29],
    valign: 'middle',
    thead: true,
    zeros: 'blank',
    t2: 'one',
    fontPt: 10.5,
    filler: 0,
  },
  // (b) 表二 in small tables, the item in each table's first row, its header repeated.
  {
    name: 't2-items-2021',
    format: '2021',
    seed: 13,
    valign: 'middle',
    thead: false,
    zeros: 'print',
    t2: 'items',
    fontPt: 12,
    filler: 0,
  },
  // (b) the same back to back, each small table with its own columns (2019: four of them).
  {
    name: 't2-touching-2019',
    format: '2019',
    seed: 27,
    valign: 'middle',
    thead: false,
    zeros: 'print',
    t2: 'items',
    t2Touching: true,
    fontPt: 10.5,
    filler: 0,
  },
  // (b) 表二 in small tables under captions, (五)(六) in one table; 2019's header shape.
  {
    name: 't2-captions-2019',
    format: '2019',
    seed: 14,
    valign: 'middle',
    thead: false,
    zeros: 'print',
    t2: 'captions',
    fontPt: 12,
    filler: 0,
  },
  {
    name: 't2-captions-2021',
    format: '2021',
    seed: 15,
    valign: 'top',
    thead: false,
    zeros: 'blank',
    t2: 'captions',
    fontPt: 10.5,
    filler: 0,
  },
  // (c) 表三 over a page break with its header repeated, and without.
  {
    name: 'break-repeat-2021',
    format: '2021',
    seed: 16,
    t3Widths: [5, 7, 14, 10.6, 10.6, 10.6, 10.6, 10.6, 10.6, 10.4],
    valign: 'middle',
    thead: true,
    zeros: 'print',
    t2: 'one',
    fontPt: 12,
    filler: 7,
  },
  {
    name: 'break-plain-2021',
    format: '2021',
    seed: 17,
    t3Widths: [5, 7, 14, 10.6, 10.6, 10.6, 10.6, 10.6, 10.6, 10.4],
    valign: 'top',
    thead: false,
    zeros: 'blank',
    t2: 'one',
    fontPt: 12,
    filler: 7,
  },
  // (a) without borders: a PDF with no ruling lines, rows placed by their vertical extent.
  {
    name: 'borderless-top-2021',
    format: '2021',
    seed: 23,
    t3Widths: [4, 5, 9, 11.7, 11.7, 11.7, 11.7, 11.7, 11.7, 11.8],
    valign: 'top',
    thead: false,
    zeros: 'print',
    t2: 'one',
    fontPt: 10.5,
    filler: 0,
    borderless: true,
  },
  {
    name: 'borderless-middle-2021',
    format: '2021',
    seed: 24,
    t3Widths: [4, 5, 9, 11.7, 11.7, 11.7, 11.7, 11.7, 11.7, 11.8],
    valign: 'middle',
    thead: false,
    zeros: 'blank',
    t2: 'items',
    fontPt: 10.5,
    filler: 0,
    borderless: true,
  },
  // (c) 表三 cut into two tables, the second with its header repeated, and without.
  {
    name: 'split-repeat-2021',
    format: '2021',
    seed: 25,
    valign: 'middle',
    thead: false,
    zeros: 'print',
    t2: 'one',
    fontPt: 10.5,
    filler: 0,
    split: { at: 9, header: true },
  },
  {
    name: 'split-plain-2019',
    format: '2019',
    seed: 26,
    t3Widths: [5, 7, 14, 10.6, 10.6, 10.6, 10.6, 10.6, 10.6, 10.4],
    valign: 'top',
    thead: false,
    zeros: 'print',
    t2: 'one',
    fontPt: 10.5,
    filler: 0,
    split: { at: 12, header: false },
  },
  // (d) a 总计 column printed blank for the 办理结果 rows.
  {
    name: 'blank-totals-2021',
    format: '2021',
    seed: 18,
    valign: 'middle',
    thead: false,
    zeros: 'print',
    blankTotals: true,
    t2: 'one',
    fontPt: 10.5,
    filler: 0,
  },
  {
    name: 'blank-totals-2019',
    format: '2019',
    seed: 19,
    t3Widths: [4, 6, 10, 11.4, 11.4, 11.4, 11.4, 11.4, 11.4, 11.6],
    valign: 'top',
    thead: true,
    zeros: 'blank',
    blankTotals: true,
    t2: 'one',
    fontPt: 10.5,
    filler: 0,
  },
];

/** Whether a number cell prints blank in this layout. */
function printsBlank(layout: Layout, id: string, text: string): boolean {
  if (layout.zeros === 'blank' && /^[+-]?0(?:\.0+)?$/.test(text)) return true;
  if (!layout.blankTotals || !id.startsWith('t3_') || !id.endsWith('_total')) return false;
  return ![
    't3_new_total',
    't3_carried_total',
    't3_carry_next_total',
    't3_result_total_total',
  ].includes(id);
}

/** Column widths of a layout table, in per cent. */
function widthsOf(table: LayoutTable, layout: Layout): readonly number[] {
  if (table.table === 't3' && layout.t3Widths) return layout.t3Widths;
  if (table.table === 't2' && layout.t2Widths) return layout.t2Widths;
  return table.widths;
}

/** Rows of a table as <tr>s in a Word paste's markup; `rows` picks some of its rows. */
function tableHtml(
  table: LayoutTable,
  layout: Layout,
  blanks: Set<string>,
  rows: readonly number[] = table.rows.map((_, i) => i),
  header = table.headerRows,
): string {
  const widths = widthsOf(table, layout);
  const placed = placeCells(table);
  const tr = (r: number) => {
    const cells = (placed[r] ?? []).map(({ cell, column }) => {
      const w = widths.slice(column, column + cell.colSpan).reduce((a, b) => a + b, 0);
      let text = cell.text;
      if (cell.kind === 'number' && cell.cellId && printsBlank(layout, cell.cellId, text)) {
        blanks.add(cell.cellId);
        text = '';
      }
      const span = `${cell.rowSpan > 1 ? ` rowspan=${cell.rowSpan}` : ''}${cell.colSpan > 1 ? ` colspan=${cell.colSpan}` : ''}`;
      const valign = cell.kind === 'number' ? layout.valign : 'middle';
      const align = cell.kind === 'number' || cell.role !== 'row' ? 'center' : 'left';
      const body = text === '' ? '<o:p>&nbsp;</o:p>' : escapeHtml(text);
      const border = layout.borderless ? 'border:none' : 'border:solid windowtext 1pt';
      return `<td width="${w.toFixed(1)}%"${span} valign=${valign} style="${border};padding:0 4pt"><p class=MsoNormal align=${align}><span style="font-size:${layout.fontPt}pt;font-family:仿宋_GB2312">${body}</span></p></td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  };
  const head = layout.thead ? rows.filter((r) => r < header) : [];
  const body = rows.filter((r) => !head.includes(r));
  return [
    `<table class=MsoNormalTable border=${layout.borderless ? 0 : 1} cellspacing=0 cellpadding=0 width="100%" style="border-collapse:collapse">`,
    ...(head.length > 0 ? ['<thead>', ...head.map(tr), '</thead>'] : []),
    '<tbody>',
    ...body.map(tr),
    '</tbody></table>',
  ].join('\n');
}

/** 表二 in small tables: per item with the item as first row, or under captions. */
function t2Pieces(table: LayoutTable, layout: Layout, blanks: Set<string>): string {
  const starts = table.rows.flatMap((row, r) => (row[0]?.role === 'section' ? [r] : []));
  const items = starts.map((start, i) => {
    const end = starts[i + 1] ?? table.rows.length;
    return Array.from({ length: end - start }, (_, k) => start + k);
  });
  if (layout.t2 === 'items') {
    if (!layout.t2Touching)
      return items
        .map((rows) => tableHtml(table, layout, blanks, rows, 0))
        .join('\n<p>&nbsp;</p>\n');
    const widths = [
      [25, 25, 25, 25],
      [25, 15, 30, 30],
      [25, 35, 20, 20],
    ];
    return items
      .map((rows, k) =>
        tableHtml(table, { ...layout, t2Widths: widths[k % 3] ?? [] }, blanks, rows.slice(1), 0),
      )
      .join('\n');
  }
  // Captions above; (五) and (六) share one table with one header (their headers are the same).
  const caption = (r: number) => para(table.rows[r]?.[0]?.text ?? '', layout, false);
  const [first, five, six, ...rest] = items;
  const groups: number[][][] = [
    [first ?? []],
    [five ?? [], six ?? []],
    ...rest.map((rows) => [rows]),
  ];
  return groups
    .map((group) => {
      const captions = group.map((rows) => rows[0] ?? 0);
      const rows = group.flatMap((rows, g) => (g === 0 ? rows.slice(1) : rows.slice(2)));
      const text = captions.map(caption).join('\n');
      const joined =
        group.length > 1 ? para('（第二十条第（五）项、第（六）项）', layout, false) : '';
      return `${group.length > 1 ? joined : text}\n${tableHtml(table, layout, blanks, rows, 1)}`;
    })
    .join('\n');
}

/**
 * A table cut in two before a body row: the rows a merged label cell spans are cut with it (the
 * second piece gets the label again, as a page's repeated merged cell prints it).
 */
function splitTable(
  table: LayoutTable,
  layout: Layout,
  blanks: Set<string>,
  split: { readonly at: number; readonly header: boolean },
): string {
  const cut = table.headerRows + split.at;
  const cutRows = (from: number, to: number): LayoutTable['rows'] =>
    placeCells(table)
      .slice(from, to)
      .map((row, i) => {
        const cells = row.map(({ cell }) => ({
          ...cell,
          rowSpan: Math.min(cell.rowSpan, to - from - i),
        }));
        if (i > 0 || from === 0) return cells;
        // Merged label cells from above that reach into this piece start again here.
        const above = placeCells(table)
          .slice(0, from)
          .flatMap((r) => r.filter(({ row, cell }) => row + cell.rowSpan > from && row < from))
          .sort((a, b) => a.column - b.column)
          .map(({ cell, row }) => ({ ...cell, rowSpan: Math.min(row + cell.rowSpan, to) - from }));
        return [...above, ...cells];
      });
  const first: LayoutTable = { ...table, rows: cutRows(0, cut) };
  const rest = cutRows(cut, table.rows.length);
  const second: LayoutTable = split.header
    ? { ...table, rows: [...table.rows.slice(0, table.headerRows), ...rest] }
    : { ...table, headerRows: 0, rows: rest };
  return `${tableHtml(first, layout, blanks)}\n<p>&nbsp;</p>\n${tableHtml(second, layout, blanks)}`;
}

function para(text: string, layout: Layout, indent = true): string {
  return `<p class=MsoNormal style="${indent ? 'text-indent:32pt;' : ''}line-height:28pt"><span style="font-size:16pt;font-family:仿宋_GB2312">${escapeHtml(text)}</span></p>`;
}

const FILLER =
  '围绕优化营商环境、乡村振兴、民生保障等重点领域，及时公开政策文件、财政预决算、重大建设项目、公共资源配置等信息，在政府网站开设专题专栏，做好政策解读和回应关切工作，按照“谁起草、谁解读”原则，同步起草、同步审批、同步发布政策解读材料。';

/** The page of a report in a layout, and the number cells it printed blank. */
function page(report: Report, layout: Layout): { html: string; blanks: string[] } {
  const template = getTemplate(report.template);
  const blanks = new Set<string>();
  const title = `${report.meta.org}${report.meta.year}年政府信息公开工作年度报告`;
  const parts: string[] = [
    `<p align=center><b><span style="font-size:22pt">${escapeHtml(title)}</span></b></p>`,
  ];
  for (const block of layoutReport(report)) {
    if (block.type === 'heading')
      parts.push(
        `<p class=MsoNormal style="text-indent:32pt"><span style="font-size:16pt;font-family:黑体">${escapeHtml(block.text)}</span></p>`,
      );
    else if (block.type === 'paragraph') {
      parts.push(para(block.text, layout));
      if (block.text.startsWith('（一）主动公开') || block.text.includes('主动公开政府信息'))
        for (let i = 0; i < layout.filler; i++) parts.push(para(FILLER, layout));
    } else if (block.type === 'table') {
      const table = layoutTable(template, block.table, report);
      parts.push(
        table.table === 't2' && layout.t2 !== 'one'
          ? t2Pieces(table, layout, blanks)
          : table.table === 't3' && layout.split
            ? splitTable(table, layout, blanks, layout.split)
            : tableHtml(table, layout, blanks),
      );
    } else if (block.type === 'signature')
      for (const line of block.lines) parts.push(`<p align=right>${escapeHtml(line)}</p>`);
  }
  const html = [
    '<!DOCTYPE html>',
    `<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>`,
    '<div class=WordSection1>',
    ...parts,
    '</div></body></html>',
  ].join('\n');
  return { html, blanks: [...blanks].sort() };
}

/** A pipe table as a converter cuts it: pieces, stray headers, a label's numbers a line down. */
function convertedTables(report: Report): string {
  const template = getTemplate(report.template);
  const out: string[] = [`# ${report.meta.org}${report.meta.year}年政府信息公开工作年度报告`];
  const pipe = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const sep = (n: number) => pipe(Array.from({ length: n }, () => '---'));
  for (const block of layoutReport(report)) {
    if (block.type === 'heading') out.push(`## ${block.text}`);
    else if (block.type === 'paragraph') out.push(block.text);
    else if (block.type === 'signature') out.push(...block.lines);
    else if (block.type === 'table') {
      const table = layoutTable(template, block.table, report);
      const grid = table.rows.map(() => Array.from({ length: table.columns }, () => ''));
      for (const { cell, row, column } of placeCells(table).flat()) {
        const line = grid[row];
        if (line) line[column] = cell.text;
      }
      const head = grid.slice(0, table.headerRows);
      const body = grid.slice(table.headerRows);
      const lines: string[] = [pipe(head[0] ?? []), sep(table.columns), ...head.slice(1).map(pipe)];
      body.forEach((row, i) => {
        const numbersAt = table.table === 't3' ? 3 : 1;
        const label = row.slice(0, numbersAt);
        const longest = Math.max(...label.map((l) => l.length));
        if (table.table !== 't4' && i > 0 && i % 7 === 0) {
          // A page break: the piece ends; the next one has the header repeated or a stray one.
          lines.push('', '— 2 —', '');
          if (i % 14 === 0) lines.push(pipe(head[0] ?? []), sep(table.columns));
          else
            lines.push(
              pipe(['项目', ...Array.from({ length: table.columns - 1 }, () => '')]),
              sep(table.columns),
            );
        }
        if (longest >= 9 && i % 3 === 1) {
          // The label on a row of its own, the numbers on the next row.
          lines.push(pipe(row.map((c, k) => (k < numbersAt ? c : ''))));
          lines.push(pipe(row.map((c, k) => (k < numbersAt ? '' : c))));
        } else lines.push(pipe(row));
      });
      out.push(lines.join('\n'));
    }
  }
  return `${out.join('\n\n')}\n`;
}

mkdirSync(out, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'layouts-'));
const htmls: string[] = [];
for (const layout of LAYOUTS) {
  const report = denseReport(layout.format, layout.seed);
  const { html, blanks } = page(report, layout);
  writeFileSync(join(out, `${layout.name}.html`), html);
  writeFileSync(
    join(out, `${layout.name}.expected.json`),
    `${JSON.stringify({ report, blanks }, null, 1)}\n`,
  );
  htmls.push(join(out, `${layout.name}.html`));
}
for (const [name, format, seed] of [
  ['converted-2021', '2021', 21],
  ['converted-2019', '2019', 22],
] as const) {
  const report = denseReport(format, seed);
  writeFileSync(join(out, `${name}.md`), convertedTables(report));
  writeFileSync(
    join(out, `${name}.expected.json`),
    `${JSON.stringify({ report, blanks: [] }, null, 1)}\n`,
  );
}
const profile = `-env:UserInstallation=file://${join(tmp, 'profile')}`;
const soffice = (filter: string, dir: string, files: string[]) =>
  execFileSync(
    'soffice',
    [profile, '--headless', '--convert-to', filter, '--outdir', dir, ...files],
    {
      stdio: 'ignore',
    },
  );
// The clerk's Word file: Writer opens the page and saves it as Word; the PDF is printed from it.
soffice('docx:MS Word 2007 XML', out, htmls);
const docx = LAYOUTS.map((l) => join(out, `${l.name}.docx`));
soffice('pdf:writer_pdf_Export', tmp, docx);
for (const layout of LAYOUTS) {
  const pdf = join(tmp, `${layout.name}.pdf`);
  const text = (args: string[]) =>
    execFileSync('pdftotext', [...args, pdf, '-'], { encoding: 'utf8' });
  const positioned = await pdfPositionedText(new Uint8Array(readFileSync(pdf)));
  const pages = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1];
  const read = { layout: text(['-layout']), raw: text([]), positioned };
  writeFileSync(join(out, `${layout.name}.pdf.json.gz`), gzipSync(JSON.stringify(read)));
  console.log(`${layout.name}: ${pages ?? '?'} pages`);
  if (process.env.KEEP_PDF) execFileSync('cp', [pdf, process.env.KEEP_PDF]);
}
rmSync(tmp, { recursive: true, force: true });

// A Word template's content controls: every number cell of the clerk's file inside <w:sdt> (the
// "click here to enter text" boxes of a county's template), as Word saves them.
const base = 'narrow-top-2021';
const files = unzipSync(new Uint8Array(readFileSync(join(out, `${base}.docx`))));
const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
let n = 0;
files['word/document.xml'] = strToU8(
  xml.replace(
    /<w:tc>((?:(?!<\/w:tc>).)*?<w:t[^>]*>[\d.]+<\/w:t>(?:(?!<\/w:tc>).)*?)<\/w:tc>/gs,
    (cell) => {
      n++;
      return `<w:sdt><w:sdtPr><w:id w:val="${1000 + n}"/><w:showingPlcHdr w:val="false"/></w:sdtPr><w:sdtContent>${cell}</w:sdtContent></w:sdt>`;
    },
  ),
);
writeFileSync(
  join(out, 'content-controls-2021.docx'),
  zipSync(files, { mtime: new Date(2025, 0, 20) }),
);
writeFileSync(
  join(out, 'content-controls-2021.expected.json'),
  readFileSync(join(out, `${base}.expected.json`)),
);
console.log(`content-controls-2021: ${n} cells in content controls`);
