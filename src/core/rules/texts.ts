/** The rules on the report's texts and meta data: TEMPLATE_YEAR, SECTION_EMPTY, TEXT_TABLE_MISMATCH. */
import { formatValue, sumCounts } from '../number';
import { firstTemplate, getTemplate, templateIdForYear } from '../templates';
import type { Template, TextKey } from '../template-types';
import type { Finding } from './catalogue';
import { finding, type RuleContext } from './context';
import {
  ACTIVE_FACTS,
  findStatements,
  RESULT_FACTS,
  TEXT_FACTS,
  type Statement,
} from './text-facts';

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

const FACTS = [...TEXT_FACTS, ...RESULT_FACTS, ...ACTIVE_FACTS];

/**
 * Whether the cells agree with a statement. On an imported report a blank cell is not a zero:
 * a sum resting on blanks agrees with any figure it could still reach.
 */
function agrees(context: RuleContext, statement: Statement, ids: readonly string[]): boolean {
  const { values, provenance } = context;
  if (ids.length === 0 || ids.some((id) => values.invalid.has(id))) return true;
  const blank = provenance !== undefined && ids.some((id) => values.get(id) === null);
  const known = ids.reduce((sum, id) => sum + (values.get(id) ?? 0), 0);
  const stated = statement.value;
  if (statement.precision !== undefined) {
    const near = Math.abs(known - stated) <= statement.precision / 2 + 1e-9;
    return near || (blank && known <= stated);
  }
  // Blanks can only add to what the known cells make; a part of the figure can only be less.
  if (statement.atMost) return stated <= known || blank;
  if (blank) return known <= stated;
  return known === stated;
}

/** TEXT_TABLE_MISMATCH: a number stated in the narrative differs from the tables (every reading). */
export function textTableMismatch(context: RuleContext): Finding[] {
  const { template, report, values } = context;
  const out: Finding[] = [];
  const reported = new Set<string>();
  for (const [where, key] of narratives(template)) {
    for (const statement of findStatements(report.text[key] ?? '', FACTS)) {
      const { fact } = statement;
      if (statement.zero || reported.has(fact.id)) continue;
      if (fact.applies && !fact.applies(template)) continue;
      const ids = fact.cells(template);
      const readings = [
        ids,
        ...(fact.readings?.(template, statement.quote, statement.after ?? '') ?? []),
      ];
      if (readings.some((cells) => agrees(context, statement, cells))) continue;
      const table = sumCounts(ids.map((id) => values.get(id) ?? null));
      reported.add(fact.id);
      const shown =
        statement.precision !== undefined ? formatValue(table, 'amount') : String(table);
      const weighed = readings.flat().filter((id) => !ids.includes(id));
      out.push({
        ...finding(
          'TEXT_TABLE_MISMATCH',
          `${where}写“${statement.quote}”（${statement.value}），而${fact.what}为 ${shown}`,
          [...ids],
          { expected: table, actual: statement.value, field: `text.${key}` },
        ),
        // A reading that rests on a cell read in doubt makes the mismatch a doubt too.
        ...(weighed.length > 0 ? { weighs: [...new Set(weighed)] } : {}),
      });
    }
  }
  return out;
}
