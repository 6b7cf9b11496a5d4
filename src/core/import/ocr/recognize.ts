/**
 * PP-OCR text recognition (CRNN/SVTR with CTC) around a model run given by the caller: a box's
 * crop becomes a 48-pixel-high input, and the model's per-frame class probabilities become text.
 * A box that holds no Chinese is decoded a second time over digits alone, from the same
 * probabilities (no second model run): a table cell's "0" otherwise comes out as "o" or "O".
 */
import { crop, resize, type GrayImage } from './gray-image';
import type { Box, Tensor } from './detect';

/** The recogniser's input height. */
export const REC_HEIGHT = 48;
/** No crop is stretched wider than this (a long paragraph line). */
const MAX_WIDTH = 1600;

/** A box's crop, 48 px high, normalised to −1…1 as PP-OCR's recogniser was trained. */
function lineInput(page: GrayImage, box: Box): { values: Float32Array; width: number } {
  const piece = crop(page, box.left, box.top, box.right - box.left, box.bottom - box.top);
  const width = Math.max(
    8,
    Math.min(MAX_WIDTH, Math.round((piece.width * REC_HEIGHT) / piece.height)),
  );
  const scaled = resize(piece, width, REC_HEIGHT);
  const values = new Float32Array(width * REC_HEIGHT);
  for (let i = 0; i < values.length; i++) values[i] = (scaled.data[i] ?? 255) / 127.5 - 1;
  return { values, width };
}

/** One batch's input: crops side by side in NCHW, each padded to the widest with 0 (grey) as PP-OCR does. */
export function recognitionInput(page: GrayImage, boxes: readonly Box[]): Tensor {
  const lines = boxes.map((b) => lineInput(page, b));
  const width = Math.max(8, ...lines.map((l) => l.width));
  const plane = REC_HEIGHT * width;
  const data = new Float32Array(lines.length * 3 * plane);
  lines.forEach((line, n) => {
    for (let y = 0; y < REC_HEIGHT; y++) {
      const row = line.values.subarray(y * line.width, (y + 1) * line.width);
      for (let c = 0; c < 3; c++) data.set(row, (n * 3 + c) * plane + y * width);
    }
  });
  return { data, dims: [lines.length, 3, REC_HEIGHT, width] };
}

/** The classes of the recogniser: CTC blank, the dictionary's characters, then a space. */
export function recognitionClasses(dictionary: string): string[] {
  const keys = dictionary.split(/\r?\n/).filter((k, i, all) => k !== '' || i < all.length - 1);
  return ['', ...keys, ' '];
}

/** A decoded line: its text and the mean probability of the characters read. */
export interface Reading {
  readonly text: string;
  readonly confidence: number;
}

/**
 * Greedy CTC decoding of frames × classes probabilities. With `allowed`, a frame whose best class
 * is a character takes the likeliest allowed class instead (an "O" frame becomes its likeliest
 * digit), and a blank frame stays blank.
 */
export function ctcDecode(
  probs: Float32Array,
  frames: number,
  classes: readonly string[],
  allowed?: readonly number[],
): Reading {
  const count = classes.length;
  let text = '';
  let sum = 0;
  let n = 0;
  let previous = -1;
  for (let t = 0; t < frames; t++) {
    const base = t * count;
    let best = 0;
    let p = -1;
    for (let c = 0; c < count; c++)
      if ((probs[base + c] ?? 0) > p) [best, p] = [c, probs[base + c] ?? 0];
    if (allowed && best !== 0 && !allowed.includes(best)) {
      // The digit it most likely is; its probability is what the confidence then says.
      p = -1;
      for (const c of allowed)
        if ((probs[base + c] ?? 0) > p) [best, p] = [c, probs[base + c] ?? 0];
    }
    if (best !== 0 && best !== previous) {
      text += classes[best] ?? '';
      sum += p;
      n++;
    }
    previous = best;
  }
  return { text, confidence: n === 0 ? 0 : sum / n };
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Glyphs a digit is misread as. */
const DIGIT_LIKE = /[0-9oOQDlIi|!SsZzBbgqGT.,，。\-—]/g;

/** Whether a line read over the full dictionary is really a number (no Chinese, mostly digit-like glyphs). */
export function looksNumeric(text: string): boolean {
  const trimmed = text.replace(/\s/g, '');
  if (trimmed === '' || CJK.test(trimmed)) return false;
  const like = trimmed.match(DIGIT_LIKE)?.length ?? 0;
  return /\d/.test(trimmed)
    ? like >= trimmed.length * 0.6
    : like === trimmed.length && trimmed.length <= 3;
}

/** The class indices of digits and the marks numbers carry. */
export function digitClasses(classes: readonly string[]): number[] {
  return classes.flatMap((c, i) => (i > 0 && /^[0-9.-]$/.test(c) ? [i] : []));
}

/** Decode one line: over the whole dictionary, and again over digits alone when it reads as a number. */
export function readLine(
  probs: Float32Array,
  frames: number,
  classes: readonly string[],
  digits: readonly number[],
): Reading {
  const full = ctcDecode(probs, frames, classes);
  if (!looksNumeric(full.text)) return full;
  const numeric = ctcDecode(probs, frames, classes, digits);
  return numeric.text === '' ? full : numeric;
}
