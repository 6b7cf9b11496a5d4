/** Modules only the single-file build has (vite.single.config.ts): pdfjs's GB CMaps, base64. */
declare module 'virtual:gb-cmaps' {
  const cMaps: Readonly<Record<string, string>>;
  export default cMaps;
}

/** pdfjs's worker code, imported as a module only by the single file (it runs on the page). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
