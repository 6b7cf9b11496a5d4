/**
 * Modules only the single-file build has (vite.single.config.ts): pdfjs's GB CMaps, base64. pdfjs's
 * worker module is declared in the core (src/core/import/pdfjs-worker.d.ts).
 */
declare module 'virtual:gb-cmaps' {
  const cMaps: Readonly<Record<string, string>>;
  export default cMaps;
}

/** The pack's OCR screens script (ocr-ui.js) this file allows: its SHA-256 (base64) and version. */
declare module 'virtual:ocr-ui' {
  export const hash: string;
  export const version: string;
}
