/**
 * The importers, run off the page's thread: a file that takes long to read never freezes the
 * tab, and cancelling (or a time-out) simply ends this worker. The page keeps a few of these
 * workers for the next import (start-import.ts), so the importers and pdfjs load once per worker,
 * not once per file; one import at a time runs in each.
 */
import '../platform/csp';
import pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs?url';
import { IMPORT_SOURCE, type ImportRequest, type ImportResponse } from './import-protocol';
import { importPdf } from '../../core/import';
import { runImport } from './run-import';
import { warmPdf } from './warm-pdf';

/**
 * pdfjs's own worker, nested in this one: started for the first PDF and kept for the next ones
 * (pdfjs reads one document after another through the same port), ended with this worker.
 */
let pdfPort: Worker | undefined;
const pdfSetup = () => ({ workerPort: (pdfPort ??= new Worker(pdfWorker, { type: 'module' })) });

const scope = self as unknown as {
  onmessage: (event: MessageEvent<ImportRequest>) => void;
  postMessage: (message: ImportResponse) => void;
};

scope.onmessage = (event) => {
  if (event.data.kind === 'warm') {
    // Nothing is answered: the next import finds pdfjs ready (a file chosen while this runs is
    // read alongside it; pdfjs's worker serves both documents).
    void importPdf(warmPdf(), { ...pdfSetup(), cMapUrl: event.data.cMapUrl });
    return;
  }
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
