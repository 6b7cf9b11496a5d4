/**
 * TEXT_CONTRADICTION: what the text says in words contradicts the tables — "均已办结" while
 * applications are carried to next year, "未收到…申请" while 一 has some, "未发生…行政复议/诉讼"
 * while 表四 has cases, "均获维持/无纠错" while 表四 has 结果纠正.
 */
import { sumCounts } from '../number';
import { t3RoleCell, t4Cell } from '../roles';
import type { Template } from '../template-types';
import type { Values } from '../values';
import type { Finding } from './catalogue';
import { finding, textMemo, type RuleContext } from './context';
import { findStatements } from './text-facts';
import { narratives } from './texts';

interface Claim {
  /** A sentence that says it. */
  readonly words: RegExp;
  /** The sentence must be about this (so "人大建议均已办结" is not about applications). */
  readonly about: RegExp;
  readonly cells: (template: Template) => string[];
  /** What the tables say instead, when they contradict the claim. */
  readonly contradicted: (values: Values, cells: readonly string[]) => string | undefined;
}

const total = (values: Values, cells: readonly string[]) => sumCounts(cells.map(values.num));

const CLAIMS: readonly Claim[] = [
  {
    words:
      /(?:均|全部|都|皆)(?:已经?|已)?(?:按时|按期|依法|在法定期限内|及时)?(?:办结|答复完毕|办理完毕|处理完毕)|无(?:结转|积压)/,
    about: /申请/,
    cells: (t) => [t3RoleCell(t, 'carryNext')],
    contradicted: (v, c) =>
      total(v, c) > 0 ? `表三 四、结转下年度继续办理 总计为 ${total(v, c)}` : undefined,
  },
  {
    words:
      /(?:均|全部|都)(?:被|获)?(?:维持|驳回)|(?:无|没有|未)(?:发生|出现)?(?:被)?(?:[^，。；]{0,6})?(?:纠错|纠正|撤销|确认违法|败诉)/,
    about: /复议|诉讼/,
    cells: (t) => t.t4.groups.map((g) => t4Cell(t, g.key, 'corrected')),
    contradicted: (v, c) => (total(v, c) > 0 ? `表四 结果纠正 合计为 ${total(v, c)}` : undefined),
  },
];

const SENTENCE = /[^。；;！？!?\n]+/g;
const claimsMemo = textMemo<[string, Claim][]>();

/** The sentences of a text that make a claim (memoised: a cell keystroke leaves texts alone). */
function claimsIn(text: string): [string, Claim][] {
  return claimsMemo(text, () =>
    [...text.matchAll(SENTENCE)].flatMap((m) => {
      const sentence = m[0].trim();
      return CLAIMS.flatMap((claim): [string, Claim][] =>
        claim.words.test(sentence) && claim.about.test(sentence) ? [[sentence, claim]] : [],
      );
    }),
  );
}

/** Statements made in words ("未收到…申请", "未发生…行政复议") that the tables contradict. */
function zeroStatements(context: RuleContext, text: string): [string, string[], string][] {
  const { template, values } = context;
  return findStatements(text).flatMap((s) => {
    if (!s.zero) return [];
    const cells = [...s.fact.cells(template)];
    const n = total(values, cells);
    return n > 0 ? [[s.quote, cells, `${s.fact.what}为 ${n}`] as [string, string[], string]] : [];
  });
}

export function textContradiction(context: RuleContext): Finding[] {
  const { template, report, values } = context;
  const out: Finding[] = [];
  const said = new Set<string>();
  const add = (where: string, key: string, quote: string, cells: string[], tables: string) => {
    const id = cells.join('|');
    if (said.has(id)) return;
    said.add(id);
    out.push(
      finding('TEXT_CONTRADICTION', `${where}写“${quote}”，而${tables}`, cells, {
        field: `text.${key}`,
      }),
    );
  };
  for (const [where, key] of narratives(template)) {
    const text = report.text[key] ?? '';
    for (const [quote, cells, tables] of zeroStatements(context, text))
      add(where, key, quote, cells, tables);
    for (const [sentence, claim] of claimsIn(text)) {
      const cells = claim.cells(template);
      const tables = claim.contradicted(values, cells);
      if (tables) add(where, key, sentence, cells, tables);
    }
  }
  return out;
}
