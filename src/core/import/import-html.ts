/** Reading a report from a web page saved from a browser (or HTML from the clipboard). */
import { declaredCharset, decodeAs, isUtf8 } from './source/decode';
import { htmlToText } from './source/html-text';
import type { ImportOptions, ImportResult } from './import-result';
import { importText } from './import-text';
import { checkFileSize, checkTextLength, limitFailure } from './limits';

/** The text of HTML bytes: the charset the page declares, else UTF-8 if valid, else GBK. */
export function decodeHtml(bytes: Uint8Array): string {
  const declared = declaredCharset(bytes);
  if (declared && !(declared === 'utf-8' && !isUtf8(bytes))) return decodeAs(bytes, declared);
  return decodeAs(bytes, isUtf8(bytes) ? 'utf-8' : 'gb18030');
}

/** Read a report from an HTML page (text or bytes in any declared encoding). */
export function importHtml(html: string | Uint8Array, options: ImportOptions = {}): ImportResult {
  try {
    checkFileSize(html.length, true);
    const body = htmlToText(typeof html === 'string' ? html : decodeHtml(html));
    checkTextLength(body);
    return importText(body, options, 'html');
  } catch (error) {
    return limitFailure(error);
  }
}
