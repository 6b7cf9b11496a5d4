import { readFileSync, writeFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { grayFromRgba } from './src/core/ocr/gray-image';
import { straighten } from './src/core/ocr/deskew';
import { removeRulingLines } from './src/core/ocr/ruling-lines';
const img = await loadImage(readFileSync(process.argv[2]!));
const c = createCanvas(img.width, img.height); const ctx = c.getContext('2d'); ctx.drawImage(img, 0, 0);
const g = grayFromRgba(ctx.getImageData(0, 0, img.width, img.height).data, img.width, img.height);
const { page, degrees } = straighten(g); console.log(degrees);
const clean = removeRulingLines(page, 60);
const out = createCanvas(page.width, page.height); const o = out.getContext('2d'); const id = o.createImageData(page.width, page.height);
for (let i = 0; i < clean.data.length; i++) { const v = clean.data[i]!; id.data.set([v, v, v, 255], i * 4); }
o.putImageData(id, 0, 0); writeFileSync('/tmp/i27-spike/clean.png', out.toBuffer('image/png'));
