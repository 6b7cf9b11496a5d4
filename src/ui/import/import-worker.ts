/**
 * The importers, run off the page's thread: a file that takes long to read never freezes the
 * tab, and cancelling (or a time-out) simply ends this worker. One worker per import, so a file
 * that used a lot of memory gives all of it back.
 */
import '../csp';
import pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs?url';
import { IMPORT_SOURCE, type ImportRequest, type ImportResponse } from './import-protocol';
import { runImport } from './run-import';

/** pdfjs's own worker, nested in this one (started only for a PDF, ended with this worker). */
const pdfSetup = () => ({ workerPort: new Worker(pdfWorker, { type: 'module' }) });

const scope = self as unknown as {
  onmessage: (event: MessageEvent<ImportRequest>) => void;
  postMessage: (message: ImportResponse) => void;
};

scope.onmessage = (event) => {
  runImport(event.data, pdfSetup).then(
    (result) => {
      scope.postMessage({ source: IMPORT_SOURCE, result });
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      scope.postMessage({ source: IMPORT_SOURCE, error: message });
    },
  );
};
