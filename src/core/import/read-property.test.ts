/**
 * The property of issue 10: random balanced reports, rendered and then published the ways offices
 * do — a web page with its zero cells blank, a TAB text with empty fields (some rows losing their
 * trailing empty cells, as Word's "save as text" does), the LibreOffice PDF read by pdftotext
 * -layout — import to the same figures; the LibreOffice PDF of the Word file with its zero cells
 * blank reads to the same figures through the PDF importer, and to no wrong figure through
 * pdftotext without -layout. The PDF part runs one soffice call for a few reports:
 * LibreOffice is slow and the CI budget is tight.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../render-docx';
import { renderHtml } from '../render-html';
import { renderText } from '../render-text';
import type { CellValue, Report } from '../report';
import type { TemplateId } from '../templates';
import type { ImportResult } from './import-result';
import { importHtml } from './import-html';
import { importPdf } from './import-pdf';
import { importText } from './import-text';
import { fixtureReport } from '../../testing/fixtures';
import { randomReport } from '../../testing/random-report';

const BASES: Record<TemplateId, Report> = {
  '2019': fixtureReport('reports/seed-000.json'),
  '2021': fixtureReport('reports/example-2021.json'),
};
const SEEDS = Array.from({ length: 12 }, (_, i) => 1000 + i * 7919);
const CASES = SEEDS.map((seed, i) => {
  const format: TemplateId = i % 2 ? '2019' : '2021';
  return [seed, format, randomReport(BASES[format], format, seed)] as const;
});

const figures = (cells: Readonly<Record<string, CellValue>>) =>
  Object.fromEntries(Object.entries(cells).map(([id, v]) => [id, v ?? 0]));

function cellsOf(result: ImportResult) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** Zero cells left blank, every other one as &nbsp; the rest as Word's empty paragraph. */
function blankZerosHtml(html: string): string {
  let n = 0;
  return html.replace(
    /(<td[^>]*>)0(<\/td>)/g,
    (_, open: string, close: string) =>
      `${open}${n++ % 2 ? '&nbsp;' : '<p class=MsoNormal><o:p> </o:p></p>'}${close}`,
  );
}

/** Zero fields of the TAB table lines left empty; every third line loses its trailing empties. */
function blankZerosText(text: string): string {
  return text
    .split('\n')
    .map((line, i) => {
      if (!line.includes('\t')) return line;
      const blanked = line
        .split('\t')
        .map((f) => (f === '0' ? '' : f))
        .join('\t');
      return i % 3 === 0 ? blanked.replace(/\t+$/, '') : blanked;
    })
    .join('\n');
}

/** The Word file with every "0" cell emptied. */
function blankZerosDocx(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  files['word/document.xml'] = strToU8(
    xml.replaceAll('<w:t xml:space="preserve">0</w:t>', '<w:t xml:space="preserve"></w:t>'),
  );
  return zipSync(files);
}

/** Cells read with a number that is not the report's (a blank left unread is not wrong). */
function wrongCells(result: ReturnType<typeof cellsOf>, report: Report): string[] {
  return Object.keys(report.cells).filter((id) => {
    const v = result.report.cells[id];
    return v !== null && v !== undefined && v !== (report.cells[id] ?? 0);
  });
}

describe.each(CASES)('random balanced report %i (%s)', (_, __, report) => {
  it('a web page with blank zero cells gives the same figures', () => {
    const result = cellsOf(importHtml(blankZerosHtml(renderHtml(report, { document: true }))));
    expect(figures(result.report.cells)).toEqual(figures(report.cells));
    // The one note a page of blank zeros may get: a table with every cell blank.
    for (const note of result.notes) expect(note).toMatch(/^表[二三四] 的数字单元格全部为空白/);
  });

  it('a TAB text with empty zero fields gives the same figures', () => {
    const result = cellsOf(importText(blankZerosText(renderText(report))));
    expect(figures(result.report.cells)).toEqual(figures(report.cells));
    // Nothing is guessed: every cell is printed, a total derived from its row, or — a row whose
    // line lost all its empty cells — not found and blank.
    for (const [id, p] of Object.entries(result.provenance)) {
      if (p.source === 'inferred')
        expect(`${id} ${p.how}`).toMatch(/_total 原文未列出|原文中未能读出，按 .* 推算为 0$/);
      else if (p.source === 'missing') expect(report.cells[id] ?? 0, id).toBe(0);
    }
  });
});

describe('the LibreOffice PDF of random balanced reports, through pdftotext -layout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-prop-'));
  const picked = CASES.slice(0, 4);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same figures for every report', async () => {
    const files = await Promise.all(
      picked.flatMap(([seed, , report]) => [
        (async () => {
          const file = join(dir, `r${seed}.docx`);
          writeFileSync(file, await renderDocx(report));
          return file;
        })(),
        (async () => {
          // The same Word file with its zero cells left blank, as many offices publish it.
          const file = join(dir, `b${seed}.docx`);
          writeFileSync(file, blankZerosDocx(await renderDocx(report)));
          return file;
        })(),
      ]),
    );
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...files,
      ],
      { timeout: 240_000 },
    );
    for (const [seed, , report] of picked) {
      const pdf = join(dir, `r${seed}.pdf`);
      const txt = join(dir, `r${seed}.txt`);
      execFileSync('pdftotext', ['-layout', pdf, txt]);
      const result = cellsOf(importText(readFileSync(txt, 'utf8')));
      expect(figures(result.report.cells), `seed ${seed}`).toEqual(figures(report.cells));
      execFileSync('pdftotext', [pdf, txt]);
      const raw = cellsOf(importText(readFileSync(txt, 'utf8')));
      expect(figures(raw.report.cells), `seed ${seed}, pdftotext without -layout`).toEqual(
        figures(report.cells),
      );
      // Zero cells blank: the PDF importer places every number by its x position; pdftotext
      // without -layout has no positions and may leave cells blank (with a note) but never gives
      // a cell another cell's number. (pdftotext -layout is not asserted here: its columns drift
      // by a column where a label overflows, and a dense table can still be misread.)
      const blank = join(dir, `b${seed}.pdf`);
      const viaPdf = cellsOf(await importPdf(new Uint8Array(readFileSync(blank))));
      expect(figures(viaPdf.report.cells), `seed ${seed}, blank zeros, PDF`).toEqual(
        figures(report.cells),
      );
      execFileSync('pdftotext', [blank, txt]);
      const read = cellsOf(importText(readFileSync(txt, 'utf8')));
      expect(wrongCells(read, report), `seed ${seed}, blank zeros, pdftotext`).toEqual([]);
    }
  }, 400_000);
});
