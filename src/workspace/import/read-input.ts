/**
 * Reading a report from what the user gives the page — a file of any supported kind, or pasted
 * text or web content — in a Web Worker (start-import.ts), so the tab stays responsive; the
 * import can be cancelled and is stopped if it runs too long. The single-file page has no worker
 * and reads on its own thread instead (start-import.single.ts, see vite.single.config.ts).
 */
import type { ImportJob } from './import-protocol';
import { startImport as start, warmImports } from '../platform/start-import';
import { currentProfile } from '../profile/profile-store';

/** File kinds the import accepts (the file picker's filter), from the core's one list. */
export { IMPORT_ACCEPT as ACCEPT } from '../../core';

export type { ImportJob } from './import-protocol';
export { keptFindings } from './checked-results';

/** Where the built page serves pdfjs's CJK CMaps (see vite.config.ts). */
const cMapUrl = () => new URL('cmaps/', document.baseURI).href;

/**
 * Get an import worker ready (its code, pdfjs and pdfjs's worker, each importer run once) while
 * the user leaves the page alone, so the first file chosen is read as fast as the next ones. Once
 * a page: later calls do nothing.
 */
export function warmImportsWhenIdle(): void {
  warmImports(cMapUrl());
}

export function importFile(file: File): ImportJob {
  return start({ kind: 'file', file, cMapUrl: cMapUrl(), profile: currentProfile()?.profile });
}

/** Pasted content: a copied web page keeps its tables as HTML, anything else is text. */
export function importPasted(text: string, html: string | undefined): ImportJob {
  return start({ kind: 'paste', text, html, profile: currentProfile()?.profile });
}
