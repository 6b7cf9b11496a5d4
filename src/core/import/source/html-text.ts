/**
 * A web page as the text the text importer reads: block elements become lines, statutory tables
 * become TAB-separated rows with merged cells expanded, and the page's navigation and footer are
 * left out by keeping only the part of the page that holds the report's headings and tables.
 */
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { expandGrid, gridLines, trimSheetGrid, type SpanCell } from './grid';
import { boundedTreeAdapter, checkHtmlLimits } from './html-limits';
import { headingSection } from '../headings';
import { parseTitle } from '../meta';
import { trimText } from '../normalize';

type Node = T.ChildNode | T.Document;

const SKIP = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'select',
  'button',
  'input',
  'textarea',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);

function isElement(node: Node): node is T.Element {
  return 'tagName' in node;
}

function children(node: Node): T.ChildNode[] {
  if (isElement(node) && node.tagName === 'template') return [];
  if (!('childNodes' in node)) return [];
  return node.childNodes.filter((c) => !isElement(c) || !isHidden(c));
}

function attr(el: T.Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/**
 * Whether the page hides an element: display:none in its style (Excel's hidden rows and columns,
 * its trailing row of column widths; Word's hidden text, also mso-hide:all) or the hidden
 * attribute. A reader never sees it, so it is not read: a hidden column of last year's figures
 * would otherwise move every figure of its rows.
 */
function isHidden(el: T.Element): boolean {
  if (el.attrs.some((a) => a.name === 'hidden')) return true;
  const style = attr(el, 'style');
  return (
    style !== undefined && /(?:^|;)\s*(?:display\s*:\s*none|mso-hide\s*:\s*all)\b/i.test(style)
  );
}

function span(el: T.Element, name: string): number {
  const n = Number.parseInt(attr(el, name) ?? '1', 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

/** All text under a node, blocks and line breaks as spaces (the content of one table cell). */
function flatText(node: Node): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  if (isElement(node) && SKIP.has(node.tagName)) return '';
  if (isElement(node) && node.tagName === 'br') return ' ';
  const inner = children(node).map(flatText).join('');
  return isElement(node) && BLOCK.has(node.tagName) ? ` ${inner} ` : inner;
}

/** Rows of a table, not descending into nested tables. */
function tableRows(table: T.Element): T.Element[] {
  const rows: T.Element[] = [];
  const visit = (node: Node) => {
    for (const child of children(node)) {
      if (!isElement(child)) continue;
      if (child.tagName === 'tr') rows.push(child);
      else if (child.tagName !== 'table') visit(child);
    }
  };
  visit(table);
  return rows;
}

function cellsOf(row: T.Element): T.Element[] {
  return children(row).filter(
    (c): c is T.Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'),
  );
}

function hasNested(table: T.Element): boolean {
  const visit = (node: Node): boolean =>
    children(node).some((c) => isElement(c) && (c.tagName === 'table' || visit(c)));
  return visit(table);
}

/** A data table, as opposed to a table used to lay out the page. */
function isDataTable(table: T.Element): boolean {
  const rows = tableRows(table);
  return !hasNested(table) && rows.length > 1 && rows.some((r) => cellsOf(r).length > 1);
}

/**
 * A table written by a spreadsheet (Excel, WPS 表格): its cells carry Excel's x:num/x:str/x:fmla,
 * its xl…/et… style classes, or its mso-ignore:colspan runs of empty cells.
 */
function isSheet(table: T.Element): boolean {
  return tableRows(table).some((tr) =>
    cellsOf(tr).some(
      (td) =>
        td.attrs.some((a) => a.name === 'x:num' || a.name === 'x:str' || a.name === 'x:fmla') ||
        /^(?:xl|et)\d+$/.test(attr(td, 'class') ?? '') ||
        /mso-ignore\s*:\s*colspan/.test(attr(td, 'style') ?? ''),
    ),
  );
}

/**
 * A cell's text; a spreadsheet cell that shows nothing but holds a number (Excel's x:num="0"
 * under a number format such as 0;-0;;@ that prints zeros blank) is that number: the sheet says
 * what the blank is, so it is not a blank to guess about.
 */
function cellTextOf(td: T.Element): string {
  const text = flatText(td);
  const num = attr(td, 'x:num');
  return num !== undefined && /^-?\d+(?:\.\d+)?$/.test(num) && trimText(text) === '' ? num : text;
}

const spanCells = (tr: T.Element): SpanCell[] =>
  cellsOf(tr).map((td) => ({
    text: cellTextOf(td),
    colSpan: span(td, 'colspan'),
    rowSpan: span(td, 'rowspan'),
  }));

/**
 * A sheet's caption row ("三、收到和处理政府信息公开申请情况" over a table): one text cell first,
 * across two or more columns (merged, or overflowing into empty cells, which Excel writes as a
 * mso-ignore:colspan span), the rest of the row empty runs. A table row whose figures print
 * blank is not one: its empty cells are number cells (x:num).
 */
function captionOf(tr: T.Element): string | undefined {
  const [first, ...rest] = cellsOf(tr);
  if (!first || span(first, 'colspan') < 2 || trimText(flatText(first)) === '') return undefined;
  const emptyRun = (td: T.Element) =>
    trimText(flatText(td)) === '' && !td.attrs.some((a) => a.name.startsWith('x:'));
  return rest.every(emptyRun) ? trimText(flatText(first)) : undefined;
}

/** A spreadsheet's table as lines: caption rows alone, each table between them cut to its width. */
function sheetLines(table: T.Element): string[] {
  const lines: string[] = [];
  let rows: T.Element[] = [];
  const flush = () => {
    lines.push(...gridLines(trimSheetGrid(expandGrid(rows.map(spanCells)))));
    rows = [];
  };
  for (const tr of tableRows(table)) {
    const caption = captionOf(tr);
    if (caption === undefined) rows.push(tr);
    else {
      flush();
      lines.push(caption);
    }
  }
  flush();
  return lines;
}

const CELL_TAGS = new Set(['div', 'span', 'li', 'dd', 'dt', 'p', 'section']);

/** Element children, and whether any text outside them is more than white space. */
function elementChildren(node: T.Element): { elements: T.Element[]; text: boolean } {
  const elements: T.Element[] = [];
  let text = false;
  for (const child of children(node)) {
    if (isElement(child)) elements.push(child);
    else if ('value' in child && trimText(child.value) !== '') text = true;
  }
  return { elements, text };
}

/** A cell of a div "table": no blocks inside but paragraphs and line breaks. */
function isLeafCell(el: T.Element): boolean {
  if (!CELL_TAGS.has(el.tagName)) return false;
  const visit = (node: Node): boolean =>
    children(node).every(
      (c) => !isElement(c) || ((!BLOCK.has(c.tagName) || c.tagName === 'p') && visit(c)),
    );
  return visit(el);
}

/** A row of a div "table": two or more leaf cells and no loose text. */
function isDivRow(el: T.Element): boolean {
  if (!CELL_TAGS.has(el.tagName) || el.tagName === 'p') return false;
  const { elements, text } = elementChildren(el);
  return !text && elements.length >= 2 && elements.every(isLeafCell);
}

/**
 * A table built of divs (CSS display:table rows or flex rows, as some CMSs print tables): three or
 * more rows of leaf cells, one holding a number. Each row is written as a TAB-separated grid row
 * (a merged label printed once leaves its other rows' cells empty, as the text reader expects).
 */
function divTableRows(el: T.Element): T.Element[] | undefined {
  if (el.tagName !== 'div' && el.tagName !== 'ul' && el.tagName !== 'section') return undefined;
  const { elements } = elementChildren(el);
  const rows = elements.filter(isDivRow);
  if (rows.length < 3 || rows.length < elements.length - 1) return undefined;
  const numeric = rows.some((r) =>
    elementChildren(r).elements.some((c) =>
      /^[\s\u3000]*[0-9０-９]+[\s\u3000]*$/.test(flatText(c)),
    ),
  );
  return numeric ? rows : undefined;
}

class LineWriter {
  readonly lines: string[] = [];
  private current = '';
  write(text: string) {
    this.current += text;
  }
  end() {
    const line = this.current.replace(/[ \t\n\r\f]+/g, ' ');
    if (trimText(line) !== '') this.lines.push(trimText(line));
    this.current = '';
  }
  raw(lines: readonly string[]) {
    this.end();
    this.lines.push(...lines);
  }
}

function writeNode(node: Node, out: LineWriter, pre = false): void {
  if (node.nodeName === '#text') {
    const value = (node as T.TextNode).value;
    if (!pre) {
      out.write(value);
      return;
    }
    value.split('\n').forEach((part, i) => {
      if (i > 0) out.end();
      out.write(part);
    });
    return;
  }
  if (!isElement(node)) {
    for (const child of children(node)) writeNode(child, out, pre);
    return;
  }
  const tag = node.tagName;
  if (SKIP.has(tag)) return;
  if (tag === 'br') {
    out.end();
    return;
  }
  if (tag === 'table' && isDataTable(node)) {
    out.raw(
      isSheet(node) ? sheetLines(node) : gridLines(expandGrid(tableRows(node).map(spanCells))),
    );
    return;
  }
  const divRows = divTableRows(node);
  if (divRows) {
    const cells = (row: T.Element) =>
      elementChildren(row).elements.map((c) =>
        trimText(flatText(c).replace(/[ \t\n\r\f\u3000]+/g, ' ')),
      );
    out.raw(divRows.map((row) => cells(row).join('\t')));
    return;
  }
  const block = BLOCK.has(tag) || tag === 'td' || tag === 'th';
  if (block) out.end();
  for (const child of children(node)) writeNode(child, out, pre || tag === 'pre');
  if (block) out.end();
}

/** The elements from the root down to a node. */
function pathTo(root: Node, target: Node): Node[] | undefined {
  if (root === target) return [root];
  for (const child of children(root)) {
    const path = pathTo(child, target);
    if (path) return [root, ...path];
  }
  return undefined;
}

/** Nodes that mark the report: its section headings and its statutory tables. */
function anchors(node: Node, found: Node[] = []): Node[] {
  for (const child of children(node)) {
    if (isElement(child) && SKIP.has(child.tagName)) continue;
    if (isElement(child) && child.tagName === 'table' && isDataTable(child)) {
      if (/第二十条|申请人情况|行政复议/.test(flatText(child))) found.push(child);
      continue;
    }
    if (child.nodeName === '#text') {
      if (headingSection(trimText((child as T.TextNode).value))) found.push(child);
      continue;
    }
    anchors(child, found);
  }
  return found;
}

/** The deepest node holding every anchor: the article, without the page around it. */
function contentRoot(document: T.Document): Node {
  const paths = anchors(document).map((a) => pathTo(document, a) ?? []);
  const first = paths[0];
  if (!first || paths.length < 2) return document;
  let depth = 0;
  while (depth < first.length && paths.every((p) => p[depth] === first[depth])) depth++;
  return first[depth - 1] ?? document;
}

function textLines(node: Node): string[] {
  const out = new LineWriter();
  writeNode(node, out);
  out.end();
  return out.lines;
}

/** The page's <title>, split at the site name ("…年度报告_某某镇人民政府"). */
function pageTitle(document: T.Document): string | undefined {
  const find = (node: Node): T.Element | undefined => {
    for (const child of children(node)) {
      if (!isElement(child)) continue;
      if (child.tagName === 'title') return child;
      const inner = find(child);
      if (inner) return inner;
    }
    return undefined;
  };
  const title = find(document);
  if (!title) return undefined;
  return trimText(flatText(title))
    .split(/[_|｜—–]|\s-\s/)
    .map(trimText)
    .find((part) => parseTitle(part) !== undefined);
}

/** The text of an HTML page, in the form the text importer reads. */
export function htmlToText(html: string): string {
  const document = parse(html, { treeAdapter: boundedTreeAdapter() });
  checkHtmlLimits(document);
  const lines = textLines(contentRoot(document));
  if (!lines.some((l) => parseTitle(l))) {
    const outer = textLines(document).find((l) => parseTitle(l)) ?? pageTitle(document);
    if (outer) lines.unshift(outer);
  }
  return lines.join('\n');
}
