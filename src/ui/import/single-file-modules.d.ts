/** Modules only the single-file build has: pdfjs's GB CMaps by file name, base64 (vite.single.config.ts). */
declare module 'virtual:gb-cmaps' {
  const cMaps: Readonly<Record<string, string>>;
  export default cMaps;
}

/** pdfjs's worker code, imported as a module only by the single file (it runs on the page). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
