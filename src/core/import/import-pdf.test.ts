/** A PDF LibreOffice made from our own Word export, read through pdfjs's text layer. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPdf } from './import-pdf';
import { fixtureReport as report } from '../../testing/fixtures';
import { scanReader } from './ocr/scan-reader';

const root = new URL('../../fixtures/', import.meta.url);

/** LibreOffice drops a few "、" and "。" from the text layer; compare the words. */
const words = (text = '') => text.split('\n').map((p) => p.replace(/[\s、，。；：]/g, ''));

const EMPTY_PDF = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;

describe('importPdf', () => {
  it('reads every cell, the meta and the paragraphs of a LibreOffice PDF', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('import/libreoffice-2021.pdf', root)));
    const result = await importPdf(bytes);
    if (!result.ok) throw new Error(result.message);
    const expected = report('import/distinct-2021.json');
    expect(result.input).toBe('pdf');
    expect(result.format).toBe('2021');
    expect(result.report.cells).toEqual(expected.cells);
    expect(result.report.meta).toEqual(expected.meta);
    for (const key of ['intro', 'overview', 'problems', 'other'] as const) {
      expect(words(result.report.text[key]), key).toEqual(words(expected.text[key]));
    }
    expect(result.unplaced).toEqual([]);
    // The caller's bytes stay usable: pdfjs was given a copy.
    expect(bytes.byteLength).toBeGreaterThan(0);
  });

  it('says a PDF without a text layer cannot be read, and that it is a scan', async () => {
    const result = await importPdf(new TextEncoder().encode(EMPTY_PDF), {
      ocrHint: '（加载识别包）',
    });
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/没有可提取的文字.*（加载识别包）$/) as string,
      scanned: true,
    });
  });

  it('hands a PDF without a text layer to the OCR reader when there is one', async () => {
    const asked: string[] = [];
    const result = await importPdf(new TextEncoder().encode(EMPTY_PDF), {
      ocr: scanReader((file) => {
        asked.push(file.kind);
        return Promise.resolve([{ width: 100, height: 100, dpi: 150, degrees: 0, words: [] }]);
      }),
    });
    expect(asked).toEqual(['pdf']);
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/识别后仍未找到文字/) as string,
    });
  });

  it('says a broken file is not a readable PDF', async () => {
    const result = await importPdf(new TextEncoder().encode('%PDF-1.4 nothing else'));
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/无法读取这个 PDF/) as string,
    });
  });
});
