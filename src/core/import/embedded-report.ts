/**
 * Reading the report file a .docx carries as a custom XML part (docx/embed-report.ts writes it):
 * `customXml/itemN.xml` holds `<report xmlns="urn:gongkai-report:report-file">` with the report
 * file JSON as its text. Its `document-crc32` attribute is the CRC-32 of word/document.xml as
 * exported: while the ZIP still records that CRC for it, the document was not edited since, and a
 * reader can take the report as it is without parsing the document (`check` of a .docx, at the
 * speed of a .json).
 */
import { strFromU8 } from 'fflate';
import { loadReport, type Report } from '../report';
import { jsonDepth, LIMITS, stopImport } from './limits';
import { readZipEntries, zipEntryCrc32, ZipLimitError } from './source/zip';

/** Namespace of the root element of the embedded part. */
export const REPORT_XML_NAMESPACE = 'urn:gongkai-report:report-file';

/** Text of an XML part: UTF-8 or (as Word sometimes saves custom XML) UTF-16 LE, BOM dropped. */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    let text = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) {
      text += String.fromCharCode((bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8));
    }
    return text;
  }
  return strFromU8(bytes).replace(/^\uFEFF/, '');
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function unescapeXml(text: string): string {
  return text.replace(
    /<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-fA-F]+|#\d+|\w+);/g,
    (all: string, cdata: string | undefined, ref: string | undefined) => {
      if (cdata !== undefined) return cdata;
      const name = ref ?? '';
      if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name] ?? all;
    },
  );
}

interface ReportPart {
  readonly text: string;
  /** The CRC-32 of word/document.xml when the report was embedded (exports before it: none). */
  readonly documentCrc?: number;
}

/** The text and attributes of a `<root>` element of `namespace` in an XML part, if it is one. */
function xmlPart(
  xml: string,
  name: string,
  namespace: string,
): { readonly text: string; readonly attributes: string } | undefined {
  const root = new RegExp(`<(?:([\\w.-]+):)?${name}\\b([^>]*)>`).exec(xml);
  if (!root) return undefined;
  const prefix = root[1];
  const attributes = root[2] ?? '';
  const declares = new RegExp(`xmlns${prefix ? `:${prefix}` : ''}\\s*=\\s*["']([^"']*)["']`).exec(
    attributes,
  );
  if (declares?.[1] !== namespace) return undefined;
  const start = root.index + root[0].length;
  const end = xml.indexOf(`</${prefix ? `${prefix}:` : ''}${name}>`, start);
  if (end < 0) return undefined;
  return { text: unescapeXml(xml.slice(start, end)), attributes };
}

/** The text content of our `<report>` root in an XML part, or undefined if the part is another one. */
function reportPart(xml: string): ReportPart | undefined {
  const part = xmlPart(xml, 'report', REPORT_XML_NAMESPACE);
  if (!part) return undefined;
  const crc = /\sdocument-crc32\s*=\s*["']([0-9a-f]{8})["']/.exec(part.attributes)?.[1];
  return crc === undefined
    ? { text: part.text }
    : { text: part.text, documentCrc: parseInt(crc, 16) };
}

/** The custom XML parts of a docx (bounded: a bomb stops with a message in Chinese). */
function customXmlParts(docx: Uint8Array): string[] | undefined {
  let files: Record<string, Uint8Array>;
  try {
    const isItem = (name: string) => /^customXml\/item\d+\.xml$/.test(name);
    files = readZipEntries(docx, isItem, LIMITS.zipEntryBytes, LIMITS.zipTotalBytes);
  } catch (error) {
    if (!(error instanceof ZipLimitError)) return undefined;
    return stopImport(
      `这个 Word 文件的附加数据解压后超过 ${LIMITS.zipEntryBytes / 1024 / 1024} MB 的上限（文件可能已损坏，或是“压缩炸弹”），已停止读取。`,
    );
  }
  return Object.values(files).map(decode);
}

/** The text of the custom XML part whose root is `name` in `namespace`, if the docx has one. */
export function embeddedXmlText(
  docx: Uint8Array,
  name: string,
  namespace: string,
): string | undefined {
  for (const xml of customXmlParts(docx) ?? []) {
    const part = xmlPart(xml, name, namespace);
    if (part !== undefined) return part.text;
  }
  return undefined;
}

/**
 * The report file text embedded in a .docx, or undefined when it carries none; stops with a
 * message when the custom XML parts inflate past the bound.
 */
export function embeddedReportText(docx: Uint8Array): string | undefined {
  return embeddedPart(docx)?.text;
}

function embeddedPart(docx: Uint8Array): ReportPart | undefined {
  for (const xml of customXmlParts(docx) ?? []) {
    const part = reportPart(xml);
    if (part !== undefined) return part;
  }
  return undefined;
}

/** The report embedded in a .docx by `renderDocx`, or undefined when there is none (or unreadable). */
export function extractEmbeddedReport(docx: Uint8Array): Report | undefined {
  return readEmbeddedReport(docx)?.report;
}

/**
 * The embedded report and whether word/document.xml is still the one exported with it (its CRC-32
 * in the ZIP is the one recorded at export): then the document's tables say nothing more.
 */
export function readEmbeddedReport(
  docx: Uint8Array,
): { readonly report: Report; readonly documentUnchanged: boolean } | undefined {
  const part = embeddedPart(docx);
  // Nested deeper than a report file can be: not ours, read the document's tables instead.
  if (part === undefined || jsonDepth(part.text) > LIMITS.jsonDepth) return undefined;
  const loaded = loadReport(part.text);
  if (!loaded.ok) return undefined;
  const unchanged =
    part.documentCrc !== undefined && zipEntryCrc32(docx, 'word/document.xml') === part.documentCrc;
  return { report: loaded.report, documentUnchanged: unchanged };
}
