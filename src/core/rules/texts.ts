/** The rules on the report's texts and meta data: TEMPLATE_YEAR, SECTION_EMPTY, TEXT_TABLE_MISMATCH. */
import { sumCounts } from '../number';
import { firstTemplate, getTemplate, templateIdForYear } from '../templates';
import type { Template, TextKey } from '../template-types';
import type { Finding } from './catalogue';
import { finding, type RuleContext } from './context';
import { t3RoleCell } from '../roles';
import { findStatements, RESULT_FACTS, TEXT_FACTS, type Statement } from './text-facts';

/** TEMPLATE_YEAR: the chosen format is not the one of the report year. */
export function templateYear({ template, report }: RuleContext): Finding[] {
  const year = report.meta.year;
  const first = firstTemplate();
  if (year < first.years.from) {
    return [
      finding(
        'TEMPLATE_YEAR',
        `报告年度 ${year} 年早于${first.name}的适用年度，没有适用的格式`,
        [],
        { field: 'meta.year' },
      ),
    ];
  }
  const wanted = templateIdForYear(year);
  if (wanted === template.id) return [];
  return [
    finding(
      'TEMPLATE_YEAR',
      `报告年度 ${year} 年应使用${getTemplate(wanted).name}，当前使用的是${template.name}`,
      [],
      { field: 'meta.template' },
    ),
  ];
}

/** SECTION_EMPTY: a narrative section with no text. */
export function emptySections({ template, report }: RuleContext): Finding[] {
  return template.sections
    .filter((s) => s.text && (report.text[s.text] ?? '').trim() === '')
    .map((s) =>
      finding('SECTION_EMPTY', `${s.heading} 尚未填写正文`, [], { field: `text.${s.text ?? ''}` }),
    );
}

/** The narrative texts in report order, with where each stands ("一、总体情况"). */
export function narratives(template: Template): [string, TextKey][] {
  const list: [string, TextKey][] = [['开头段落', 'intro']];
  for (const s of template.sections) if (s.text) list.push([s.heading, s.text]);
  return list;
}

const FACTS = [...TEXT_FACTS, ...RESULT_FACTS];

/**
 * "受理/办理…N件" may count this year's applications with last year's carried over: N = 新收 +
 * 上年结转 is consistent, not a mismatch.
 */
function handledWithCarried(context: RuleContext, statement: Statement, table: number): boolean {
  if (statement.fact.id !== 'received' || !/受理|办理/.test(statement.quote)) return false;
  const carried = t3RoleCell(context.template, 'carried');
  return statement.value === table + context.values.num(carried);
}

/** TEXT_TABLE_MISMATCH: a number stated in the narrative differs from the tables. */
export function textTableMismatch(context: RuleContext): Finding[] {
  const { template, report, values } = context;
  const out: Finding[] = [];
  const reported = new Set<string>();
  for (const [where, key] of narratives(template)) {
    for (const statement of findStatements(report.text[key] ?? '', FACTS)) {
      const { fact } = statement;
      if (statement.zero || reported.has(fact.id)) continue;
      const ids = fact.cells(template);
      if (ids.some((id) => values.invalid.has(id))) continue;
      const table = sumCounts(ids.map((id) => values.get(id) ?? null));
      if (table === statement.value) continue;
      if (handledWithCarried(context, statement, table)) continue;
      reported.add(fact.id);
      out.push(
        finding(
          'TEXT_TABLE_MISMATCH',
          `${where}写“${statement.quote}”（${statement.value}），而${fact.what}为 ${table}`,
          ids,
          { expected: table, actual: statement.value, field: `text.${key}` },
        ),
      );
    }
  }
  return out;
}
