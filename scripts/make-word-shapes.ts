/**
 * Makes issue 20's Word-shapes fixtures: a clerk's Word file with the XML that Word and WPS write
 * and LibreOffice's own files rarely have, put into a LibreOffice-made report
 * (src/fixtures/layouts/split-plain-2019.docx) the way Word writes each shape:
 * - tracked changes left in: a reviewer's corrections (w:del/w:delText of the old figure, w:ins of
 *   the new one) in table cells and in the narrative, a whole duplicated table row deleted
 *   (w:trPr/w:del) and another row inserted (w:trPr/w:ins);
 * - content controls (w:sdt) around a row, a cell and a run, a date picker around a date, and a
 *   county template's cell never filled in, showing its placeholder "单击或点击此处输入文字。";
 * - a text box (mc:AlternateContent: the DrawingML text box in mc:Choice and the same text again
 *   as a VML text box in mc:Fallback) anchored in a heading paragraph;
 * - fields: a table formula as w:fldSimple (=SUM(LEFT)) and as a complex field (fldChar/instrText,
 *   =SUM(ABOVE)) with their results;
 * - Chinese Word's smart tags (chsdate around a date, chmetcnv around "210件") and w:customXml
 *   around a run and a row;
 * - hidden text (w:vanish): the template's filling notes (with numbers) before 表三, and last
 *   year's figure hidden beside a cell's number.
 * Outputs (src/fixtures/wild/): word-shapes-2019.docx (as Word saves it) and
 * word-shapes-lo-2019.docx (that file opened and saved again by LibreOffice, which keeps some shapes
 * and rewrites others), each with its .expected.json. Run: npx tsx scripts/make-word-shapes.ts
 * (needs soffice). Tests do not run this.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const base = 'src/fixtures/layouts/split-plain-2019';
const out = 'src/fixtures/wild';
const name = 'word-shapes-2019';

const author = 'w:author="县政务公开办 王芳" w:date="2021-01-18T09:30:00Z"';
let ids = 900;
const id = () => `w:id="${ids++}"`;

/** A run of number cell text: its properties and text. */
const NUMBER_CELL =
  /<w:tc>((?:(?!<\/w:tc>).)*?)<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)<w:t>(\d+(?:\.\d+)?)<\/w:t><\/w:r>((?:(?!<\/w:tc>).)*?)<\/w:tc>/gs;

type CellShape = (rPr: string, value: string) => string;
const run = (rPr: string, text: string) =>
  `<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const hidden = (rPr: string) => rPr.replace('<w:rPr>', '<w:rPr><w:vanish/>');
const wrong = (value: string) => String(Number(value) + 10);

/** The shapes given to the number cells, by their position among them (0-based). */
const CELL_SHAPES: Record<number, { what: string; shape: CellShape }> = {
  5: {
    what: 'tracked correction',
    shape: (rPr, v) =>
      `<w:del ${id()} ${author}><w:r>${rPr}<w:delText>${wrong(v)}</w:delText></w:r></w:del><w:ins ${id()} ${author}>${run(rPr, v)}</w:ins>`,
  },
  9: {
    what: 'inline content control',
    shape: (rPr, v) =>
      `<w:sdt><w:sdtPr>${rPr}<w:alias w:val="件数"/><w:tag w:val="count"/>${id()}</w:sdtPr><w:sdtContent>${run(rPr, v)}</w:sdtContent></w:sdt>`,
  },
  14: {
    what: 'smart tag (chmetcnv)',
    shape: (rPr, v) =>
      `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chmetcnv"><w:smartTagPr><w:attr w:name="TCSC" w:val="0"/><w:attr w:name="NumberType" w:val="1"/><w:attr w:name="Negative" w:val="False"/><w:attr w:name="HasSpace" w:val="False"/><w:attr w:name="SourceValue" w:val="${v}"/><w:attr w:name="UnitName" w:val="件"/></w:smartTagPr>${run(rPr, v)}</w:smartTag>`,
  },
  20: {
    what: 'hidden last-year figure beside the number',
    shape: (rPr, v) => `${run(rPr, v)}${run(hidden(rPr), `（上年${wrong(v)}）`)}`,
  },
  26: {
    what: 'table formula, w:fldSimple',
    shape: (rPr, v) => `<w:fldSimple w:instr=" =SUM(LEFT) ">${run(rPr, v)}</w:fldSimple>`,
  },
  31: {
    what: 'table formula, complex field',
    shape: (rPr, v) =>
      `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr}<w:instrText xml:space="preserve"> =SUM(ABOVE) \\# "0" </w:instrText></w:r><w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r>${run(rPr, v)}<w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`,
  },
  37: {
    what: 'custom XML around the run',
    shape: (rPr, v) =>
      `<w:customXml w:uri="http://www.example.gov.cn/nianbao" w:element="shuju">${run(rPr, v)}</w:customXml>`,
  },
  44: {
    what: 'tracked correction, the old figure longer',
    shape: (rPr, v) =>
      `<w:ins ${id()} ${author}>${run(rPr, v)}</w:ins><w:del ${id()} ${author}><w:r>${rPr}<w:delText>1${v}</w:delText></w:r></w:del>`,
  },
};

/** Cells wrapped whole in a content control (a template's cell). */
const CELL_CONTROL = 12;

const placeholder = (rPr: string) =>
  `<w:sdt><w:sdtPr>${rPr}${id()}<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${run(rPr.replace('<w:rPr>', '<w:rPr><w:rStyle w:val="PlaceholderText"/>'), '单击或点击此处输入文字。')}</w:sdtContent></w:sdt>`;

function shapeCells(xml: string, blanks: string[]): string {
  let k = -1;
  return xml.replace(
    NUMBER_CELL,
    (cell, before: string, rPr: string, value: string, after: string) => {
      // Only cells holding just the number (a header's "保留4位小数" is split in runs too).
      if (/<w:t[ >]/.test(before + after)) return cell;
      k++;
      // The first number cell is 表二's 规章 本年新制作 (0): the template's box left unfilled.
      if (k === 0) {
        if (
          value !== '0' ||
          !xml.slice(0, xml.indexOf(cell)).endsWith('规章</w:t></w:r></w:p></w:tc>')
        )
          throw new Error('the first number cell is not 规章 本年新制作 = 0');
        blanks.push('t2_rules_made');
        return `<w:tc>${before}${placeholder(rPr)}${after}</w:tc>`;
      }
      const shaped = CELL_SHAPES[k];
      const inner = shaped
        ? `${before}${shaped.shape(rPr, value)}${after}`
        : `${before}<w:r>${rPr}<w:t>${value}</w:t></w:r>${after}`;
      if (k === CELL_CONTROL)
        return `<w:sdt><w:sdtPr>${id()}<w:text/></w:sdtPr><w:sdtContent><w:tc>${inner}</w:tc></w:sdtContent></w:sdt>`;
      return `<w:tc>${inner}</w:tc>`;
    },
  );
}

/** The table row whose first cell holds this label. */
function rowWith(xml: string, label: string): { start: number; end: number } {
  const at = xml.indexOf(`<w:t>${label}</w:t>`);
  if (at < 0) throw new Error(`no row ${label}`);
  const start = xml.lastIndexOf('<w:tr>', at);
  const end = xml.indexOf('</w:tr>', at) + '</w:tr>'.length;
  return { start, end };
}

/** Rows: one in a content control, one in custom XML, a deleted duplicate, an inserted one. */
function shapeRows(xml: string): string {
  // 表三's （三）不予公开 1. 属于国家秘密 row... labels are per format; 2019's rows used here.
  const replaceRow = (x: string, label: string, f: (row: string) => string) => {
    const { start, end } = rowWith(x, label);
    return x.slice(0, start) + f(x.slice(start, end)) + x.slice(end);
  };
  xml = replaceRow(
    xml,
    '规范性文件',
    (row) =>
      `<w:sdt><w:sdtPr>${id()}<w:alias w:val="规范性文件"/></w:sdtPr><w:sdtContent>${row}</w:sdtContent></w:sdt>`,
  );
  xml = replaceRow(xml, '行政许可', (row) => `<w:customXml w:element="xuke">${row}</w:customXml>`);
  // A duplicated row with other figures, deleted by the reviewer, the deletion not accepted.
  xml = replaceRow(xml, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', (row) => {
    const deleted = row
      .replace('<w:trPr>', `<w:trPr><w:del ${id()} ${author}/>`)
      .replace(
        /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)<w:t(?: xml:space="preserve")?>([^<]*)<\/w:t><\/w:r>/gs,
        (_, rPr: string, text: string) =>
          `<w:del ${id()} ${author}><w:r>${rPr}<w:delText>${/^\d+$/.test(text) ? wrong(text) : text}</w:delText></w:r></w:del>`,
      );
    if (deleted === row) throw new Error('row not changed');
    return deleted + row;
  });
  // A row added as a tracked insertion: read as it is.
  xml = replaceRow(xml, '（五）不予处理', (row) =>
    row
      .replace('<w:trPr>', `<w:trPr><w:ins ${id()} ${author}/>`)
      .replace(
        /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)<w:t>([^<]*)<\/w:t><\/w:r>/gs,
        (r) => `<w:ins ${id()} ${author}>${r}</w:ins>`,
      ),
  );
  return xml;
}

const RUN =
  /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t(?: xml:space="preserve")?>([^<]*)<\/w:t><\/w:r>/gs;

/**
 * Wrap the `count` runs after the run whose text ends with `marker` (LibreOffice splits a line's
 * runs where the script changes: "2020", "年", "1", "月"…).
 */
function wrapRunsAfter(
  xml: string,
  marker: string,
  count: number,
  wrap: (runs: string, rPr: string) => string,
): string {
  const runs = [...xml.matchAll(RUN)];
  const at = runs.findIndex((m) => (m[2] ?? '').endsWith(marker));
  const first = runs[at + 1];
  const last = runs[at + count];
  if (at < 0 || !first || !last) throw new Error(`no runs after ${marker}`);
  const end = last.index + last[0].length;
  return (
    xml.slice(0, first.index) + wrap(xml.slice(first.index, end), first[1] ?? '') + xml.slice(end)
  );
}

const TEXT_BOX_TEXT = '本表数据截至2020年12月31日';
const textBox = (rPr: string) => {
  const body = `<w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run(rPr, TEXT_BOX_TEXT)}</w:p></w:txbxContent>`;
  return `<w:r>${rPr}<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3600000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2160000" cy="320040"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2160000" cy="320040"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx>${body}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:283.45pt;margin-top:0;width:170.1pt;height:25.2pt;z-index:251659264" filled="f" stroked="f"><v:textbox>${body}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
};

/** The template's filling notes, hidden (w:vanish on every run and on the paragraph mark). */
const hiddenNotes = (rPr: string) =>
  `<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>${run(hidden(rPr), '填写说明：表中数字一律填阿拉伯数字，无数据的填0；第三项各行之和应等于第2列，如本年新收12件、上年结转3件，总计为15件。')}</w:p>`;

function shapeText(xml: string): string {
  xml = wrapRunsAfter(
    xml,
    '统计期限为',
    6,
    (r) =>
      `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate"><w:smartTagPr><w:attr w:name="Year" w:val="2020"/><w:attr w:name="Month" w:val="1"/><w:attr w:name="Day" w:val="1"/><w:attr w:name="IsLunarDate" w:val="False"/><w:attr w:name="IsROCDate" w:val="False"/></w:smartTagPr>${r}</w:smartTag>`,
  );
  xml = wrapRunsAfter(
    xml,
    '共收到政府信息公开申请',
    1,
    (r) =>
      `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chmetcnv"><w:smartTagPr><w:attr w:name="UnitName" w:val="件"/><w:attr w:name="SourceValue" w:val="210"/></w:smartTagPr>${r}</w:smartTag>`,
  );
  // A corrected figure in the narrative: "全年办结<del>194</del><ins>204</ins>件".
  xml = wrapRunsAfter(
    xml,
    '全年办结',
    1,
    (r, rPr) =>
      `<w:del ${id()} ${author}><w:r>${rPr}<w:delText>194</w:delText></w:r></w:del><w:ins ${id()} ${author}>${r}</w:ins>`,
  );
  xml = wrapRunsAfter(
    xml,
    '主动公开政府信息',
    1,
    (r) => `<w:sdt><w:sdtPr>${id()}<w:text/></w:sdtPr><w:sdtContent>${r}</w:sdtContent></w:sdt>`,
  );
  // The text box is anchored in the heading paragraph: its run follows the heading's.
  const heading = '<w:t>三、收到和处理政府信息公开申请情况</w:t></w:r>';
  if (!xml.includes(heading)) throw new Error('no heading 三');
  xml = xml.replace(heading, heading + textBox('<w:rPr><w:sz w:val="21"/></w:rPr>'));
  // The notes go right before 表三's heading paragraph.
  const p = xml.lastIndexOf('<w:p>', xml.indexOf(heading));
  const rPr = '<w:rPr><w:sz w:val="21"/></w:rPr>';
  return xml.slice(0, p) + hiddenNotes(rPr) + xml.slice(p);
}

const NS =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" mc:Ignorable="wps"';

const files = unzipSync(new Uint8Array(readFileSync(`${base}.docx`)));
let xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
const blanks: string[] = [];
xml = shapeCells(xml, blanks);
xml = shapeRows(xml);
xml = shapeText(xml);
// Declare the namespaces Word declares on its root (LibreOffice's root lacks some of them).
xml = xml.replace(/<w:document ([^>]*)>/, (whole, attrs: string) => {
  const missing = NS.split(' ').filter((ns) => !attrs.includes(ns.split('=')[0] ?? ''));
  return `<w:document ${attrs} ${missing.join(' ')}>`;
});
files['word/document.xml'] = strToU8(xml);
writeFileSync(join(out, `${name}.docx`), zipSync(files, { mtime: new Date(2021, 0, 18) }));
const { report } = JSON.parse(readFileSync(`${base}.expected.json`, 'utf8')) as { report: unknown };
const expected = `${JSON.stringify({ report, blanks }, null, 1)}\n`;
writeFileSync(join(out, `${name}.expected.json`), expected);

// The same file opened in LibreOffice Writer and saved again as Word.
const tmp = mkdtempSync(join(tmpdir(), 'word-shapes-'));
execFileSync(
  'soffice',
  [
    `-env:UserInstallation=file://${join(tmp, 'profile')}`,
    '--headless',
    '--convert-to',
    'docx:MS Word 2007 XML',
    '--outdir',
    tmp,
    join(out, `${name}.docx`),
  ],
  { stdio: 'ignore' },
);
copyFileSync(join(tmp, `${name}.docx`), join(out, 'word-shapes-lo-2019.docx'));
writeFileSync(join(out, 'word-shapes-lo-2019.expected.json'), expected);
rmSync(tmp, { recursive: true, force: true });
console.log(`${name}: ${ids - 900} ids, blanks ${blanks.join(',')}`);
