/** Plain-text renderer over the layout model: one line per block, tables as TAB-separated rows. */
import { layoutReport, tableGrid, type Block } from './layout';
import type { Report } from './report';

function renderBlock(block: Block): string[] {
  switch (block.type) {
    case 'title':
      return [block.text, ''];
    case 'heading':
      return block.level === 1 ? ['', block.text] : [block.text];
    case 'paragraph':
      return [block.text];
    case 'table':
      return tableGrid(block).map((row) => row.join('\t'));
    case 'signature':
      return ['', ...block.lines];
  }
}

/** The whole report as text, in the official order and wording. */
export function renderText(report: Report): string {
  const lines = layoutReport(report)
    .flatMap(renderBlock)
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''));
  return `${lines.join('\n')}\n`;
}
