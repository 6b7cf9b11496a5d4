/**
 * Valid XML always (issue 8): a property test over random Unicode text — controls, U+FFFE and
 * U+FFFF, lone and paired surrogates, XML specials, CJK, emoji — in every text of a report. Every
 * XML part of the .docx must parse and hold only characters XML 1.0 allows, the embedded report
 * must come back exactly, and the HTML must hold no such character either.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { random } from '../testing/hostile-files';
import { reportFixture } from '../testing/fixtures';
import { importDocx } from './import';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';
import type { Report } from './report';
import { countNotXml, jsonXmlSafe, notXmlNote, xmlSafe } from './xml-chars';

/** Characters XML 1.0 forbids, as a decoded part can hold them (U+FFFD stands for a lone half). */
// eslint-disable-next-line no-control-regex -- matching those controls is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;

/** Code units drawn from ranges that break writers, mixed with ordinary text. */
const RANGES: [number, number][] = [
  [0x00, 0x1f],
  [0x20, 0x7e],
  [0x7f, 0x9f],
  [0x4e00, 0x9fff],
  [0xd800, 0xdfff],
  [0xfffe, 0xffff],
  [0xfff0, 0xfffd],
  [0xe000, 0xf8ff],
];

function randomText(next: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    const specials = ['<', '&', ']]>', '"', "'", '😀', '\r\n', '\t'];
    if (next() < 0.05) text += specials[Math.floor(next() * specials.length)] ?? '';
    const [lo, hi] = RANGES[Math.floor(next() * RANGES.length)] ?? [0x41, 0x5a];
    text += String.fromCharCode(lo + Math.floor(next() * (hi - lo + 1)));
  }
  return text;
}

function randomReport(next: () => number): Report {
  const base = reportFixture('example-2021');
  const say = () => randomText(next, 5 + Math.floor(next() * 60));
  return {
    ...base,
    meta: { ...base.meta, org: say(), signature: say() },
    text: { intro: say(), overview: say(), problems: say(), other: say() },
    cells: { ...base.cells, t3_new_natural: say(), t2_rules_made: say() },
  };
}

const parser = new XMLParser({ ignoreAttributes: false });

function checkDocx(docx: Uint8Array): void {
  const parts = unzipSync(docx);
  for (const [name, bytes] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = strFromU8(bytes);
    // The validator in our dependencies (its successor package is not installed).
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    expect(XMLValidator.validate(xml), name).toBe(true);
    expect(() => {
      parser.parse(xml);
    }, name).not.toThrow();
    expect(FORBIDDEN.exec(xml)?.[0], name).toBeUndefined();
  }
}

describe('xmlSafe', () => {
  it('removes exactly the characters XML 1.0 forbids', () => {
    const text = 'a\u0000b\u0008\t\n\rc\u000b\ufffe\uffff\ud800d\udc00😀\u007f\u0085\ufffd';
    expect(xmlSafe(text)).toBe('ab\t\n\rcd😀\u007f\u0085\ufffd');
    expect(countNotXml(text)).toBe(7);
    expect(notXmlNote(7)).toMatch(/7 个.*已删除/);
    expect(notXmlNote(0)).toBeUndefined();
  });

  it('JSON keeps every character through its escapes', () => {
    const value = { s: 'x\ufffe\uffff\u0001\ud800y' };
    const safe = jsonXmlSafe(JSON.stringify(value));
    expect(FORBIDDEN.test(safe)).toBe(false);
    expect(JSON.parse(safe)).toEqual(value);
  });
});

describe('every writer writes valid XML whatever the text', () => {
  const next = random(6);
  const reports = Array.from({ length: 12 }, () => randomReport(next));

  it(
    '12 random reports: every .docx part parses, no forbidden character, the data comes back',
    { timeout: 60_000 },
    async () => {
      for (const report of reports) {
        const docx = await renderDocx(report);
        checkDocx(docx);
        const back = importDocx(docx);
        if (!back.ok) throw new Error(back.message);
        // The embedded report keeps even the characters the document itself had to leave out.
        expect(back.report.meta.org).toBe(report.meta.org);
        expect(back.report.text).toEqual(report.text);
      }
    },
  );

  it('the HTML export holds no forbidden character and keeps the rest', () => {
    for (const report of reports) {
      const html = renderHtml(report, { document: true });
      expect(FORBIDDEN.exec(html)?.[0]).toBeUndefined();
    }
    const one = reports[0];
    if (!one) throw new Error('no report');
    const org = xmlSafe(one.meta.org).replace(/[<&"'>]/g, '');
    // Escaping aside, what was allowed is all there.
    expect(renderHtml(one).replace(/&\w+;|&#\d+;/g, '')).toContain(org.slice(0, 3));
  });
});
