/**
 * The importers, run off the page's thread: a file that takes long to read never freezes the
 * tab, and cancelling (or a time-out) simply ends this worker. The page keeps a few of these
 * workers for the next import (start-import.ts), so the importers and pdfjs load once per worker,
 * not once per file; one import at a time runs in each.
 */
import '../platform/csp';
import pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs?url';
import { checkAll } from '../../core';
import {
  IMPORT_SOURCE,
  type ImportReply,
  type ImportRequest,
  type ImportResponse,
} from './import-protocol';
import {
  importDocx,
  importHtml,
  importPdf,
  importText,
  preloadPdfjs,
  type ImportResult,
} from '../../core/import';
import { runImport } from './run-import';
import { warmDocx, warmHtml, warmText } from './warm-inputs';
import warmPdfUrl from './warm-blank-2021.pdf?url';

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

/**
 * pdfjs's code here and its worker beside (that worker compiles 2.3 MB on its own thread): both
 * started at once, in parallel with the rest, and not after the other kinds' warm-up or a PDF's
 * bytes, so a PDF chosen soon after load finds them loading or loaded.
 */
function startPdfjs(): void {
  pdfSetup();
  void preloadPdfjs();
}

/**
 * A blank report printed by LibreOffice, read once: a first real PDF then finds pdfjs's worker
 * started, its font and text code compiled and optimised and its heap grown — a one-line PDF
 * left most of that to the first real file (~400 ms of its pdfjs worker's time, in a trace).
 */
async function warmPdf(cMapUrl: string): Promise<void> {
  const response = await fetch(warmPdfUrl);
  if (!response.ok) return;
  await importPdf(new Uint8Array(await response.arrayBuffer()), { ...pdfSetup(), cMapUrl });
}

/** The rules run once on a warm-up's report, as on every real import's (compiled here too). */
function warmCheck(result: ImportResult): unknown {
  return result.ok && checkAll(result.report, undefined, { provenance: result.provenance });
}

/**
 * The warm-up's steps, one kind each, run one per 'warm' message: the page asks for the next only
 * while the user is not typing (start-import.ts). Undefined until the first; emptied for good by
 * a real import (that file is what the worker is for now).
 */
let warmSteps: (() => unknown)[] | undefined;

function warmPlan(cMapUrl: string): (() => unknown)[] {
  // pdfjs starts loading first (on threads of its own), then the short steps. The PDF goes on in
  // pdfjs's worker and between tasks here, beside a file chosen while it runs. Web pages and Word
  // files are then read twice more: once, their code is compiled but not optimised, and a first
  // real .docx took 250–650 ms here against 160–220 ms after the repeats (load 12).
  return [
    startPdfjs,
    () => importText(warmText()),
    () => warmCheck(importHtml(warmHtml())),
    () => warmCheck(importDocx(warmDocx())),
    () => warmPdf(cMapUrl),
    () => importHtml(warmHtml()),
    () => importDocx(warmDocx()),
    () => importHtml(warmHtml()),
    () => importDocx(warmDocx()),
  ];
}

scope.onmessage = (event) => {
  if (event.data.kind === 'warm') {
    warmSteps ??= warmPlan(event.data.cMapUrl);
    // Not at once: a file chosen meanwhile is queued behind this message, and reading it first
    // drops the warm-up. Nothing but the step count is answered.
    setTimeout(() => {
      const step = warmSteps?.shift();
      if (!step) return;
      try {
        step();
      } catch {
        // A warm-up step that fails only leaves its code colder: the next step goes on.
      }
      scope.postMessage({ source: IMPORT_SOURCE, warmed: true, left: warmSteps?.length ?? 0 });
    });
    return;
  }
  warmSteps = [];
  const request = event.data;
  if (request.kind === 'file' && /\.pdf$/i.test(request.file.name)) startPdfjs();
  runImport(request, pdfSetup).then(
    (result) => {
      // Checked here as the review checks it (with the profile and the provenance), off the
      // page's thread; sent as one string: the page's first structured-clone receive of a deep
      // object took ~30 ms of its thread (12 ms warm); parsing its 16 KB of JSON about 1 ms.
      const reply: ImportReply = result.ok
        ? {
            result,
            findings: checkAll(result.report, undefined, {
              profile: request.profile,
              provenance: result.provenance,
            }),
          }
        : { result };
      scope.postMessage({ source: IMPORT_SOURCE, json: JSON.stringify(reply) });
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      scope.postMessage({ source: IMPORT_SOURCE, error: message });
    },
  );
};
