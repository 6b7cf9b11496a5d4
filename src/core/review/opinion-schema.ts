/**
 * The shape of the machine-readable 审核意见 (see opinion-file.ts): zod schema and types, apart so
 * that the builder and the report's answers (opinion-answers.ts) both read it.
 */
import { z } from 'zod';
import { DISPOSITIONS } from './dispositions';

/** What became of an item of an earlier opinion when the corrected report came back. */
export const EARLIER_STATES = ['fixed', 'answered', 'open'] as const;
export type EarlierState = (typeof EARLIER_STATES)[number];

export const EARLIER_LABELS: Readonly<Record<EarlierState, string>> = {
  fixed: '已整改',
  answered: '已答复',
  open: '仍未整改',
};

export const OPINION_KIND = 'gov-info-disclosure-review-opinion';
export const OPINION_VERSION = 1;

const cellValue = z.union([z.number(), z.string(), z.null()]);
/** A rule id: kept as text, so an opinion naming a rule this version does not know still opens. */
const ruleId = z.string();

const item = z.looseObject({
  id: z.string(),
  rule: ruleId,
  title: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  cells: z.array(z.string()).default([]),
  places: z.array(z.string()).default([]),
  where: z.string().default(''),
  field: z.string().optional(),
  values: z.record(z.string(), cellValue).default({}),
  fix: z.string().default(''),
  disposition: z.enum(DISPOSITIONS),
  explanation: z.string().optional(),
  note: z.string().optional(),
});

const earlier = z.looseObject({
  id: z.string(),
  rule: ruleId,
  title: z.string(),
  message: z.string(),
  state: z.enum(EARLIER_STATES),
  answer: z.string().optional(),
  note: z.string().optional(),
});

export const opinionFileSchema = z.looseObject({
  kind: z.literal(OPINION_KIND),
  version: z.number().int().positive(),
  /** The opinion's own id: its report's fingerprint, issuer and date. */
  id: z.string(),
  /** 发文机关 and 成文日期 (yyyy-mm-dd). */
  issuer: z.string(),
  date: z.string(),
  report: z.looseObject({
    org: z.string(),
    year: z.number().int(),
    template: z.string(),
    /** The file the report came in. */
    file: z.string(),
    fingerprint: z.string(),
  }),
  conclusion: z.enum(['passed', 'returned']),
  comment: z.string().default(''),
  items: z.array(item),
  /** What became of the items of the opinion before this one (a corrected report's round). */
  earlier: z.array(earlier).default([]),
});

export type OpinionFile = z.infer<typeof opinionFileSchema>;
export type EarlierEntry = z.infer<typeof earlier>;
