/**
 * A scan's pages as grey images in a worker: PDF pages rendered by pdfjs onto an OffscreenCanvas
 * at the OCR resolution, a PNG or JPEG decoded by the browser and scaled as an A4 page.
 */
import { grayFromRgba, type GrayImage, OCR_DPI, type ScannedFile } from '../../core/import/ocr';

/** A page and the resolution it is at. */
export interface ScanPage {
  readonly page: GrayImage;
  readonly dpi: number;
}

/** An A4 page is 8.27 inches wide. */
const A4_INCHES = 8.27;
/** No page is read from more than this many pixels a side (a hostile image). */
const MAX_SIDE = 4000;

/** pdfjs's canvases as OffscreenCanvas: a worker has no document to make them in. */
class OffscreenCanvasFactory {
  create(width: number, height: number) {
    const canvas = new OffscreenCanvas(Math.max(1, width), Math.max(1, height));
    return { canvas, context: canvas.getContext('2d') };
  }
  reset(entry: { canvas: OffscreenCanvas }, width: number, height: number) {
    entry.canvas.width = width;
    entry.canvas.height = height;
  }
  destroy(entry: { canvas: OffscreenCanvas | null }) {
    entry.canvas = null;
  }
}

function grey(
  context: OffscreenCanvasRenderingContext2D,
  width: number,
  height: number,
): GrayImage {
  return grayFromRgba(context.getImageData(0, 0, width, height).data, width, height);
}

async function pdfPages(bytes: Uint8Array): Promise<ScanPage[]> {
  const scope = globalThis as { pdfjsWorker?: unknown };
  // pdfjs's worker code runs in this worker: this worker is the one off the page's thread.
  scope.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
    CanvasFactory: OffscreenCanvasFactory,
  });
  const pages: ScanPage[] = [];
  try {
    const document = await task.promise;
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const viewport = page.getViewport({ scale: OCR_DPI / 72 });
      const canvas = new OffscreenCanvas(Math.round(viewport.width), Math.round(viewport.height));
      const context = canvas.getContext('2d');
      if (!context) throw new Error('无法创建画布');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvas: canvas as never, canvasContext: context as never, viewport })
        .promise;
      pages.push({ page: grey(context, canvas.width, canvas.height), dpi: OCR_DPI });
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  return pages;
}

async function imagePage(bytes: Uint8Array): Promise<ScanPage> {
  const bitmap = await createImageBitmap(new Blob([bytes.slice()]));
  const scale = Math.min(
    (OCR_DPI * A4_INCHES) / bitmap.width,
    MAX_SIDE / Math.max(bitmap.width, bitmap.height),
  );
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('无法创建画布');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return { page: grey(context, width, height), dpi: OCR_DPI };
}

/** Every page of a scanned file, ready for readPage. */
export async function renderScan(file: ScannedFile): Promise<ScanPage[]> {
  return file.kind === 'pdf' ? pdfPages(file.bytes) : [await imagePage(file.bytes)];
}
