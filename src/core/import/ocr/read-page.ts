/**
 * One scanned page read: straightened, its text boxes found, its rules removed, each box read.
 * The models run wherever the caller runs them (onnxruntime-node in the CLI, onnxruntime-web in
 * the page's OCR worker); everything else here is plain TypeScript, so both read alike.
 */
import { straighten } from './deskew';
import { boxesFromMap, detectionInput, type Box, type Tensor } from './detect';
import type { GrayImage } from './gray-image';
import { digitClasses, readLine, recognitionClasses, recognitionInput } from './recognize';
import { loneGlyphBoxes } from './lone-glyphs';
import { removeRulingLines } from './ruling-lines';

/** The two PP-OCR models, run by the caller's ONNX runtime. */
export interface OcrModels {
  /** The detector: NCHW page in, [1, 1, H, W] text probability out. */
  readonly detect: (input: Tensor) => Promise<Tensor>;
  /** The recogniser: NCHW lines in, [N, frames, classes] probabilities out. */
  readonly recognize: (input: Tensor) => Promise<Tensor>;
  /** The recogniser's dictionary (ppocr_keys_v1.txt), one character a line. */
  readonly dictionary: string;
}

/** A box and what it reads. */
export interface OcrWord {
  readonly box: Box;
  readonly text: string;
  /** The recogniser's mean character probability, 0…1. */
  readonly confidence: number;
}

/** A page as read: its size in pixels (after straightening), the turn applied, and its words. */
export interface OcrPage {
  readonly width: number;
  readonly height: number;
  readonly dpi: number;
  readonly degrees: number;
  readonly words: readonly OcrWord[];
}

/** Lines are read in batches of similar width, so little of a batch is padding. */
const BATCH = 8;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Read one page image scanned at `dpi`. */
export async function readPage(image: GrayImage, dpi: number, models: OcrModels): Promise<OcrPage> {
  const { page, degrees } = straighten(image);
  // A rule is far longer than a character is tall (about dpi / 7 px at 10.5 pt).
  const clean = removeRulingLines(page, Math.round(dpi * 0.4));
  // The detector sees the rules (they keep neighbouring cells' boxes apart); the recogniser does not.
  const { tensor, sx, sy } = detectionInput(page);
  const map = await models.detect(tensor);
  const [h = 0, w = 0] = map.dims.slice(-2);
  const all = boxesFromMap(map.data, w, h, { sx, sy });
  const body = median(all.map((b) => b.bottom - b.top));
  // A box far lower than a line is a sliver of a glyph the detector half found (a blurred "0"):
  // read alone it comes out as "D" or "国"; the glyph is boxed whole by the pass below instead.
  const found = all.filter((b) => b.bottom - b.top >= body * 0.5);
  const lone = loneGlyphBoxes(clean, found, body);
  const boxes = [...found, ...lone];
  const classes = recognitionClasses(models.dictionary);
  const digits = digitClasses(classes);
  const order = [...boxes].sort(
    (a, b) => (a.right - a.left) / (a.bottom - a.top) - (b.right - b.left) / (b.bottom - b.top),
  );
  const words: OcrWord[] = [];
  for (let i = 0; i < order.length; i += BATCH) {
    const batch = order.slice(i, i + BATCH);
    const out = await models.recognize(recognitionInput(clean, batch));
    const [, frames = 0, count = 0] = out.dims;
    batch.forEach((box, n) => {
      const probs = out.data.subarray(n * frames * count, (n + 1) * frames * count);
      const reading = readLine(probs, frames, classes, digits);
      // Ink the detector passed over is kept only as a number: the glyphs it misses are one-digit
      // cells, and a blot read as a word would be noise in the text.
      const keep = box.score > 0 || /^\d+(\.\d+)?$/.test(reading.text);
      if (reading.text.trim() !== '' && keep) words.push({ box, ...reading });
    });
  }
  words.sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left);
  return { width: page.width, height: page.height, dpi, degrees, words };
}
