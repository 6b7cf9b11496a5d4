/**
 * Glyphs the detector did not box. PP-OCR's detector often misses a table cell that holds one
 * short glyph ("0", "1"), and a blank where the page prints 0 is a missed number. Once the rules
 * are gone, such a cell is a small blob of ink that no box covers: each group of them becomes a
 * box for the recogniser to read.
 */
import type { Box } from './detect';
import type { GrayImage } from './gray-image';

// Light: a blurred scan leaves thin strokes grey (a "2" at 150–180), and a blob cut in pieces is lost.
const INK = 190;

interface Blob {
  left: number;
  top: number;
  right: number;
  bottom: number;
  pixels: number;
}

/** The 8-connected ink blobs of a page (rules already removed). */
function inkBlobs(page: GrayImage): Blob[] {
  const { width, height, data } = page;
  const seen = new Uint8Array(width * height);
  const blobs: Blob[] = [];
  const stack: number[] = [];
  for (let start = 0; start < data.length; start++) {
    if (seen[start] || (data[start] ?? 255) >= INK) continue;
    seen[start] = 1;
    stack.push(start);
    const blob = { left: width, top: height, right: 0, bottom: 0, pixels: 0 };
    while (stack.length > 0) {
      const i = stack.pop() ?? 0;
      const x = i % width;
      const y = (i - x) / width;
      blob.left = Math.min(blob.left, x);
      blob.right = Math.max(blob.right, x + 1);
      blob.top = Math.min(blob.top, y);
      blob.bottom = Math.max(blob.bottom, y + 1);
      blob.pixels++;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const [nx, ny] = [x + dx, y + dy];
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          const j = ny * width + nx;
          if (!seen[j] && (data[j] ?? 255) < INK) {
            seen[j] = 1;
            stack.push(j);
          }
        }
      }
    }
    blobs.push(blob);
  }
  return blobs;
}

const covered = (blob: Blob, boxes: readonly Box[]) => {
  const cx = (blob.left + blob.right) / 2;
  const cy = (blob.top + blob.bottom) / 2;
  return boxes.some((b) => cx >= b.left && cx <= b.right && cy >= b.top && cy <= b.bottom);
};

/**
 * Boxes around ink no detected box covers: blobs of about a character's height (`body` px, the
 * page's usual box height), grouped with neighbours on the same line, padded as the detector pads.
 */
export function loneGlyphBoxes(page: GrayImage, boxes: readonly Box[], body: number): Box[] {
  const blobs = inkBlobs(page).filter((b) => {
    const h = b.bottom - b.top;
    const w = b.right - b.left;
    // A digit is at least a third of a line high; specks of grain and punctuation are less. A
    // sliver no wider than a rule is what is left of a rule where the scan broke it: read alone,
    // it is a "1" that is not there (even a "1" has a foot wider than that).
    return (
      h >= body * 0.3 &&
      h <= body * 1.2 &&
      w <= body * 1.5 &&
      w >= Math.max(4, body * 0.18) &&
      b.pixels >= 15 &&
      !covered(b, boxes)
    );
  });
  blobs.sort((a, b) => a.left - b.left);
  const groups: Blob[] = [];
  for (const blob of blobs) {
    const near = groups.find(
      (g) =>
        blob.left - g.right < body * 0.4 &&
        blob.left >= g.left &&
        Math.min(g.bottom, blob.bottom) - Math.max(g.top, blob.top) >
          (blob.bottom - blob.top) * 0.5,
    );
    if (near) {
      near.right = Math.max(near.right, blob.right);
      near.top = Math.min(near.top, blob.top);
      near.bottom = Math.max(near.bottom, blob.bottom);
      near.pixels += blob.pixels;
    } else groups.push({ ...blob });
  }
  const pad = body * 0.25;
  return groups.map((g) => ({
    left: Math.max(0, g.left - pad),
    top: Math.max(0, g.top - pad),
    right: Math.min(page.width, g.right + pad),
    bottom: Math.min(page.height, g.bottom + pad),
    score: 0,
  }));
}
