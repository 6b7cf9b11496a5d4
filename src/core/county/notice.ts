/**
 * The county's 通报 draft as layout blocks: who reported, who did not (the expected list), who was
 * late (成文日期 against the deadline — a function, so a local profile's deadlines can replace the
 * statute's), who has 强制性 problems, the most frequent problems with counts, the indicators
 * table and (when the page drew one) a chart. Every figure comes from the batch, and an annex
 * lists each report's file, so a reader can trace any number back.
 */
import type { DocxBlock, ImageBlock } from '../docx/document';
import { formatDate, type Block, type LayoutCell, type LayoutTable } from '../layout';
import { missingOrgs } from '../org-name';
import type { Report } from '../report';
import { RULES, type RuleId } from '../rules/catalogue';
import { profileApplies } from '../profile/apply';
import type { Profile } from '../profile/schema';
import { publicationDeadline } from '../rules/dates';
import { chineseOrdinal } from '../review/opinion';
import type { BatchIndicators, IndicatorInput } from './batch-indicators';
import { rankUnits } from './ranking';
import { MIN_SAMPLE, rateText } from './rates';
import { checkSummaries } from './summary-units';

export interface NoticeOptions {
  /** The 机关 that had to report (the expected list); without it nobody is "missing". */
  readonly expected?: readonly string[];
  /** The deadline of a report (yyyy-mm-dd); by default DATE_DEADLINE's (rules/dates.ts). */
  readonly deadline?: (report: Report) => string;
  /** The local profile in force: its deadlines count for the reports of its year. */
  readonly profile?: Profile | undefined;
  /** 通报单位, signed at the end, and the 成文日期. */
  readonly issuer?: string;
  readonly date?: string;
  /** How many of the most frequent problems to list. */
  readonly topProblems?: number;
}

/** The facts of the 通报, each a list the page can show and a test can count. */
export interface NoticeFacts {
  readonly year: number;
  readonly submitted: readonly string[];
  readonly missing: readonly string[];
  readonly late: readonly {
    readonly org: string;
    readonly date: string;
    readonly deadline: string;
  }[];
  readonly undated: readonly string[];
  readonly withErrors: readonly { readonly org: string; readonly errors: number }[];
  readonly problems: readonly {
    readonly rule: RuleId;
    readonly findings: number;
    readonly units: number;
  }[];
  /** The county's own 汇总 in the batch against its units: its 机关 and how many cells differ. */
  readonly summaries: readonly {
    readonly org: string;
    readonly units: number;
    readonly differ: number;
  }[];
}

/** The facts of a batch's indicators table (its units are the reports of its year). */
export function noticeFacts(
  table: BatchIndicators,
  files: readonly IndicatorInput[],
  options: NoticeOptions = {},
): NoticeFacts {
  const { profile } = options;
  const deadline =
    options.deadline ??
    ((r: Report) =>
      publicationDeadline(
        r.meta.year,
        r.meta.orgType,
        profile && profileApplies(profile, r) ? profile : undefined,
      ));
  const units = table.units.flatMap((u) => {
    const file = files[u.index];
    return file?.report ? [{ org: u.org, report: file.report, findings: file.findings ?? [] }] : [];
  });
  const late = units.flatMap(({ org, report }) => {
    const date = report.meta.date;
    const due = deadline(report);
    return date && /^\d{4}-\d{2}-\d{2}$/.test(date) && date > due
      ? [{ org, date, deadline: due }]
      : [];
  });
  const undated = units.filter((u) => !u.report.meta.date).map((u) => u.org);
  const withErrors = units.flatMap(({ org, findings }) => {
    const errors = findings.filter((f) => f.severity === 'error').length;
    return errors > 0 ? [{ org, errors }] : [];
  });
  const byRule = new Map<RuleId, { findings: number; units: Set<string> }>();
  for (const { org, findings } of units) {
    for (const f of findings) {
      const known = byRule.get(f.rule) ?? { findings: 0, units: new Set<string>() };
      known.findings++;
      known.units.add(org);
      byRule.set(f.rule, known);
    }
  }
  const problems = [...byRule]
    .map(([rule, v]) => ({ rule, findings: v.findings, units: v.units.size }))
    .sort(
      (a, b) =>
        b.units - a.units || b.findings - a.findings || RULES[a.rule].rank - RULES[b.rule].rank,
    )
    .slice(0, options.topProblems ?? 8);
  const submitted = units.map((u) => u.org);
  const summaries = checkSummaries(files, { expected: options.expected ?? [] }).map((c) => ({
    org: files[c.index]?.report?.meta.org ?? '',
    units: c.included.length,
    differ: c.findings.length,
  }));
  return {
    summaries,
    year: table.year,
    submitted,
    missing: missingOrgs(options.expected ?? [], submitted),
    late,
    undated,
    withErrors,
    problems,
  };
}

const list = (names: readonly string[]) => names.join('、');

function submissionText(facts: NoticeFacts, expected: number): string {
  const head =
    expected > 0
      ? `应报送${expected}个单位，已报送${facts.submitted.length}个，未报送${facts.missing.length}个${facts.missing.length ? `：${list(facts.missing)}` : ''}。`
      : `共收到${facts.submitted.length}个单位的${facts.year}年度报告（未提供应报送单位名单，未统计未报送单位）。`;
  const late = facts.late.length
    ? `${facts.late.length}个单位的成文日期晚于期限：${facts.late.map((l) => `${l.org}（成文日期${formatDate(l.date)}，期限${formatDate(l.deadline)}）`).join('、')}。`
    : '已报送单位的成文日期均在公布期限内。';
  const undated = facts.undated.length
    ? `${facts.undated.length}个单位的报告未写明成文日期，无法判断是否按时公布：${list(facts.undated)}。`
    : '';
  return head + late + undated;
}

function problemBlocks(facts: NoticeFacts): Block[] {
  const errors = facts.withErrors.length
    ? `${facts.withErrors.length}个单位的报告存在强制性问题（必须改正）：${facts.withErrors.map((u) => `${u.org}（${u.errors}个）`).join('、')}。`
    : '各单位报告均未发现强制性问题。';
  const items = facts.problems.map(
    (p, i) => `${i + 1}. ${RULES[p.rule].title}：${p.findings}处，涉及${p.units}个单位。`,
  );
  const sums = facts.summaries.map((c) =>
    c.differ
      ? `县级汇总报告（${c.org}）与所含${c.units}个单位报告之和相比有${c.differ}处不符，应重新汇总。`
      : `县级汇总报告（${c.org}）与所含${c.units}个单位报告之和一致。`,
  );
  return [
    { type: 'paragraph', text: errors + sums.join('') },
    ...(items.length
      ? [
          { type: 'paragraph', text: '出现较多的问题如下：' } as const,
          ...items.map((text) => ({ type: 'paragraph', text }) as const),
        ]
      : []),
  ];
}

const TABLE_COLUMNS = [
  'disclosure',
  'denied',
  'unable',
  'carry',
  'review_corrected',
  'suit_corrected',
];

function cell(
  text: string,
  kind: LayoutCell['kind'] = 'number',
  role?: LayoutCell['role'],
): LayoutCell {
  return { text, colSpan: 1, rowSpan: 1, kind, ...(role ? { role } : {}) };
}

/** The indicators table of the 通报: the units in the order of 实质公开率, then the total. */
export function noticeTable(table: BatchIndicators): LayoutTable {
  const defs = TABLE_COLUMNS.flatMap((id) => table.defs.filter((d) => d.id === id));
  const head = [
    cell('单位', 'label', 'head'),
    cell('办结', 'label', 'head'),
    ...defs.map((d) => cell(d.name, 'label', 'head')),
  ];
  const ordered = rankUnits(table.units, 'disclosure').map((r) => r.unit);
  const rows = ordered.map((u) => [
    cell(u.org, 'label', 'row'),
    cell(String(u.counts.handled ?? '—')),
    ...defs.map((d) =>
      cell(u.rates[d.id] ? rateText(u.rates[d.id] ?? { kind: 'none', reason: '—' }) : '—'),
    ),
  ]);
  const total = [
    cell('合计', 'label', 'row'),
    cell(String(table.total.counts.handled ?? '—')),
    ...defs.map((d) => cell(rateText(table.total.rates[d.id] ?? { kind: 'none', reason: '—' }))),
  ];
  const rest = (100 - 22 - 8) / defs.length;
  return {
    // A table of figures, not one of the report's: the Word writer reads only its grid.
    type: 'table',
    table: 't3',
    columns: head.length,
    widths: [22, 8, ...defs.map(() => rest)],
    headerRows: 1,
    rows: [head, ...rows, total],
  };
}

function indicatorBlocks(table: BatchIndicators, chart: ImageBlock | undefined): DocxBlock[] {
  const main = table.defs.filter((d) => TABLE_COLUMNS.includes(d.id));
  const rates = main.map(
    (d) => `${d.name}${rateText(table.total.rates[d.id] ?? { kind: 'none', reason: '—' })}`,
  );
  const counts = table.total.counts;
  return [
    {
      type: 'paragraph',
      text: `${table.units.length}个单位合计本年新收政府信息公开申请${counts.received ?? '（数据不全）'}件，办结${counts.handled ?? '（数据不全）'}件；${rates.join('，')}。各单位情况见下表。`,
    },
    noticeTable(table),
    {
      type: 'paragraph',
      text: `注：${main.map((d) => `${d.name} = ${d.definition}`).join('；')}。分母不足${MIN_SAMPLE}件的比率显示为“样本过少”，不参与排名。`,
    },
    ...(chart ? [chart, { type: 'paragraph', text: `图：${chart.alt}` } as const] : []),
  ];
}

/** The 通报 as blocks; `chart` is the picture the page drew, if any (the CLI and tests draw none). */
export function noticeBlocks(
  table: BatchIndicators,
  files: readonly IndicatorInput[],
  options: NoticeOptions = {},
  chart?: ImageBlock,
): DocxBlock[] {
  const facts = noticeFacts(table, files, options);
  const title = noticeTitle(table.year);
  const split = title.indexOf('政府信息公开');
  let part = 0;
  const heading = (text: string): Block => ({
    type: 'heading',
    level: 1,
    text: `${chineseOrdinal(++part)}、${text}`,
  });
  const blocks: DocxBlock[] = [
    { type: 'title', text: title, lines: [title.slice(0, split), title.slice(split)] },
    {
      type: 'paragraph',
      text: `根据《中华人民共和国政府信息公开条例》第四十九条、第五十条规定，现将各单位${table.year}年度政府信息公开工作年度报告的报送和审核情况通报如下。`,
    },
    heading('报送情况'),
    { type: 'paragraph', text: submissionText(facts, options.expected?.length ?? 0) },
    heading('审核发现的问题'),
    ...problemBlocks(facts),
    heading('主要指标'),
    ...indicatorBlocks(table, chart),
    heading('工作要求'),
    {
      type: 'paragraph',
      text: '未报送的单位请尽快报送；报告存在强制性问题的单位，请对照审核意见逐项修改后重新报送；成文日期晚于公布期限的单位，请查明原因，确保今后按期公布。',
    },
    {
      type: 'paragraph',
      text: `附：数据来源。本通报的数字均取自所附报告：${files
        .flatMap((f, i) =>
          table.units.some((u) => u.index === i)
            ? [`${f.report?.meta.org ?? ''}（${f.file}）`]
            : [],
        )
        .join('；')}。`,
    },
  ];
  const signature = [
    options.issuer?.trim(),
    options.date ? formatDate(options.date) : undefined,
  ].filter((line): line is string => Boolean(line));
  if (signature.length) blocks.push({ type: 'signature', lines: signature });
  return blocks;
}

/** "关于2024年度政府信息公开工作年度报告报送和审核情况的通报". */
export function noticeTitle(year: number): string {
  return `关于${year}年度政府信息公开工作年度报告报送和审核情况的通报`;
}
