/**
 * Straightening a scanned page: the turn that makes its text rows and table rules horizontal is
 * the one whose row profile of dark pixels is sharpest (a projection profile search). A scan is
 * rarely off by more than a few degrees; the detector boxes axis-aligned text best once it is
 * straight, and the boxes' y then says which table row a number is in.
 */
import { resize, rotate, type GrayImage } from './gray-image';

/** Darker than this is ink. */
const INK = 140;

/** The dark pixels of a page shrunk to about 800 px wide, relative to its centre. */
function inkPoints(page: GrayImage): { xs: Float64Array; ys: Float64Array; scale: number } {
  const scale = Math.min(1, 800 / page.width);
  const small =
    scale < 1
      ? resize(page, Math.round(page.width * scale), Math.round(page.height * scale))
      : page;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < small.height; y++) {
    for (let x = 0; x < small.width; x++) {
      if ((small.data[y * small.width + x] ?? 255) < INK) {
        xs.push(x - small.width / 2);
        ys.push(y - small.height / 2);
      }
    }
  }
  return { xs: Float64Array.from(xs), ys: Float64Array.from(ys), scale };
}

/** How sharp the row profile is after turning the page by `degrees` (sum of squared row counts). */
function sharpness(xs: Float64Array, ys: Float64Array, degrees: number, rows: Int32Array): number {
  rows.fill(0);
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const half = rows.length / 2;
  for (let i = 0; i < xs.length; i++) {
    // Where rotate() puts this ink pixel: y' = cos·y − sin·x about the centre.
    const row = Math.round(cos * (ys[i] ?? 0) - sin * (xs[i] ?? 0) + half);
    if (row >= 0 && row < rows.length) rows[row] = (rows[row] ?? 0) + 1;
  }
  let sum = 0;
  for (const n of rows) sum += n * n;
  return sum;
}

/** The turn in degrees (within ±`range`) that straightens the page: pass it to rotate(). */
export function skewAngle(page: GrayImage, range = 4): number {
  const { xs, ys } = inkPoints(page);
  if (xs.length < 100) return 0;
  const rows = new Int32Array(Math.ceil(Math.hypot(page.width, page.height)) + 2);
  let best = 0;
  let bestScore = -1;
  const search = (from: number, to: number, step: number) => {
    for (let a = from; a <= to + 1e-9; a += step) {
      const score = sharpness(xs, ys, a, rows);
      if (score > bestScore) [best, bestScore] = [a, score];
    }
  };
  search(-range, range, 0.25);
  const coarse = best;
  search(coarse - 0.25, coarse + 0.25, 0.05);
  return Math.abs(best) < 0.05 ? 0 : Math.round(best * 100) / 100;
}

/** The page straightened, and the turn that did it. */
export function straighten(page: GrayImage): { page: GrayImage; degrees: number } {
  const degrees = skewAngle(page);
  return { page: rotate(page, degrees), degrees };
}
