/**
 * Characters XML 1.0 does not allow (C0 controls other than TAB, LF and CR; U+FFFE and U+FFFF;
 * surrogates that are not part of a pair). One of them anywhere makes a .docx unopenable, so
 * every writer removes them from the text it writes and says how many it removed.
 */

/** Anything that may not appear in an XML 1.0 document (the `u` flag sees lone surrogates). */
// eslint-disable-next-line no-control-regex -- matching those controls is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/** The text without the characters XML 1.0 does not allow. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** How many characters XML 1.0 does not allow the text has. */
export function countNotXml(text: string): number {
  return text.match(NOT_XML)?.length ?? 0;
}

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, map));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, map)]));
  }
  return value;
}

/** A value (a report, writer options) with every string in it made safe, and how many went. */
export function xmlSafeValue<T>(value: T): { value: T; removed: number } {
  let removed = 0;
  const clean = mapStrings(value, (text) => {
    removed += countNotXml(text);
    return xmlSafe(text);
  }) as T;
  return { value: clean, removed };
}

/** The note a writer gives when it removed characters, or undefined when there were none. */
export function notXmlNote(removed: number): string | undefined {
  if (removed === 0) return undefined;
  return `注意：报告文字中有 ${removed} 个无法写入文档的控制字符或非字符（如 U+FFFE），导出时已删除。`;
}

/**
 * JSON text made safe for an XML part without losing anything: inside JSON strings (the only
 * place such characters can be) each one becomes its `\uXXXX` escape, which reads back the same.
 */
export function jsonXmlSafe(json: string): string {
  return json.replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
