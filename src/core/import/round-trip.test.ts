/**
 * Export, import again, get the same report back: every report fixture through our text, HTML and
 * Word renderers (Word also without its embedded report file, so its tables are read).
 */
import { readdirSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../render-docx';
import { renderHtml } from '../render-html';
import { renderText } from '../render-text';
import { type CellValue, type Report } from '../report';
import type { ImportResult } from './import-result';
import { importDocx } from './import-docx';
import { importHtml } from './import-html';
import { importText } from './import-text';
import { fixtureReport as report } from '../../testing/fixtures';

const root = new URL('../../fixtures/', import.meta.url);
const FIXTURES = [
  ...readdirSync(new URL('reports/', root)).map((f) => `reports/${f}`),
  ...readdirSync(new URL('import/', root))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `import/${f}`),
].filter((f) => f.endsWith('.json'));

/** Renderers print a blank cell as 0. */
const printed = (cells: Record<string, CellValue>) =>
  Object.fromEntries(Object.entries(cells).map(([id, v]) => [id, v ?? 0]));

function expectSame(result: ImportResult, expected: Report) {
  if (!result.ok) throw new Error(result.message);
  expect(result.report.template).toBe(expected.template);
  expect(result.report.cells).toEqual(printed(expected.cells));
  expect(result.report.meta).toEqual(expected.meta);
  expect(result.report.text).toEqual(expected.text);
  expect(result.unplaced).toEqual([]);
}

describe.each(FIXTURES)('%s', (path) => {
  const expected = report(path);

  it('comes back from text', () => {
    expectSame(importText(renderText(expected)), expected);
  });

  it('comes back from HTML, fragment and page', () => {
    expectSame(importHtml(renderHtml(expected)), expected);
    expectSame(importHtml(renderHtml(expected, { document: true })), expected);
  });

  it('comes back from Word, with and without the embedded report file', async () => {
    const docx = await renderDocx(expected);
    const embedded = importDocx(docx);
    expect(embedded.ok && embedded.report).toEqual(expected);
    const files = Object.entries(unzipSync(docx)).filter(([n]) => !n.startsWith('customXml/'));
    expectSame(importDocx(zipSync(Object.fromEntries(files))), expected);
  });
});
