/** pdfjs in a review worker: its own worker file, beside the page (the normal build). */
import pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs?url';
import type { PdfOptions } from '../../core/import';

export const pdfOptions = (): PdfOptions => ({ workerSrc: pdfWorker });
