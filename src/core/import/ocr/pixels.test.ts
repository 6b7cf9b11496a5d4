/** The OCR pipeline's own pixel steps on drawn pages: straightening, rules removed, lone glyphs boxed. */
import { describe, expect, it } from 'vitest';
import { skewAngle } from './deskew';
import { rotate, type GrayImage } from './gray-image';
import { loneGlyphBoxes } from './lone-glyphs';
import { removeRulingLines } from './ruling-lines';

/** A white page with black rectangles. */
function page(width: number, height: number, rects: [number, number, number, number][]): GrayImage {
  const data = new Uint8Array(width * height).fill(255);
  for (const [x, y, w, h] of rects) {
    for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) data[j * width + i] = 0;
  }
  return { width, height, data };
}

/** A ruled table: 6 rows of 5 cells, a "digit" in each cell. */
function table(): GrayImage {
  const rects: [number, number, number, number][] = [];
  for (let r = 0; r <= 6; r++) rects.push([50, 50 + r * 40, 500, 2]);
  for (let c = 0; c <= 5; c++) rects.push([50 + c * 100, 50, 2, 240]);
  for (let r = 0; r < 6; r++)
    for (let c = 0; c < 5; c++) rects.push([95 + c * 100, 60 + r * 40, 8, 18]);
  return page(600, 360, rects);
}

describe('straightening', () => {
  it('finds the turn that undoes a scan’s skew', () => {
    for (const skew of [-1.5, -0.6, 0.8, 1.3]) {
      const turned = rotate(table(), skew);
      expect(Math.abs(skewAngle(turned) + skew)).toBeLessThanOrEqual(0.1);
    }
    expect(skewAngle(table())).toBe(0);
  });
});

describe('removeRulingLines', () => {
  it('paints the rules white and keeps the digits', () => {
    const clean = removeRulingLines(table(), 60);
    const ink = (x: number, y: number) => (clean.data[y * clean.width + x] ?? 255) < 128;
    expect(ink(300, 50)).toBe(false); // a horizontal rule
    expect(ink(150, 100)).toBe(false); // a vertical rule
    expect(ink(99, 70)).toBe(true); // a digit
  });
});

describe('loneGlyphBoxes', () => {
  it('boxes ink no detected box covers, not ink one does, nor a sliver of a rule', () => {
    const image = page(400, 100, [
      [40, 40, 9, 18], // a digit no box covers
      [140, 40, 9, 18], // a digit the detector boxed
      [240, 40, 2, 18], // what is left of a rule
    ]);
    const detected = [{ left: 130, top: 30, right: 160, bottom: 65, score: 0.9 }];
    const boxes = loneGlyphBoxes(image, detected, 28);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]?.left).toBeLessThan(40);
    expect(boxes[0]?.right).toBeGreaterThan(49);
  });
});
