/**
 * The rules on the wording of the texts: TEXT_YEAR (a wrong year named as the report's own),
 * PLACEHOLDER (template text left unfilled) and TEXT_LINT (doubled words, half-width punctuation
 * between Chinese characters, malformed document numbers).
 */
import { normalizeDigits } from '../number';
import type { Finding } from './catalogue';
import { finding, textMemo, textsKey, type RuleContext } from './context';
import { clauseAt } from './text-facts';
import { narratives } from './texts';

/** "YYYY年1月1日至YYYY年12月31日": the statistics period. */
const PERIOD =
  /(\d{4})\s*年\s*1\s*月\s*1\s*日\s*(?:起)?\s*(?:至|到|—|-|－|~|～)\s*(\d{4})\s*年\s*12\s*月\s*31\s*日/g;
/** "2023年，我镇…" / "2023年度，本局…" opening a sentence about the office's own year. */
const OPENING_YEAR = /(?:^|[。；;！!\n])\s*(\d{4})\s*年度?\s*[，,]\s*(?:我|本)/g;
/** "现将2023年度政府信息公开工作年度报告…" / "2023年政府信息公开工作年度报告". */
const REPORT_OF_YEAR = /(\d{4})\s*年度?\s*(?:本机关)?政府信息公开工作(?:年度)?报告/g;

const yearMemo = textMemo<Finding[]>();
const placeholderMemo = textMemo<Finding[]>();
const lintMemo = textMemo<Finding[]>();

/** TEXT_YEAR: the narrative names another year as the report's own. */
export function textYear(context: RuleContext): Finding[] {
  const { report, template } = context;
  return yearMemo(textsKey(report, template.id, report.meta.year), () => textYearOf(context));
}

function textYearOf({ template, report }: RuleContext): Finding[] {
  const year = report.meta.year;
  const out: Finding[] = [];
  for (const [where, key] of narratives(template)) {
    const original = report.text[key] ?? '';
    // normalizeDigits maps character to character: its indices are the original's.
    const text = normalizeDigits(original);
    const patterns =
      key === 'intro' || key === 'overview' ? [PERIOD, OPENING_YEAR, REPORT_OF_YEAR] : [PERIOD];
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        const years = [m[1], m[2]].filter((y): y is string => y !== undefined).map(Number);
        if (years.every((y) => y === year)) continue;
        const quote = clauseAt(
          original,
          m.index + (m[0].length - m[0].trimStart().length),
          m[0].trim().length,
        );
        out.push(
          finding('TEXT_YEAR', `${where}写“${quote}”，而报告年度为 ${year} 年`, [], {
            field: `text.${key}`,
            actual: years.find((y) => y !== year) ?? null,
            expected: year,
          }),
        );
      }
    }
  }
  return out;
}

/** Unfilled template text: XX/×××, 某某, empty brackets, fill-in lines, "请填写". */
const PLACEHOLDERS: readonly RegExp[] = [
  /(?<![A-Za-z])[XＸ×✕]{2,}(?![A-Za-z])/g,
  /某某/g,
  /[（(【[［〔][\s\u3000_＿]*[）)】\]］〕]/g,
  /_{3,}|＿{2,}/g,
  /请填写|待填写|此处填写|填写此处|〇〇|○○/g,
];

/** The meta fields and texts a placeholder may hide in, with where each stands. */
function places(context: RuleContext): [string, string, string][] {
  const { report, template } = context;
  const list: [string, string, string][] = [
    ['机关名称', 'meta.org', report.meta.org],
    ['署名', 'meta.signature', report.meta.signature ?? ''],
  ];
  for (const [where, key] of narratives(template))
    list.push([where, `text.${key}`, report.text[key] ?? '']);
  return list;
}

/** PLACEHOLDER: template text left unfilled in a text or a meta field. */
export function placeholder(context: RuleContext): Finding[] {
  const { report, template } = context;
  const key = textsKey(report, template.id, report.meta.org, report.meta.signature);
  return placeholderMemo(key, () => placeholderOf(context));
}

function placeholderOf(context: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [where, field, text] of places(context)) {
    const found = PLACEHOLDERS.flatMap((p) => [...text.matchAll(p)]).sort(
      (a, b) => a.index - b.index,
    );
    const first = found[0];
    if (!first) continue;
    const what = [...new Set(found.map((m) => m[0]))].map((w) => `“${w}”`).join('、');
    out.push(
      finding(
        'PLACEHOLDER',
        `${where}有未替换的占位文字 ${what}：“${clauseAt(text, first.index, first[0].length)}”`,
        [],
        { field },
      ),
    );
  }
  return out;
}

/** Function words that are never doubled in a formal text. */
const DOUBLED_CHAR = /([的了和在是及与并将对按为从向于被把由])\1/g;
/** A word of two to four Chinese characters written twice in a row ("进一步进一步"). */
const DOUBLED_WORD = /([\u4e00-\u9fff]{2,4})\1/g;
/** Half-width punctuation between Chinese characters. */
const HALF_WIDTH = /[\u4e00-\u9fff]([,;:?!()])[\u4e00-\u9fff]/g;
/** A document number whose year is not in 〔〕: "[2021]5号", "(2021)5号", "【2021】". */
const DOC_NUMBER = /[\u4e00-\u9fff]([[［【(（]((?:19|20)\d{2})[\]］】)）])\s*\d+\s*号/g;

/** Words that are doubled on purpose in formal Chinese. */
const REDUPLICATED = new Set([
  '常常',
  '层层',
  '处处',
  '时时',
  '事事',
  '人人',
  '一一',
  '件件',
  '项项',
  '步步',
  '年年',
  '天天',
  '家家户户',
]);

/** How many problems a TEXT_LINT message quotes before it counts the rest. */
const LINT_SHOWN = 4;

/** TEXT_LINT: doubled words, half-width punctuation, malformed document numbers. */
export function textLint(context: RuleContext): Finding[] {
  const { report, template } = context;
  return lintMemo(textsKey(report, template.id), () => textLintOf(context));
}

function textLintOf({ template, report }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [where, key] of narratives(template)) {
    const text = report.text[key] ?? '';
    const problems: string[] = [];
    for (const m of text.matchAll(DOC_NUMBER))
      problems.push(`发文字号“${m[1] ?? ''}”应写作“〔${m[2] ?? ''}〕”`);
    for (const m of [...text.matchAll(DOUBLED_CHAR), ...text.matchAll(DOUBLED_WORD)]) {
      if (REDUPLICATED.has(m[0])) continue;
      problems.push(`重复的“${m[0]}”（${clauseAt(text, m.index, m[0].length)}）`);
    }
    for (const m of text.matchAll(HALF_WIDTH))
      problems.push(`半角标点“${m[1] ?? ''}”（${clauseAt(text, m.index, m[0].length)}）`);
    if (problems.length === 0) continue;
    const shown = problems.slice(0, LINT_SHOWN).join('；');
    const more = problems.length > LINT_SHOWN ? `等 ${problems.length} 处` : '';
    out.push(finding('TEXT_LINT', `${where}：${shown}${more}`, [], { field: `text.${key}` }));
  }
  return out;
}
