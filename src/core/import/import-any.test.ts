/** One entry for every file: by extension, and by content when the name has none. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importAny, inputKind } from './import-any';
import { printedCells, fixtureReport as report } from '../../testing/fixtures';

const root = new URL('../../fixtures/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, root)));

const FILES: [string, string, string][] = [
  ['reports/example-2021.json', 'json', 'reports/example-2021.json'],
  ['seeds/003_0b0ebb0c0800d905.txt', 'text', 'reports/seed-003.json'],
  ['import/seed-001-gbk.txt', 'text', 'reports/seed-001.json'],
  ['import/page-2019-gbk.html', 'html', 'import/distinct-2019.json'],
  ['import/libreoffice-2021.docx', 'docx', 'import/distinct-2021.json'],
];
/** Recognised by name and content; its reading is import-pdf.test.ts's (the same file, 3 s). */
const PDF: [string, string, string] = ['import/libreoffice-2021.pdf', 'pdf', ''];

describe('importAny', () => {
  it.each(FILES)('%s is read as %s', async (file, kind, expected) => {
    const result = await importAny(file, bytes(file));
    if (!result.ok) throw new Error(result.message);
    expect(result.input).toBe(kind);
    expect(printedCells(result.report.cells, result.provenance)).toEqual(report(expected).cells);
  });

  it.each([...FILES, PDF])(
    '%s without its extension is recognised from its content',
    (file, kind) => {
      expect(inputKind('report', bytes(file))).toBe(kind);
    },
  );

  it('takes a .pdf to the PDF reader', async () => {
    const result = await importAny('scan.pdf', new TextEncoder().encode('%PDF-1.4\n%%EOF'));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(/PDF/);
  });

  it('reads upper-case extensions and .htm', () => {
    expect(inputKind('REPORT.DOCX', new Uint8Array())).toBe('docx');
    expect(inputKind('page.htm', new Uint8Array())).toBe('html');
  });

  it('names the kinds it reads when it does not know the file', async () => {
    const result = await importAny('table.xlsx', new Uint8Array([1, 2, 3]));
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(
        /无法识别的文件类型“\.xlsx”：应为报告文件（\.json）/,
      ) as string,
    });
    const doc = await importAny('old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    expect(doc.ok).toBe(false);
  });
});

describe('importAny with a scanned page image', () => {
  it('says an image needs the OCR pack, and that it is a scan', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    for (const name of ['page.png', 'page']) {
      expect(await importAny(name, png, { ocrHint: '请加载识别包。' })).toEqual({
        ok: false,
        message: '这是图片，需要 OCR 识别包才能读取。请加载识别包。',
        scanned: true,
      });
    }
  });
});
