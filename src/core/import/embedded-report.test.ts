import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../render-docx';
import { loadReport, saveReport } from '../report';
import { zipEntryCrc32 } from './source/zip';
import { embeddedReportText, extractEmbeddedReport, REPORT_XML_NAMESPACE } from './embedded-report';
import {
  readFixture,
  REPORT_FIXTURES as FIXTURES,
  reportFixture as fixture,
} from '../../testing/fixtures';

function withPart(docx: Uint8Array, name: string, content: Uint8Array): Uint8Array {
  return zipSync({ ...unzipSync(docx), [name]: content });
}

describe('the report file embedded in the docx', () => {
  it.each(FIXTURES)('%s round-trips exactly', async (name) => {
    const report = fixture(name);
    const extracted = extractEmbeddedReport(await renderDocx(report));
    expect(extracted).toEqual(report);
    expect(extracted && saveReport(extracted)).toBe(readFixture(`reports/${name}.json`));
  });

  it('is a custom XML part related from the document, with its content types', async () => {
    const docx = await renderDocx(fixture('example-2021'));
    const files = unzipSync(docx);
    const item = strFromU8(files['customXml/item1.xml'] ?? new Uint8Array());
    expect(item).toMatch(
      new RegExp(
        `^<\\?xml [^>]*\\?>\\s*<report xmlns="${REPORT_XML_NAMESPACE}" document-crc32="[0-9a-f]{8}">\\{`,
      ),
    );
    // The CRC recorded is the one the ZIP records for the document exported with it.
    const crc = /document-crc32="([0-9a-f]{8})"/.exec(item)?.[1] ?? '';
    expect(zipEntryCrc32(docx, 'word/document.xml')).toBe(parseInt(crc, 16));
    expect(strFromU8(files['[Content_Types].xml'] ?? new Uint8Array())).toContain(
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>',
    );
    expect(strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array())).toMatch(
      /Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/customXml" Target="\.\.\/customXml\/item1\.xml"/,
    );
    expect(strFromU8(files['customXml/_rels/item1.xml.rels'] ?? new Uint8Array())).toContain(
      'Target="itemProps1.xml"',
    );
    expect(strFromU8(files['customXml/itemProps1.xml'] ?? new Uint8Array())).toContain(
      `ds:uri="${REPORT_XML_NAMESPACE}"`,
    );
  });

  it('escapes markup in the report and reads it back', async () => {
    const report = fixture('seed-001');
    report.meta.org = '<b>&"祥云镇"</b> ]]>';
    report.text.other = 'a < b && c > d\n第二行';
    const docx = await renderDocx(report);
    const item = strFromU8(unzipSync(docx)['customXml/item1.xml'] ?? new Uint8Array());
    expect(item).not.toContain('<b>');
    expect(item).toContain('&lt;b&gt;&amp;');
    expect(extractEmbeddedReport(docx)).toEqual(report);
  });

  it('reads a part saved with a namespace prefix, in UTF-16, or under another item number', async () => {
    const report = fixture('seed-002');
    const plain = await renderDocx(fixture('seed-000'));
    const json = saveReport(report).replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const prefixed = `<?xml version="1.0"?><g:report xmlns:g="${REPORT_XML_NAMESPACE}">${json}</g:report>`;
    const utf16 = new Uint8Array(2 + prefixed.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < prefixed.length; i++) {
      utf16[2 + 2 * i] = prefixed.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = prefixed.charCodeAt(i) >> 8;
    }
    const files = unzipSync(plain);
    delete files['customXml/item1.xml'];
    const moved = zipSync({ ...files, 'customXml/item3.xml': utf16 });
    expect(extractEmbeddedReport(moved)).toEqual(report);
  });

  it('ignores other custom XML parts and documents without the report', async () => {
    const docx = await renderDocx(fixture('seed-003'));
    const files = unzipSync(docx);
    delete files['customXml/item1.xml'];
    const without = zipSync(files);
    expect(extractEmbeddedReport(without)).toBeUndefined();
    const other = withPart(
      without,
      'customXml/item2.xml',
      strToU8(
        '<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>',
      ),
    );
    expect(extractEmbeddedReport(other)).toBeUndefined();
    const foreign = withPart(
      without,
      'customXml/item2.xml',
      strToU8('<report xmlns="urn:other">{}</report>'),
    );
    expect(extractEmbeddedReport(foreign)).toBeUndefined();
    expect(extractEmbeddedReport(strToU8('not a zip'))).toBeUndefined();
  });

  it('gives the text of a report it cannot load, so the importer can say why', async () => {
    const newer = { ...fixture('seed-004'), version: 99 };
    const docx = await renderDocx(newer);
    expect(extractEmbeddedReport(docx)).toBeUndefined();
    const text = embeddedReportText(docx) ?? '';
    const loaded = loadReport(text);
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.message).toContain('版本');
  });
});
