/**
 * The PDF importer's readings, dumped for a before/after comparison of speed work (issue 26:
 * "readings must stay byte-identical"): for every PDF fixture (src/fixtures/**\/*.pdf), the PDFs
 * LibreOffice makes of the corpus's Word files, and the bench's PDF, the positioned text and
 * ruling lines pdfjs gives (pdfPositionedText), what the importer makes of them, and the CLI's
 * `check --json` over all of them in one process (worker threads, as the bench runs it: importPdf
 * whole, scans included).
 *
 * Run: npx tsx scripts/pdf-readings.ts DIR [BASELINE]
 *   writes the readings to DIR (one JSON per PDF and check.json); with BASELINE (an earlier DIR),
 *   names every file whose readings differ and exits 1 if any does. The PDFs made with soffice are
 *   kept in .bench/pdf-inputs/ and made only once (a minute or two).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { loadTextWorker } from '../src/cli/pdfjs-text-worker';
import { pdfPositionedText } from '../src/core/import/import-pdf';
import { loadKeepingNatives } from '../src/core/import/pdfjs-natives';
import { importPositioned } from '../src/core/import/import-positioned';
import { renderDocx } from '../src/core/render-docx';
import { fixtureReport } from '../src/testing/fixtures';

const INPUTS = '.bench/pdf-inputs';
const LO_PROFILE = '-env:UserInstallation=file:///tmp/gongkai-pdf-readings-lo';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const soffice = (files: string[]) =>
  execFileSync(
    'soffice',
    [LO_PROFILE, '--headless', '--convert-to', 'pdf', '--outdir', INPUTS, ...files],
    { stdio: 'ignore' },
  );

/** The corpus's Word files and the bench's report as LibreOffice prints them, made once. */
async function madePdfs(): Promise<string[]> {
  mkdirSync(INPUTS, { recursive: true });
  const bench = join(INPUTS, 'bench-example-2021.docx');
  if (!existsSync(bench.replace(/\.docx$/, '.pdf'))) {
    writeFileSync(bench, await renderDocx(fixtureReport('reports/example-2021.json')));
    soffice([bench]);
    rmSync(bench);
  }
  const corpus = readdirSync('src/fixtures/corpus').filter((f) => f.endsWith('.docx'));
  const missing = corpus.filter((f) => !existsSync(join(INPUTS, f.replace(/\.docx$/, '.pdf'))));
  if (missing.length > 0) soffice(missing.map((f) => join('src/fixtures/corpus', f)));
  return readdirSync(INPUTS)
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => join(INPUTS, f));
}

function cMapUrl(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps') + sep;
}

/** A file name for a PDF's readings: its path with separators flattened. */
const dumpName = (pdf: string) => relative('.', pdf).replace(/[/\\]/g, '__') + '.json';

async function dump(out: string): Promise<string[]> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const pdfs = [
    ...walk('src/fixtures')
      .filter((f) => f.endsWith('.pdf'))
      .sort(),
    ...(await madePdfs()),
  ];
  const options = { cMapUrl: cMapUrl() };
  for (const pdf of pdfs) {
    const bytes = new Uint8Array(readFileSync(pdf));
    const positioned = await pdfPositionedText(bytes, options);
    // What importPdf makes of it (importPdf itself runs in `check` below).
    const imported = positioned.pieces.some((p) => p.text.trim() !== '')
      ? importPositioned(positioned, {}, 'pdf')
      : 'no text';
    writeFileSync(
      join(out, dumpName(pdf)),
      JSON.stringify({ positioned, imported }, null, 1) + '\n',
    );
  }
  const check = spawnSync(process.execPath, ['bin/gongkai.js', 'check', '--json', ...pdfs], {
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  writeFileSync(join(out, 'check.json'), check.stdout);
  writeFileSync(join(out, 'check.stderr.txt'), `${check.status}\n${check.stderr}`);
  return pdfs;
}

// pdfjs's worker code on this thread as the CLI loads it (src/cli/read-report.ts).
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await loadKeepingNatives(loadTextWorker);

const [out, baseline] = process.argv.slice(2);
if (!out) throw new Error('usage: npx tsx scripts/pdf-readings.ts DIR [BASELINE]');
const pdfs = await dump(out);
console.log(`${pdfs.length} PDFs read into ${out}`);
if (baseline) {
  const names = [...new Set([...readdirSync(out), ...readdirSync(baseline)])].sort();
  const differ = names.filter((name) => {
    const read = (dir: string) =>
      existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : undefined;
    return read(out) !== read(baseline);
  });
  for (const name of differ) console.log(`DIFFERS: ${basename(name)}`);
  console.log(
    differ.length === 0
      ? `identical to ${baseline} (${names.length} files)`
      : `${differ.length} of ${names.length} files differ`,
  );
  process.exitCode = differ.length === 0 ? 0 : 1;
}
