/**
 * A Word document's body (word/document.xml) as the text the text importer reads: paragraphs as
 * lines, tables as TAB-separated rows with merged cells expanded — w:gridSpan across, w:vMerge
 * down, where a bare <w:vMerge/> (no w:val) means "continue", as Word writes it. What the page
 * does not show is left out: tracked deletions (also whole deleted rows), hidden text (w:vanish),
 * an unfilled content control's placeholder, a drawing's fallback copy; a text box's paragraphs
 * are lines of their own after the paragraph that anchors it.
 */
import { strFromU8 } from 'fflate';
import { LIMITS, stopImport } from '../limits';
import { checkDocxTables } from './docx-limits';
import { gridLines } from './grid';
import { readZipEntries, ZipLimitError } from './zip';
import {
  childElements,
  findElement,
  isElement,
  parseXml,
  type XmlElement,
  type XmlNode,
} from './xml-tree';

/** Deleted text, the fallback copy of drawings, and properties: not part of what the page says. */
const SKIP = new Set([
  'w:del',
  'w:moveFrom',
  'mc:Fallback',
  'w:pPr',
  'w:rPr',
  'w:tblPr',
  'w:sectPr',
]);

/** An on/off property is on unless its w:val says off ("0", "false", "off"). */
function isOn(el: XmlElement | undefined): boolean {
  if (!el) return false;
  const val = el.attrs['w:val'];
  return val === undefined || !['0', 'false', 'off'].includes(val);
}

/** A run of hidden text (w:vanish): not printed, not shown unless the user shows hidden text. */
function isHiddenRun(r: XmlElement): boolean {
  const rPr = childElements(r, 'w:rPr')[0];
  return rPr !== undefined && isOn(childElements(rPr, 'w:vanish')[0]);
}

/** A content control still showing its placeholder ("单击或点击此处输入文字。"): nothing entered. */
function isPlaceholder(sdt: XmlElement): boolean {
  const pr = childElements(sdt, 'w:sdtPr')[0];
  return pr !== undefined && isOn(childElements(pr, 'w:showingPlcHdr')[0]);
}

/** What the page does not show, whatever its name: hidden runs, placeholders. */
function isUnseen(node: XmlElement): boolean {
  return (
    SKIP.has(node.name) ||
    (node.name === 'w:r' && isHiddenRun(node)) ||
    (node.name === 'w:sdt' && isPlaceholder(node))
  );
}

/**
 * The text of a paragraph (w:br and w:cr start a new line), and the lines of the text boxes it
 * anchors (w:txbxContent, DrawingML or VML): they float apart from the paragraph's own text.
 */
function paragraphText(p: XmlElement): { text: string; boxes: string[] } {
  let text = '';
  const boxes: string[] = [];
  const visit = (nodes: readonly XmlNode[]) => {
    for (const node of nodes) {
      if (!isElement(node) || isUnseen(node)) continue;
      if (node.name === 'w:txbxContent') blockLines(node.children, boxes);
      else if (node.name === 'w:t') {
        for (const child of node.children) if (!isElement(child)) text += child.text;
      } else if (node.name === 'w:tab' || node.name === 'w:ptab') text += ' ';
      else if (node.name === 'w:br' || node.name === 'w:cr') text += '\n';
      else if (node.name === 'w:noBreakHyphen') text += '-';
      else visit(node.children);
    }
  };
  visit(p.children);
  return { text, boxes };
}

function intAttr(el: XmlElement | undefined, name: string, fallback: number): number {
  const n = Number.parseInt(el?.attrs[name] ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

function property(cell: XmlElement, props: string, name: string): XmlElement | undefined {
  const pr = childElements(cell, props)[0];
  return pr ? childElements(pr, name)[0] : undefined;
}

/** Elements that wrap rows or cells without being one: content controls, custom XML. */
const WRAPPERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml']);

/** A row deleted with tracked changes on (w:trPr/w:del): gone from the document as it reads. */
const isDeletedRow = (tr: XmlElement) => property(tr, 'w:trPr', 'w:del') !== undefined;

/** A row's or a table's child, and whether a content control still showing its placeholder wraps it. */
interface Wrapped {
  readonly node: XmlElement;
  /** Inside a placeholder content control: nothing was entered in it. */
  readonly unfilled: boolean;
}

/**
 * The children of an element with this name, also those inside content controls (a template's
 * "click here to enter text" cell: <w:sdt><w:sdtContent><w:tc>): a cell skipped there would move
 * every cell after it one column left.
 */
function wrappedChildren(el: XmlElement, name: string): Wrapped[] {
  const out: Wrapped[] = [];
  const visit = (nodes: readonly XmlNode[], unfilled: boolean) => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      if (node.name === name) out.push({ node, unfilled });
      else if (WRAPPERS.has(node.name))
        visit(node.children, unfilled || (node.name === 'w:sdt' && isPlaceholder(node)));
    }
  };
  visit(el.children, false);
  return out;
}

const rowsOf = (tbl: XmlElement) =>
  wrappedChildren(tbl, 'w:tr').flatMap(({ node }) => (isDeletedRow(node) ? [] : [node]));
const cellsOf = (tr: XmlElement) => wrappedChildren(tr, 'w:tc');

function hasNestedTable(tbl: XmlElement): boolean {
  return rowsOf(tbl).some((tr) =>
    cellsOf(tr).some(({ node }) => findElement(node.children, 'w:tbl') !== undefined),
  );
}

/** All paragraphs' text of a cell, on one line. */
function cellText(tc: XmlElement): string {
  const lines: string[] = [];
  blockLines(tc.children, lines);
  return lines.join(' ');
}

/** A table as grid rows: spans expanded, a vertically merged cell's text in its first row only. */
function tableLines(tbl: XmlElement): string[] {
  const grid: string[][] = [];
  for (const tr of rowsOf(tbl)) {
    const row: string[] = [];
    let col = intAttr(property(tr, 'w:trPr', 'w:gridBefore'), 'w:val', 0);
    for (let i = 0; i < col; i++) row.push('');
    for (const { node: tc, unfilled } of cellsOf(tr)) {
      const span = intAttr(property(tc, 'w:tcPr', 'w:gridSpan'), 'w:val', 1);
      const vMerge = property(tc, 'w:tcPr', 'w:vMerge');
      const continues = vMerge !== undefined && vMerge.attrs['w:val'] !== 'restart';
      row[col] = continues || unfilled ? '' : cellText(tc);
      for (let k = 1; k < span; k++) row[col + k] = '';
      col += span;
    }
    grid.push(row);
  }
  return gridLines(withoutSlivers(grid, slivers(tbl)));
}

/** A grid column narrower than this (twips; 20 = 1 pt) holds no cell a reader can see. */
const SLIVER = 20;

/**
 * Grid columns of (almost) no width: Word and LibreOffice leave them where two rows' cell edges
 * miss each other by a hair (LibreOffice saving its own .docx again writes gridCol widths of 0
 * and 1 under 表四's 总计). A cell spans them, so expanded they are an empty cell in the rows
 * below, read as a blank figure that moves every figure after it one column on.
 */
function slivers(tbl: XmlElement): Set<number> {
  const grid = childElements(tbl, 'w:tblGrid')[0];
  const widths = (grid ? childElements(grid, 'w:gridCol') : []).map((c) =>
    Number.parseInt(c.attrs['w:w'] ?? '', 10),
  );
  // Only when the grid gives real widths (some writers put 0 or nothing in every gridCol).
  if (!widths.some((w) => w >= 15 * SLIVER)) return new Set();
  return new Set(widths.flatMap((w, i) => (Number.isFinite(w) && w < SLIVER ? [i] : [])));
}

/** The grid with each sliver column merged into its neighbour (the next, or the last's previous). */
function withoutSlivers(grid: readonly string[][], drop: ReadonlySet<number>): string[][] {
  if (drop.size === 0) return grid.map((row) => [...row]);
  return grid.map((row) => {
    const out: string[] = [];
    let carry = '';
    row.forEach((text, i) => {
      if (!drop.has(i)) {
        out.push([carry, text].filter((t) => t !== '').join(' '));
        carry = '';
      } else carry = [carry, text].filter((t) => t !== '').join(' ');
    });
    if (carry !== '' && out.length > 0) out[out.length - 1] = `${out.at(-1) ?? ''} ${carry}`.trim();
    return out;
  });
}

function blockLines(nodes: readonly XmlNode[], lines: string[]): void {
  for (const node of nodes) {
    if (!isElement(node) || isUnseen(node)) continue;
    if (node.name === 'w:p') {
      const { text, boxes } = paragraphText(node);
      lines.push(...text.split('\n'), ...boxes);
    } else if (node.name === 'w:tbl') {
      const rows = rowsOf(node);
      const isData = !hasNestedTable(node) && rows.some((tr) => cellsOf(tr).length > 1);
      if (isData) lines.push(...tableLines(node));
      else
        for (const tr of rows) for (const { node } of cellsOf(tr)) blockLines(node.children, lines);
    } else {
      blockLines(node.children, lines);
    }
  }
}

/** The body text of word/document.xml. */
export function documentXmlText(xml: string): string {
  const nodes = parseXml(xml);
  checkDocxTables(nodes);
  const body = findElement(nodes, 'w:body');
  const lines: string[] = [];
  if (body) blockLines(body.children, lines);
  return lines.join('\n');
}

/**
 * word/document.xml of a .docx, or undefined when the bytes are not a Word document; stops with a
 * message when it inflates past the bound (a zip bomb).
 */
export function documentXml(docx: Uint8Array): string | undefined {
  const name = 'word/document.xml';
  try {
    const xml = readZipEntries(docx, (n) => n === name, LIMITS.zipEntryBytes, LIMITS.zipEntryBytes)[
      name
    ];
    return xml ? strFromU8(xml) : undefined;
  } catch (error) {
    if (!(error instanceof ZipLimitError)) return undefined;
    return stopImport(
      `这个 Word 文件的正文解压后超过 ${LIMITS.zipEntryBytes / 1024 / 1024} MB 的上限（文件可能已损坏，或是“压缩炸弹”），已停止读取。`,
    );
  }
}
