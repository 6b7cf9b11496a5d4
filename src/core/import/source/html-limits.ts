/** Bounds checked on a parsed web page before it is walked and its tables expanded. */
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { LIMITS, stopImport } from '../limits';

type Node = T.ChildNode | T.Document | T.DocumentFragment;

function children(node: Node): readonly Node[] {
  const own = 'childNodes' in node ? node.childNodes : [];
  // A <template>'s content is a fragment beside its (empty) child list.
  return 'content' in node ? [...own, node.content] : own;
}

function spanAttr(el: T.Element, name: string, max: number): number {
  const n = Number.parseInt(el.attrs.find((a) => a.name === name)?.value ?? '1', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, max) : 1;
}

/** How many grid cells a table cell covers (spans clamped as browsers clamp them). */
function area(node: Node): number {
  if (!('tagName' in node) || (node.tagName !== 'td' && node.tagName !== 'th')) return 0;
  return spanAttr(node, 'colspan', 1000) * spanAttr(node, 'rowspan', 65534);
}

/** Stop when the page nests deeper than browsers keep, or its tables expand past any report's. */
export function checkHtmlLimits(document: T.Document): void {
  let cells = 0;
  const stack: [Node, number][] = [[document, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item;
    if (depth > LIMITS.htmlDepth) {
      stopImport(
        `网页的标签嵌套超过 ${LIMITS.htmlDepth} 层，不像正常的网页（可能已损坏），已停止读取。`,
      );
    }
    cells += area(node);
    if (cells > LIMITS.tableCells) {
      stopImport(
        `网页中的表格合并后超过 ${LIMITS.tableCells / 10_000} 万个单元格，不像是一份年度报告，已停止读取。`,
      );
    }
    for (const child of children(node)) stack.push([child, depth + 1]);
  }
}
