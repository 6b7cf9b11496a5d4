/**
 * pdfjs's worker code for the CLI's own thread, without building font files that nothing here
 * can draw with.
 *
 * For each embedded Type 1 font (LibreOffice embeds its CJK fonts so, a few per report) pdfjs
 * compiles the glyph programs into a CFF font and wraps it in an OpenType file, which the page
 * hands to the browser's FontFace to draw text. Reading needs none of it: the text, widths and
 * encodings come from the parsing before, which is left as it is. In Node there is no FontFace,
 * so when a document is opened with `disableFontFace: false` (the importer's text reading, whose
 * fonts are also left unloaded on pdfjs's API side) that file can never be used — yet building it
 * was about a fifth of a PDF's read. With `disableFontFace` true (pdfjs's Node default, which the
 * OCR path's rendering uses) glyphs are drawn from the file, so it is built as before.
 *
 * pdfjs has no option for this, so its module text gets two small edits as it loads, each
 * checked to match exactly once; should a later pdfjs not match, the module loads unchanged
 * (slower, same reading). The readings with and without are byte-identical on every PDF fixture,
 * 200 corpus PDFs and the bench's PDF (scripts/pdf-readings.ts).
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
