/**
 * pdfjs's worker code as a module: run on the same thread when no worker is given (the command
 * line; the single-file page on file://).
 */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
