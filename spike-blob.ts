import { readFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { grayFromRgba, crop } from './src/core/ocr/gray-image';
import { straighten } from './src/core/ocr/deskew';
import { removeRulingLines } from './src/core/ocr/ruling-lines';
const img = await loadImage(readFileSync(process.argv[2]!));
const c = createCanvas(img.width, img.height); const ctx = c.getContext('2d'); ctx.drawImage(img, 0, 0);
const g = grayFromRgba(ctx.getImageData(0, 0, img.width, img.height).data, img.width, img.height);
const { page } = straighten(g);
const clean = removeRulingLines(page, 60);
const [x, y, w, h] = process.argv.slice(3).map(Number) as [number, number, number, number];
const part = crop(clean, x, y, w, h);
for (let j = 0; j < part.height; j++) { let line = ''; for (let i = 0; i < part.width; i++) { const v = part.data[j * part.width + i]!; line += v < 128 ? '#' : v < 180 ? '+' : v < 230 ? '.' : ' '; } console.log(line); }
