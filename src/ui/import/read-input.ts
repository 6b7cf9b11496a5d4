/**
 * Reading a report from what the user gives the page — a file of any supported kind, or pasted
 * text or web content — in a Web Worker (import-worker.ts), so the tab stays responsive; the
 * import can be cancelled and is stopped if it runs too long.
 */
import type { ImportResult } from '../../core/import';
import { IMPORT_SOURCE, type ImportRequest, type ImportResponse } from './import-protocol';

/** File kinds the import accepts (the file picker's filter). */
export const ACCEPT = '.json,.txt,.docx,.html,.htm,.pdf';

/** The longest an import may take before the page stops it (the importers stop far sooner). */
export const IMPORT_TIMEOUT_MS = 45_000;

/** A running import: its result (undefined when cancelled) and a way to cancel it. */
export interface ImportJob {
  readonly result: Promise<ImportResult | undefined>;
  cancel(): void;
}

function start(request: ImportRequest): ImportJob {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  let finish: (result: ImportResult | undefined) => void = () => undefined;
  const result = new Promise<ImportResult | undefined>((resolve) => {
    finish = (value) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(value);
    };
  });
  const timer = setTimeout(() => {
    finish({
      ok: false,
      message: `读取超过 ${IMPORT_TIMEOUT_MS / 1000} 秒仍未完成，已停止（文件可能过大或已损坏）。`,
    });
  }, IMPORT_TIMEOUT_MS);
  worker.onmessage = (event: MessageEvent<ImportResponse | { source?: undefined }>) => {
    const data = event.data;
    if (data.source !== IMPORT_SOURCE) return;
    finish('result' in data ? data.result : { ok: false, message: `读取时出错：${data.error}` });
  };
  // The worker itself failed: it could not load, or the file ran it out of memory.
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ ok: false, message: '读取时出错：文件可能过大或已损坏，无法读取。' });
  };
  worker.postMessage(request);
  return {
    result,
    cancel: () => {
      finish(undefined);
    },
  };
}

/** Where the built page serves pdfjs's CJK CMaps (see vite.config.ts). */
const cMapUrl = () => new URL('cmaps/', document.baseURI).href;

export function importFile(file: File): ImportJob {
  return start({ kind: 'file', file, cMapUrl: cMapUrl() });
}

/** Pasted content: a copied web page keeps its tables as HTML, anything else is text. */
export function importPasted(text: string, html: string | undefined): ImportJob {
  return start({ kind: 'paste', text, html });
}
