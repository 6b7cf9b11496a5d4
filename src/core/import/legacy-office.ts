/**
 * Files of the old Office formats (.doc, .wps, .et, .xls: OLE2 compound files; .rtf) that offices
 * still send. They are not read; the clerk is told, in the program's own words, how to save the
 * file as one that is. A ".doc" that is really a Word 2007 file or a web page (many sites' "导出
 * Word" buttons write HTML under a .doc name) is read as what it is.
 */

export { LEGACY_EXTENSIONS } from './kinds';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether the bytes are an OLE2 compound file (Word 97–2003, WPS, Excel 97–2003, ET). */
export function isOle2(bytes: Uint8Array): boolean {
  return OLE2.every((b, i) => bytes[i] === b);
}

/** Whether the bytes are an RTF document. */
export function isRtf(bytes: Uint8Array): boolean {
  return [0x7b, 0x5c, 0x72, 0x74, 0x66].every((b, i) => bytes[i] === b); // "{\rtf"
}

/** Whether a UTF-16LE stream name occurs in the bytes (a compound file's directory entry). */
function hasStream(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  const limit = Math.min(bytes.length, 8 * 1024 * 1024) - name.length * 2;
  outer: for (let i = 0; i <= limit; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++)
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

type Program = 'word' | 'sheet' | 'slides' | 'unknown';

/** What program made a compound file: its streams say, else the file name's extension. */
function programOf(bytes: Uint8Array, ext: string | undefined): Program {
  if (isOle2(bytes)) {
    if (hasStream(bytes, 'WordDocument')) return 'word';
    if (hasStream(bytes, 'Workbook') || hasStream(bytes, 'Book')) return 'sheet';
    if (hasStream(bytes, 'PowerPoint Document')) return 'slides';
  }
  if (isRtf(bytes)) return 'word';
  if (ext === 'et' || ext === 'xls') return 'sheet';
  return ext === undefined ? 'unknown' : 'word';
}

/**
 * The message for an old-format file: what it is and how to save it as a file this tool reads.
 * `ext` is the file name's extension in lower case, without the dot.
 */
export function legacyOfficeMessage(bytes: Uint8Array, ext?: string): string {
  const named = ext === undefined ? '' : `（.${ext}）`;
  switch (programOf(bytes, ext)) {
    case 'word': {
      const what =
        ext === 'wps' || ext === 'wpt'
          ? ` WPS 文字的旧版文档${named}`
          : isRtf(bytes)
            ? ` RTF 格式的文档${named}`
            : `旧版 Word 文档${ext === undefined ? '（Word 97–2003 格式）' : named}`;
      return `这是${what}，本工具无法直接读取。请用 Word 或 WPS 文字打开它，选择“文件 → 另存为”，保存类型选“Word 文档（*.docx）”（或输出为 PDF），再导入另存的文件。`;
    }
    case 'sheet':
      return `这是 Excel 或 WPS 表格的旧版文件${named}，本工具无法直接读取。请用 Excel 或 WPS 表格打开它，选择“文件 → 另存为”，保存类型选“网页（*.htm）”（或输出为 PDF），再导入另存的文件。`;
    case 'slides':
      return `这是演示文稿${named}，不是年度报告的文档。请导入报告的 Word 文档（.docx）、网页或 PDF。`;
    case 'unknown':
      return `这是旧版 Office 格式的文件${named}（OLE2 复合文档），本工具无法直接读取。请用 Word 或 WPS 打开它并“另存为” Word 文档（*.docx）或 PDF，再导入另存的文件。`;
  }
}
