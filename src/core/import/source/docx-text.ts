/**
 * A Word document's body (word/document.xml) as the text the text importer reads: paragraphs as
 * lines, tables as TAB-separated rows with merged cells expanded — w:gridSpan across, w:vMerge
 * down, where a bare <w:vMerge/> (no w:val) means "continue", as Word writes it.
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

/** The text of a paragraph; w:br and w:cr start a new line. */
function paragraphText(p: XmlElement): string {
  let text = '';
  const visit = (nodes: readonly XmlNode[]) => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      if (SKIP.has(node.name)) continue;
      if (node.name === 'w:t') {
        for (const child of node.children) if (!isElement(child)) text += child.text;
      } else if (node.name === 'w:tab' || node.name === 'w:ptab') text += ' ';
      else if (node.name === 'w:br' || node.name === 'w:cr') text += '\n';
      else if (node.name === 'w:noBreakHyphen') text += '-';
      else visit(node.children);
    }
  };
  visit(p.children);
  return text;
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

/**
 * The children of an element with this name, also those inside content controls (a template's
 * "click here to enter text" cell: <w:sdt><w:sdtContent><w:tc>): a cell skipped there would move
 * every cell after it one column left.
 */
function wrappedChildren(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (nodes: readonly XmlNode[]) => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      if (node.name === name) out.push(node);
      else if (WRAPPERS.has(node.name)) visit(node.children);
    }
  };
  visit(el.children);
  return out;
}

const rowsOf = (tbl: XmlElement) => wrappedChildren(tbl, 'w:tr');
const cellsOf = (tr: XmlElement) => wrappedChildren(tr, 'w:tc');

function hasNestedTable(tbl: XmlElement): boolean {
  return rowsOf(tbl).some((tr) =>
    cellsOf(tr).some((tc) => findElement(tc.children, 'w:tbl') !== undefined),
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
    for (const tc of cellsOf(tr)) {
      const span = intAttr(property(tc, 'w:tcPr', 'w:gridSpan'), 'w:val', 1);
      const vMerge = property(tc, 'w:tcPr', 'w:vMerge');
      const continues = vMerge !== undefined && vMerge.attrs['w:val'] !== 'restart';
      row[col] = continues ? '' : cellText(tc);
      for (let k = 1; k < span; k++) row[col + k] = '';
      col += span;
    }
    grid.push(row);
  }
  return gridLines(grid);
}

function blockLines(nodes: readonly XmlNode[], lines: string[]): void {
  for (const node of nodes) {
    if (!isElement(node) || SKIP.has(node.name)) continue;
    if (node.name === 'w:p') {
      lines.push(...paragraphText(node).split('\n'));
    } else if (node.name === 'w:tbl') {
      const rows = rowsOf(node);
      const isData = !hasNestedTable(node) && rows.some((tr) => cellsOf(tr).length > 1);
      if (isData) lines.push(...tableLines(node));
      else for (const tr of rows) for (const tc of cellsOf(tr)) blockLines(tc.children, lines);
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
