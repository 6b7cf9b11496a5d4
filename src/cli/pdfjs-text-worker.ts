/**
 * pdfjs's worker code for the CLI's own thread, edited for reading text, which is all the CLI
 * does with a PDF's text layer. pdfjs has no options for these, so its module text gets small
 * edits as it loads, each checked to match exactly once; should a later pdfjs not match, the
 * module loads unchanged (slower, same reading). The readings with and without are
 * byte-identical on every PDF fixture, 200 corpus PDFs and the bench's PDF
 * (scripts/pdf-readings.ts; pdfjs-text-reading.test.ts checks the lines and the inflating).
 *
 * - No font files for drawing. For each embedded Type 1 font (LibreOffice embeds its CJK fonts
 *   so, a few per report) pdfjs compiles the glyph programs into a CFF font and wraps it in an
 *   OpenType file, which the page hands to the browser's FontFace to draw text. Reading needs none
 *   of it: the text, widths and encodings come from the parsing before, which is left as it is.
 *   In Node there is no FontFace, so when a document is opened with `disableFontFace: false` (the
 *   importer's text reading, whose fonts are also left unloaded on pdfjs's API side) that file can
 *   never be used — yet building it was about a fifth of a PDF's read. With `disableFontFace` true
 *   (pdfjs's Node default, which the OCR path's rendering uses) glyphs are drawn from the file, so
 *   it is built as before.
 * - The ruling lines with the text. The importer wants each page's text and the lines it draws
 *   (table borders). Asking for the lines through `getOperatorList` parsed the page a second time
 *   and copied every glyph of it across pdfjs's message port: a fifth of a read. Under the same
 *   condition (`disableFontFace: false`), getTextContent now builds each path as getOperatorList
 *   builds it (pdfjs's own buildPath) and puts it among the text items when it is painted, with
 *   the transformation then in force; its last item says so (import-pdf.ts reads them, and asks
 *   for the operator list of any page without that mark).
 * - Flate streams inflated by Node's zlib in one call, where pdfjs would go through a web
 *   DecompressionStream: its stream machinery cost more than a third of a read. What zlib refuses
 *   goes where a refusing DecompressionStream goes (pdfjs's own inflater).
 * - Saved text states copied without becoming each other's prototypes (V8 slows every access to
 *   an object made a prototype): the same fields, a few ms less a read.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** An exact piece of pdfjs's worker code and what it becomes. */
type Edit = readonly [from: string, to: string];

const EDITS: readonly Edit[] = [
  // Font: whether the document's fonts can be drawn here, for the font programs built below.
  [
    '    this.disableFontFace = evaluatorOptions.disableFontFace;\n',
    '    this.disableFontFace = evaluatorOptions.disableFontFace;\n' +
      '    gongkaiNoDrawing = evaluatorOptions.disableFontFace === false;\n',
  ],
  // Type1Font: the compiled CFF program, used only inside the OpenType file.
  [
    '    this.data = this.wrap(name, type2Charstrings, this.charstrings, subrs, properties);\n',
    '    this.data = gongkaiNoDrawing ? undefined : this.wrap(name, type2Charstrings, this.charstrings, subrs, properties);\n',
  ],
  // Font.convert: everything after the glyph mapping (kept) builds the OpenType file.
  [
    '    const unitsPerEm = properties.fontMatrix ? 1 / Math.max(...properties.fontMatrix.slice(0, 4).map(Math.abs)) : 1000;\n',
    '    if (gongkaiNoDrawing) return undefined;\n' +
      '    const unitsPerEm = properties.fontMatrix ? 1 / Math.max(...properties.fontMatrix.slice(0, 4).map(Math.abs)) : 1000;\n',
  ],
  ['class Type1Font {\n', 'let gongkaiNoDrawing = false;\nclass Type1Font {\n'],
  // getTextContent: a path state of its own (pdfjs's EvalState, as getOperatorList builds paths
  // in), when fonts cannot be drawn (the importer's read).
  [
    '    const timeSlotManager = new TimeSlotManager();\n' +
      '    return new Promise(function promiseBody(resolve, reject) {\n' +
      '      const next = function (promise) {\n' +
      '        enqueueChunk(true);\n',
    '    const timeSlotManager = new TimeSlotManager();\n' +
      '    const gongkaiPaths = this.options.disableFontFace === false ? new EvalState() : null;\n' +
      '    return new Promise(function promiseBody(resolve, reject) {\n' +
      '      const next = function (promise) {\n' +
      '        enqueueChunk(true);\n',
  ],
  // getTextContent: each path built as getOperatorList builds it, and put among the text items
  // when painted, with the transformation then in force.
  [
    '          case OPS.endMarkedContent:\n            flushTextContentItem();\n',
    '          case OPS.moveTo:\n' +
      '          case OPS.lineTo:\n' +
      '          case OPS.curveTo:\n' +
      '          case OPS.curveTo2:\n' +
      '          case OPS.curveTo3:\n' +
      '          case OPS.closePath:\n' +
      '          case OPS.rectangle:\n' +
      '            if (gongkaiPaths) self.buildPath(fn, args, gongkaiPaths);\n' +
      '            break;\n' +
      '          case OPS.stroke:\n' +
      '          case OPS.closeStroke:\n' +
      '          case OPS.fill:\n' +
      '          case OPS.eoFill:\n' +
      '          case OPS.fillStroke:\n' +
      '          case OPS.eoFillStroke:\n' +
      '          case OPS.closeFillStroke:\n' +
      '          case OPS.closeEOFillStroke:\n' +
      '          case OPS.endPath:\n' +
      '            if (gongkaiPaths) {\n' +
      '              const buffer = gongkaiPaths.pathBuffer;\n' +
      '              if (fn === OPS.closeStroke || fn === OPS.closeFillStroke || fn === OPS.closeEOFillStroke) buffer.push(DrawOPS.closePath);\n' +
      '              if (buffer.length > 0) {\n' +
      '                textContent.items.push({ type: "gongkaiPath", op: fn, path: new Float32Array(buffer), ctm: Array.from(stateManager.state.ctm) });\n' +
      '                buffer.length = 0;\n' +
      '                gongkaiPaths.pathMinMax.set([Infinity, Infinity, -Infinity, -Infinity], 0);\n' +
      '              }\n' +
      '            }\n' +
      '            break;\n' +
      '          case OPS.endMarkedContent:\n            flushTextContentItem();\n',
  ],
  // Flate streams inflated by Node's zlib at once, where pdfjs would go through a web
  // DecompressionStream (a few ms a report in stream machinery); whatever zlib refuses goes the
  // way a refusing DecompressionStream goes (pdfjs's own inflater).
  [
    '    const bytes = this.stream.isAsync ? await this.stream.asyncGetBytes() : this.stream.getBytes();\n    try {\n',
    '    const bytes = this.stream.isAsync ? await this.stream.asyncGetBytes() : this.stream.getBytes();\n' +
      '    const gongkaiZlib = name === "deflate" ? globalThis.process?.getBuiltinModule?.("node:zlib") : undefined;\n' +
      '    if (gongkaiZlib) {\n' +
      '      try {\n' +
      '        const out = gongkaiZlib.inflateSync(bytes);\n' +
      '        return { decompressed: new Uint8Array(out.buffer, out.byteOffset, out.byteLength), compressed: bytes };\n' +
      '      } catch {\n' +
      '        return { decompressed: null, compressed: bytes };\n' +
      '      }\n' +
      '    }\n' +
      '    try {\n',
  ],
  // TextState.clone: a copy of every own field, as before, without making each saved state the
  // prototype of the next (V8 then turns each into a prototype, slowing every access to it).
  [
    '    const clone = Object.assign(Object.create(this), this);\n',
    '    const clone = Object.assign(Object.create(TextState.prototype), this);\n',
  ],
  // getTextContent: the last item of the page's own call (not a form's, which pdfjs calls with the
  // references seen so far) says the paths were read, so the reader need not ask for them.
  [
    '      flushTextContentItem();\n      enqueueChunk();\n      resolve();\n',
    '      flushTextContentItem();\n' +
      '      if (gongkaiPaths && prevRefs === null) textContent.items.push({ type: "gongkaiPathsRead" });\n' +
      '      enqueueChunk();\n      resolve();\n',
  ],
];

/** Whether `part` is in `text` exactly once (indexOf: splitting 2 MB of code took ~60 ms). */
function once(text: string, part: string): boolean {
  const at = text.indexOf(part);
  return at >= 0 && text.indexOf(part, at + 1) < 0;
}

/** The worker code with the edits, or undefined when any of them does not match exactly once. */
export function editedWorker(source: string, url: string): string | undefined {
  // Each piece found in the published text, then one join: a replace() per edit copied 2 MB of
  // code each time (~100 ms a thread, with the source map's regular expression).
  const cuts: { at: number; length: number; to: string }[] = [];
  for (const [from, to] of EDITS) {
    if (!once(source, from)) return undefined;
    cuts.push({ at: source.indexOf(from), length: from.length, to });
  }
  // Loaded from a data: URL, the module still sees its own address (its wasm decoders look
  // beside it); the source map is left out, as no stack of it is shown.
  const address = JSON.stringify(url);
  const META = 'import.meta.url';
  for (let at = source.indexOf(META); at >= 0; at = source.indexOf(META, at + META.length)) {
    cuts.push({ at, length: META.length, to: address });
  }
  const MAP = '\n//# sourceMappingURL=';
  const map = source.lastIndexOf(MAP);
  const end = map >= 0 && /^\S+\s*$/.test(source.slice(map + MAP.length)) ? map + 1 : source.length;
  cuts.sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  let done = 0;
  for (const { at, length, to } of cuts) {
    if (at < done || at + length > end) return undefined;
    parts.push(source.slice(done, at), to);
    done = at + length;
  }
  parts.push(source.slice(done, end));
  return parts.join('');
}

/** pdfjs's worker module, edited as above when it matches, else as published. */
export async function loadTextWorker(): Promise<unknown> {
  const require = createRequire(import.meta.url);
  const path = require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const edited = editedWorker(await readFile(path, 'utf8'), pathToFileURL(path).href);
  if (edited === undefined) return import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return import(`data:text/javascript;base64,${Buffer.from(edited).toString('base64')}`);
}
