/** Bounds checked on a parsed word/document.xml before its tables are expanded. */
import { LIMITS, stopImport } from '../limits';
import { isElement, type XmlNode } from './xml-tree';

function spanOf(node: XmlNode): number {
  if (!isElement(node) || (node.name !== 'w:gridSpan' && node.name !== 'w:gridBefore')) return 0;
  const n = Number.parseInt(node.attrs['w:val'] ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

/** Stop when the tables would expand to more cells than any report has (w:gridSpan="999999999"). */
export function checkDocxTables(nodes: readonly XmlNode[]): void {
  let cells = 0;
  const stack = [...nodes];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!isElement(node)) continue;
    cells += node.name === 'w:tc' ? 1 : Math.max(0, spanOf(node) - 1);
    if (cells > LIMITS.tableCells) {
      stopImport(
        `Word 文件中的表格合并后超过 ${LIMITS.tableCells / 10_000} 万个单元格，不像是一份年度报告，已停止读取。`,
      );
    }
    stack.push(...node.children);
  }
}
