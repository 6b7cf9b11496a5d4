/** Reading an input file into a report: the file system part only; parsing lives in the core. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { CellSource, Report } from '../core';
import type * as Importers from '../core/import';
import type { OcrReader, ScanReader } from '../core/import/ocr';
import { CLI_OCR_HINT } from './ocr-hint';

/** A report read from a file, with the importer's notes, or why it could not be read. */
export type ReadResult =
  | {
      ok: true;
      report: Report;
      /** What the importer decided that a reader should check (empty for report files). */
      notes?: readonly string[];
      /** Source lines the importer could not place in the report. */
      unplaced?: readonly string[];
      /** How each table cell was read (printed, inferred, not found). */
      provenance?: Readonly<Record<string, CellSource>>;
      /** The heading lines of an imported text (OUTLINE). */
      headings?: readonly string[];
    }
  | {
      ok: false;
      message: string;
      /** Stopped by the importer's last-resort clock: a batch tries the file once more, alone. */
      timedOut?: true;
    };

// The importers (fflate, parse5, XML, pdfjs on demand) load on the first file, not at start-up;
// the promise is kept, as each import() call asks tsx's loader thread again.
let loaded: Promise<typeof Importers> | undefined;
const importers = () => (loaded ??= import('../core/import'));

let cMaps: { url: string | undefined } | undefined;

/** pdfjs's predefined CJK CMaps, for PDFs whose fonts are not embedded (looked up once). */
function cMapUrl(): string | undefined {
  cMaps ??= { url: findCMaps() };
  return cMaps.url;
}

function findCMaps(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve('pdfjs-dist/package.json'));
    return join(root, 'cmaps') + sep;
  } catch {
    return undefined;
  }
}

/**
 * Node's zlib for the PDF importer's checks on a file's streams (fflate, in JS, took a tenth of a
 * report's read): the bytes, or undefined past `max`; damaged data throws (the importer then
 * inflates it itself, as far as it goes).
 */
export function inflate(data: Uint8Array, max: number): Uint8Array | undefined {
  try {
    return inflateSync(data, { maxOutputLength: max });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return undefined;
    throw error;
  }
}

let reader: Promise<OcrReader | undefined> | undefined;
let pageListener: (() => void) | undefined;

/** Told after each page of a scan is read (a worker thread tells its pool it is still at work). */
export function onScanPage(listener: (() => void) | undefined): void {
  pageListener = listener;
}

/** Scans are read with the OCR models, loaded on the first scan (optional dependencies). */
const readScan: ScanReader = async (file, options, input) => {
  const [{ nodeOcrReader }, { scanReader }] = await Promise.all([
    import('./ocr-node'),
    import('../core/import/ocr'),
  ]);
  reader ??= nodeOcrReader(() => pageListener?.());
  const ocr = await reader;
  if (!ocr) throw new Error(`未安装 OCR 组件。${CLI_OCR_HINT}`);
  return scanReader(ocr)(file, options, input);
};

/**
 * pdfjs's worker code on this thread, loaded once with the engine's built-ins kept: without it,
 * pdfjs imports that code itself and its polyfills replace Array.prototype.push and JSON.parse
 * for the whole process (see core/import/pdfjs-natives.ts). It builds no font files for drawing
 * when a document's fonts cannot be drawn (pdfjs-text-worker.ts).
 */
async function pdfWorkerHere(keep: typeof Importers.loadKeepingNatives): Promise<void> {
  const scope = globalThis as { pdfjsWorker?: unknown };
  scope.pdfjsWorker ??= await keep(async () =>
    (await import('./pdfjs-text-worker')).loadTextWorker(),
  );
}

/** Read a report from a file of any supported kind; the message says which file and why when it cannot. */
export async function readReport(file: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : '无法读取';
    return { ok: false, message: `${file}：${why}。` };
  }
  const url = cMapUrl();
  let result;
  try {
    const { importAny, inputKind, loadKeepingNatives } = await importers();
    if (inputKind(file, bytes) === 'pdf') await pdfWorkerHere(loadKeepingNatives);
    result = await importAny(file, bytes, {
      ...(url ? { cMapUrl: url } : {}),
      inflate,
      ocr: readScan,
      ocrHint: CLI_OCR_HINT,
    });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${file}：读取时出错（${why}）。` };
  }
  if (!result.ok) {
    const message = `${file}：${result.message}`;
    return result.timedOut ? { ok: false, message, timedOut: true } : { ok: false, message };
  }
  return {
    ok: true,
    report: result.report,
    notes: result.notes,
    unplaced: result.unplaced,
    provenance: result.provenance,
    ...(result.headings ? { headings: result.headings } : {}),
  };
}
