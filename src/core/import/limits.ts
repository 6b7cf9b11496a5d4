/**
 * Bounds on what an import may cost, so a hostile or broken file (a zip bomb, tens of MB of XML,
 * nesting thousands of levels deep, a PDF with millions of drawing operators) ends within seconds
 * with a clear message instead of freezing the page or running the command line out of memory. A
 * real annual report is a few dozen pages: every bound here is far above that and far below what
 * hurts. The bounds count work — bytes, inflated bytes, nodes, pages, content operators — never
 * elapsed time, so a good file is read however busy the machine is; the one clock left
 * (HANG_GUARD_MS) is a last resort against a reader that hangs.
 */

/** The bounds; exported so tests can build inputs just over each. */
export const LIMITS = {
  /** Any input file (Word and PDF files may carry pictures). */
  fileBytes: 64 * 1024 * 1024,
  /** Text, web page and report file inputs. */
  textFileBytes: 10 * 1024 * 1024,
  /** One XML part of a Word file, inflated (document.xml of a long report is ~1 MB). */
  zipEntryBytes: 8 * 1024 * 1024,
  /** Everything inflated from one Word file. */
  zipTotalBytes: 16 * 1024 * 1024,
  /** The text handed to the text importer (a report is ~20,000 characters). */
  textChars: 1_000_000,
  /** Element nesting of XML (Word) and HTML; browsers themselves flatten HTML past 512. */
  xmlDepth: 256,
  htmlDepth: 512,
  /** Elements of a web page (a saved report page has a few thousand). */
  htmlElements: 200_000,
  /** Nesting of a report file's JSON (the format itself is 3 levels deep). */
  jsonDepth: 64,
  /** Cells of a report file: a format has ~200; unknown ones are kept, but not without bound. */
  reportCells: 10_000,
  /** Table cells after merged cells are expanded (the statutory tables have ~300). */
  tableCells: 200_000,
  /** PDF pages, inflated stream bytes and text pieces. */
  pdfPages: 300,
  pdfStreamBytes: 128 * 1024 * 1024,
  /** Page content among them (a long report has ~2 MB; pdfjs reads ~2 MB a second of it). */
  pdfContentBytes: 16 * 1024 * 1024,
  /**
   * Operators in the page and form content (what pdfjs's reading time follows: ~2–3 µs each on
   * one core). A LibreOffice or Word report has a few thousand a page; 300 such pages stay far
   * below this, which pdfjs reads in a few seconds.
   */
  pdfOperators: 2_000_000,
  pdfPieces: 500_000,
} as const;

/**
 * The last-resort clock: an import still running after this long is stopped as hung. It bounds
 * no work (the bounds above do that); a batch that sees a file stopped by it tries that file once
 * more on its own, once the rest of the batch is done, before it reports the file unreadable.
 */
export const HANG_GUARD_MS = 120_000;

/** An import stopped at one of the bounds; its message is for the user, in Chinese. */
export class ImportLimitError extends Error {
  override readonly name = 'ImportLimitError';
}

/** An import stopped by the last-resort clock (HANG_GUARD_MS), not by a bound of work. */
export class ImportTimeoutError extends ImportLimitError {}

/** The user's message for a file stopped by the last-resort clock. */
export const HANG_MESSAGE = `读取这个文件超过 ${HANG_GUARD_MS / 1000} 秒仍未完成（文件结构异常，或电脑过于繁忙），已停止读取。`;

/** Stop the import with a message for the user. */
export function stopImport(message: string): never {
  throw new ImportLimitError(message);
}

/** A byte count as people read it: "12.3 MB", "850 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The input may be read at all: its size (bytes, or characters when pasted) is within bounds. */
export function checkFileSize(size: number, textLike: boolean): void {
  const limit = textLike ? LIMITS.textFileBytes : LIMITS.fileBytes;
  if (size <= limit) return;
  stopImport(
    `文件过大（${formatBytes(size)}），超过此类文件 ${formatBytes(limit)} 的上限。` +
      '年度报告通常只有几百 KB，请确认选择的是报告文件。',
  );
}

/**
 * An import's failure for the user when it stopped at a bound (marked `timedOut` when the clock
 * stopped it); anything else is thrown on.
 */
export function limitFailure(error: unknown): { ok: false; message: string; timedOut?: true } {
  if (error instanceof ImportTimeoutError)
    return { ok: false, message: error.message, timedOut: true };
  if (error instanceof ImportLimitError) return { ok: false, message: error.message };
  throw error;
}

/** The extracted text is short enough to be a report. */
export function checkTextLength(text: string): void {
  if (text.length <= LIMITS.textChars) return;
  stopImport(
    `文件中的文字过多（约 ${Math.round(text.length / 10_000)} 万字，上限 ${LIMITS.textChars / 10_000} 万字），` +
      '不像是一份年度报告，已停止读取。',
  );
}

/**
 * How deep a JSON text nests, counted on the text before it is parsed (brackets inside strings
 * do not count), so a file nested 100,000 levels is refused without building it.
 */
export function jsonDepth(json: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}
