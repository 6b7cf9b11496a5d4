/**
 * Table rules removed before recognition: a cell's box often reaches the rule beside the number,
 * and the recogniser then reads the rule as a "1" (0 → 10). A rule is a run of ink far longer than
 * any character is tall; only those runs are painted white, so digits that touch a rule keep their
 * own strokes.
 */
import type { GrayImage } from './gray-image';

const INK = 160;

/** Paint white every horizontal or vertical ink run at least `minRun` pixels long (with 1 px of halo). */
export function removeRulingLines(page: GrayImage, minRun: number): GrayImage {
  const { width, height } = page;
  const out = new Uint8Array(page.data);
  const ink = (x: number, y: number) => (page.data[y * width + x] ?? 255) < INK;
  const paint = (x: number, y: number) => {
    if (x >= 0 && y >= 0 && x < width && y < height) out[y * width + x] = 255;
  };
  /** A pixel of a rule with its neighbours across the rule (`dx`, `dy` one apart). */
  const paintAcross = (x: number, y: number, dx: number, dy: number) => {
    paint(x - dx, y - dy);
    paint(x, y);
    paint(x + dx, y + dy);
  };
  for (let y = 0; y < height; y++) {
    let start = -1;
    for (let x = 0; x <= width; x++) {
      if (x < width && ink(x, y)) {
        if (start < 0) start = x;
      } else if (start >= 0) {
        if (x - start >= minRun) for (let i = start; i < x; i++) paintAcross(i, y, 0, 1);
        start = -1;
      }
    }
  }
  for (let x = 0; x < width; x++) {
    let start = -1;
    for (let y = 0; y <= height; y++) {
      if (y < height && ink(x, y)) {
        if (start < 0) start = y;
      } else if (start >= 0) {
        if (y - start >= minRun) for (let j = start; j < y; j++) paintAcross(x, j, 1, 0);
        start = -1;
      }
    }
  }
  return { width, height, data: out };
}
