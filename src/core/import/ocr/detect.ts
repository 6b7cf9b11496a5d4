/**
 * PP-OCR text detection (DB, "differentiable binarisation") around a model run given by the
 * caller: the page becomes the model's input tensor, and the probability map it returns becomes
 * text boxes in page pixels. The page is fed whole at its own size (rounded to the model's stride
 * of 32): at ~150 dpi that keeps one-digit cells large enough to be found, where a size cap lost
 * them.
 */
import { resize, type GrayImage } from './gray-image';

/** A text box in page pixels. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  /** The detector's mean probability over the box's region. */
  readonly score: number;
}

/** A tensor for a model: NCHW float data and its dims. */
export interface Tensor {
  readonly data: Float32Array;
  readonly dims: readonly number[];
}

/** ImageNet normalisation, as PP-OCR's detector was trained. */
const MEAN = [0.485, 0.456, 0.406] as const;
const STD = [0.229, 0.224, 0.225] as const;

/** The detector's input for a page, and the page's scale in it. */
export function detectionInput(
  page: GrayImage,
  maxSide = 2400,
): { tensor: Tensor; sx: number; sy: number } {
  const fit = Math.min(1, maxSide / Math.max(page.width, page.height));
  const width = Math.max(32, Math.round((page.width * fit) / 32) * 32);
  const height = Math.max(32, Math.round((page.height * fit) / 32) * 32);
  const scaled = resize(page, width, height);
  const plane = width * height;
  const data = new Float32Array(3 * plane);
  for (let i = 0; i < plane; i++) {
    const v = (scaled.data[i] ?? 255) / 255;
    for (let c = 0; c < 3; c++) data[c * plane + i] = (v - (MEAN[c] ?? 0)) / (STD[c] ?? 1);
  }
  return {
    tensor: { data, dims: [1, 3, height, width] },
    sx: page.width / width,
    sy: page.height / height,
  };
}

/** Options of the box search (PP-OCR's defaults). */
export interface BoxOptions {
  readonly threshold?: number;
  readonly boxThreshold?: number;
  readonly unclip?: number;
}

/**
 * Text boxes from the probability map: each 4-connected region above `threshold` whose mean
 * probability passes `boxThreshold`, grown by DB's unclip distance (area × ratio ÷ perimeter, the
 * shrink the model was trained to undo), mapped back to page pixels by the input's scale.
 */
export function boxesFromMap(
  map: Float32Array,
  width: number,
  height: number,
  scale: { sx: number; sy: number },
  options: BoxOptions = {},
): Box[] {
  const { threshold = 0.3, boxThreshold = 0.5, unclip = 1.6 } = options;
  const label = new Int32Array(width * height);
  const stack: number[] = [];
  const boxes: Box[] = [];
  let next = 0;
  for (let start = 0; start < map.length; start++) {
    if (label[start] !== 0 || (map[start] ?? 0) <= threshold) continue;
    next++;
    label[start] = next;
    stack.push(start);
    let [left, right, top, bottom, sum, count] = [width, -1, height, -1, 0, 0];
    while (stack.length > 0) {
      const i = stack.pop() ?? 0;
      const x = i % width;
      const y = (i - x) / width;
      [left, right, top, bottom] = [
        Math.min(left, x),
        Math.max(right, x),
        Math.min(top, y),
        Math.max(bottom, y),
      ];
      sum += map[i] ?? 0;
      count++;
      for (const j of [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, i - width, i + width]) {
        if (j >= 0 && j < map.length && label[j] === 0 && (map[j] ?? 0) > threshold) {
          label[j] = next;
          stack.push(j);
        }
      }
    }
    const w = right - left + 1;
    const h = bottom - top + 1;
    if (Math.min(w, h) < 2 || sum / count < boxThreshold) continue;
    const grow = (w * h * unclip) / (2 * (w + h));
    boxes.push({
      left: Math.max(0, (left - grow) * scale.sx),
      top: Math.max(0, (top - grow) * scale.sy),
      right: (right + 1 + grow) * scale.sx,
      bottom: (bottom + 1 + grow) * scale.sy,
      score: sum / count,
    });
  }
  return boxes;
}
