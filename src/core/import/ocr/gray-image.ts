/**
 * A page as a grey image (one byte a pixel, 0 black … 255 white) and the few pixel operations the
 * OCR pipeline needs. Grey is enough: scans are grey, and PP-OCR reads a grey page copied into its
 * three colour channels as well as the colour page.
 */

/** A grey image: `data[y * width + x]`, 0 black … 255 white. */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** A grey image from RGBA pixels (canvas `ImageData`), with transparency read as white paper. */
export function grayFromRgba(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
): GrayImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < data.length; i++, p += 4) {
    const alpha = (rgba[p + 3] ?? 255) / 255;
    const luma = 0.299 * (rgba[p] ?? 0) + 0.587 * (rgba[p + 1] ?? 0) + 0.114 * (rgba[p + 2] ?? 0);
    data[i] = Math.round(luma * alpha + 255 * (1 - alpha));
  }
  return { width, height, data };
}

/** The pixel at (x, y), white outside the image. */
function at(image: GrayImage, x: number, y: number): number {
  if (x < 0 || y < 0 || x >= image.width || y >= image.height) return 255;
  return image.data[y * image.width + x] ?? 255;
}

/** Bilinear sample at a fractional position. */
function sample(image: GrayImage, x: number, y: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const top = at(image, x0, y0) * (1 - fx) + at(image, x0 + 1, y0) * fx;
  const bottom = at(image, x0, y0 + 1) * (1 - fx) + at(image, x0 + 1, y0 + 1) * fx;
  return top * (1 - fy) + bottom * fy;
}

/** The image scaled to a new size (bilinear; area-averaged when shrinking by more than half). */
export function resize(image: GrayImage, width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height);
  const sx = image.width / width;
  const sy = image.height / height;
  // Shrinking a lot: average a small block so thin strokes do not vanish between samples.
  const steps = Math.max(1, Math.min(4, Math.floor(Math.max(sx, sy))));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let j = 0; j < steps; j++) {
        for (let i = 0; i < steps; i++) {
          sum += sample(
            image,
            (x + (i + 0.5) / steps) * sx - 0.5,
            (y + (j + 0.5) / steps) * sy - 0.5,
          );
        }
      }
      data[y * width + x] = Math.round(sum / (steps * steps));
    }
  }
  return { width, height, data };
}

/** The image turned by `degrees` (counter-clockwise as seen) about its centre, same size, white corners. */
export function rotate(image: GrayImage, degrees: number): GrayImage {
  if (degrees === 0) return image;
  const { width, height } = image;
  const data = new Uint8Array(width * height);
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Where this output pixel comes from in the source (the inverse turn).
      const dx = x - cx;
      const dy = y - cy;
      data[y * width + x] = Math.round(
        sample(image, cx + dx * cos - dy * sin, cy + dx * sin + dy * cos),
      );
    }
  }
  return { width, height, data };
}

/** A rectangle of the image (clamped to it). */
export function crop(
  image: GrayImage,
  left: number,
  top: number,
  width: number,
  height: number,
): GrayImage {
  const x0 = Math.max(0, Math.floor(left));
  const y0 = Math.max(0, Math.floor(top));
  const w = Math.max(1, Math.min(image.width - x0, Math.ceil(width)));
  const h = Math.max(1, Math.min(image.height - y0, Math.ceil(height)));
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const from = (y0 + y) * image.width + x0;
    data.set(image.data.subarray(from, from + w), y * w);
  }
  return { width: w, height: h, data };
}
