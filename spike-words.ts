import { readFileSync } from 'node:fs';
import { nodeOcrReader } from './src/cli/ocr-node';
const ocr = (await nodeOcrReader())!;
const f = process.argv[2]!;
const pages = await ocr({ kind: 'image', bytes: new Uint8Array(readFileSync(f)) });
for (const w of pages[0]!.words) if (w.box.top > Number(process.argv[3]) && w.box.top < Number(process.argv[4])) console.log(w.box.left.toFixed(0), w.box.top.toFixed(1), w.box.bottom.toFixed(1), w.text, w.confidence.toFixed(2));
