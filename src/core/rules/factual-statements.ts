/**
 * Short statements of fact that nearly every report makes in nearly the same words: that
 * something did not happen or was not charged ("本年度未收取信息处理费"), or that a task was done
 * as required ("按照上级要点要求完成各项任务"). Saying them again this year is reporting, not
 * copying last year's report, so TEXT_REUSE leaves them out. They are recognised by their grammar,
 * not by a list of sentences: every clause of the sentence is short and is either a nil statement
 * (a time or the office, then 未/没有/无/不存在/零) or a statement of compliance (a requirement
 * and its fulfilment, or "均已/按时/如期 完成").
 */

/** Longer clauses carry the office's own content; one fact fits in this many characters. */
const CLAUSE_MAX = 30;

const HAN = '\\p{Script=Han}';
/** "本年度", "全年", "2024年", "报告期内": when the fact held. */
const TIME = `(?:本年度|本年|今年|全年|年内|报告期内|\\d{4}年度?)(?:内|中|里)?`;
/**
 * "本机关", "我镇", "青山镇", "某某县人民政府办公室": the office stating it (optional). Not "部分乡镇",
 * "个别单位": a part of them failing is a problem, not a nil statement.
 */
const SUBJECT = `(?:本机关|本单位|我${HAN}{1,4}?|(?!部分|个别|少数|一些|有的|多数|大部分|各)${HAN}{2,12}?(?:镇|乡|街道|办事处|政府|局|委员会|委|办公室|中心))`;
/** A nil statement: nothing happened, nothing was charged, nothing to report. */
const NIL = new RegExp(
  `^(?:${SUBJECT})?(?:${TIME})?(?:${SUBJECT})?(?:均|也|都|亦|仍)?(?:未|没有|无(?!法|论)|不存在|零)`,
  'u',
);
/** A clause that only says when ("本年度，…"): neutral. */
const FRAME = new RegExp(`^(?:${TIME}|本机关|本单位)$`, 'u');
/** A requirement a task followed, and doing it. */
const REQUIREMENT = /要求|要点|部署|规定|安排|期限|时限/;
const FULFILMENT = /完成|落实|执行|做好|做到|办结|答复/;
/** Done in full or on time. */
const DONE = /(?:均已|均|全部|按时|如期|及时)(?:完成|办结|答复|落实)/;

function letters(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '');
}

function factualClause(clause: string): boolean {
  const text = letters(clause);
  if (text === '') return true;
  if (FRAME.test(text)) return true;
  if (text.length > CLAUSE_MAX) return false;
  return NIL.test(text) || (REQUIREMENT.test(text) && FULFILMENT.test(text)) || DONE.test(text);
}

/**
 * Whether a sentence is one of the short factual statements every report repeats (see the module
 * doc): each of its clauses (split at ，；：) is a nil statement or a statement of compliance.
 */
export function isFactualStatement(sentence: string): boolean {
  if (letters(sentence) === '') return false;
  return sentence.split(/[，,；;：:]/).every(factualClause);
}
