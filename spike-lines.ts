import { readFileSync } from 'node:fs';
import { nodeOcrReader } from './src/cli/ocr-node';
import { ocrPieces } from './src/core/ocr/ocr-pieces';
import { pdfLines } from './src/core/import/source/pdf-lines';
const ocr = (await nodeOcrReader())!;
const f = process.argv[2]!;
const pages = await ocr({ kind: f.endsWith('.pdf') ? 'pdf' : 'image', bytes: new Uint8Array(readFileSync(f)) });
console.log(pages.map((p) => p.degrees));
console.log(pdfLines(ocrPieces(pages)).join('\n'));
