/**
 * A profile in plain Chinese: what it checks, for the page that shows a loaded profile and for
 * the CLI. Every line says what the tool will do with it, beside the national default it replaces.
 */
import { ORG_TYPE_LABELS, ORG_TYPES } from '../report';
import { LEVEL_LABELS, RULES, type RuleId, type Severity } from '../rules/catalogue';
import { narratives } from '../rules/texts';
import { getTemplate, templateIdForYear } from '../templates';
import { TEXT_KEYS } from '../template-types';
import { localDeadline, monthDayText, NATIONAL_DEADLINES } from './deadlines';
import { shortFingerprint } from './fingerprint';
import type { LoadedProfile } from './load';
import { profileSchema, type ProfileLevel } from './schema';

export interface ProfileDescription {
  readonly name: string;
  /** 印发机关, 依据, 适用年度, 指纹. */
  readonly facts: readonly (readonly [label: string, value: string])[];
  /** Per 机关类型 the profile sets: its dates and the national one it replaces. */
  readonly deadlines: readonly (readonly [who: string, what: string])[];
  /** Per text with a limit: where and how many characters. */
  readonly lengths: readonly (readonly [where: string, what: string])[];
  readonly required: readonly {
    readonly where: string;
    readonly message: string;
    /** How the tool decides it is stated: "写到“政务新媒体”，且同一句中有数字". */
    readonly how: string;
    readonly basis?: string;
  }[];
  /** Rules whose level the profile changes: "YOY_JUMP 数字与上年相比变化很大：提示性 → 不检查". */
  readonly levels: readonly (readonly [rule: string, what: string])[];
  readonly placeholders: readonly string[];
  /** Keys of the file this tool does not know: kept, not used. */
  readonly unknownKeys: readonly string[];
}

const LEVEL_TEXT = (level: ProfileLevel | Severity): string =>
  level === 'off' ? '不检查' : LEVEL_LABELS[level];

/** What the loaded profile checks, in Chinese. */
export function describeProfile({ profile, fingerprint }: LoadedProfile): ProfileDescription {
  const template = getTemplate(templateIdForYear(profile.year));
  const where = new Map(narratives(template).map(([heading, key]) => [key, heading]));
  const deadlines = ORG_TYPES.flatMap((type) => {
    const deadline = profile.deadlines?.[type];
    if (deadline === undefined) return [];
    const { submit, publish } = localDeadline(deadline);
    const dates = [
      ...(submit ? [`报送 ${monthDayText(submit)}前`] : []),
      ...(publish ? [`公布 ${monthDayText(publish)}前`] : []),
    ].join('，');
    const national = monthDayText(NATIONAL_DEADLINES[type]);
    return [
      [
        ORG_TYPE_LABELS[type],
        `${profile.year + 1}年${dates}（成文日期不得晚于${monthDayText(submit ?? publish ?? NATIONAL_DEADLINES[type])}；全国默认 ${national}）`,
      ] as const,
    ];
  });
  const lengths = TEXT_KEYS.flatMap((key) => {
    const limit = profile.maxChars?.[key];
    return limit === undefined
      ? []
      : [[where.get(key) ?? key, `不超过 ${limit} 字（不含空格，标点、数字计入）`] as const];
  });
  const required = (profile.required ?? []).map((r) => ({
    where: `${where.get(r.section) ?? r.section}${r.part ? `“${r.part}”部分` : ''}`,
    message: r.message,
    how: `写到${r.anyOf.map((w) => `“${w}”`).join('或')}${r.figure ? '，且同一句中有数字' : ''}`,
    ...(r.basis ? { basis: r.basis } : {}),
  }));
  const levels = Object.entries(profile.levels ?? {}).flatMap(([id, level]) => {
    const rule = RULES[id as RuleId];
    return [[id, `${rule.title}：${LEVEL_TEXT(rule.severity)} → ${LEVEL_TEXT(level)}`] as const];
  });
  const placeholders = (profile.placeholders ?? []).map((p) =>
    typeof p === 'string' ? p : `${p.text}${p.message ? `（${p.message}）` : ''}`,
  );
  const knownKeys = new Set(Object.keys(profileSchema.shape));
  return {
    name: profile.name,
    facts: [
      ['印发机关', profile.issuer],
      ['依据', profile.basis],
      ['适用于', `${profile.year}年度报告`],
      ['指纹', shortFingerprint(fingerprint)],
    ],
    deadlines,
    lengths,
    required,
    levels,
    placeholders,
    unknownKeys: Object.keys(profile).filter((k) => !knownKeys.has(k)),
  };
}
