/**
 * Starting an import on the page's own thread, for the single-file page (vite.single.config.ts
 * puts this module in place of start-import.ts): a page opened from disk (file://) cannot start a
 * Web Worker from a file of its own. The importers and pdfjs are inlined into the page and run
 * here; the page is busy while a large file is read, and 取消 only discards the result.
 */
import { loadKeepingNatives, type ImportResult } from '../../core/import';
import type { ImportJob, ImportRequest } from '../import/import-protocol';

/**
 * pdfjs's CJK CMaps for Simplified Chinese (the GB families, ~0.4 MB), inlined: a page on file://
 * cannot fetch files beside it (vite.single.config.ts makes virtual:gb-cmaps). PDFs in other CJK encodings still read when their fonts are
 * embedded, as almost all are.
 */
async function cMap(filename: string): Promise<Uint8Array | undefined> {
  const { default: cMaps } = await import('virtual:gb-cmaps');
  const base64 = cMaps[filename];
  return base64 === undefined ? undefined : Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** pdfjs's BinaryDataFactory, serving the inlined CMaps. */
class InlinedCMaps {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const data = kind === 'cMapUrl' ? await cMap(filename) : undefined;
    if (!data) throw new Error(`单文件版不含读取这个 PDF 所需的 ${filename}，请改用网页版导入。`);
    return data;
  }
}

/** pdfjs's worker code, run on this thread: pdfjs uses it instead of starting a worker. */
async function mainThreadPdf() {
  const scope = globalThis as { pdfjsWorker?: unknown };
  scope.pdfjsWorker ??= await loadKeepingNatives(
    () => import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
  );
  return { binaryDataFactory: InlinedCMaps };
}

/**
 * Nothing to start ahead here: the importers are inlined, and loading pdfjs's worker code on the
 * page's thread while the clerk types would be the stutter the real page avoids.
 */
export function warmImports(): void {
  return;
}

async function run(request: Exclude<ImportRequest, { kind: 'warm' }>): Promise<ImportResult> {
  try {
    const { runImport } = await import('../import/run-import');
    return await runImport(request, mainThreadPdf);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `读取时出错：${why}` };
  }
}

export function startImport(request: Exclude<ImportRequest, { kind: 'warm' }>): ImportJob {
  let cancel: () => void = () => undefined;
  const cancelled = new Promise<undefined>((resolve) => {
    cancel = () => {
      resolve(undefined);
    };
  });
  return { result: Promise.race([run(request), cancelled]), cancel };
}
