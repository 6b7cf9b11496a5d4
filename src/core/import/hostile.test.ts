/**
 * Hostile and broken inputs (issue 8): zip bombs, tens of MB of XML, deep nesting, huge text,
 * runaway PDFs, random bytes, truncated and corrupted files. Each import must end within a few
 * seconds with a message in Chinese, never throw, and never say "缺少 word/document.xml" for a bomb.
 */
import { readFileSync } from 'node:fs';
import { inflateSync, strToU8, unzipSync, zipSync, zlibSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import {
  bombSize,
  concat,
  deflateBomb,
  DOCX_TYPES,
  minimalPdf,
  random,
  randomBytes,
  textContent,
  zipOf,
  zlibBomb,
} from '../../testing/hostile-files';
import { renderDocx } from '../render-docx';
import { importAny } from './import-any';
import type { ImportResult } from './import-result';
import { LIMITS } from './limits';
import { pdfLines, type TextPiece } from './source/pdf-lines';
import { fixtureReport } from '../../testing/fixtures';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url)));
const CHINESE = /[\u4e00-\u9fff]/;
/** Far above what any case takes, far below a frozen tab (CI machines are slow and shared). */
const SECONDS = 8;
// Building the inputs takes time too; each import itself is held to SECONDS.
vi.setConfig({ testTimeout: 30_000 });

async function timed(name: string, bytes: Uint8Array): Promise<[ImportResult, number]> {
  const start = performance.now();
  const result = await importAny(name, bytes);
  return [result, (performance.now() - start) / 1000];
}

/** The import refuses the file quickly, saying why in Chinese. */
async function refused(name: string, bytes: Uint8Array, why: RegExp): Promise<string> {
  const [result, seconds] = await timed(name, bytes);
  expect(seconds).toBeLessThan(SECONDS);
  if (result.ok) throw new Error(`${name} was read`);
  expect(result.message).toMatch(why);
  expect(result.message).not.toMatch(/缺少正文/);
  return result.message;
}

const docxWith = (documentXml: Uint8Array) =>
  zipSync({ '[Content_Types].xml': DOCX_TYPES, 'word/document.xml': documentXml }, { level: 1 });

describe('the hand-made bombs are what they claim', () => {
  it('the deflate bomb inflates to one literal and 258 bytes per copy', () => {
    const out = inflateSync(deflateBomb(4000));
    expect(out.length).toBe(bombSize(4000));
    expect(out.every((b) => b === 0x3c)).toBe(true);
  });

  it('the hand-made ZIP opens with a standard reader', () => {
    const zip = zipOf([
      { name: 'word/document.xml', data: deflateBomb(100), method: 8, declaredSize: bombSize(100) },
    ]);
    expect(unzipSync(zip)['word/document.xml']?.length).toBe(bombSize(100));
  });
});

describe('zip bombs and oversized XML in .docx', () => {
  const copies = 4_000_000; // 1 MB compressed → 1 GB of "<"
  const bomb = deflateBomb(copies);

  it('a 1 MB .docx whose document.xml inflates to 1 GB: stopped at the cap, said so', async () => {
    const zip = zipOf([
      { name: '[Content_Types].xml', data: DOCX_TYPES, method: 0, declaredSize: DOCX_TYPES.length },
      { name: 'word/document.xml', data: bomb, method: 8, declaredSize: bombSize(copies) },
    ]);
    expect(zip.length).toBeLessThan(1.1e6);
    expect(bombSize(copies)).toBeGreaterThan(1e9);
    expect(await refused('bomb.docx', zip, /解压后超过 8 MB.*压缩炸弹/)).toMatch(CHINESE);
  });

  it('the same bomb whose headers claim 1 KB: the stream is stopped all the same', async () => {
    const zip = zipOf([{ name: 'word/document.xml', data: bomb, method: 8, declaredSize: 1000 }]);
    await refused('liar.docx', zip, /解压后超过 8 MB/);
  });

  it('a bomb in the embedded report part, beside a normal body', async () => {
    const body = strToU8('<w:document><w:body><w:p/></w:body></w:document>');
    const zip = zipOf([
      { name: 'word/document.xml', data: body, method: 0, declaredSize: body.length },
      { name: 'customXml/item1.xml', data: bomb, method: 8, declaredSize: 500 },
    ]);
    await refused('item-bomb.docx', zip, /附加数据解压后超过/);
  });

  it('a ~250 KB .docx with 40 MB of real WordprocessingML: refused, not parsed', async () => {
    const para = '<w:p><w:r><w:t>本年度共收到申请12件</w:t></w:r></w:p>';
    const xml = `<w:document><w:body>${para.repeat(Math.ceil(40e6 / para.length))}</w:body></w:document>`;
    const zip = docxWith(strToU8(xml));
    expect(zip.length).toBeLessThan(1e6);
    await refused('big.docx', zip, /正文解压后超过 8 MB/);
  });

  it('7 MB of XML (under the cap) is read in seconds and found to be no report', async () => {
    const para = '<w:p><w:r><w:t>本年度共收到申请12件</w:t></w:r></w:p>';
    const xml = `<w:document><w:body>${para.repeat(Math.ceil(7e6 / para.length))}</w:body></w:document>`;
    const [result, seconds] = await timed('7mb.docx', docxWith(strToU8(xml)));
    expect(seconds).toBeLessThan(SECONDS);
    expect(result.ok).toBe(false);
  });

  it('a w:gridSpan of a billion columns', async () => {
    const cell = '<w:tc><w:tcPr><w:gridSpan w:val="999999999"/></w:tcPr><w:p/></w:tc>';
    const xml = `<w:document><w:body><w:tbl><w:tr>${cell}${cell}</w:tr><w:tr>${cell}</w:tr></w:tbl></w:body></w:document>`;
    await refused('span.docx', docxWith(strToU8(xml)), /单元格/);
  });
});

describe('deep nesting', () => {
  for (const depth of [5_000, 100_000]) {
    it(`XML ${depth} levels deep in a .docx`, async () => {
      const xml = `<w:document><w:body>${'<w:sdt>'.repeat(depth)}${'</w:sdt>'.repeat(depth)}</w:body></w:document>`;
      await refused('deep.docx', docxWith(strToU8(xml)), /嵌套超过 256 层/);
    });

    it(`HTML ${depth} levels deep`, async () => {
      const html = `<html><body>${'<div>'.repeat(depth)}2021年度报告${'</div>'.repeat(depth)}</body></html>`;
      await refused('deep.html', strToU8(html), /嵌套超过 512 层/);
    });

    it(`a report file ${depth} levels deep`, async () => {
      const json = `{"kind":"gov-info-disclosure-annual-report","x":${'['.repeat(depth)}${']'.repeat(depth)}}`;
      await refused('deep.json', strToU8(json), /嵌套超过 64 层/);
    });
  }

  it('a 10 MB page of 2.5 million elements stops while it is parsed', async () => {
    await refused(
      'flat.html',
      strToU8(`<body>${'<p>x'.repeat(2_500_000)}</body>`),
      /元素超过 20 万个/,
    );
  });

  it('HTML tables whose spans would expand to billions of cells', async () => {
    const row = '<tr><td colspan="1000" rowspan="65534">1</td><td>2</td></tr>';
    await refused('span.html', strToU8(`<table>${row.repeat(50)}</table>`), /单元格/);
  });
});

describe('huge text', () => {
  it('50 MB of text is refused by its size', async () => {
    const line = '本年度共收到政府信息公开申请12件，上年结转3件。\n';
    const text = strToU8(line.repeat(Math.ceil(50e6 / strToU8(line).length)));
    for (const name of ['big.txt', 'big.html', 'big.json', 'big']) {
      await refused(name, text, /文件过大（\d+(\.\d)? MB）/);
    }
  });

  it('9 MB of text, under the size cap, is refused by its length', async () => {
    await refused('long.txt', strToU8('一'.repeat(3e6)), /文字过多/);
  });

  it('a 70 MB .docx or .pdf is refused by its size before it is opened', async () => {
    const big = new Uint8Array(70 * 1024 * 1024);
    await refused('big.docx', big, /文件过大（70 MB）/);
    await refused('big.pdf', big, /文件过大（70 MB）/);
  });
});

describe('runaway PDFs', () => {
  it('a 1 MB PDF whose content stream inflates to 1 GB', async () => {
    const pdf = minimalPdf({ pages: 1, content: zlibBomb(4_000_000), filter: 'FlateDecode' });
    await refused('bomb.pdf', pdf, /PDF 中的页面内容解压后超过 16 MB/);
  });

  it('a 100 KB PDF with 38 MB of text operators (pdfjs would read it for 20 s)', async () => {
    const ops = strToU8('BT /F1 12 Tf 72 720 Td (abc) Tj ET\n'.repeat(1_000_000));
    const pdf = minimalPdf({
      pages: 1,
      content: zlibSync(ops, { level: 1 }),
      filter: 'FlateDecode',
    });
    expect(pdf.length).toBeLessThan(200_000);
    // Its 5 million operators pass the bound (2 million) before its bytes pass 16 MB.
    await refused('ops.pdf', pdf, /PDF 的页面内容有超过 200 万个绘图指令/);
  });

  it('an uncompressed page of 2.2 million operators (4 MB, under the byte bound) is refused', async () => {
    const pdf = minimalPdf({ pages: 1, content: strToU8('q Q\n'.repeat(1_100_000)) });
    await refused('plain-ops.pdf', pdf, /PDF 的页面内容有超过 200 万个绘图指令/);
  });

  it('a bomb in a stream that is no page content (a font file) is bounded too', async () => {
    const pdf = minimalPdf({ pages: 1, content: textContent('x'), filter: 'FlateDecode' });
    const font = concat([
      strToU8('9 0 obj\n<< /Length1 9 /Filter /FlateDecode >>\nstream\n'),
      zlibBomb(1_000_000),
      strToU8('\nendstream\nendobj\n'),
    ]);
    await refused('font.pdf', concat([pdf, font]), /PDF 中的压缩数据解压后超过 128 MB/);
  });

  it('a PDF of 400 real pages is refused; one whose page tree claims a million ends quickly', async () => {
    const content = textContent('page');
    await refused(
      'pages.pdf',
      minimalPdf({ pages: 400, content, filter: 'FlateDecode' }),
      /400 页/,
    );
    const liar = minimalPdf({ pages: 1, count: 1_000_000, content, filter: 'FlateDecode' });
    // pdfjs counts the real pages; what matters is that it ends, with a Chinese message.
    await refused('liar.pdf', liar, CHINESE);
  });

  it('400,000 text pieces on one line are laid out in linear time', () => {
    const pieces: TextPiece[] = Array.from({ length: 400_000 }, (_, i) => ({
      page: 1,
      text: 'abc',
      x: 72 + i * 40,
      y: 720,
      width: 30,
      size: 12,
    }));
    const start = performance.now();
    const [line] = pdfLines(pieces);
    // Quadratic, this took minutes.
    expect((performance.now() - start) / 1000).toBeLessThan(SECONDS);
    // A gap of 10 units at size 12 is one space between pieces.
    expect(line).toHaveLength(400_000 * 4 - 1);
  });

  it('a small valid PDF still reads (the bounds do not get in the way)', async () => {
    const pdf = minimalPdf({ pages: 3, content: textContent('hello'), filter: 'FlateDecode' });
    const [result] = await timed('small.pdf', pdf);
    // It has text but no report in it: the message says what is missing, not "damaged".
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).not.toMatch(/损坏/);
  });
});

describe('random, truncated and corrupted files', () => {
  const next = random(8);
  const ours = renderDocx(fixtureReport('import/distinct-2021.json'));
  const sources: [string, Uint8Array | Promise<Uint8Array>][] = [
    ['libreoffice-2021.docx', fixture('libreoffice-2021.docx')],
    ['libreoffice-2021.pdf', fixture('libreoffice-2021.pdf')],
    ['page-2021.html', fixture('page-2021.html')],
    ['ours.docx', ours],
  ];
  const results: { name: string; ok: boolean; seconds: number }[] = [];
  // Each case is checked against SECONDS; the whole loop gets room on a slow, shared machine.

  it('40 random byte strings under each name', { timeout: 60_000 }, async () => {
    for (const ext of ['.docx', '.pdf', '.json', '.html', '.txt', '']) {
      for (let i = 0; i < 40; i++) {
        const bytes = randomBytes(next, 1 + Math.floor(next() * 20_000));
        // Random bytes with a real file's magic number go further into each reader.
        if (i % 2 === 0 && ext === '.docx') bytes.set([0x50, 0x4b, 0x03, 0x04]);
        if (i % 2 === 0 && ext === '.pdf') bytes.set(strToU8('%PDF-1.7\n'));
        const [result, seconds] = await timed(`random${ext}`, bytes);
        results.push({ name: `random${ext}`, ok: result.ok, seconds });
        expect(seconds).toBeLessThan(SECONDS);
        if (!result.ok) expect(result.message).toMatch(CHINESE);
      }
    }
    expect(results.filter((r) => r.ok)).toHaveLength(0);
  });

  it.each(sources)(
    '%s truncated at 20 places and with 20 corrupted byte runs',
    { timeout: 60_000 },
    async (name, source) => {
      const bytes = await source;
      for (let i = 0; i < 40; i++) {
        let broken: Uint8Array;
        if (i < 20) broken = bytes.subarray(0, Math.floor(next() * bytes.length));
        else {
          broken = bytes.slice();
          const at = Math.floor(next() * broken.length);
          broken.set(
            randomBytes(next, 1 + Math.floor(next() * 64)).subarray(0, broken.length - at),
            at,
          );
        }
        const [result, seconds] = await timed(name, broken);
        expect(seconds).toBeLessThan(SECONDS);
        if (!result.ok) expect(result.message).toMatch(CHINESE);
      }
    },
  );
});

it('the bounds are far above a real report', () => {
  expect(LIMITS.zipEntryBytes).toBeGreaterThan(fixture('libreoffice-2021.docx').length * 20);
});
