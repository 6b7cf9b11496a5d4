/**
 * Adds the actions a hostile PDF carries to a real one, as an incremental update (what a PDF
 * editor appends when it saves): a document /OpenAction running JavaScript, a document-level
 * script in /Names, a page-open script (/AA /O), and on the first page a link whose action is
 * /Launch (cmd.exe) and one whose action is /URI. The original bytes stay as they are.
 *
 *   npx tsx scripts/pdf-add-actions.ts IN.pdf OUT.pdf
 *
 * Works on PDFs with a classic xref table and uncompressed catalog and page objects (what
 * LibreOffice writes); scripts/make-action-pdfs.sh makes the committed fixtures with it.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: pdf-add-actions IN.pdf OUT.pdf');

const bytes = readFileSync(input);
// latin1 maps each byte to one character: string offsets are byte offsets.
const text = bytes.toString('latin1');

const trailer = text.slice(text.lastIndexOf('trailer'));
const number = (re: RegExp, where: string) => {
  const n = re.exec(where)?.[1];
  if (n === undefined) throw new Error(`not found: ${String(re)}`);
  return Number(n);
};
const root = number(/\/Root (\d+) 0 R/, trailer);
const size = number(/\/Size (\d+)/, trailer);
const previous = number(/startxref\s+(\d+)\s+%%EOF\s*$/, text);

/** The dictionary text of object `n` (its last definition in the file). */
function dictionary(n: number): string {
  const at = text.lastIndexOf(`\n${n} 0 obj`);
  if (at < 0) throw new Error(`object ${n} not found`);
  const body = text.slice(text.indexOf('<<', at), text.indexOf('endobj', at)).trim();
  return body.slice(2, body.lastIndexOf('>>'));
}

const catalog = dictionary(root);
const pages = number(/\/Pages (\d+) 0 R/, catalog);
const firstPage = number(/\/Kids\s*\[\s*(\d+) 0 R/, dictionary(pages));
const page = dictionary(firstPage);

const script = (js: string) => `<</Type/Action/S/JavaScript/JS(${js})>>`;
const n = { open: size, names: size + 1, launch: size + 2, uri: size + 3, annots: size + 4 };
const objects: [number, string][] = [
  [
    n.open,
    script("app.alert\\('OpenAction ran'\\); this.exportDataObject\\({cName: 'x', nLaunch: 2}\\);"),
  ],
  [n.names, `<</Names[(init) ${script("app.launchURL\\('http://example.invalid/doc'\\);")}]>>`],
  [
    n.launch,
    '<</Type/Action/S/Launch/F(cmd.exe)/Win<</F(cmd.exe)/P(/c calc.exe)/O(open)>>/NewWindow true>>',
  ],
  [n.uri, '<</Type/Action/S/URI/URI(http://example.invalid/track)>>'],
  [
    n.annots,
    `[<</Type/Annot/Subtype/Link/Rect[0 0 595 842]/Border[0 0 0]/A ${n.launch} 0 R>> ` +
      `<</Type/Annot/Subtype/Link/Rect[0 0 100 100]/Border[0 0 0]/A ${n.uri} 0 R>>]`,
  ],
  [
    root,
    `<<${catalog.replace(/\/OpenAction\s*\[[^\]]*\]/, '')}/OpenAction ${n.open} 0 R` +
      `/Names<</JavaScript ${n.names} 0 R>>/AA<</WC ${script("app.alert\\('closing'\\);")}>>>>`,
  ],
  [
    firstPage,
    `<<${page.replace(/\/Annots\s*(\[[^\]]*\]|\d+ 0 R)/, '')}/Annots ${n.annots} 0 R` +
      `/AA<</O ${script("app.alert\\('page opened'\\);")}>>>>`,
  ],
];

let update = '\n';
const offsets = new Map<number, number>();
for (const [id, body] of objects) {
  offsets.set(id, bytes.length + Buffer.byteLength(update, 'latin1'));
  update += `${id} 0 obj\n${body}\nendobj\n`;
}
// The document's /Info and /ID go on as they were.
const kept = [/\/Info \d+ 0 R/, /\/ID\s*\[[^\]]*\]/]
  .map((re) => re.exec(trailer)?.[0] ?? '')
  .join('');
const xrefAt = bytes.length + Buffer.byteLength(update, 'latin1');
const entry = (offset: number) => `${String(offset).padStart(10, '0')} 00000 n \n`;
update += 'xref\n';
for (const id of [...offsets.keys()].sort((a, b) => a - b)) {
  update += `${id} 1\n${entry(offsets.get(id) ?? 0)}`;
}
update +=
  `trailer\n<</Size ${n.annots + 1}/Root ${root} 0 R/Prev ${previous}${kept}>>\n` +
  `startxref\n${xrefAt}\n%%EOF\n`;
writeFileSync(output, Buffer.concat([bytes, Buffer.from(update, 'latin1')]));
