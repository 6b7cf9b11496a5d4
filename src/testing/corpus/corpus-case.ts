/**
 * One report of the reading corpus: a random balanced report (random-report.ts) with a realistic
 * narrative, in both formats, published as a web page in a drawn style and as a converter's
 * markdown. One in eight has an error of its own planted (a 总计 off by one, as real reports have),
 * one in ten a narrative figure that disagrees with its table: the import must still report them.
 */
import type { Report } from '../../core/report';
import type { TemplateId } from '../../core/templates';
import { random as generator } from '../random';
import { randomReport } from '../random-report';
import { convertedMarkdown } from './converted-markdown';
import { publishedNarrative } from './narrative';
import { pageStyle, type PageStyle } from './page-style';
import { publishedPage } from './published-page';

/** The bases the reports take their meta data from (any report of the format will do). */
export type Bases = Readonly<Record<TemplateId, Report>>;

export interface CorpusCase {
  readonly seed: number;
  /** The report as published: its figures are what every route should read. */
  readonly report: Report;
  readonly style: PageStyle;
  readonly html: string;
  /** Number cells the page printed blank. */
  readonly htmlBlanks: ReadonlySet<string>;
  readonly markdown: string;
  readonly markdownBlanks: ReadonlySet<string>;
  /** The cell of a planted error (the report's own), if any. */
  readonly plantedError?: string;
  /** Whether the narrative has a planted figure that disagrees with the tables. */
  readonly plantedMismatch: boolean;
}

const ORGS = ['青山镇人民政府', '城关街道办事处', '县自然资源局', '河口乡人民政府', '县教育体育局'];

/**
 * An error of the report's own: a 总计 printed one more than its row or group adds up to (never one
 * the page leaves blank: the error would not be in what it prints).
 */
function plantError(report: Report, style: PageStyle, random: () => number): string | undefined {
  const totals = Object.keys(report.cells).filter(
    (id) =>
      (id.startsWith('t3_') || id.startsWith('t4_')) &&
      id.endsWith('_total') &&
      Number(report.cells[id]) > 0 &&
      (style.blankTotals === 'none' || id.startsWith('t4_') || id === 't3_result_total_total'),
  );
  const id = totals[Math.floor(random() * totals.length)];
  if (id === undefined) return undefined;
  report.cells[id] = Number(report.cells[id]) + 1;
  return id;
}

/** The corpus case of a seed. */
export function corpusCase(seed: number, bases: Bases): CorpusCase {
  const random = generator(seed);
  const format: TemplateId = random() < 0.3 ? '2019' : '2021';
  const base = bases[format];
  const drawn = randomReport(base, format, seed);
  const org = ORGS[Math.floor(random() * ORGS.length)] ?? base.meta.org;
  const orgType = /镇|乡|街道/.test(org) ? 'township' : 'department';
  const report: Report = {
    ...drawn,
    meta: { ...drawn.meta, org, signature: org, orgType },
    cells: { ...drawn.cells },
  };
  const style = pageStyle(random);
  const plantedError = random() < 0.125 ? plantError(report, style, random) : undefined;
  const plantedMismatch = random() < 0.1;
  const text = publishedNarrative(report, random, plantedMismatch);
  const published: Report = { ...report, text };
  const page = publishedPage(published, style, random);
  const md = convertedMarkdown(published, style, random);
  return {
    seed,
    report: published,
    style,
    html: page.html,
    htmlBlanks: page.blanks,
    markdown: md.markdown,
    markdownBlanks: md.blanks,
    ...(plantedError ? { plantedError } : {}),
    plantedMismatch,
  };
}
