/**
 * Narratives as offices write them about their own tables: categories named together ("予以公开
 * 及部分公开N件", "不予公开、无法提供共N件"), 受理 counted with the carry-over ("受理N件（含上年结转M
 * 件）"), 答复/办结 as the （七）总计, 表二's documents, decisions and fees in 万元 or 元 — and numbers
 * that are no table figure (培训2次, 15个行政村, 7个工作日). Every figure agrees with the tables,
 * unless `wrong` asks for one statement that does not (a planted mismatch, for the test).
 */
import { sumCounts } from '../../core/number';
import type { Report } from '../../core/report';
import { t3GroupTotals, t3RoleCell, t4Totals } from '../../core/roles';
import { getTemplate } from '../../core/templates';
import { readValues } from '../../core/values';

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Figures of the tables a narrative states. */
function figures(report: Report) {
  const template = getTemplate(report.template);
  const { num } = readValues(template, report);
  const sum = (ids: readonly string[]) => sumCounts(ids.map(num));
  const group = (id: string) => sum(t3GroupTotals(template, id));
  return {
    fresh: num(t3RoleCell(template, 'received')),
    carried: num(t3RoleCell(template, 'carried')),
    closed: num(t3RoleCell(template, 'resultTotal')),
    next: num(t3RoleCell(template, 'carryNext')),
    open: group('open'),
    partial: group('partial'),
    deny: group('deny'),
    unable: group('unable'),
    reject: group('reject'),
    other: group('other'),
    review: sum(t4Totals(template, 'review')),
    suit: sum(t4Totals(template, 'suit')),
    cell: (id: string) => num(id),
  };
}

type Figures = ReturnType<typeof figures>;

/** The results named one by one, or some of them together. */
function resultsClause(f: Figures, random: () => number): string {
  const style = random();
  if (style < 0.3)
    return `其中予以公开${f.open}件、部分公开${f.partial}件、不予公开${f.deny}件、无法提供${f.unable}件、不予处理${f.reject}件、其他处理${f.other}件`;
  if (style < 0.55)
    return `其中予以公开及部分公开${f.open + f.partial}件，不予公开${f.deny}件，无法提供${f.unable}件，不予处理${f.reject}件`;
  if (style < 0.8)
    return `其中予以公开、部分公开共${f.open + f.partial}件，不予公开及无法提供${f.deny + f.unable}件，不予处理${f.reject}件，其他处理${f.other}件`;
  return `其中同意公开${f.open}件，部分公开${f.partial}件，不予公开、无法提供、不予处理共${f.deny + f.unable + f.reject}件`;
}

function requestsParagraph(f: Figures, random: () => number): string {
  if (f.fresh === 0 && f.carried === 0) return '本年度未收到政府信息公开申请，无上年结转的申请。';
  const results = resultsClause(f, random);
  const next = f.next > 0 ? `结转下年度继续办理${f.next}件` : '无结转下年度办理的申请';
  const style = random();
  if (style < 0.3)
    return `本年度共收到政府信息公开申请${f.fresh}件，上年结转${f.carried}件，全年办结${f.closed}件，${results}，${next}。`;
  if (style < 0.55)
    return `全年共受理政府信息公开申请${f.fresh + f.carried}件（含上年结转${f.carried}件），办结${f.closed}件，${results}；${next}。`;
  if (style < 0.8)
    return `本年度受理依申请公开${f.fresh}件，上年度结转${f.carried}件；共答复${f.closed}件${f.carried > 0 && f.carried <= f.closed ? `（含上年度结转${f.carried}件）` : ''}，${results}，${next}。`;
  return `本机关全年新收政府信息公开申请${f.fresh}件，加上上年结转${f.carried}件，共办理${f.fresh + f.carried}件。已答复${f.closed}件，${results}。${next}。`;
}

function reviewParagraph(f: Figures, random: () => number): string {
  if (f.review + f.suit === 0)
    return pick(random, [
      '本年度未发生因政府信息公开引起的行政复议、行政诉讼。',
      '全年无政府信息公开方面的行政复议和行政诉讼案件。',
    ]);
  return pick(random, [
    `本年度发生政府信息公开行政复议${f.review}件、行政诉讼${f.suit}件。`,
    `因政府信息公开被申请行政复议${f.review}件，被提起行政诉讼${f.suit}件。`,
  ]);
}

/** The 表二 sentences (2021: 制发/废止/现行有效, decisions, 收费; 2019: its own columns). */
function activeParagraph(report: Report, f: Figures, random: () => number): string {
  const made = f.cell('t2_normative_made');
  const rules = f.cell('t2_rules_made');
  const parts: string[] = [];
  const entries = 300 + Math.floor(random() * 900);
  parts.push(`全年通过门户网站主动公开政府信息${entries}条`);
  if (report.template === '2021') {
    const repealed = f.cell('t2_normative_repealed');
    const valid = f.cell('t2_normative_valid');
    parts.push(
      pick(random, [
        `制发行政规范性文件${made}件，废止${repealed}件，现行有效${valid}件`,
        `本年度制定规章${rules}件、行政规范性文件${made}件，废止规范性文件${repealed}件，现行有效规范性文件${valid}件`,
      ]),
    );
    parts.push(
      `公开行政许可决定${f.cell('t2_license_decisions')}件、行政处罚决定${f.cell('t2_penalty_decisions')}件、行政强制决定${f.cell('t2_coercion_decisions')}件`,
    );
    const fee = f.cell('t2_fee_amount');
    if (fee > 0)
      parts.push(
        random() < 0.5
          ? `收取行政事业性收费${fee}万元`
          : `行政事业性收费金额${Math.round(fee * 10000)}元`,
      );
  } else {
    parts.push(
      `新制作规范性文件${made}件，新公开${f.cell('t2_normative_published')}件`,
      `作出行政许可处理决定${f.cell('t2_license_decisions')}件、行政处罚决定${f.cell('t2_penalty_decisions')}件`,
    );
  }
  return `${parts.join('；')}，相关信息均在作出决定后7个工作日内公开。`;
}

/** A report's narrative in the words offices use; `wrong` plants one statement that disagrees. */
export function publishedNarrative(
  report: Report,
  random: () => number,
  wrong = false,
): Report['text'] {
  const f = figures(report);
  let requests = requestsParagraph(f, random);
  if (wrong) {
    // One figure off by one or two: a typo the check must still catch.
    requests = `本年度共收到政府信息公开申请${f.fresh + 1 + Math.floor(random() * 2)}件。${requests}`;
  }
  const org = report.meta.org;
  const place = org.replace(/人民政府$/, '');
  return {
    intro: `根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布${org}${report.meta.year}年政府信息公开工作年度报告。本报告所列数据的统计期限为${report.meta.year}年1月1日至${report.meta.year}年12月31日。`,
    overview: [
      '（一）主动公开',
      activeParagraph(report, f, random),
      '（二）依申请公开',
      requests,
      reviewParagraph(f, random),
      '（三）政府信息管理',
      `${place}严格执行保密审查制度，落实“先审查、后公开”要求，全年未发生泄密事件。`,
      '（四）政府信息公开平台建设',
      `持续优化政府信息公开专栏，在${10 + Math.floor(random() * 20)}个行政村（社区）更新政务公开栏。`,
      '（五）监督保障',
      `将政务公开工作纳入年度考核，组织业务培训${1 + Math.floor(random() * 4)}次。`,
    ].join('\n'),
    problems:
      '（一）上年度问题整改情况\n针对上年度栏目更新不及时的问题，建立更新台账，实行每月通报。\n（二）存在的主要问题及改进措施\n政策解读形式较为单一。下一步将丰富解读形式，加强业务培训。',
    other: `本年度未收取信息处理费。\n${place}按要求完成年度政务公开工作要点各项任务。`,
  };
}
