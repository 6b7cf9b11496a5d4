/**
 * The rules on what the sections say: SEC5_SUBSTANCE (五 has substance, and says how last year's
 * problems were rectified), SEC6_FEE (六 states the 信息处理费) and OVERVIEW_COVERAGE (一 covers
 * the aspects the format names). The format's own sub-headings do not count as substance.
 */
import type { Template, TextKey } from '../template-types';
import type { Finding } from './catalogue';
import { finding, type RuleContext } from './context';

/** The letters of a text without the format's sub-headings, punctuation and spaces. */
function substance(template: Template, key: TextKey, text: string): string {
  const headings = new Set(
    template.sections.flatMap((s) => (s.text === key ? [...(s.outline ?? [])] : [])),
  );
  return text
    .split('\n')
    .filter((line) => !headings.has(line.trim()))
    .join('')
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Below this many characters 五 says nothing of substance ("无", "暂无"). */
const SUBSTANCE_MIN = 30;

function heading(template: Template, key: TextKey): string {
  return template.sections.find((s) => s.text === key)?.heading ?? key;
}

export function sec5Substance({ template, report, lastYear }: RuleContext): Finding[] {
  const key = 'problems';
  if (!template.sections.some((s) => s.text === key)) return [];
  const text = report.text[key] ?? '';
  const letters = substance(template, key, text);
  const field = `text.${key}`;
  if (letters === '') return []; // SECTION_EMPTY says so
  if (letters.length < SUBSTANCE_MIN) {
    return [
      finding(
        'SEC5_SUBSTANCE',
        `${heading(template, key)} 只有“${text.trim().slice(0, 20)}”，没有写明存在的问题和改进措施`,
        [],
        { field },
      ),
    ];
  }
  if (!lastYear || substance(lastYear.template, key, lastYear.report.text[key] ?? '') === '')
    return [];
  const previous = lastYear.report.meta.year;
  const mentionsLastYear = new RegExp(`上一?年度?|去年|${previous}\\s*年`).test(text);
  if (mentionsLastYear && /整改|改进|落实|解决/.test(text)) return [];
  return [
    finding(
      'SEC5_SUBSTANCE',
      `${heading(template, key)} 没有说明上年度（${previous}年）报告所列问题的整改情况`,
      [],
      { field },
    ),
  ];
}

/** A statement of the 信息处理费: not collected, or an amount. */
const FEE_STATED =
  /信息处理费[^。；;\n]{0,40}?(?:未|没有|不|无|免|0\s*元|零元|\d+(?:\.\d+)?\s*(?:万?元))|(?:未|没有|不|无)[^。；;\n]{0,12}?(?:收取|产生)[^。；;\n]{0,8}?信息处理费/;

export function sec6Fee({ template, report }: RuleContext): Finding[] {
  if (!template.feeStatement) return [];
  const key = 'other';
  if (FEE_STATED.test(report.text[key] ?? '')) return [];
  // A report that states the fee elsewhere (often in 一) is not marked down for it.
  const elsewhere = (['intro', 'overview', 'problems'] as const).some((k) =>
    FEE_STATED.test(report.text[k] ?? ''),
  );
  return [
    finding(
      'SEC6_FEE',
      elsewhere
        ? `${heading(template, key)} 没有说明信息处理费收取情况（其他部分提到了，格式要求写在第六部分）`
        : `${heading(template, key)} 没有说明本年度信息处理费的收取情况（如“本年度未收取信息处理费”）`,
      [],
      { field: `text.${key}` },
    ),
  ];
}

export function overviewCoverage({ template, report }: RuleContext): Finding[] {
  const key = 'overview';
  const text = report.text[key] ?? '';
  if (text.trim() === '') return [];
  const missing = template.overviewAspects.filter((a) => !a.words.some((w) => text.includes(w)));
  if (missing.length === 0) return [];
  return [
    finding(
      'OVERVIEW_COVERAGE',
      `${heading(template, key)} 没有写到：${missing.map((a) => a.name).join('、')}`,
      [],
      { field: `text.${key}` },
    ),
  ];
}
