/**
 * Reading a report from a PDF's text layer with pdfjs-dist (loaded on first use, so the page's main
 * bundle stays small). Scanned PDFs have no text layer and get a message saying so.
 */
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFPageProxy, PDFWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadKeepingNatives } from './pdfjs-natives';
import type { ImportOptions, ImportResult, InputKind } from './import-result';
import { importPositioned, type PositionedText } from './import-positioned';
import {
  checkFileSize,
  HANG_GUARD_MS,
  HANG_MESSAGE,
  ImportLimitError,
  ImportTimeoutError,
  limitFailure,
  LIMITS,
  stopImport,
} from './limits';
import type { TextPiece } from './source/pdf-lines';
import {
  paintedPathSegments,
  pathSegments,
  type PaintedPath,
  type PathOps,
  type RuleSegment,
} from './source/pdf-rules';
import type { ScanReader, ScannedFile } from './ocr/ocr-reader';
import { checkPdfStreams, type Inflate } from './source/pdf-streams';

/** Options of importPdf: those of importText and where pdfjs finds its CMaps. */
export interface PdfOptions extends ImportOptions {
  /** Where pdfjs finds the predefined CJK CMaps (a URL in the browser, a directory in Node). */
  readonly cMapUrl?: string;
  /** The pdfjs worker script; the browser needs it (e.g. Vite's `pdf.worker.mjs?url`), Node does not. */
  readonly workerSrc?: string;
  /**
   * A pdfjs worker already started (a `Worker`), for callers that are themselves a worker: left
   * to itself there, pdfjs would load its worker code into the caller's own scope.
   */
  readonly workerPort?: unknown;
  /**
   * pdfjs's `BinaryDataFactory` (a class with `fetch({ kind, filename })`), for a page that cannot
   * fetch the CMaps from cMapUrl — one opened from disk serves them from its own inlined copy.
   */
  readonly binaryDataFactory?: unknown;
  /** A native zlib inflater for the checks on the file's streams (the CLI: Node's zlib). */
  readonly inflate?: Inflate;
  /** Reads scanned pages (the OCR pack); without it a PDF with no text layer is refused. */
  readonly ocr?: ScanReader;
  /** What to load for OCR, said when a scan comes and there is no `ocr`. */
  readonly ocrHint?: string;
}

// The core's lib has no DOM or Node types; timers exist in every runtime it runs on.
declare function setTimeout(run: () => void, ms: number): unknown;
declare function clearTimeout(timer: unknown): void;

/**
 * A step of pdfjs, or a stop once the whole read has run past the last-resort clock: the bounds
 * of work are checked before (checkPdfStreams) and while (pages, pieces) pdfjs reads; this only
 * ends a read that waits for something that never comes.
 */
function before<T>(deadline: number, step: Promise<T>): Promise<T> {
  let timer: unknown;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new ImportTimeoutError(HANG_MESSAGE));
    }, deadline - Date.now());
  });
  return Promise.race([step, late]).finally(() => {
    clearTimeout(timer);
  });
}

/** An item of the CLI's pdfjs text content that is not text: a painted path, or the end mark. */
type PathItem =
  (PaintedPath & { readonly type: 'gongkaiPath' }) | { readonly type: 'gongkaiPathsRead' };

const isPath = (item: object): item is PaintedPath => 'type' in item && item.type === 'gongkaiPath';

/** The operators pdf-rules reads, by pdfjs's numbers. */
export function pathOps(ops: Record<string, number>): PathOps {
  const n = (name: string) => ops[name] ?? -1;
  return {
    save: n('save'),
    restore: n('restore'),
    transform: n('transform'),
    constructPath: n('constructPath'),
    paintFormXObjectBegin: n('paintFormXObjectBegin'),
    paintFormXObjectEnd: n('paintFormXObjectEnd'),
    stroking: new Set(
      [
        'stroke',
        'closeStroke',
        'fillStroke',
        'eoFillStroke',
        'closeFillStroke',
        'closeEOFillStroke',
      ].map(n),
    ),
    filling: new Set(['fill', 'eoFill'].map(n)),
  };
}

let sharedWorker: PDFWorker | undefined;

/** pdfjs, loaded once per thread (the import() promise is kept: each call would ask again). */
let pdfjsModule: Promise<typeof PdfJs> | undefined;

function loadPdfjs(): Promise<typeof PdfJs> {
  pdfjsModule ??= loadKeepingNatives(() => import('pdfjs-dist/legacy/build/pdf.mjs'));
  return pdfjsModule;
}

/** Load pdfjs now (a worker getting ready), so the first PDF does not wait for its code. */
export async function preloadPdfjs(): Promise<void> {
  await loadPdfjs();
}

/**
 * Leave the document's fonts unloaded on pdfjs's API side. Each embedded font is otherwise handed
 * to a FontFace (no document here) or, with `disableFontFace`, every glyph drawn is compiled into
 * outline paths and posted across — a fifth of a read (LibreOffice's CJK fonts: ~400 glyphs a
 * report), for drawing that a report's reading never does: it takes the text and the ruling
 * lines. Should a later pdfjs not have this loader, fonts fall back to those paths: slower, same
 * reading.
 */
function leaveFontsUnloaded(task: unknown): void {
  const loader = (task as { _transport?: { fontLoader?: { bind?: unknown } } })._transport
    ?.fontLoader;
  if (loader && typeof loader.bind === 'function') loader.bind = () => Promise.resolve();
}

/**
 * The lines page `n` draws, from its operator list (any pdfjs). Annotations are left out: their
 * appearances are no part of the page's tables, and getTextContent (the CLI's lines) never sees
 * them.
 */
export async function operatorListSegments(
  pdfjs: typeof PdfJs,
  page: PDFPageProxy,
  n: number,
  ops = pathOps(pdfjs.OPS),
): Promise<RuleSegment[]> {
  const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  return pathSegments(n, list.fnArray, list.argsArray, ops);
}

/** The text pieces and ruling lines of every page. */
async function textPieces(bytes: Uint8Array, options: PdfOptions): Promise<PositionedText> {
  const deadline = Date.now() + HANG_GUARD_MS;
  const pdfjs = await loadPdfjs();
  let worker: PDFWorker | undefined;
  if (options.workerSrc) {
    pdfjs.GlobalWorkerOptions.workerSrc = options.workerSrc;
    // One pdfjs worker per thread, kept for the next file: starting one loads and compiles all of
    // pdfjs's worker code, which a batch of PDFs did once per file.
    if (!sharedWorker || sharedWorker.destroyed) sharedWorker = new pdfjs.PDFWorker();
    worker = sharedWorker;
  }
  if (options.workerPort)
    pdfjs.GlobalWorkerOptions.workerPort =
      options.workerPort as typeof pdfjs.GlobalWorkerOptions.workerPort;
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of the buffer it is given; a copy keeps the caller's bytes intact.
    data: bytes.slice(),
    isEvalSupported: false,
    // With the loader left idle (leaveFontsUnloaded), no glyph outlines are built either.
    disableFontFace: false,
    useSystemFonts: false,
    verbosity: 0,
    ...(options.cMapUrl ? { cMapUrl: options.cMapUrl, cMapPacked: true } : {}),
    // With a worker of its own (the page), pdfjs's worker fetches the CMaps: pdfjs's other way
    // reads document.baseURI, which a Web Worker does not have.
    useWorkerFetch: options.workerPort !== undefined,
    ...(options.binaryDataFactory ? { BinaryDataFactory: options.binaryDataFactory } : {}),
    // A worker given is not ended with the document (task.destroy below ends only its own).
    ...(worker ? { worker } : {}),
  });
  const pieces: TextPiece[] = [];
  const rules: RuleSegment[] = [];
  const ops = pathOps(pdfjs.OPS);
  try {
    const document = await before(deadline, task.promise);
    leaveFontsUnloaded(task);
    if (document.numPages > LIMITS.pdfPages) {
      stopImport(
        `这个 PDF 有 ${document.numPages} 页，超过 ${LIMITS.pdfPages} 页的上限，不像是一份年度报告。`,
      );
    }
    for (let n = 1; n <= document.numPages; n++) {
      const page = await before(deadline, document.getPage(n));
      const content = await before(deadline, page.getTextContent());
      const items = content.items as readonly ((typeof content.items)[number] | PathItem)[];
      const paths: PaintedPath[] = [];
      for (const item of items) {
        if ('str' in item) {
          if (pieces.length >= LIMITS.pdfPieces) {
            stopImport('这个 PDF 中的文字片段过多，不像是一份年度报告，已停止读取。');
          }
          const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
          pieces.push({
            page: n,
            text: item.str,
            x,
            y,
            width: item.width,
            size: Math.hypot(a, b) || item.height,
          });
        } else if (isPath(item)) paths.push(item);
      }
      // The lines drawn (table borders): a ruled table is read as a grid. The CLI's pdfjs puts
      // them among the text items (src/cli/pdfjs-text-worker.ts) and says so with the last item;
      // any other pdfjs is asked for the page's operators.
      const last = items.at(-1);
      if (last && 'type' in last && last.type === 'gongkaiPathsRead') {
        rules.push(...paintedPathSegments(n, paths, ops));
      } else {
        rules.push(...(await before(deadline, operatorListSegments(pdfjs, page, n, ops))));
      }
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  return { pieces, rules };
}

/** Read a report from PDF bytes. */
export async function importPdf(
  bytes: Uint8Array,
  options: PdfOptions = {},
): Promise<ImportResult> {
  let text: PositionedText;
  try {
    checkFileSize(bytes.length, false);
    checkPdfStreams(bytes, options.inflate);
    text = await textPieces(bytes, options);
  } catch (error) {
    if (error instanceof ImportLimitError) return limitFailure(error);
    const why =
      error instanceof Error && /password/i.test(error.message)
        ? '文件有密码保护'
        : '文件已损坏或不是 PDF';
    return { ok: false, message: `无法读取这个 PDF（${why}）。` };
  }
  if (!text.pieces.some((p) => p.text.trim() !== '')) {
    if (options.ocr) return readScanned({ kind: 'pdf', bytes }, options, 'pdf');
    return {
      ok: false,
      message:
        '这个 PDF 没有可提取的文字（可能是扫描件或图片），无法读取。请使用有文字层的 PDF，或导入 Word、网页或文本格式的报告。' +
        (options.ocrHint ?? ''),
      scanned: true,
    };
  }
  return importPositioned(text, options, 'pdf');
}

/** The positioned text of a PDF (pieces and ruling lines), for tools that keep it (the corpus). */
export async function pdfPositionedText(
  bytes: Uint8Array,
  options: PdfOptions = {},
): Promise<PositionedText> {
  return textPieces(bytes, options);
}

/** Read a scan with the caller's OCR reader; a reader's failure is a message, never a throw. */
export async function readScanned(
  file: ScannedFile,
  options: PdfOptions,
  input: InputKind,
): Promise<ImportResult> {
  if (!options.ocr) {
    return {
      ok: false,
      message: '这是图片，需要 OCR 识别包才能读取。' + (options.ocrHint ?? ''),
      scanned: true,
    };
  }
  try {
    return await options.ocr(file, options, input);
  } catch (error) {
    if (error instanceof ImportLimitError) return { ok: false, message: error.message };
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `OCR 识别失败（${why}）。` };
  }
}
