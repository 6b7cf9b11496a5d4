/**
 * Word files: our own export (read exactly from the embedded report file), the same file without
 * that part, files LibreOffice made from a web page, and Word's bare <w:vMerge/>.
 */
import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../render-docx';
import { documentXmlText } from './source/docx-text';
import { importDocx } from './import-docx';
import { fixtureReport as report } from '../../testing/fixtures';

const root = new URL('../../fixtures/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, root)));

/** The docx without our custom XML part, as if someone else had made it. */
function withoutEmbedded(docx: Uint8Array): Uint8Array {
  const files = Object.entries(unzipSync(docx)).filter(([name]) => !name.startsWith('customXml/'));
  return zipSync(Object.fromEntries(files));
}

/** The docx with a text replaced in word/document.xml. */
function editDocument(docx: Uint8Array, from: string, to: string): Uint8Array {
  const files = unzipSync(docx);
  const xml = new TextDecoder().decode(files['word/document.xml']);
  expect(xml).toContain(from);
  files['word/document.xml'] = strToU8(xml.replace(from, to));
  return zipSync(files);
}

/** The CRC-32 a ZIP's central directory records for `name`, overwritten with `crc`. */
function setRecordedCrc(zip: Uint8Array, name: string, crc: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const wanted = strToU8(name);
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    const entry = out.subarray(at + 46, at + 46 + length);
    if (length === wanted.length && entry.every((b, i) => b === wanted[i])) {
      view.setUint32(at + 16, crc, true);
      return out;
    }
  }
  throw new Error(`${name} not in the ZIP`);
}

describe('importDocx', () => {
  it('refuses a document.xml cut off part-way (stored, so no inflate error catches it)', () => {
    const files = unzipSync(bytes('import/libreoffice-2021.docx'));
    const xml = new TextDecoder().decode(files['word/document.xml']);
    for (const share of [0.3, 0.5, 0.7, 0.9, 0.97]) {
      // Cut inside a text run's tag, as a file written half-way would end.
      const cut = xml.indexOf('<w:t', Math.floor(xml.length * share)) + 3;
      const cutFiles = { ...files, 'word/document.xml': strToU8(xml.slice(0, cut)) };
      const result = importDocx(zipSync(cutFiles, { level: 0 }));
      expect(result.ok, `cut at ${share}`).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/已损坏/);
    }
  });

  it.each([
    ['libreoffice-2021.docx', 'distinct-2021.json'],
    ['libreoffice-2019.docx', 'distinct-2019.json'],
    ['word-bare-vmerge-2019.docx', 'distinct-2019.json'],
  ])('reads %s (made by LibreOffice from a web page) cell for cell', (file, expectedFile) => {
    const result = importDocx(bytes(`import/${file}`));
    if (!result.ok) throw new Error(result.message);
    const expected = report(`import/${expectedFile}`);
    expect(result.input).toBe('docx');
    expect(result.report.cells).toEqual(expected.cells);
    expect(result.report.meta).toEqual(expected.meta);
    expect(result.report.text).toEqual(expected.text);
    expect(result.unplaced).toEqual([]);
  });

  it('reads our own export exactly, from the report file inside it', async () => {
    const expected = report('reports/seed-001.json');
    const result = importDocx(await renderDocx(expected));
    if (!result.ok) throw new Error(result.message);
    expect(result.report).toEqual(expected);
    expect(result.notes).toEqual(['这是本工具导出的 Word 文件，已按其中保存的报告数据原样读入']);
  });

  it('reads our own export without the report file from its tables and paragraphs', async () => {
    const expected = report('import/distinct-2021.json');
    const result = importDocx(withoutEmbedded(await renderDocx(expected)));
    if (!result.ok) throw new Error(result.message);
    expect(result.report).toEqual(expected);
  });

  it('warns when the tables were edited after export', async () => {
    const expected = report('import/distinct-2021.json');
    const docx = editDocument(await renderDocx(expected), '>96171.6</w:t>', '>5</w:t>');
    const result = importDocx(docx);
    if (!result.ok) throw new Error(result.message);
    expect(result.report).toEqual(expected);
    expect(result.notes[1]).toMatch(
      /文档中的表格与保存的报告数据有 1 处不同（如“行政事业性收费 本年收费金额/,
    );
  });

  it('takes an unedited export as saved, without reading its document', async () => {
    const expected = report('import/distinct-2021.json');
    const exported = await renderDocx(expected);
    const part = Object.entries(unzipSync(exported)).find(([name]) =>
      name.startsWith('customXml/item'),
    );
    const recorded = /document-crc32="([0-9a-f]{8})"/.exec(new TextDecoder().decode(part?.[1]));
    expect(recorded).not.toBeNull();
    // The tables edited, but the ZIP still claims the exported document: its tables are not read,
    // so the edit goes unnoticed (with the true CRC, the test above sees it).
    const edited = editDocument(exported, '>96171.6</w:t>', '>5</w:t>');
    const result = importDocx(
      setRecordedCrc(edited, 'word/document.xml', parseInt(recorded?.[1] ?? '', 16)),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.report).toEqual(expected);
    expect(result.notes).toEqual(['这是本工具导出的 Word 文件，已按其中保存的报告数据原样读入']);
  });

  it('reads a bare <w:vMerge/> as “continue” and gridSpan as merged columns', () => {
    const cell = (text: string, props = '') =>
      `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const xml = `<?xml version="1.0"?><w:document xmlns:w="w"><w:body>
      <w:p><w:r><w:t>表</w:t><w:br/><w:t xml:space="preserve">第二行 </w:t></w:r></w:p>
      <w:tbl>
        <w:tr>${cell('三、本年度办理结果', '<w:vMerge w:val="restart"/>')}${cell('（一）予以公开', '<w:gridSpan w:val="2"/>')}${cell('4')}</w:tr>
        <w:tr>${cell('三、本年度办理结果', '<w:vMerge/>')}${cell('（二）部分公开', '<w:gridSpan w:val="2"/>')}${cell('1')}</w:tr>
        <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${cell('x &amp; y')}${cell('')}${cell('2')}</w:tr>
      </w:tbl></w:body></w:document>`;
    expect(documentXmlText(xml).split('\n')).toEqual([
      '表',
      '第二行 ',
      '三、本年度办理结果\t（一）予以公开\t\t4',
      '\t（二）部分公开\t\t1',
      '\tx & y\t\t2',
    ]);
  });

  it('explains what it cannot read', () => {
    const doc = importDocx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(doc).toEqual({
      ok: false,
      message: expect.stringMatching(
        /旧版 Office 格式的文件.*另存为” Word 文档（\*\.docx）/,
      ) as string,
    });
    const broken = importDocx(strToU8('not a zip'));
    expect(broken).toEqual({
      ok: false,
      message: expect.stringMatching(/应为 \.docx 格式/) as string,
    });
  });
});
