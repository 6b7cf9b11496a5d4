/**
 * OUTLINE: the headings of an imported report against the format's outline — six parts 一 to 六
 * numbered alike (GB/T 9704: 一、 then （一） then 1. then （1）). Four faults evaluators mark down,
 * each one finding that quotes the heading lines: two numbering systems for the parts; the
 * sub-topics of 一、总体情况 promoted to parts (the parts after them renumbered); parts 二–六
 * shifted to 一–五; and sub-headings of the other format. The heading lines come from the importer
 * (import/heading-lines.ts); a report typed in the page has none and is never judged here.
 */
import { headingSection } from '../import/headings';
import { labelKey } from '../import/normalize';
import type { Report } from '../report';
import { getTemplate, TEMPLATES } from '../templates';
import type { SectionId, Template } from '../template-types';
import type { Finding } from '../rules/catalogue';
import { finding } from '../rules/context';

type Style = 'cn' | 'part' | 'arabic' | 'paren-cn' | 'paren-arabic';

interface Heading {
  readonly line: string;
  readonly style: Style;
  readonly ordinal: number;
  readonly title: string;
  /** The part of the format its words name, whatever its number. */
  readonly section?: SectionId;
}

const CN = '一二三四五六七八九十';
const STYLE_NAMES: Readonly<Record<Style, string>> = {
  cn: '“一、”',
  part: '“第一部分”',
  arabic: '“1、”',
  'paren-cn': '“（一）”',
  'paren-arabic': '“（1）”',
};

/** 一 → 1, 十二 → 12. */
function chineseNumber(text: string): number {
  if (text.startsWith('十')) return 10 + CN.indexOf(text[1] ?? '') + 1;
  const [tens, , ones] = text;
  if (text.length === 3 && ones) return (CN.indexOf(tens ?? '') + 1) * 10 + CN.indexOf(ones) + 1;
  return CN.indexOf(text) + 1;
}

const FORMS: readonly [Style, RegExp][] = [
  ['part', /^第([一二三四五六七八九十]{1,3})部分[\s\u3000、：:]*(.*)$/],
  ['cn', /^([一二三四五六七八九十]{1,3})[、.．][\s\u3000]*(.*)$/],
  ['arabic', /^(\d{1,2})(?:[、．]|\.(?!\d))[\s\u3000]*(.*)$/],
  ['paren-cn', /^[（(]([一二三四五六七八九十]{1,3})[）)][\s\u3000]*(.*)$/],
  ['paren-arabic', /^[（(](\d{1,2})[）)][\s\u3000]*(.*)$/],
];

/** The part a title names: the section whose words it has (tried under each part's number). */
function sectionOf(title: string): SectionId | undefined {
  for (let i = 0; i < 6; i++) {
    const section = headingSection(`${CN[i] ?? ''}、${title}`);
    if (section) return section;
  }
  return undefined;
}

function parse(line: string): Heading | undefined {
  const text = line.replace(/^#{1,6}[\s\u3000]*/, '');
  for (const [style, form] of FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const number = m[1] ?? '';
    const ordinal = /\d/.test(number) ? Number(number) : chineseNumber(number);
    const title = (m[2] ?? '').replace(/[：:。]$/, '');
    const section = style.startsWith('paren') ? undefined : sectionOf(title);
    return { line, style, ordinal, title, ...(section ? { section } : {}) };
  }
  return undefined;
}

const quote = (hs: readonly Heading[]) => hs.map((h) => `「${h.line}」`).join('');

/** The style most part headings use (一、 on a tie): the report's own numbering of its parts. */
function mainStyle(parts: readonly Heading[]): Style {
  const counts = new Map<Style, number>();
  for (const h of parts) counts.set(h.style, (counts.get(h.style) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] === 'cn' ? -1 : 1))[0]?.[0] ?? 'cn';
}

/** Two numbering systems for the parts: the lines numbered unlike the rest. */
function mixedNumbering(parts: readonly Heading[], main: Style): Finding[] {
  const odd = parts.filter((h) => h.style !== main);
  // A "1、主动公开…" under a part that has its own "二、" heading is a sub-item, not a part.
  const stray = odd.filter((h) => !parts.some((p) => p.style === main && p.section === h.section));
  if (stray.length === 0) return [];
  const mains = parts.filter((h) => h.style === main);
  return [
    finding(
      'OUTLINE',
      `各部分标题混用了两种编号：${quote(mains)}用${STYLE_NAMES[main]}，${quote(stray)}用${[...new Set(stray.map((h) => STYLE_NAMES[h.style]))].join('、')}`,
      [],
    ),
  ];
}

/** The line that heads each part: the last one of the main style naming it (a sub-topic comes first). */
function chosenParts(tops: readonly Heading[]): Map<SectionId, Heading> {
  const chosen = new Map<SectionId, Heading>();
  for (const h of tops) if (h.section) chosen.set(h.section, h);
  return chosen;
}

/** Sub-topics of 一 numbered as parts, and the parts after them renumbered. */
function promoted(tops: readonly Heading[], template: Template, order: readonly SectionId[]) {
  const chosen = chosenParts(tops);
  const aspects = template.overviewAspects.flatMap((a) => a.words);
  // A part heading printed twice (seed 001 repeats “一、总体情况” under its title) is not extra.
  const heads = new Set([...chosen.values()].map((h) => h.line));
  const extra = tops.filter(
    (h) =>
      !heads.has(h.line) && (h.section !== undefined || aspects.some((w) => h.title.includes(w))),
  );
  const renumbered = order.flatMap((id, i) => {
    const h = chosen.get(id);
    return h && h.ordinal !== i + 1 ? [h] : [];
  });
  return { extra, renumbered, chosen };
}

function outlineFindings(headings: readonly Heading[], template: Template): Finding[] {
  const order = template.sections.map((s) => s.id);
  const parts = headings.filter((h) => h.section && !h.style.startsWith('paren'));
  if (parts.length === 0) return [];
  const main = mainStyle(parts);
  const found = mixedNumbering(parts, main);
  const tops = headings.filter((h) => h.style === main);
  const { extra, renumbered, chosen } = promoted(tops, template, order);
  if (extra.length > 0) {
    const after = renumbered.length ? `，其后各部分的编号随之顺延：${quote(renumbered)}` : '';
    found.push(
      finding(
        'OUTLINE',
        `“一、总体情况”的内容被编成了一级标题：${quote(extra)}应为“一、总体情况”下的（一）（二）…小标题${after}`,
        [],
      ),
    );
  } else if (renumbered.length > 0) {
    const expected = renumbered.map((h) => {
      const at = order.indexOf(h.section ?? 'overview');
      return `「${h.line}」应为第${CN[at] ?? ''}部分`;
    });
    const lacks = chosen.has('overview') ? '' : '缺少“一、总体情况”标题，';
    found.push(finding('OUTLINE', `各部分的编号错位：${lacks}${expected.join('，')}`, []));
  }
  return [...found, ...otherFormat(headings, template)];
}

/** The suggested sub-headings of a template without their （一） numbers, as keys. */
function outlineKeys(template: Template): string[] {
  return template.sections.flatMap((s) =>
    (s.outline ?? []).map((o) => labelKey(o.replace(/^[（(][一二三四五六七八九十]+[）)]/, ''))),
  );
}

/** Sub-headings that only the other format has ("（三）政府信息资源的规范化、标准化管理情况" in 2021). */
function otherFormat(headings: readonly Heading[], template: Template): Finding[] {
  const own = outlineKeys(template);
  const others = TEMPLATES.filter((t) => t.id !== template.id);
  const foreign = headings.filter((h) => {
    if (h.style !== 'paren-cn') return false;
    const key = labelKey(h.title);
    if (own.some((k) => key.includes(k) || k.includes(key))) return false;
    return others.some((t) => outlineKeys(t).includes(key));
  });
  if (foreign.length === 0) return [];
  const names = [
    ...new Set(
      others
        .filter((t) => foreign.some((h) => outlineKeys(t).includes(labelKey(h.title))))
        .map((t) => t.name),
    ),
  ];
  return [
    finding(
      'OUTLINE',
      `用了${names.join('、')}的小标题：${quote(foreign)}；本报告按${template.name}填报，小标题宜按${template.name}`,
      [],
    ),
  ];
}

/** The OUTLINE findings of an imported report, from the heading lines its importer saw. */
export function checkOutline(headings: readonly string[] | undefined, report: Report): Finding[] {
  if (!headings || headings.length === 0) return [];
  const parsed = headings.flatMap((line) => parse(line) ?? []);
  return outlineFindings(parsed, getTemplate(report.template));
}
