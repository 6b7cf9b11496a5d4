/** What the page and the import worker say to each other. */
import type { Finding, Profile } from '../../core';
import type { ImportResult } from '../../core/import';

/** A file to read (with where pdfjs finds its CMaps), or pasted text and web content. */
export type ImportRequest =
  | ({ readonly kind: 'file'; readonly file: File; readonly cMapUrl: string } & CheckWith)
  | ({
      readonly kind: 'paste';
      readonly text: string;
      readonly html: string | undefined;
    } & CheckWith)
  /**
   * The warm-up's next step (pdfjs loaded, each importer run once on a small sample), so the first
   * import does not wait for them; the page sends one step at a time, while the user is not busy.
   */
  | { readonly kind: 'warm'; readonly cMapUrl: string };

/** The local requirements (地方要求) in force on the page: the worker checks the report with them. */
interface CheckWith {
  readonly profile?: Profile | undefined;
}

/** What the worker read, and the report's findings as the review shows them (none for a failure). */
export interface ImportReply {
  readonly result: ImportResult;
  readonly findings?: readonly Finding[];
}

/** Marks the import worker's own messages (pdfjs may post on the same scope). */
export const IMPORT_SOURCE = 'gongkai-import';

/**
 * The reply as JSON (an ImportReply is plain data: parsed on the page, one string crosses instead
 * of a deep clone of its objects), or the message of an error the importer threw.
 */
export type ImportResponse = { readonly source: typeof IMPORT_SOURCE } & (
  | { readonly json: string }
  | { readonly error: string }
  /** A warm-up step is done; `left` more remain. */
  | { readonly warmed: true; readonly left: number }
);

/** A running import: its result (undefined when cancelled) and a way to cancel it. */
export interface ImportJob {
  readonly result: Promise<ImportResult | undefined>;
  cancel(): void;
}
