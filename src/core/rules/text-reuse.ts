/**
 * TEXT_REUSE (the official format's rule 11 in practice): evaluators penalise a report whose
 * narrative is more than half the same as last year's. Only the clerk's own prose counts: the
 * format's sub-headings, the standard sentences generated from the tables and the short factual
 * statements every report repeats (factual-statements.ts) are left out. The share is measured per
 * section as the part of this year's text (punctuation and spaces left out) covered by
 * 8-character runs that also stand in last year's text: reworded sentences count as new, copied
 * ones as the same. The rule and the page's per-section badge read the same measure
 * (`sectionReuse`), so they never disagree.
 */
import type { Report } from '../report';
import { standardSentences } from '../narrative';
import { getTemplate } from '../templates';
import type { TextKey } from '../template-types';
import type { Finding } from './catalogue';
import { finding, type RuleContext } from './context';
import { isFactualStatement } from './factual-statements';

const RUN = 8;
/** Above this share a section is reported. */
export const REUSE_LIMIT = 0.5;

function letters(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '');
}

/**
 * Memo of recent shares by (text, previous): the checks run on every keystroke, and a keystroke in
 * a table leaves the narratives — and so their shares — as they were. Bounded, oldest out first.
 */
const shares = new Map<string, number>();
const MEMO_SIZE = 32;

/** `compute()` under `key`, remembered in `memo` (bounded, oldest out first). */
function remembered<T>(memo: Map<string, T>, key: string, compute: () => T): T {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value ?? '');
  memo.set(key, value);
  return value;
}

/** The share (0–1) of `text` made of 8-character runs that also occur in `previous`. */
export function reuseShare(text: string, previous: string): number {
  return remembered(shares, `${String(previous.length)}:${previous}${text}`, () =>
    computeShare(text, previous),
  );
}

function computeShare(text: string, previous: string): number {
  const now = Array.from(letters(text));
  const before = Array.from(letters(previous));
  if (now.length < RUN || before.length < RUN) return 0;
  const seen = new Set<string>();
  for (let i = 0; i + RUN <= before.length; i++) seen.add(before.slice(i, i + RUN).join(''));
  const covered = new Uint8Array(now.length);
  for (let i = 0; i + RUN <= now.length; i++) {
    if (seen.has(now.slice(i, i + RUN).join(''))) covered.fill(1, i, i + RUN);
  }
  return covered.reduce((sum, c) => sum + c, 0) / now.length;
}

export interface SectionReuse {
  readonly key: TextKey;
  readonly heading: string;
  /** 0–1. */
  readonly share: number;
}

/** A sentence with its figures blanked, so "申请3件" and "申请5件" read as the same wording. */
function shape(sentence: string): string {
  return letters(sentence).replace(/\d+/g, '#');
}

/** The standard sentences (generated from the tables) of both years, as shapes. */
function boilerplate(...reports: Report[]): Set<string> {
  const sentences = reports.flatMap((r) => standardSentences(r).split(/[。\n]/));
  return new Set(sentences.map(shape).filter((s) => s !== ''));
}

const proses = new Map<string, string>();

/** A text without the format's sub-headings and without boilerplate sentences (remembered). */
function ownProse(
  text: string,
  headings: ReadonlySet<string>,
  common: ReadonlySet<string>,
  commonKey: string,
): string {
  const key = `${commonKey}\u0001${[...headings].join('\n')}\u0001${text}`;
  return remembered(proses, key, () => stripBoilerplate(text, headings, common));
}

function stripBoilerplate(
  text: string,
  headings: ReadonlySet<string>,
  common: ReadonlySet<string>,
): string {
  return text
    .split('\n')
    .filter((line) => !headings.has(line.trim()))
    .join('\n')
    .split(/(?<=[。！？!?\n])/)
    .filter((sentence) => !common.has(shape(sentence)) && !isFactualStatement(sentence))
    .join('');
}

/**
 * The reuse share of the clerk's own prose in every narrative section with text in both years (a
 * section with nothing of its own in either year has no share: it is not listed).
 */
export function textReuse(report: Report, lastYear: Report): SectionReuse[] {
  const template = getTemplate(report.template);
  const common = boilerplate(report, lastYear);
  const commonKey = [...common].join('\n');
  const out: SectionReuse[] = [];
  for (const section of template.sections) {
    if (!section.text) continue;
    const headings = new Set([
      ...(section.outline ?? []),
      ...(getTemplate(lastYear.template).sections.find((s) => s.text === section.text)?.outline ??
        []),
    ]);
    const now = ownProse(report.text[section.text] ?? '', headings, common, commonKey);
    const before = ownProse(lastYear.text[section.text] ?? '', headings, common, commonKey);
    if (letters(now) === '' || letters(before) === '') continue;
    out.push({ key: section.text, heading: section.heading, share: reuseShare(now, before) });
  }
  return out;
}

/**
 * The share (0–1) TEXT_REUSE measures for one section, as the page shows it beside the text; 0 when
 * there is nothing of the clerk's own to compare.
 */
export function sectionReuse(report: Report, lastYear: Report, key: TextKey): number {
  return textReuse(report, lastYear).find((s) => s.key === key)?.share ?? 0;
}

/** TEXT_REUSE: one finding per section more than half the same as last year's. */
export function checkTextReuse({ report, lastYear }: RuleContext): Finding[] {
  if (!lastYear) return [];
  return textReuse(report, lastYear.report)
    .filter((s) => s.share > REUSE_LIMIT)
    .map((s) =>
      finding(
        'TEXT_REUSE',
        `${s.heading}：与上年（${lastYear.report.meta.year}年）报告相同的内容约占 ${Math.round(s.share * 100)}%，超过 50%，请结合本年度工作重新撰写`,
        [],
        { actual: Math.round(s.share * 100), field: `text.${s.key}` },
      ),
    );
}
