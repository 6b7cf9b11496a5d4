/**
 * The rules a local requirement profile (地方要求) drives: OVERVIEW_LENGTH (a text over the
 * profile's limit), PROFILE_REQUIRED (a statement the profile requires is missing) and the
 * profile's own placeholders (reported as PLACEHOLDER). Each finds nothing without a profile and
 * cites the profile's 文号 in its message.
 */
import { basisOf, citation } from '../profile/levels';
import type { Profile, ProfileRequirement } from '../profile/schema';
import type { Template, TextKey } from '../template-types';
import type { Finding } from './catalogue';
import { finding, textMemo, textsKey, type RuleContext } from './context';
import { clauseAt } from './text-facts';
import { countChars, hasFigure, sentences, textParts, type TextPart } from './text-parts';
import { narratives } from './texts';

/** An id per profile object, for the memo keys (a profile is replaced, never changed). */
const profileIds = new WeakMap<Profile, number>();
let nextId = 0;
function profileId(profile: Profile): number {
  let id = profileIds.get(profile);
  if (id === undefined) profileIds.set(profile, (id = ++nextId));
  return id;
}

function headingOf(template: Template, key: TextKey): string {
  return narratives(template).find(([, k]) => k === key)?.[0] ?? key;
}

/** OVERVIEW_LENGTH: a text longer than the profile's limit (see countChars for what counts). */
export function overviewLength({ template, report, profile }: RuleContext): Finding[] {
  if (!profile?.maxChars) return [];
  const out: Finding[] = [];
  for (const [where, key] of narratives(template)) {
    const limit = profile.maxChars[key];
    if (limit === undefined) continue;
    const count = countChars(report.text[key] ?? '');
    if (count <= limit) continue;
    out.push({
      ...finding(
        'OVERVIEW_LENGTH',
        `${where} 共 ${count} 字，超过地方要求的 ${limit} 字（多 ${count - limit} 字；按不含空格的字符计，标点、数字计入）${citation(profile.basis)}`,
        [],
        { field: `text.${key}`, expected: limit, actual: count },
      ),
      basis: basisOf(profile),
    });
  }
  return out;
}

const requiredMemo = textMemo<Finding[]>();

/** PROFILE_REQUIRED: each required statement the report's text does not make. */
export function profileRequired(context: RuleContext): Finding[] {
  const { profile, report, template } = context;
  if (!profile?.required?.length) return [];
  const key = `${profileId(profile)}\u0000${textsKey(report, template.id)}`;
  return requiredMemo(
    key,
    () => profile.required?.flatMap((r) => missing(context, profile, r)) ?? [],
  );
}

/** The parts of the section a requirement is about: the headings that name its part. */
function partsFor(template: Template, parts: TextPart[], requirement: ProfileRequirement) {
  const part = requirement.part;
  if (part === undefined) return undefined;
  const named = parts.filter((p) => p.heading.includes(part));
  if (named.length > 0) return named;
  // The format's aspects of 一 have the words reports use in their headings (平台 → 平台建设).
  const aspect =
    requirement.section === 'overview'
      ? template.overviewAspects.find((a) => a.name === part || a.name.includes(part))
      : undefined;
  const byWords = aspect
    ? parts.filter((p) => p.heading !== '' && aspect.words.some((w) => p.heading.includes(w)))
    : [];
  return byWords.length > 0 ? byWords : undefined;
}

/**
 * Whether parts state the requirement. With `figure`, a keyword and a figure in one sentence of a
 * part's text (a heading is not a statement: "（四）政府信息公开平台建设" counts no platform).
 * Without, a keyword in the text, or in the heading of a part that has text under it
 * ("（一）上年度问题整改情况" and what was done).
 */
function states(parts: readonly TextPart[], requirement: ProfileRequirement): boolean {
  const { anyOf, figure } = requirement;
  const has = (text: string) => anyOf.some((w) => text.includes(w));
  if (!figure) return parts.some((p) => has(p.body) || (p.body.trim() !== '' && has(p.heading)));
  return parts.some((p) => sentences(p.body).some((s) => has(s) && hasFigure(s)));
}

function missing(
  { template, report }: RuleContext,
  profile: Profile,
  requirement: ProfileRequirement,
): Finding[] {
  const key = requirement.section;
  const text = report.text[key] ?? '';
  if (text.trim() === '') return []; // SECTION_EMPTY says so
  const parts = textParts(text);
  const found = partsFor(template, parts, requirement);
  const scope = found ?? parts;
  if (states(scope, requirement)) return [];
  const words = requirement.anyOf.map((w) => `“${w}”`).join('或');
  const mentioned = scope.some((p) => requirement.anyOf.some((w) => p.body.includes(w)));
  const elsewhere = found
    ? parts.filter((p) => !found.includes(p) && p.heading !== '' && states([p], requirement))
    : [];
  const why = elsewhere.length
    ? `${words}${requirement.figure ? '及数字' : ''}只出现在${elsewhere.map((p) => `“${p.line}”`).join('、')}部分`
    : mentioned
      ? `提到了${words}，但同一句中没有数字`
      : `未提到${words}`;
  const partName = requirement.part;
  const where = `${headingOf(template, key)}${partName ? `“${partName}”部分` : ''}`;
  const unseen = partName && !found ? `；未找到“${partName}”的小标题，已查该部分全文` : '';
  const basis = requirement.basis ?? profile.basis;
  return [
    {
      ...finding(
        'PROFILE_REQUIRED',
        `${where}：${requirement.message.replace(/[。；;]$/, '')}（${why}${unseen}）${citation(basis)}`,
        [],
        { field: `text.${key}` },
      ),
      basis: `${profile.name}（${basis}）`,
    },
  ];
}

/** The profile's own placeholders and set phrases left in a text (rule PLACEHOLDER). */
export function profilePlaceholders({ template, report, profile }: RuleContext): Finding[] {
  if (!profile?.placeholders?.length) return [];
  const out: Finding[] = [];
  for (const [where, key] of narratives(template)) {
    const text = report.text[key] ?? '';
    for (const entry of profile.placeholders) {
      const { text: needle, message } = typeof entry === 'string' ? { text: entry } : entry;
      const at = text.indexOf(needle);
      if (at < 0) continue;
      const quote = clauseAt(text, at, needle.length);
      out.push({
        ...finding(
          'PLACEHOLDER',
          `${where}有地方要求列出的待替换文字“${needle}”：“${quote}”${message ? `（${message}）` : ''}${citation(profile.basis)}`,
          [],
          { field: `text.${key}` },
        ),
        basis: basisOf(profile),
      });
    }
  }
  return out;
}
