/**
 * Bytes to text for imported files: UTF-8 (with or without BOM), UTF-16 with a BOM, and the
 * GBK/GB2312/GB18030 encodings many Chinese government pages and text files still use.
 */

// The core's lib has no DOM or Node types; TextDecoder exists in every runtime it runs on.
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean },
) => { decode(input: Uint8Array): string };

/** Whether the bytes are valid UTF-8. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decode with a named encoding; GB2312 and GBK are read as GB18030, their superset. */
export function decodeAs(bytes: Uint8Array, encoding: string): string {
  const label = /^(?:gb2312|gbk|gb18030|x-gbk|cp936)$/i.test(encoding) ? 'gb18030' : encoding;
  let decoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes).replace(/^\uFEFF/, '');
}

/** Text of a file: BOM first, then UTF-8 if valid, else GB18030 (a superset of GBK). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes, 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes, 'utf-16be');
  return decodeAs(bytes, isUtf8(bytes) ? 'utf-8' : 'gb18030');
}

/** The charset an HTML page declares in its first bytes (`<meta charset>` or http-equiv). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 4096); i++) head += String.fromCharCode(bytes[i] ?? 0);
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}
