import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocx, importHtml, importPdf, importText } from '../../core/import';
import { warmDocx, warmHtml, warmText } from './warm-inputs';

// The warm-up is only worth its time if each file takes the importer's full path: a report read,
// its tables found (a file refused early would leave the table readers cold).
describe('warm-up inputs', () => {
  it.each([
    ['web page', () => importHtml(warmHtml())],
    ['Word file', () => importDocx(warmDocx())],
    ['text', () => importText(warmText())],
  ])('the %s reads as a 2021 report with its tables', (_, read) => {
    const result = read();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.template).toBe('2021');
    expect(result.report.meta.year).toBe(2021);
    expect(result.report.cells.t3_new_natural).toBe(0);
    expect(Object.values(result.report.cells).filter((v) => v === 0).length).toBeGreaterThan(150);
  });

  it('the PDF reads as the blank 2021 report with its tables', async () => {
    const pdf = readFileSync(new URL('./warm-blank-2021.pdf', import.meta.url));
    const result = await importPdf(new Uint8Array(pdf));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.template).toBe('2021');
    expect(result.report.cells.t3_new_natural).toBe(0);
  });
});
