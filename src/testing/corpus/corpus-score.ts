/**
 * How well one route read the corpus: against each report as published, the numbers read wrong
 * (and whether the importer marked them as not read as printed), the cells left blank, the errors
 * the report does not have (reported as its own, or as reading doubts), the errors it has that
 * were missed, and the narrative mismatches raised falsely or missed.
 */
import { checkAll } from '../../core/check';
import type { ImportResult } from '../../core/import/import-result';
import { readAsPrinted } from '../../core/provenance';
import type { Report } from '../../core/report';
import type { Finding } from '../../core/rules/catalogue';
import type { CorpusCase } from './corpus-case';

export interface RouteScore {
  cases: number;
  failed: number;
  cells: number;
  /** Cells read with a number that is not the report's. */
  wrong: number;
  /** …of them, read "as printed" (not inside a reading doubt): must be none. */
  wrongPrinted: number;
  /** Cells left blank whose figure is not 0. */
  blank: number;
  /** …of them, not marked as unread (no BLANK_CELL doubt names them). */
  blankUnnoted: number;
  /** Error findings the report does not have, reported as its own. */
  falseErrors: number;
  /** Reading doubts on findings the report does not have (BLANK_CELL aside). */
  falseDoubts: number;
  /** Errors the report has, found neither as errors nor as doubts. */
  missedErrors: number;
  /** TEXT_TABLE_MISMATCH the report does not have (not as a doubt). */
  falseMismatches: number;
  /** Planted narrative mismatches not found. */
  missedMismatches: number;
  /** What went wrong, one line each, for the test's message. */
  details: string[];
}

export function emptyScore(): RouteScore {
  return {
    cases: 0,
    failed: 0,
    cells: 0,
    wrong: 0,
    wrongPrinted: 0,
    blank: 0,
    blankUnnoted: 0,
    falseErrors: 0,
    falseDoubts: 0,
    missedErrors: 0,
    falseMismatches: 0,
    missedMismatches: 0,
    details: [],
  };
}

const key = (f: Finding) => `${f.rule}:${f.cells[0] ?? f.field ?? ''}`;

/** The report as a route shows it: the cells it printed blank are blank. */
function asPrinted(report: Report, blanks: ReadonlySet<string>): Report {
  const cells = { ...report.cells };
  for (const id of blanks) cells[id] = null;
  return { ...report, cells };
}

/** The findings the published report has (a blank is what it printed). */
export function expectedFindings(c: CorpusCase, blanks: ReadonlySet<string>): Finding[] {
  return checkAll(asPrinted(c.report, blanks), undefined, { provenance: {} });
}

/**
 * The findings a case has as a route printed it, and the keys of those it has as printed or as its
 * figures are: the same for every route that prints the same blanks, so worked out once per case.
 */
const wantedCache = new WeakMap<CorpusCase, Map<ReadonlySet<string>, Wanted>>();
interface Wanted {
  readonly expected: Finding[];
  readonly want: ReadonlySet<string>;
}
function wanted(c: CorpusCase, blanks: ReadonlySet<string>): Wanted {
  let byBlanks = wantedCache.get(c);
  if (!byBlanks) wantedCache.set(c, (byBlanks = new Map<ReadonlySet<string>, Wanted>()));
  const known = byBlanks.get(blanks);
  if (known) return known;
  const expected = expectedFindings(c, blanks);
  const whole = checkAll(c.report, undefined, { provenance: {} });
  const out = { expected, want: new Set([...expected, ...whole].map(key)) };
  byBlanks.set(blanks, out);
  return out;
}

/** Score one import of a corpus case into `score`. */
export function scoreRoute(
  score: RouteScore,
  c: CorpusCase,
  result: ImportResult,
  blanks: ReadonlySet<string>,
  route: string,
): void {
  score.cases++;
  const at = `${route} #${c.seed}`;
  if (!result.ok || result.format !== c.report.template) {
    score.failed++;
    score.details.push(`${at}: ${result.ok ? `read as ${result.format}` : result.message}`);
    return;
  }
  const truth = c.report.cells;
  const got = result.report.cells;
  const findings = checkAll(result.report, undefined, { provenance: result.provenance });
  const unread = new Set(
    findings.flatMap((f) => (f.rule === 'BLANK_CELL' && f.doubt ? f.doubt.cells : [])),
  );
  for (const id of Object.keys(truth)) {
    score.cells++;
    // A planted error in a cell the route printed blank is not in what it printed.
    if (id === c.plantedError && blanks.has(id)) continue;
    const want = Number(truth[id] ?? 0);
    const value = got[id];
    if (value === null || value === undefined) {
      if (want === 0) continue;
      score.blank++;
      if (!unread.has(id)) {
        score.blankUnnoted++;
        score.details.push(`${at}: ${id} blank (is ${want}), not noted`);
      }
    } else if (value !== want) {
      score.wrong++;
      const printed = readAsPrinted(result.provenance[id]);
      if (printed) score.wrongPrinted++;
      score.details.push(
        `${at}: ${id} read ${String(value)}, is ${want}${printed ? ' (as printed)' : ''}`,
      );
    }
  }
  // The findings the report has: as the route printed it, and as its figures are (a figure a
  // route printed blank may still be derived, and then found).
  const { expected, want } = wanted(c, blanks);
  const wantErrors = expected.filter((f) => f.severity === 'error');
  const found = new Set(findings.filter((f) => f.severity === 'error').map(key));
  for (const f of findings) {
    if (want.has(key(f))) continue;
    if (f.severity === 'error' && !f.doubt) {
      score.falseErrors++;
      score.details.push(`${at}: false error ${f.message}`);
    } else if (f.doubt && f.rule !== 'BLANK_CELL') {
      score.falseDoubts++;
      score.details.push(`${at}: false doubt [${f.rule}] ${f.message}`);
    }
    if (f.rule === 'TEXT_TABLE_MISMATCH' && !f.doubt) {
      score.falseMismatches++;
      score.details.push(`${at}: false mismatch ${f.message}`);
    }
  }
  for (const f of wantErrors) {
    if (found.has(key(f))) continue;
    score.missedErrors++;
    score.details.push(`${at}: missed ${f.message}`);
  }
  if (c.plantedMismatch && !findings.some((f) => f.rule === 'TEXT_TABLE_MISMATCH')) {
    score.missedMismatches++;
    score.details.push(`${at}: planted narrative mismatch not found`);
  }
}
