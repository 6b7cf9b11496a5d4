/**
 * The local requirement profile (地方要求) as a zod schema: the file a county hands out with its
 * notice — deadlines per 机关类型, length limits per text, statements each part must contain, rule
 * levels. The published JSON schema (public/profile/gongkai-profile.schema.json) is generated from
 * this one (scripts/profile-schema.ts); a test keeps the two equal. What the schema cannot say
 * (rule ids that exist, levels within limits, deadlines within the law) load.ts checks.
 */
import { z } from 'zod';
import { ORG_TYPES } from '../report';
import { TEXT_KEYS } from '../template-types';

export const PROFILE_KIND = 'gongkai-profile';
/** The newest profile version this tool reads: a newer file is refused, not half-read. */
export const PROFILE_VERSION = 1;

/** A rule's level in a profile: the three levels, or off. */
export const PROFILE_LEVELS = ['error', 'warning', 'info', 'off'] as const;
export type ProfileLevel = (typeof PROFILE_LEVELS)[number];

const text = (what: string) =>
  z
    .string({ error: `应为文字（${what}）` })
    .trim()
    .min(1, { error: `不能为空（${what}）` });

/** "01-20": a month and day of the year after the report year. */
const monthDay = z
  .string({ error: '应为“月-日”，如 "01-20"' })
  .regex(/^(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, { error: '应为“月-日”，如 "01-20"' })
  .refine((value) => validDay(value), { error: '不是一个存在的日期' })
  .meta({ id: 'monthDay', description: '月-日（报告年度的次年），如 "01-20"' });

function validDay(value: string): boolean {
  const [month = 0, day = 0] = value.split('-').map(Number);
  // A deadline is a day every year has: 02-29 is refused.
  return day <= ([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0);
}

const deadline = z
  .union([
    monthDay,
    z
      .looseObject({
        submit: monthDay.optional().describe('报送上级审核的期限（成文日期不得晚于此日）'),
        publish: monthDay.optional().describe('向社会公布的期限'),
      })
      .refine((d) => d.submit !== undefined || d.publish !== undefined, {
        error: '应写明 submit（报送期限）或 publish（公布期限）',
      }),
  ])
  .describe('"月-日"，或 { "submit": 报送期限, "publish": 公布期限 }');

const deadlines = z
  .strictObject(
    Object.fromEntries(ORG_TYPES.map((type) => [type, deadline.optional()])) as Record<
      (typeof ORG_TYPES)[number],
      z.ZodOptional<typeof deadline>
    >,
  )
  .describe(
    '每类机关的期限：township 乡镇/街道，department 部门，county-government 县级人民政府，other 其他',
  );

const maxChars = z
  .strictObject(
    Object.fromEntries(
      TEXT_KEYS.map((key) => [
        key,
        z
          .number({ error: '应为字数（正整数）' })
          .int({ error: '应为字数（正整数）' })
          .positive({ error: '应为字数（正整数）' })
          .optional(),
      ]),
    ) as Record<(typeof TEXT_KEYS)[number], z.ZodOptional<z.ZodNumber>>,
  )
  .describe(
    '正文各部分的字数上限，按不含空白的字符计（汉字、标点、数字、字母各计1）：intro 开头段落，overview 一、总体情况，problems 五，other 六',
  );

const requirement = z.looseObject({
  section: z
    .enum(TEXT_KEYS, { error: `应为 ${TEXT_KEYS.join('、')} 之一` })
    .default('overview')
    .describe('正文的哪一部分：overview（默认）、problems、other、intro'),
  part: text('part')
    .optional()
    .describe('该部分中的小标题，如“主动公开”“平台建设”；不写则查该部分全文'),
  anyOf: z
    .array(text('anyOf 的每一项'), { error: '应为关键词的数组，如 ["政务新媒体"]' })
    .min(1, { error: '至少写一个关键词' })
    .describe('写到其中任何一个词即算提到'),
  figure: z
    .boolean({ error: '应为 true 或 false' })
    .optional()
    .describe('为 true 时，关键词所在的同一句中还须有数字'),
  message: text('message').describe('缺少时给出的提示'),
  basis: text('basis').optional().describe('这一条的依据；不写则用整个文件的 basis'),
});

const placeholder = z.union([
  text('placeholders 的每一项'),
  z.looseObject({ text: text('text'), message: text('message').optional() }),
]);

/** The profile file: the contract's keys; unknown keys are kept (and listed on the profile's page). */
export const profileSchema = z
  .looseObject({
    $schema: z.string().optional().describe('JSON schema 的位置（供编辑器提示，不影响检查）'),
    kind: z.literal(PROFILE_KIND, { error: `应为 "${PROFILE_KIND}"` }),
    version: z.literal(PROFILE_VERSION, { error: `应为 ${PROFILE_VERSION}` }),
    name: text('name').describe('要求的名称'),
    issuer: text('issuer').describe('印发机关'),
    basis: text('basis').describe('依据（文号），如“武政办发〔2025〕54号”'),
    year: z
      .number({ error: '应为报告年度（整数）' })
      .int({ error: '应为报告年度（整数）' })
      .min(2008, { error: '报告年度应在 2008 年以后' })
      .max(2100, { error: '报告年度不正确' })
      .describe('适用的报告年度（不是印发年度）'),
    deadlines: deadlines.optional(),
    maxChars: maxChars.optional(),
    required: z
      .array(requirement, { error: '应为数组' })
      .optional()
      .describe('各部分必须写明的内容'),
    levels: z
      .record(
        z.string().regex(/^[A-Z][A-Z0-9_]*$/, { error: '应为规则编号，如 "YOY_JUMP"' }),
        z.enum(PROFILE_LEVELS, { error: '应为 "error"、"warning"、"info" 或 "off"' }),
        { error: '应为 { 规则编号: 级别 }' },
      )
      .optional()
      .describe('调整规则的级别：error 强制性，warning 核实性，info 提示性，off 不检查'),
    placeholders: z
      .array(placeholder, { error: '应为数组' })
      .optional()
      .describe('正文中不应留下的文字：本地模板的占位符或范文套话'),
  })
  .meta({
    title: '政府信息公开工作年度报告 地方要求（gongkai-profile）',
    description:
      '县（市、区）或市级政府信息公开工作主管部门对年度报告的编制要求：报送期限、篇幅、必须写明的内容和规则级别。',
  });

export type Profile = z.infer<typeof profileSchema>;
export type ProfileRequirement = NonNullable<Profile['required']>[number];
export type ProfileDeadline = NonNullable<NonNullable<Profile['deadlines']>['township']>;
