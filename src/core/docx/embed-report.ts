/**
 * Writing the report file into a .docx as a custom XML part (import/embedded-report.ts reads it),
 * so importing our own Word file is exact; related from the main document as Word does for its own
 * parts, with the CRC-32 of word/document.xml as exported.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { REPORT_XML_NAMESPACE } from '../import/embedded-report';
import { crc32 } from '../import/source/zip';
import { saveReport, type Report } from '../report';
import { jsonXmlSafe } from '../xml-chars';

const REL_CUSTOM_XML =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const REL_CUSTOM_XML_PROPS =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const TYPE_PROPS = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
/** Word identifies a custom XML part by this id; one fixed id is enough for the one part we add. */
const ITEM_ID = '{7E1C4F52-3D4B-4F0E-9C61-5A2B8E0D6A31}';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function insertBefore(xml: string, closing: string, addition: string): string {
  const at = xml.lastIndexOf(closing);
  if (at < 0) throw new Error(`docx part without ${closing}`);
  return xml.slice(0, at) + addition + xml.slice(at);
}

/**
 * Add a custom XML part `<root xmlns="namespace" …attributes>text</root>` to an unzipped docx,
 * related from the main document as Word does for its own parts (our report file, or another
 * document's machine-readable twin such as the 审核意见's).
 */
export function addCustomXmlPart(
  files: Unzipped,
  part: { root: string; namespace: string; text: string; attributes?: string; itemId?: string },
): void {
  let n = 1;
  while (files[`customXml/item${n}.xml`]) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  files[item] = strToU8(
    `${XML_DECL}<${part.root} xmlns="${part.namespace}"${part.attributes ?? ''}>${escapeXml(jsonXmlSafe(part.text))}</${part.root}>`,
  );
  files[props] = strToU8(
    `${XML_DECL}<ds:datastoreItem ds:itemID="${part.itemId ?? ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
      `<ds:schemaRefs><ds:schemaRef ds:uri="${part.namespace}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  files[`customXml/_rels/item${n}.xml.rels`] = strToU8(
    `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
  );
  const types = files['[Content_Types].xml'];
  const rels = files['word/_rels/document.xml.rels'];
  if (!types || !rels)
    throw new Error('not a Word document: content types or relationships missing');
  files['[Content_Types].xml'] = strToU8(
    insertBefore(
      strFromU8(types),
      '</Types>',
      `<Override PartName="/${item}" ContentType="application/xml"/>` +
        `<Override PartName="/${props}" ContentType="${TYPE_PROPS}"/>`,
    ),
  );
  files['word/_rels/document.xml.rels'] = strToU8(
    insertBefore(
      strFromU8(rels),
      '</Relationships>',
      `<Relationship Id="rIdGongkaiReport${n}" Type="${REL_CUSTOM_XML}" Target="../${item}"/>`,
    ),
  );
}

/** The docx with the report file added as a custom XML part. */
export function embedReport(docx: Uint8Array, report: Report): Uint8Array {
  const files: Unzipped = unzipSync(docx);
  const document = files['word/document.xml'];
  const crc = document ? ` document-crc32="${crc32(document).toString(16).padStart(8, '0')}"` : '';
  addCustomXmlPart(files, {
    root: 'report',
    namespace: REPORT_XML_NAMESPACE,
    text: saveReport(report),
    attributes: crc,
  });
  return zipSync(files, { level: 6 });
}
