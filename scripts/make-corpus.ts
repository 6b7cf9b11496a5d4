/**
 * Makes the reading corpus of issue 20 with the real tools: N generated published reports
 * (src/testing/corpus) as web pages, each saved by LibreOffice as .docx and as PDF (an office's
 * "save as" of the page), and the PDF's text by pdftotext with and without -layout. The pages and
 * the converter's markdown are made again by the test from the seeds (they are pure); the tools'
 * outputs are committed under src/fixtures/corpus/ (one soffice call per kind for all files).
 * Run: npx tsx scripts/make-corpus.ts [count=200]  (needs soffice and pdftotext); `readings` resumes
 * the PDF readings of a run that stopped, `fixture` only picks the e2e fixture of reading doubts.
 * Run it again whenever the generator (src/testing/corpus) changes.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { checkAll } from '../src/core/check';
import { importText } from '../src/core/import/import-text';
import { pdfPositionedText } from '../src/core/import/import-pdf';
import { corpusCase } from '../src/testing/corpus/corpus-case';
import { corpusBases, corpusSeed } from '../src/testing/corpus/corpus-files';

const fixtureOnly = process.argv[2] === 'fixture';
const count = fixtureOnly ? 0 : Number(process.argv[2] ?? 200);
/** PDFs kept whole, for the test that reads them through the PDF importer itself. */
const KEEP_PDFS = 3;
const out = 'src/fixtures/corpus';

/**
 * The e2e fixture of reading doubts: the default-mode pdftotext of the first corpus report whose
 * import has findings that are reading doubts and none of its own errors.
 */
function doubtsFixture(): void {
  const target = 'src/fixtures/import/corpus-doubts-pdftotext-raw.txt';
  for (const f of readdirSync(out)
    .filter((f) => f.endsWith('.pdf.json.gz'))
    .sort()) {
    const { raw } = JSON.parse(gunzipSync(readFileSync(join(out, f))).toString('utf8')) as {
      raw: string;
    };
    const result = importText(raw);
    if (!result.ok) continue;
    const findings = checkAll(result.report, undefined, { provenance: result.provenance });
    const doubts = findings.filter((x) => x.doubt && x.rule !== 'BLANK_CELL').length;
    const errors = findings.filter((x) => !x.doubt && x.severity === 'error').length;
    if (doubts === 0 || errors > 0) continue;
    writeFileSync(target, raw);
    console.log(`${f} → ${target} (${doubts} reading doubts)`);
    return;
  }
}

// Per report, one gzipped JSON of its PDF's readings: pdftotext with and without -layout, and the
// PDF's positioned text and ruling lines as pdf.js gives them (what the PDF importer reads). The
// PDFs themselves (150 KB each, a CJK font subset) are kept for the first few only. A PDF whose
// readings are already there is skipped (`readings` alone resumes a run that stopped).
async function readings(): Promise<void> {
  const cases = readdirSync(out)
    .filter((f) => f.endsWith('.docx'))
    .sort();
  const keep = new Set(cases.slice(0, KEEP_PDFS).map((f) => f.replace(/\.docx$/, '.pdf')));
  for (const f of readdirSync(out).filter((f) => f.endsWith('.pdf'))) {
    const pdf = join(out, f);
    const gz = pdf.replace(/\.pdf$/, '.pdf.json.gz');
    if (!existsSync(gz)) {
      const text = (args: string[]) =>
        execFileSync('pdftotext', [...args, pdf, '-'], { encoding: 'utf8' });
      const positioned = await pdfPositionedText(new Uint8Array(readFileSync(pdf)));
      const read = { layout: text(['-layout']), raw: text([]), positioned };
      writeFileSync(gz, gzipSync(JSON.stringify(read)));
    }
    if (!keep.has(f)) rmSync(pdf);
  }
}

if (fixtureOnly) {
  doubtsFixture();
  process.exit(0);
}
if (process.argv[2] === 'readings') {
  await readings();
  doubtsFixture();
  process.exit(0);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'corpus-'));
const bases = corpusBases();
const pages: string[] = [];
for (let i = 0; i < count; i++) {
  const seed = corpusSeed(i);
  const name = `c${String(seed)}`;
  writeFileSync(join(tmp, `${name}.html`), corpusCase(seed, bases).html);
  pages.push(join(tmp, `${name}.html`));
}
const profile = `-env:UserInstallation=file://${join(tmp, 'profile')}`;
const soffice = (filter: string, files: string[]) =>
  execFileSync(
    'soffice',
    [profile, '--headless', '--convert-to', filter, '--outdir', out, ...files],
    {
      stdio: 'ignore',
    },
  );
// Writer opens a page as a web document: "MS Word 2007 XML" saves it as Word, writer_web_pdf_Export
// prints it as PDF the way Writer/Web lays it out.
soffice('docx:MS Word 2007 XML', pages);
soffice('pdf:writer_web_pdf_Export', pages);
await readings();
rmSync(tmp, { recursive: true, force: true });
doubtsFixture();
console.log(`${count} reports → ${out}`);
