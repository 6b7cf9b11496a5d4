/**
 * Issue 20's layout fixtures (made by scripts/make-layout-fixtures.ts, committed): each page as
 * published, read through every route it occurs in, and what a reading got right or wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { checkAll } from '../../core/check';
import { importDocx } from '../../core/import/import-docx';
import { importHtml } from '../../core/import/import-html';
import { importPositioned, type PositionedText } from '../../core/import/import-positioned';
import type { ImportResult } from '../../core/import/import-result';
import { importText } from '../../core/import/import-text';
import { readAsPrinted } from '../../core/provenance';
import type { Finding } from '../../core/rules/catalogue';
import type { Report } from '../../core/report';
import { fixtureUrl } from '../fixtures';

/** The fixture folders: office-made layouts, and the wild ones (scripts/make-wild-fixtures.ts). */
export type FixtureSet = 'layouts/' | 'wild/';
const file = (name: string, set: FixtureSet = 'layouts/') =>
  readFileSync(new URL(name, fixtureUrl(set)));

/** A fixture: the report as published and the number cells its page printed blank. */
export interface LayoutFixture {
  readonly name: string;
  readonly report: Report;
  readonly blanks: ReadonlySet<string>;
}

/** Every layout fixture, by name. */
export function layoutFixtures(set: FixtureSet = 'layouts/'): LayoutFixture[] {
  return readdirSync(fixtureUrl(set))
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.expected.json'.length);
      const { report, blanks } = JSON.parse(file(f, set).toString('utf8')) as {
        report: Report;
        blanks: string[];
      };
      return { name, report, blanks: new Set(blanks) };
    });
}

interface PdfReadings {
  readonly layout: string;
  readonly raw: string;
  readonly positioned: PositionedText;
}

const pdf = (name: string, set?: FixtureSet) =>
  JSON.parse(gunzipSync(file(`${name}.pdf.json.gz`, set)).toString('utf8')) as PdfReadings;

/** The routes of a wild fixture: those whose files the generator made. */
function wildRoutes(name: string): Record<string, () => ImportResult> {
  const set = 'wild/';
  const has = (ext: string) => existsSync(new URL(`${name}${ext}`, fixtureUrl(set)));
  return {
    ...(has('.html') ? { html: () => importHtml(new Uint8Array(file(`${name}.html`, set))) } : {}),
    ...(has('.docx') ? { docx: () => importDocx(new Uint8Array(file(`${name}.docx`, set))) } : {}),
    ...(has('.pdf.json.gz')
      ? {
          pdf: () => importPositioned(pdf(name, set).positioned),
          'pdftotext -layout': () => importText(pdf(name, set).layout),
          pdftotext: () => importText(pdf(name, set).raw),
        }
      : {}),
  };
}

/** The routes a fixture is read through; a converted text has only its own. */
export function routesOf(
  name: string,
  set: FixtureSet = 'layouts/',
): Record<string, () => ImportResult> {
  if (set === 'wild/') return wildRoutes(name);
  if (name.startsWith('converted'))
    return { markdown: () => importText(file(`${name}.md`).toString('utf8')) };
  // A Word file edited in Word after LibreOffice made it: only the Word route.
  if (name.startsWith('content-controls'))
    return { docx: () => importDocx(new Uint8Array(file(`${name}.docx`))) };
  return {
    html: () => importHtml(new Uint8Array(file(`${name}.html`))),
    docx: () => importDocx(new Uint8Array(file(`${name}.docx`))),
    pdf: () => importPositioned(pdf(name).positioned),
    'pdftotext -layout': () => importText(pdf(name).layout),
    pdftotext: () => importText(pdf(name).raw),
  };
}

/** What a reading got: cells wrong (read, not the report's), blank, inferred; findings. */
export interface Reading {
  readonly wrong: string[];
  /** …of them, shown as read as printed (outside any reading doubt). */
  readonly wrongPrinted: string[];
  /** Cells read blank whose figure is not 0. */
  readonly blank: string[];
  /** Right cells not read as printed (derived or placed by a guess). */
  readonly inferred: string[];
  /** Errors reported as the report's own. */
  readonly errors: string[];
  /** Reading doubts (BLANK_CELL aside): rule and first cell. */
  readonly doubts: string[];
  /** Cells named by BLANK_CELL doubts. */
  readonly noted: string[];
  /** Findings (not doubts) the report as published does not have. */
  readonly extra: string[];
  /** Findings (not doubts) the report as published has that the reading missed. */
  readonly missed: string[];
  readonly cells: number;
}

const key = (f: Finding) => `${f.rule}:${f.cells[0] ?? f.field ?? ''}`;

/** The findings of the report as its page printed it (a blank cell is blank), doubts aside. */
function publishedFindings(fixture: LayoutFixture): Set<string> {
  const cells = { ...fixture.report.cells };
  for (const id of fixture.blanks) cells[id] = null;
  const findings = checkAll({ ...fixture.report, cells }, undefined, { provenance: {} });
  return new Set(findings.filter((f) => !f.doubt).map(key));
}

/** Score one import of a fixture. */
export function reading(fixture: LayoutFixture, result: ImportResult): Reading | string {
  if (!result.ok) return result.message;
  if (result.format !== fixture.report.template) return `read as ${result.format}`;
  const findings = checkAll(result.report, undefined, { provenance: result.provenance });
  const wrong: string[] = [];
  const wrongPrinted: string[] = [];
  const blank: string[] = [];
  const inferred: string[] = [];
  let cells = 0;
  for (const [id, truth] of Object.entries(fixture.report.cells)) {
    cells++;
    const want = Number(truth ?? 0);
    const got = result.report.cells[id];
    if (got === null || got === undefined) {
      if (want !== 0) blank.push(id);
    } else if (Number(got) !== want) {
      wrong.push(`${id}=${String(got)}≠${want}`);
      if (readAsPrinted(result.provenance[id])) wrongPrinted.push(id);
    } else if (!readAsPrinted(result.provenance[id])) inferred.push(id);
  }
  const errors = findings.filter((f) => f.severity === 'error' && !f.doubt).map(key);
  const doubts = findings.filter((f) => f.doubt && f.rule !== 'BLANK_CELL').map(key);
  const noted = findings.flatMap((f) => (f.rule === 'BLANK_CELL' && f.doubt ? f.doubt.cells : []));
  const published = publishedFindings(fixture);
  // A blank-cells warning naming only cells the page printed blank is the report's own, however
  // the blanks are split between it and a reading doubt (a blank placed by a short row's columns
  // is a reading: it goes to the doubt, and the warning then starts at another cell).
  const printedBlank = (f: Finding) =>
    f.rule === 'BLANK_CELL' && f.cells.length > 0 && f.cells.every((id) => fixture.blanks.has(id));
  const own = new Set(findings.filter((f) => !f.doubt && !printedBlank(f)).map(key));
  const extra = [...own].filter((k) => !published.has(k));
  const missed = [...published].filter((k) => !own.has(k) && !k.startsWith('BLANK_CELL'));
  return { wrong, wrongPrinted, blank, inferred, errors, doubts, noted, extra, missed, cells };
}
