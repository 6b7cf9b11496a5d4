/** Bounds on a web page: while it is parsed (elements, depth) and before its tables expand. */
import {
  defaultTreeAdapter,
  type DefaultTreeAdapterMap,
  type DefaultTreeAdapterTypes as T,
  type TreeAdapter,
} from 'parse5';
import { LIMITS, stopImport } from '../limits';

const tooDeep = () =>
  stopImport(
    `网页的标签嵌套超过 ${LIMITS.htmlDepth} 层，不像正常的网页（可能已损坏），已停止读取。`,
  );

/**
 * parse5's tree builder, stopping once the page has more elements or deeper nesting than any
 * real page: checked as the tree grows, so 10 MB of "<div>" never becomes 2 million nodes.
 */
export function boundedTreeAdapter(): TreeAdapter<DefaultTreeAdapterMap> {
  let elements = 0;
  const depth = new WeakMap<object, number>();
  const placed = (parent: T.ParentNode, node: T.ChildNode) => {
    const d = (depth.get(parent) ?? 0) + 1;
    if (d > LIMITS.htmlDepth) tooDeep();
    depth.set(node, d);
  };
  return {
    ...defaultTreeAdapter,
    createElement(tagName, namespaceURI, attrs) {
      if (++elements > LIMITS.htmlElements) {
        stopImport(
          `网页的元素超过 ${LIMITS.htmlElements / 10_000} 万个，不像是一份年度报告，已停止读取。`,
        );
      }
      return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
    },
    appendChild(parent, node) {
      placed(parent, node);
      defaultTreeAdapter.appendChild(parent, node);
    },
    insertBefore(parent, node, reference) {
      placed(parent, node);
      defaultTreeAdapter.insertBefore(parent, node, reference);
    },
  };
}

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
    if (depth > LIMITS.htmlDepth) tooDeep();
    cells += area(node);
    if (cells > LIMITS.tableCells) {
      stopImport(
        `网页中的表格合并后超过 ${LIMITS.tableCells / 10_000} 万个单元格，不像是一份年度报告，已停止读取。`,
      );
    }
    for (const child of children(node)) stack.push([child, depth + 1]);
  }
}
