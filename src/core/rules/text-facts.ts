/**
 * Numbers the narrative states about the tables, found by the phrasings real reports use
 * (the official format, rule 9 and the seed reports): "共收到政府信息公开申请N件", "收到并办理N起依申请公开事项",
 * "上年结转N件", "结转下年度继续办理N件", "行政复议N件", "行政诉讼N件", "予以公开N件", and the zero
 * forms "未收到…公开申请", "未发生…行政复议、行政诉讼".
 */
import { chineseNumber, normalizeDigits } from '../number';
import { t3GroupTotals, t3RoleCell, t4Totals } from '../roles';
import type { Template } from '../template-types';

export interface TextFact {
  readonly id: string;
  /** The table cells whose sum the statement must equal, by their roles in the template. */
  readonly cells: (template: Template) => readonly string[];
  /** What the table cells are, for the message. */
  readonly what: string;
  /** Patterns whose group 1 is the number stated. */
  readonly patterns: readonly RegExp[];
  /** Patterns that state zero. */
  readonly zero: readonly RegExp[];
}

const N = '(\\d+|[零〇一二两三四五六七八九十百千]+)';
// 个 but not 个工作日 / 个月: deadlines are not counts of applications.
const UNIT = '(?:件|起|条|份|宗|个(?!工作日|月|小时|自然日))';
/** A zero statement must not be followed by a number ("…无正当理由…引发行政复议2件"). */
const NO_NUMBER = '(?![^，,。；;]{0,6}?\\d)';
const REQUEST = '(?:政府信息公开|信息公开|政府信息依申请公开|依申请公开|政务公开)';
const RECEIVE = '(?:收到|受理|接收|接到|新收)';

function re(source: string): RegExp {
  return new RegExp(source, 'g');
}

export const TEXT_FACTS: readonly TextFact[] = [
  {
    id: 'received',
    cells: (t) => [t3RoleCell(t, 'received')],
    what: '表三 一、本年新收政府信息公开申请数量 总计',
    patterns: [
      re(
        `${RECEIVE}(?:并办理|并处理|和办理)?了?(?:各类)?${REQUEST}的?(?:申请)?(?:事项)?(?:共计|共|总计|合计)?为?${N}${UNIT}`,
      ),
      re(`${RECEIVE}(?:并办理|并处理|和办理)?了?(?:各类)?${N}${UNIT}的?${REQUEST}`),
      // "接收群众各类政府信息公开申请共计12件", "收到依申请信息公开3件", "办理政府信息公开申请5件".
      re(`${RECEIVE}[^，,。；;0-9]{1,12}?${REQUEST}申请(?:共计|共|总计|合计)?为?${N}${UNIT}`),
      re(`${RECEIVE}依申请信息公开(?:申请)?(?:共计|共)?${N}${UNIT}`),
      re(`(?<![并和])办理${REQUEST}申请(?:共计|共)?${N}${UNIT}`),
    ],
    zero: [re(`(?:未|没有)${RECEIVE}(?:过|到|任何)?[^，,。；;0-9]{0,8}?(?:公开申请|依申请公开)`)],
  },
  {
    id: 'carried',
    cells: (t) => [t3RoleCell(t, 'carried')],
    what: '表三 二、上年结转政府信息公开申请数量 总计',
    patterns: [re(`上一?年度?结转的?(?:政府信息公开)?(?:申请)?(?:共计|共)?${N}${UNIT}`)],
    zero: [],
  },
  {
    id: 'carry_next',
    cells: (t) => [t3RoleCell(t, 'carryNext')],
    what: '表三 四、结转下年度继续办理 总计',
    patterns: [
      re(
        `结转(?:至|到)?下一?年度?(?:继续)?(?:办理)?的?(?:政府信息公开)?(?:申请)?(?:共计|共)?${N}${UNIT}`,
      ),
    ],
    zero: [],
  },
  {
    id: 'open',
    cells: (t) => t3GroupTotals(t, 'open'),
    what: '表三 （一）予以公开 总计',
    patterns: [re(`予以公开${N}${UNIT}`)],
    zero: [],
  },
  {
    id: 'review',
    cells: (t) => t4Totals(t, 'review'),
    what: '表四 行政复议 总计',
    patterns: [re(`行政复议(?:案件|申请)?(?:共计|共|总计)?${N}${UNIT}`), re(`${N}${UNIT}行政复议`)],
    zero: [
      re(
        '(?:未|没有|无)(?:发生|收到|产生|出现|涉及)?(?:任何|过)?[^，,。；;0-9]{0,16}?行政复议(?!被?纠错|被撤销|败诉)',
      ),
    ],
  },
  {
    id: 'suit',
    cells: (t) => t4Totals(t, 'suit'),
    what: '表四 行政诉讼 总计（未经复议直接起诉 + 复议后起诉）',
    patterns: [re(`行政诉讼(?:案件)?(?:共计|共|总计)?${N}${UNIT}`), re(`${N}${UNIT}行政诉讼`)],
    zero: [
      re(
        `(?:未|没有|无)(?:发生|收到|产生|出现|涉及)?(?:任何|过)?[^，,。；;0-9]{0,16}?(?:行政复议(?:和|、|或|及|与))?行政诉讼(?!败诉|被?纠错)${NO_NUMBER}`,
      ),
    ],
  },
];

/** A result group's count as reports state it: "部分公开3件", "不予处理1件". */
function groupFact(id: string, words: string, what: string): TextFact {
  return {
    id,
    cells: (t) => t3GroupTotals(t, id),
    what: `表三 ${what} 总计`,
    patterns: [re(`${words}(?:的)?(?:申请)?${N}${UNIT}`)],
    zero: [],
  };
}

/** The results of 表三 the narrative states: 办结/答复 in all, and each result group. */
export const RESULT_FACTS: readonly TextFact[] = [
  {
    id: 'closed',
    cells: (t) => [t3RoleCell(t, 'resultTotal')],
    what: '表三 （七）总计 总计',
    patterns: [
      re(
        `(?:办结|答复|办理完毕)(?:了)?(?:政府信息公开)?(?:申请)?(?:事项)?(?:共计|共|总计|合计)?${N}${UNIT}`,
      ),
    ],
    zero: [],
  },
  groupFact('partial', '部分公开', '（二）部分公开'),
  groupFact('deny', '不予公开', '（三）不予公开'),
  groupFact('unable', '无法提供', '（四）无法提供'),
  groupFact('reject', '不予处理', '（五）不予处理'),
];

export interface Statement {
  readonly fact: TextFact;
  readonly value: number;
  /** The words of the report that state it. */
  readonly quote: string;
  /** Said in words, not digits ("未收到…申请"): TEXT_CONTRADICTION, not TEXT_TABLE_MISMATCH. */
  readonly zero?: true;
}

/** Recent texts' statements: a keystroke in a table cell leaves the texts as they were. */
const recent = new Map<string, Statement[]>();
const RECENT = 64;

/** Every statement of a table figure in a narrative text, in text order (memoised by text). */
export function findStatements(text: string, facts: readonly TextFact[] = TEXT_FACTS): Statement[] {
  if (text === '') return [];
  const key = `${facts === TEXT_FACTS ? '' : facts.map((f) => f.id).join(',')}\u0000${text}`;
  const known = recent.get(key);
  if (known) return known;
  const found = statementsIn(text, facts);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value ?? '');
  recent.set(key, found);
  return found;
}

function statementsIn(text: string, facts: readonly TextFact[]): Statement[] {
  // PDF and OCR text set numbers off by spaces ("受理政府信息公开申请 12 件"): the patterns want
  // the digits right after the words.
  const normalized = normalizeDigits(text).replace(
    /(?<=[\u4e00-\u9fff，,：:])[ \u3000\u00a0]+(?=\d)|(?<=\d)[ \u3000\u00a0]+(?=[\u4e00-\u9fff])/g,
    '',
  );
  const found: Statement[] = [];
  for (const fact of facts) {
    for (const pattern of fact.patterns) {
      for (const match of normalized.matchAll(pattern)) {
        const value = chineseNumber(match[1] ?? '');
        const quote = clause(normalized, match);
        // Two patterns may find the same statement.
        const known = found.some((f) => f.fact === fact && f.value === value && f.quote === quote);
        if (value !== undefined && !known) found.push({ fact, value, quote });
      }
    }
    for (const pattern of fact.zero) {
      for (const match of normalized.matchAll(pattern))
        found.push({ fact, value: 0, quote: match[0], zero: true });
    }
  }
  return found;
}

const CLAUSE_END = /[，,。；;！？!?\n]/;

/** The clause of `text` around [index, index + length), so messages quote the report's words. */
export function clauseAt(text: string, index: number, length: number): string {
  let start = index;
  while (start > 0 && !CLAUSE_END.test(text.charAt(start - 1))) start--;
  let end = index + length;
  while (end < text.length && !CLAUSE_END.test(text.charAt(end))) end++;
  return text.slice(start, end).trim();
}

/** The clause around a match. */
function clause(text: string, match: RegExpExecArray): string {
  return clauseAt(text, match.index, match[0].length);
}
