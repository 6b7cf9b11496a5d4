/**
 * The county's opinion inside the report file, with the clerk's answers: the key `reviewOpinion`
 * holds the opinion as received and, per item, 已整改 or an answer in words. The report file keeps
 * it like any other field, so the next export (the .json, and the Word file that embeds it)
 * carries the answers back; the desk then tells for each earlier item whether it was fixed (its
 * cells changed and the rule no longer finds it), answered, or is still open.
 */
import { z } from 'zod';
import { cellValue as numberOf } from '../number';
import type { CellValue, Report } from '../report';
import type { Finding } from '../rules/catalogue';
import { reportFingerprint } from './fingerprint';
import { isOpen } from './opinion-items';
import { opinionFileSchema, type EarlierState, type OpinionFile } from './opinion-schema';

/** The report file's key for the opinion and the answers (a contract addition). */
export const REVIEW_OPINION_KEY = 'reviewOpinion';

const answerSchema = z.looseObject({
  /** fixed: 已整改; answered: answered in words. */
  state: z.enum(['fixed', 'answered']),
  text: z.string().default(''),
  /** When the clerk answered, ISO time. */
  at: z.string().default(''),
});

const stateSchema = z.looseObject({
  opinion: opinionFileSchema,
  answers: z.record(z.string(), answerSchema).default({}),
});

export type ClerkAnswer = z.infer<typeof answerSchema>;
export type ReviewOpinionState = z.infer<typeof stateSchema>;
export type OpinionFileItem = OpinionFile['items'][number];

/** The opinion a report carries with its answers; undefined when none (or not readable). */
export function reviewOpinionOf(report: Report): ReviewOpinionState | undefined {
  const value = (report as Record<string, unknown>)[REVIEW_OPINION_KEY];
  if (value === undefined) return undefined;
  const parsed = stateSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The report carrying `state` (none: the key removed). */
export function withReviewOpinion(report: Report, state: ReviewOpinionState | undefined): Report {
  const { [REVIEW_OPINION_KEY]: _old, ...rest } = report as Record<string, unknown>;
  return (state ? { ...rest, [REVIEW_OPINION_KEY]: state } : rest) as Report;
}

/**
 * A newly received opinion: the answers to the same opinion (received again) are kept, an
 * opinion of another round starts with none.
 */
export function receiveOpinion(
  current: ReviewOpinionState | undefined,
  opinion: OpinionFile,
): ReviewOpinionState {
  const answers = current?.opinion.id === opinion.id ? current.answers : {};
  return { opinion, answers };
}

/** The state with an item answered (undefined: the answer taken back). */
export function answerItem(
  state: ReviewOpinionState,
  id: string,
  answer: ClerkAnswer | undefined,
): ReviewOpinionState {
  const { [id]: _old, ...rest } = state.answers;
  return { ...state, answers: answer ? { ...rest, [id]: answer } : rest };
}

/** The items of an opinion that asked the unit for something. */
export function openItems(opinion: OpinionFile): OpinionFileItem[] {
  return opinion.items.filter(isOpen);
}

/** Whether a finding is the one an item is about: the same rule, on a cell in common or the same place. */
export function findingMatches(item: OpinionFileItem, finding: Finding): boolean {
  if (finding.rule !== item.rule) return false;
  if (item.cells.length > 0) return finding.cells.some((id) => item.cells.includes(id));
  return (finding.field ?? '') === (item.field ?? '') && finding.cells.length === 0;
}

/** Two values mean the same number, or are the same text. */
function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = numberOf(a, 'amount') ?? numberOf(a, 'signed');
  const y = numberOf(b, 'amount') ?? numberOf(b, 'signed');
  return x !== undefined && y !== undefined ? x === y : (a ?? null) === (b ?? null);
}

/** What became of an earlier item in the report as it is now. */
export interface EarlierItem {
  readonly item: OpinionFileItem;
  readonly state: EarlierState;
  /** The clerk's answer in words (or the explanation given in the report since). */
  readonly answer?: string;
  /** Why the state is not what it seems (marked fixed, still found; not found, cells unchanged). */
  readonly note?: string;
  readonly cellsChanged: boolean;
}

/** One earlier item against the current findings and the clerk's answer. */
function earlierItem(
  report: Report,
  findings: readonly Finding[],
  item: OpinionFileItem,
  answer: ClerkAnswer | undefined,
): EarlierItem {
  const cellsChanged = item.cells.some((id) => !sameValue(item.values[id], report.cells[id]));
  const found = findings.filter((f) => findingMatches(item, f));
  const words = answer?.text.trim() || found.find((f) => f.explained)?.explained?.reason;
  const base = { item, cellsChanged, ...(words ? { answer: words } : {}) };
  if (found.length === 0 && (cellsChanged || item.cells.length === 0))
    return { ...base, state: 'fixed' };
  const note =
    found.length === 0
      ? '检查未再发现该问题，但相关单元格未作修改，请人工核实'
      : answer?.state === 'fixed'
        ? '单位标为已整改，但检查仍发现该问题'
        : undefined;
  return { ...base, state: words ? 'answered' : 'open', ...(note ? { note } : {}) };
}

/**
 * The earlier opinion on a report and what became of each item that asked for something: fixed
 * (the rule no longer finds it and its cells changed), answered (in words, or explained in the
 * report), or still open. The opinion is the one the report carries back with the clerk's
 * answers, else `previous` (the opinion on an earlier version in the batch) when this report is
 * not that version itself. Undefined when there is neither.
 */
export function earlierItems(
  report: Report,
  findings: readonly Finding[],
  previous?: OpinionFile,
): { readonly opinion: OpinionFile; readonly items: EarlierItem[] } | undefined {
  const state =
    reviewOpinionOf(report) ??
    (previous && previous.report.fingerprint !== reportFingerprint(report)
      ? { opinion: previous, answers: {} }
      : undefined);
  if (!state) return undefined;
  const items = openItems(state.opinion).map((item) =>
    earlierItem(report, findings, item, state.answers[item.id]),
  );
  return { opinion: state.opinion, items };
}
