/** XML parsed in document order (fast-xml-parser), as a small typed tree. */
import { XMLParser } from 'fast-xml-parser';
import { LIMITS, stopImport } from '../limits';

/** An element with its attributes and children in document order. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}
/** An element or a text node. */
export type XmlNode = XmlElement | { readonly text: string };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
  // The callbacks get the parser's path object, not a path string built for every tag and
  // attribute (we set none of them; building those strings was over a quarter of the parse).
  jPath: false,
  // The parser refuses deeper nesting itself, before it builds anything that deep.
  maxNestedTags: LIMITS.xmlDepth,
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function convert(raw: unknown): XmlNode[] {
  if (!Array.isArray(raw)) return [];
  const nodes: XmlNode[] = [];
  for (const item of raw as unknown[]) {
    if (!isRecord(item)) continue;
    for (const [key, value] of Object.entries(item)) {
      if (key === ':@') continue;
      if (key === '#text') {
        nodes.push({ text: typeof value === 'string' ? value : String(value) });
        continue;
      }
      const attrs: Record<string, string> = {};
      const rawAttrs = item[':@'];
      if (isRecord(rawAttrs)) {
        for (const [name, v] of Object.entries(rawAttrs)) attrs[name] = String(v);
      }
      nodes.push({ name: key, attrs, children: convert(value) });
    }
  }
  return nodes;
}

/** Parse an XML document into its top-level nodes. */
export function parseXml(xml: string): XmlNode[] {
  let raw: unknown;
  try {
    raw = parser.parse(xml);
  } catch (error) {
    if (error instanceof Error && /nested tags/i.test(error.message)) {
      stopImport(
        `文件的 XML 结构嵌套超过 ${LIMITS.xmlDepth} 层，不像正常的 Word 文档，已停止读取。`,
      );
    }
    throw error;
  }
  return convert(raw);
}

/** Whether a node is an element (not text). */
export function isElement(node: XmlNode): node is XmlElement {
  return 'name' in node;
}

/** Child elements with the given name. */
export function childElements(node: XmlElement, name: string): XmlElement[] {
  return node.children.filter((c): c is XmlElement => isElement(c) && c.name === name);
}

/** The first descendant element with the given name (depth first). */
export function findElement(nodes: readonly XmlNode[], name: string): XmlElement | undefined {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (node.name === name) return node;
    const inner = findElement(node.children, name);
    if (inner) return inner;
  }
  return undefined;
}
