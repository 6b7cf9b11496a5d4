/** Old Office files (issue 20): a message that says how to save them, never a reading. */
import { readFileSync } from 'node:fs';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importAny, inputKind } from './import-any';
import { importDocx } from './import-docx';

/** A Word 97–2003 file saved by LibreOffice (scripts/make-legacy-fixtures.sh). */
const doc = new Uint8Array(
  readFileSync(new URL('../../fixtures/import/legacy/report-2021.doc', import.meta.url)),
);
/** The first bytes of a compound file whose streams are not named (as a damaged or an odd one). */
const ole2 = new Uint8Array([
  0xd0,
  0xcf,
  0x11,
  0xe0,
  0xa1,
  0xb1,
  0x1a,
  0xe1,
  ...new Array<number>(504).fill(0),
]);
const saveAsDocx =
  /另存为”，保存类型选“Word 文档（\*\.docx）”（或输出为 PDF），再导入另存的文件。$/;

describe('old Office files', () => {
  it('a .doc, under any of its names, is answered: save it as .docx', async () => {
    const names: [string, string][] = [
      ['2020年报告.doc', '旧版 Word 文档（.doc）'],
      ['2020年报告.DOC', '旧版 Word 文档（.doc）'],
      // WPS 文字 writes .wps in the same compound-file format.
      ['2020年报告.wps', ' WPS 文字的旧版文档（.wps）'],
      // Renamed .docx, or without a name: its WordDocument stream says what it is.
      ['2020年报告.docx', '旧版 Word 文档（Word 97–2003 格式）'],
      ['2020年报告', '旧版 Word 文档（Word 97–2003 格式）'],
    ];
    for (const [name, what] of names) {
      const result = await importAny(name, doc);
      expect(result.ok, name).toBe(false);
      if (result.ok) continue;
      expect(result.message, name).toMatch(
        new RegExp(`^这是${what.replace(/[().*]/g, '\\$&')}，本工具无法直接读取`),
      );
      expect(result.message, name).toMatch(saveAsDocx);
    }
    expect(importDocx(doc)).toEqual({
      ok: false,
      message: expect.stringMatching(saveAsDocx) as string,
    });
  });

  it('a spreadsheet (.et, .xls) is told to be saved as a web page or PDF', async () => {
    for (const name of ['表格.et', '表格.xls']) {
      const result = await importAny(name, ole2);
      expect(result).toEqual({
        ok: false,
        message: expect.stringMatching(
          /^这是 Excel 或 WPS 表格的旧版文件（\.(et|xls)）.*“网页（\*\.htm）”（或输出为 PDF）/,
        ) as string,
      });
    }
  });

  it('an RTF file and an unnamed compound file get their own words', async () => {
    const rtf = await importAny('报告.rtf', strToU8('{\\rtf1\\ansi 2020年'));
    expect(rtf).toEqual({
      ok: false,
      message: expect.stringMatching(/^这是 RTF 格式的文档（\.rtf）/) as string,
    });
    const odd = await importAny('报告', ole2);
    expect(odd).toEqual({
      ok: false,
      message: expect.stringMatching(/^这是旧版 Office 格式的文件（OLE2 复合文档）/) as string,
    });
  });

  it('a .doc that is really a .docx or a web page (a site\'s "导出 Word") is read as what it is', () => {
    const root = new URL('../../fixtures/import/', import.meta.url);
    const head = (name: string) => new Uint8Array(readFileSync(new URL(name, root)));
    expect(inputKind('报告.doc', head('libreoffice-2021.docx'))).toBe('docx');
    expect(inputKind('报告.doc', head('page-2021.html'))).toBe('html');
    expect(inputKind('报告.wps', doc)).toBe('legacy');
  });
});
