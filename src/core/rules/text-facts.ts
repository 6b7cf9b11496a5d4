/**
 * Numbers the narrative states about the tables, found by the phrasings real reports use
 * (the official format, rule 9 and the seed reports): "共收到政府信息公开申请N件", "收到并办理N起依申请公开事项",
 * "上年结转N件", "结转下年度继续办理N件", "行政复议N件", "行政诉讼N件", "予以公开N件", and the zero
 * forms "未收到…公开申请", "未发生…行政复议、行政诉讼". A statement may mean several sums of cells —
 * "受理N件" counts the new applications or those with last year's carried over, "予以公开及部分公开N件"
 * the two results together — and is a mismatch only when none of its readings agrees. 表二's
 * figures (制发/废止/现行有效, 许可/处罚/强制 decisions, 收费 in 万元 or 元) are stated too.
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
  /**
   * Other sums of cells the words may mean ("受理" with the carry-over), given the statement's
   * clause and the text right after it: the statement agrees when any reading does.
   */
  readonly readings?: (template: Template, quote: string, after: string) => string[][];
  /** The number is an amount in 万元 (group 2 of the pattern its unit, 万元 or 元). */
  readonly amount?: true;
  /** The format has no such cell: the fact does not apply (cells would throw). */
  readonly applies?: (template: Template) => boolean;
}

const N = '(\\d+|[零〇一二两三四五六七八九十百千]+)';
/** "（含上年结转M件）" right after a count: the count includes last year's carried over. */
const CARRIED_IN = /^[（(]?(?:其中)?含(?:上一?年度?|往年)结转/;
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
    readings: (t, quote, after) => {
      const fresh = t3RoleCell(t, 'received');
      const withCarried = [fresh, t3RoleCell(t, 'carried')];
      const out: string[][] = [];
      // 受理/办理 may count last year's carried-over applications with this year's.
      if (/受理|办理/.test(quote) || CARRIED_IN.test(after)) out.push(withCarried);
      if (/办理/.test(quote)) out.push([t3RoleCell(t, 'resultTotal')]);
      return out;
    },
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
    patterns: [re(`(?:予以公开|同意公开|全部公开)(?:的)?(?:申请)?${N}${UNIT}`)],
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
    // "答复N件（含上年度结转M件）": N may count every application handled, this year's and last's.
    readings: (t, _, after) =>
      CARRIED_IN.test(after) ? [[t3RoleCell(t, 'received'), t3RoleCell(t, 'carried')]] : [],
  },
  groupFact('partial', '部分公开', '（二）部分公开'),
  groupFact('deny', '不予公开', '（三）不予公开'),
  groupFact('unable', '无法提供', '（四）无法提供'),
  groupFact('reject', '不予处理', '（五）不予处理'),
  groupFact('other', '其他处理', '（六）其他处理'),
];

/** The words of each result group, for statements that name several together. */
const GROUP_WORDS: readonly (readonly [string, string, string])[] = [
  ['open', '予以公开|同意公开|全部公开', '（一）予以公开'],
  ['partial', '部分公开', '（二）部分公开'],
  ['deny', '不予公开', '（三）不予公开'],
  ['unable', '无法提供', '（四）无法提供'],
  ['reject', '不予处理', '（五）不予处理'],
  ['other', '其他处理', '（六）其他处理'],
];
const CATEGORY = `(?:${GROUP_WORDS.map(([, words]) => words).join('|')})`;
/** "予以公开及部分公开N件", "不予公开、无法提供共N件": categories named together, one sum. */
const CATEGORY_LIST = re(
  `(${CATEGORY}(?:(?:及|和|与|以及|、|，|,)${CATEGORY})+)(?:的)?(?:申请)?(?:共计|共|合计|总计)?(?:为)?${N}${UNIT}`,
);

/** The result groups a list of category words names. */
function namedGroups(list: string): string[] {
  return GROUP_WORDS.flatMap(([id, words]) => (new RegExp(words).test(list) ? [id] : []));
}

/** "（一）予以公开 + （二）部分公开". */
function groupNames(groups: readonly string[]): string {
  return groups.map((g) => GROUP_WORDS.find(([id]) => id === g)?.[2] ?? g).join(' + ');
}

/** The fact of several result groups stated together. */
function listFact(groups: readonly string[]): TextFact {
  return {
    id: `results:${groups.join('+')}`,
    cells: (t) => groups.flatMap((g) => t3GroupTotals(t, g)),
    what: `表三 ${groupNames(groups)} 总计`,
    patterns: [],
    zero: [],
  };
}

const DOCUMENT = '(?:行政)?规范性文件';
/** The verb of making a document; the words between it and the document name are no other verb. */
const MADE = `(?:制发|制定|出台|印发|新制作)(?:了)?(?:(?!废止|现行|有效|公开)[^。；;]){0,12}?`;

/** The 2021 stock cells (废止, 现行有效) of a document kind. */
function stockCell(t: Template, key: string, column: 'repealed' | 'valid'): string[] {
  const row = t.t2.stock.find((s) => s.key === key);
  return row ? [row[column]] : [];
}

/**
 * "废止N件", "现行有效N件" name the kind of document, or leave it to the words before them
 * ("制发规范性文件3件，废止1件"); with no kind named, any kind or both together.
 */
function stockReadings(column: 'repealed' | 'valid') {
  return (t: Template, quote: string): string[][] => {
    const named = [...quote.matchAll(/规章|规范性文件/g)];
    const own = named.findLast((m) => m.index <= quote.search(/废止|现行有效/) + 8);
    const kind = own?.[0] === '规章' ? 'rules' : own ? 'normative' : undefined;
    if (kind) return [stockCell(t, kind, column)];
    const both = [...stockCell(t, 'rules', column), ...stockCell(t, 'normative', column)];
    return [stockCell(t, 'rules', column), both];
  };
}

function stockFact(
  id: string,
  column: 'repealed' | 'valid',
  words: string,
  what: string,
): TextFact {
  return {
    id,
    cells: (t) => stockCell(t, 'normative', column),
    what,
    patterns: [re(`${words}(?:的)?(?:${DOCUMENT}|规章)?(?:共计|共)?${N}${UNIT}`)],
    zero: [],
    readings: stockReadings(column),
    applies: (t) => t.t2.stock.length > 0,
  };
}

/** 表二's figures as narratives state them (2021 format: 制发/废止/现行有效, decisions, 收费). */
export const ACTIVE_FACTS: readonly TextFact[] = [
  {
    id: 'rules_made',
    cells: (t) => [t.t2.made.rules],
    what: '表二 规章 本年制发件数',
    patterns: [re(`${MADE}规章${N}${UNIT}`)],
    zero: [],
  },
  {
    id: 'normative_made',
    cells: (t) => [t.t2.made.normative],
    what: '表二 规范性文件 本年制发件数',
    patterns: [re(`${MADE}${DOCUMENT}${N}${UNIT}`)],
    zero: [],
  },
  stockFact('repealed', 'repealed', '废止(?:了)?', '表二 行政规范性文件 本年废止件数'),
  stockFact('valid', 'valid', '现行有效', '表二 行政规范性文件 现行有效件数'),
  {
    id: 'license',
    cells: (t) => [t.t2.decisions.license],
    what: '表二 行政许可 处理决定数量',
    patterns: [re(`行政许可(?:处理)?(?:决定)?(?:共计|共)?${N}${UNIT}`)],
    zero: [],
  },
  {
    id: 'penalty',
    cells: (t) => [t.t2.decisions.penalty],
    what: '表二 行政处罚 处理决定数量',
    patterns: [re(`行政处罚(?:处理)?(?:决定)?(?:共计|共)?${N}${UNIT}`)],
    zero: [],
  },
  {
    id: 'coercion',
    cells: (t) => [t.t2.decisions.coercion],
    what: '表二 行政强制 处理决定数量',
    patterns: [re(`行政强制(?:处理)?(?:决定)?(?:共计|共)?${N}${UNIT}`)],
    zero: [],
  },
  {
    id: 'fee',
    cells: (t) => (t.t2.feeAmount ? [t.t2.feeAmount] : []),
    what: '表二 行政事业性收费 本年收费金额（万元）',
    patterns: [
      re(
        '行政事业性收费(?:金额|收入)?(?:共计|共|合计|总计)?(?:为|达)?(\\d+(?:\\.\\d+)?)[ \\u3000]*(万元|元)',
      ),
    ],
    zero: [],
    amount: true,
    applies: (t) => t.t2.feeAmount !== undefined,
  },
];

export interface Statement {
  readonly fact: TextFact;
  readonly value: number;
  /** The words of the report that state it. */
  readonly quote: string;
  /** The text right after the statement (a "（含上年结转M件）" that qualifies it). */
  readonly after?: string;
  /** Said in words, not digits ("未收到…申请"): TEXT_CONTRADICTION, not TEXT_TABLE_MISMATCH. */
  readonly zero?: true;
  /** An amount: what its last digit is worth in 万元 (the table agrees within half of it). */
  readonly precision?: number;
  /** The figure is part of the table's ("答复N件（含上年度结转M件）"): it may be less, not more. */
  readonly atMost?: true;
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

/** An amount stated in 元 or 万元, in 万元, with what its last digit is worth. */
function amountOf(digits: string, unit: string): { value: number; precision: number } {
  const decimals = digits.split('.')[1]?.length ?? 0;
  const scale = unit === '元' ? 10000 : 1;
  return { value: Number(digits) / scale, precision: 10 ** -decimals / scale };
}

function statementsIn(text: string, facts: readonly TextFact[]): Statement[] {
  // PDF and OCR text set numbers off by spaces ("受理政府信息公开申请 12 件"): the patterns want
  // the digits right after the words.
  const normalized = normalizeDigits(text).replace(
    /(?<=[\u4e00-\u9fff，,：:])[ \u3000\u00a0]+(?=\d)|(?<=\d)[ \u3000\u00a0]+(?=[\u4e00-\u9fff])/g,
    '',
  );
  const found: Statement[] = [];
  // Categories named together: one sum, and their words are no statement of one category.
  const lists: [number, number][] = [];
  if (facts.some((f) => RESULT_FACTS.includes(f))) {
    for (const match of normalized.matchAll(CATEGORY_LIST)) {
      const groups = namedGroups(match[1] ?? '');
      const value = chineseNumber(match[2] ?? '');
      lists.push([match.index, match.index + match[0].length]);
      if (value === undefined || groups.length < 2) continue;
      const fact = listFact(groups);
      found.push({ fact, value, quote: clause(normalized, match) });
    }
  }
  const inList = (m: RegExpExecArray) =>
    lists.some(([from, to]) => m.index < to && m.index + m[0].length > from);
  for (const fact of facts) {
    for (const pattern of fact.patterns) {
      for (const match of normalized.matchAll(pattern)) {
        if (inList(match)) continue;
        const amount = fact.amount ? amountOf(match[1] ?? '', match[2] ?? '') : undefined;
        const value = amount ? amount.value : chineseNumber(match[1] ?? '');
        const quote = clause(normalized, match);
        const end = match.index + match[0].length;
        const after = normalized.slice(end, end + 12);
        // "（含上年度结转M件）" after 答复/办结: the carried-over ones among those answered.
        const before = normalized.slice(Math.max(0, match.index - 20), match.index);
        const atMost =
          fact.id === 'carried' &&
          /含$/.test(before) &&
          /(?:答复|办结|办理完毕)[^，,。；;]*$/.test(before);
        // Two patterns may find the same statement.
        const known = found.some((f) => f.fact === fact && f.value === value && f.quote === quote);
        if (value === undefined || known) continue;
        found.push({
          fact,
          value,
          quote,
          after,
          ...(amount ? { precision: amount.precision } : {}),
          ...(atMost ? { atMost: true as const } : {}),
        });
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
