/**
 * Reading a generated .docx back for tests (unit and e2e): its parts, its XML as nodes, and the
 * cells Word should have in each table row, derived from the template data rather than from the
 * renderer.
 */
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import type { Report } from '../core/report';
import type { TableDef } from '../core/template-types';

// A parsed XML element: attributes as "@_name", children by tag name, text as "#text".
export type Node = Record<string, unknown>;

const ARRAYS = new Set(['w:p', 'w:r', 'w:t', 'w:tbl', 'w:tr', 'w:tc', 'w:gridCol', 'w:instrText']);
export const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ARRAYS.has(name),
});

export function parts(docx: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(docx)).map(([k, v]) => [k, strFromU8(v)]));
}

export function xml(text: string | undefined): Node {
  if (text === undefined) throw new Error('part missing');
  return parser.parse(text) as Node;
}

export const child = (node: Node | undefined, name: string): Node | undefined =>
  node?.[name] as Node | undefined;
export const children = (node: Node | undefined, name: string): Node[] =>
  (node?.[name] as Node[] | undefined) ?? [];
export const attr = (node: Node | undefined, name: string): string | undefined =>
  node?.[`@_w:${name}`] as string | undefined;
/** The text of a parsed element: a plain string, or "#text" beside its attributes. */
export const content = (node: unknown): string =>
  typeof node === 'string'
    ? node
    : typeof node === 'object' && node !== null
      ? content((node as Node)['#text'])
      : '';

export function textOf(p: Node): string {
  return children(p, 'w:r')
    .flatMap((r) => children(r, 'w:t'))
    .map(content)
    .join('');
}

export function cellText(tc: Node): string {
  return children(tc, 'w:p').map(textOf).join('');
}

/** The expected Word cells of each row, straight from the template: span, vMerge and text. */
export interface ExpectedTc {
  span: number;
  vMerge?: 'restart' | 'continue';
  text: string;
}

/** With `blank` (空白表样) every number cell is expected empty. */
export function expectedRows(def: TableDef, report: Report, blank = false): ExpectedTc[][] {
  const rows = [...def.header, ...def.body];
  interface Owner {
    row: number;
    column: number;
    colSpan: number;
    rowSpan: number;
    text: string;
  }
  const owners: (Owner | undefined)[][] = rows.map(() =>
    Array.from({ length: def.columns }, () => undefined),
  );
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (owners[r]?.[c]) c++;
      const owner: Owner = {
        row: r,
        column: c,
        colSpan: cell.colSpan ?? 1,
        rowSpan: cell.type === 'label' ? (cell.rowSpan ?? 1) : 1,
        // The fixtures hold plain numbers; a blank cell prints as 0.
        text: cell.type === 'label' ? cell.text : blank ? '' : String(report.cells[cell.id] ?? 0),
      };
      for (let dr = 0; dr < owner.rowSpan; dr++) {
        for (let dc = 0; dc < owner.colSpan; dc++) {
          const line = owners[r + dr];
          if (line) line[c + dc] = owner;
        }
      }
      c += owner.colSpan;
    }
  });
  return owners.map((line, r) => {
    if (!line.every(Boolean)) throw new Error(`${def.name} row ${r} does not cover every column`);
    return line.flatMap((o, c) =>
      o && o.column === c
        ? [
            {
              span: o.colSpan,
              ...(o.rowSpan > 1 ? { vMerge: o.row === r ? 'restart' : 'continue' } : {}),
              text: o.row === r ? o.text : '',
            },
          ]
        : [],
    );
  });
}

export function actualRow(tr: Node): ExpectedTc[] {
  return children(tr, 'w:tc').map((tc) => {
    const pr = child(tc, 'w:tcPr');
    const span = Number(attr(child(pr, 'w:gridSpan'), 'val') ?? 1);
    const vMerge = child(pr, 'w:vMerge');
    return {
      span,
      // A <w:vMerge/> with no val means "continue".
      ...(vMerge !== undefined
        ? { vMerge: (attr(vMerge, 'val') ?? 'continue') as 'restart' | 'continue' }
        : {}),
      text: cellText(tc),
    };
  });
}
