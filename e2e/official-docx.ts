/** The checks every exported .docx must pass, whichever build exported it. */
import { getTemplate } from '../src/core';
import {
  actualRow,
  attr,
  child,
  children,
  expectedRows,
  parts,
  xml,
} from '../src/testing/docx-structure';
import { expect, fixture } from './app';

/** The .docx is the example-2021 report in the official layout: page, margins, every merged cell. */
export function expectOfficialDocx(bytes: Uint8Array): void {
  const files = parts(bytes);
  const body = child(child(xml(files['word/document.xml']), 'w:document'), 'w:body');
  const section = child(body, 'w:sectPr');
  expect(attr(child(section, 'w:pgSz'), 'w')).toBe('11906');
  expect(attr(child(section, 'w:pgSz'), 'h')).toBe('16838');
  const margins = child(section, 'w:pgMar');
  expect([
    attr(margins, 'top'),
    attr(margins, 'bottom'),
    attr(margins, 'left'),
    attr(margins, 'right'),
  ]).toEqual(['2098', '1984', '1587', '1474']);

  const report = fixture('example-2021');
  const template = getTemplate('2021');
  const tables = children(body, 'w:tbl');
  expect(tables).toHaveLength(3);
  (['t2', 't3', 't4'] as const).forEach((id, i) => {
    const rows = children(tables[i], 'w:tr').map(actualRow);
    expect(rows, id).toEqual(expectedRows(template.tables[id], report));
  });
  // The report file rides inside the .docx for next year's import.
  const embedded = Object.values(files).find((text) =>
    text.includes('urn:gongkai-report:report-file'),
  );
  expect(embedded).toContain('青山镇人民政府');
}
