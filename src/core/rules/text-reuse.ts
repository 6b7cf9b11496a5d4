/**
 * TEXT_REUSE (format.md §5 rule 11): evaluators penalise a report whose narrative is more than
 * half the same as last year's. The share is measured per section as the part of this year's
 * text (punctuation and spaces left out) covered by 8-character runs that also stand in last
 * year's text: reworded sentences count as new, copied ones as the same.
 */
import type { Report } from '../report';
import { getTemplate } from '../templates';
import type { TextKey } from '../template-types';
import type { Finding } from './catalogue';
import { finding, type RuleContext } from './context';

const RUN = 8;
/** Above this share a section is reported. */
export const REUSE_LIMIT = 0.5;

function letters(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '');
}

/** The share (0–1) of `text` made of 8-character runs that also occur in `previous`. */
export function reuseShare(text: string, previous: string): number {
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

/** The reuse share of every narrative section that has text in both years. */
export function textReuse(report: Report, lastYear: Report): SectionReuse[] {
  const template = getTemplate(report.template);
  const out: SectionReuse[] = [];
  for (const section of template.sections) {
    if (!section.text) continue;
    const now = report.text[section.text] ?? '';
    const before = lastYear.text[section.text] ?? '';
    if (letters(now) === '' || letters(before) === '') continue;
    out.push({ key: section.text, heading: section.heading, share: reuseShare(now, before) });
  }
  return out;
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
