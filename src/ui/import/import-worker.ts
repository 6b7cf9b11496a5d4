/**
 * The importers, run off the page's thread: a file that takes long to read never freezes the
 * tab, and cancelling (or a time-out) simply ends this worker. One worker per import, so a file
 * that used a lot of memory gives all of it back.
 */
import '../csp';
import pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs?url';
import { importAny, importHtml, importText, type ImportResult } from '../../core/import';
import { checkFileSize, checkTextLength, limitFailure } from '../../core/import/limits';
import { IMPORT_SOURCE, type ImportRequest, type ImportResponse } from './import-protocol';

/** pdfjs's own worker, nested in this one (started only for a PDF, ended with this worker). */
function pdfWorkerPort(): Worker {
  return new Worker(pdfWorker, { type: 'module' });
}

async function run(request: ImportRequest): Promise<ImportResult> {
  if (request.kind === 'file') {
    const { file, cMapUrl } = request;
    try {
      // Before reading it into memory: a 2 GB file is refused by its size alone.
      checkFileSize(file.size, false);
    } catch (error) {
      return limitFailure(error);
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    return importAny(file.name, bytes, { workerPort: pdfWorkerPort(), cMapUrl });
  }
  const { text, html } = request;
  if (html && /<table/i.test(html)) return importHtml(html);
  try {
    checkFileSize(text.length, true);
    checkTextLength(text);
  } catch (error) {
    return limitFailure(error);
  }
  return importText(text);
}

const scope = self as unknown as {
  onmessage: (event: MessageEvent<ImportRequest>) => void;
  postMessage: (message: ImportResponse) => void;
};

scope.onmessage = (event) => {
  run(event.data).then(
    (result) => {
      scope.postMessage({ source: IMPORT_SOURCE, result });
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      scope.postMessage({ source: IMPORT_SOURCE, error: message });
    },
  );
};
