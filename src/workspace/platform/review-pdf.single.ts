/**
 * pdfjs in the single file's review worker (vite.single.config.ts puts this module in place of
 * review-pdf.ts): none. No pdfjs worker file exists beside a page opened from disk, and inlining
 * pdfjs a second time would double the file; PDFs go through read-on-page.ts instead.
 */
import type { PdfOptions } from '../../core/import';

export const pdfOptions = (): PdfOptions | undefined => undefined;
