/**
 * The OCR worker: the entry of the OCR pack, built apart from the page (vite.ocr-pack.config.ts)
 * with onnxruntime-web, pdfjs and the core's readers inside it. It renders a scan's pages, reads
 * each with PP-OCR and posts progress per page, then the report read from them. No request leaves
 * the machine: the runtime's WebAssembly and the models come from the pack (beside this script,
 * or handed over by the page from IndexedDB), never from a CDN.
 */
import * as ort from 'onnxruntime-web/wasm';
import {
  type GrayImage,
  importScanned,
  type OcrModels,
  type OcrPage,
  readPage,
  type ScannedFile,
} from '../../core/import/ocr';
import {
  OCR_SOURCE,
  PACK_FILES,
  type OcrRequest,
  type OcrResponse,
  type PackFiles,
} from './ocr-protocol';
import { renderScan } from './render-scan';

const scope = self as unknown as {
  onmessage: (event: MessageEvent<OcrRequest>) => void;
  postMessage: (message: OcrResponse) => void;
};

/** A pack file: handed over by the page, else fetched from beside this script (same origin). */
async function packFile(name: string, files: PackFiles | undefined): Promise<ArrayBuffer> {
  const given = files?.[name];
  if (given) return given;
  const response = await fetch(new URL(name, self.location.href));
  if (!response.ok) throw new Error(`OCR 识别包缺少文件 ${name}`);
  return response.arrayBuffer();
}

let models: Promise<OcrModels> | undefined;

async function loadModels(files: PackFiles | undefined): Promise<OcrModels> {
  // One thread (pages are not cross-origin isolated), no proxy worker, and the WebAssembly given
  // as bytes: onnxruntime-web then fetches nothing of its own.
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  ort.env.wasm.wasmBinary = await packFile(PACK_FILES.wasm, files);
  // Never fetched while wasmBinary is set; should the runtime look, it looks at our own file.
  // Only the .wasm: with an .mjs path it would import its glue code instead of the one inlined.
  if (self.location.protocol.startsWith('http')) {
    ort.env.wasm.wasmPaths = { wasm: new URL(PACK_FILES.wasm, self.location.href).href };
  }
  const options = { executionProviders: ['wasm'], graphOptimizationLevel: 'all' } as const;
  const [det, rec, dictionary] = await Promise.all([
    packFile(PACK_FILES.detector, files).then((b) =>
      ort.InferenceSession.create(new Uint8Array(b), options),
    ),
    packFile(PACK_FILES.recognizer, files).then((b) =>
      ort.InferenceSession.create(new Uint8Array(b), options),
    ),
    packFile(PACK_FILES.dictionary, files).then((b) => new TextDecoder().decode(b)),
  ]);
  const run =
    (session: ort.InferenceSession) =>
    async (input: { data: Float32Array; dims: readonly number[] }) => {
      const out = await session.run({
        [session.inputNames[0] ?? 'x']: new ort.Tensor('float32', input.data, input.dims),
      });
      const tensor = out[session.outputNames[0] ?? ''];
      if (!tensor) throw new Error('模型没有输出');
      return { data: tensor.data as Float32Array, dims: tensor.dims };
    };
  return { detect: run(det), recognize: run(rec), dictionary };
}

/** A grey page as a JPEG, to show. */
function jpeg(page: GrayImage): Promise<Blob> {
  const canvas = new OffscreenCanvas(page.width, page.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('无法创建画布');
  const rgba = new ImageData(page.width, page.height);
  for (let i = 0; i < page.data.length; i++) {
    const v = page.data[i] ?? 255;
    rgba.data.set([v, v, v, 255], i * 4);
  }
  context.putImageData(rgba, 0, 0);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
}

async function read(request: OcrRequest): Promise<void> {
  models ??= loadModels(request.files);
  const file: ScannedFile = { kind: request.kind, bytes: new Uint8Array(request.bytes) };
  const images = await renderScan(file);
  const loaded = await models;
  const pages: OcrPage[] = [];
  scope.postMessage({ source: OCR_SOURCE, progress: { done: 0, total: images.length } });
  for (const image of images) {
    pages.push(await readPage(image.page, image.dpi, loaded));
    scope.postMessage({
      source: OCR_SOURCE,
      progress: { done: pages.length, total: images.length },
    });
  }
  const options = request.knownFormat ? { knownFormat: request.knownFormat } : {};
  const result = importScanned(pages, options, request.kind === 'pdf' ? 'pdf' : 'image');
  // The pages as the person confirming the cells sees them, beside the table.
  const shown = await Promise.all(images.map((image) => jpeg(image.page)));
  scope.postMessage({ source: OCR_SOURCE, result, pages: shown });
}

scope.onmessage = (event) => {
  read(event.data).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ source: OCR_SOURCE, error: message });
  });
};
