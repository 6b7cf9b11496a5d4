/** What the page and the import worker say to each other. */
import type { ImportResult } from '../../core/import';

/** A file to read (with where pdfjs finds its CMaps), or pasted text and web content. */
export type ImportRequest =
  | { readonly kind: 'file'; readonly file: File; readonly cMapUrl: string }
  | { readonly kind: 'paste'; readonly text: string; readonly html: string | undefined }
  /** Load pdfjs and start its worker now, so the first import does not wait for them. */
  | { readonly kind: 'warm'; readonly cMapUrl: string };

/** Marks the import worker's own messages (pdfjs may post on the same scope). */
export const IMPORT_SOURCE = 'gongkai-import';

/**
 * The importer's result as JSON (an ImportResult is plain data: parsed on the page, one string
 * crosses instead of a deep clone of its objects), or the message of an error it threw.
 */
export type ImportResponse = { readonly source: typeof IMPORT_SOURCE } & (
  { readonly json: string } | { readonly error: string }
);

/** A running import: its result (undefined when cancelled) and a way to cancel it. */
export interface ImportJob {
  readonly result: Promise<ImportResult | undefined>;
  cancel(): void;
}
