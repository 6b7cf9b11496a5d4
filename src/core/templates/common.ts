/**
 * Labels and table parts the 2019 and 2021 formats share, verbatim from the official formats
 * (国办公开办函〔2019〕60号 and 〔2021〕30号; see shared/spec/format.md §1, §3, §4).
 */
import type {
  CellKind,
  GridCell,
  LabelCell,
  NumberCell,
  SectionDef,
  T3Structure,
  T4Structure,
  TableDef,
} from '../template-types';

/** A label cell. */
export function label(
  text: string,
  role: LabelCell['role'] = 'row',
  span: { colSpan?: number; rowSpan?: number } = {},
): LabelCell {
  return { type: 'label', text, role, ...span };
}

/** A number cell named by its row and column labels. */
export function num(
  id: string,
  kind: CellKind,
  row: string,
  col: string,
  colSpan?: number,
): NumberCell {
  return colSpan
    ? { type: 'number', id, kind, row, col, colSpan }
    : { type: 'number', id, kind, row, col };
}

/** The six headings, identical in both formats. */
export function sections(outlines: {
  overview: readonly string[];
  problems: readonly string[];
  other: readonly string[];
}): SectionDef[] {
  return [
    { id: 'overview', heading: '一、总体情况', text: 'overview', outline: outlines.overview },
    { id: 'active', heading: '二、主动公开政府信息情况', table: 't2' },
    { id: 'requests', heading: '三、收到和处理政府信息公开申请情况', table: 't3' },
    { id: 'review', heading: '四、政府信息公开行政复议、行政诉讼情况', table: 't4' },
    {
      id: 'problems',
      heading: '五、存在的主要问题及改进情况',
      text: 'problems',
      outline: outlines.problems,
    },
    { id: 'other', heading: '六、其他需要报告的事项', text: 'other', outline: outlines.other },
  ];
}

export const T3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

const T3_COLUMNS = [
  { key: 'natural', label: '自然人' },
  { key: 'business', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'nonprofit', label: '社会公益组织' },
  { key: 'legal', label: '法律服务机构' },
  { key: 'other', label: '其他' },
  { key: 'total', label: '总计' },
] as const;

/** A row of table 三 before layout: its key, its own label and the group it sits in. */
interface T3RowSpec {
  readonly key: string;
  readonly label: string;
  /** （三）不予公开 etc.: the group label the sub-item belongs to. */
  readonly group?: string;
}

const DENY = '（三）不予公开';
const UNABLE = '（四）无法提供';
const REJECT = '（五）不予处理';
const OTHER = '（六）其他处理';
const RESULTS = '三、本年度办理结果';

const T3_HEAD_ROWS: T3RowSpec[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量' },
  { key: 'carried', label: '二、上年结转政府信息公开申请数量' },
];

const T3_RESULT_ROWS_BEFORE_OTHER: T3RowSpec[] = [
  { key: 'open', label: '（一）予以公开' },
  { key: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  { key: 'deny_secret', label: '1.属于国家秘密', group: DENY },
  { key: 'deny_law', label: '2.其他法律行政法规禁止公开', group: DENY },
  { key: 'deny_safety', label: '3.危及“三安全一稳定”', group: DENY },
  { key: 'deny_third_party', label: '4.保护第三方合法权益', group: DENY },
  { key: 'deny_internal', label: '5.属于三类内部事务信息', group: DENY },
  { key: 'deny_process', label: '6.属于四类过程性信息', group: DENY },
  { key: 'deny_enforcement', label: '7.属于行政执法案卷', group: DENY },
  { key: 'deny_query', label: '8.属于行政查询事项', group: DENY },
  { key: 'unable_unheld', label: '1.本机关不掌握相关政府信息', group: UNABLE },
  { key: 'unable_create', label: '2.没有现成信息需要另行制作', group: UNABLE },
  { key: 'unable_unclear', label: '3.补正后申请内容仍不明确', group: UNABLE },
  { key: 'reject_petition', label: '1.信访举报投诉类申请', group: REJECT },
  { key: 'reject_repeat', label: '2.重复申请', group: REJECT },
  { key: 'reject_publication', label: '3.要求提供公开出版物', group: REJECT },
  { key: 'reject_massive', label: '4.无正当理由大量反复申请', group: REJECT },
  { key: 'reject_confirm', label: '5.要求行政机关确认或重新出具已获取信息', group: REJECT },
];

/** （六）其他处理 as one row (2019 format). */
export const T3_OTHER_2019: T3RowSpec[] = [{ key: 'other_handling', label: OTHER }];

/** （六）其他处理 with its three sub-items (2021 format). */
export const T3_OTHER_2021: T3RowSpec[] = [
  {
    key: 'other_overdue',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    group: OTHER,
  },
  {
    key: 'other_unpaid',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    group: OTHER,
  },
  { key: 'other_misc', label: '3.其他', group: OTHER },
];

const T3_TAIL_RESULT: T3RowSpec = { key: 'result_total', label: '（七）总计' };
const T3_CARRY_NEXT: T3RowSpec = { key: 'carry_next', label: '四、结转下年度继续办理' };

/** The row label that names a cell of this row: "（三）不予公开 1.属于国家秘密" for sub-items. */
function rowName(row: T3RowSpec): string {
  return row.group ? `${row.group} ${row.label}` : row.label;
}

function t3Numbers(row: T3RowSpec): NumberCell[] {
  return T3_COLUMNS.map((c) => num(`t3_${row.key}_${c.key}`, 'count', rowName(row), c.label));
}

/** Table 三 in the given format: `other` is T3_OTHER_2019 or T3_OTHER_2021. */
export function table3(other: T3RowSpec[]): { table: TableDef; structure: T3Structure } {
  const resultRows = [...T3_RESULT_ROWS_BEFORE_OTHER, ...other];
  const resultSpan = resultRows.length + 1; // + （七）总计
  const body: GridCell[][] = [];
  for (const row of T3_HEAD_ROWS)
    body.push([label(row.label, 'row', { colSpan: 3 }), ...t3Numbers(row)]);
  let first = true;
  let previousGroup: string | undefined;
  for (const row of resultRows) {
    const cells: GridCell[] = [];
    if (first) cells.push(label(RESULTS, 'row', { rowSpan: resultSpan }));
    first = false;
    if (row.group === undefined) {
      cells.push(label(row.label, 'row', { colSpan: 2 }));
    } else {
      if (row.group !== previousGroup) {
        const size = resultRows.filter((r) => r.group === row.group).length;
        cells.push(label(row.group, 'row', { rowSpan: size }));
      }
      cells.push(label(row.label));
    }
    previousGroup = row.group;
    body.push([...cells, ...t3Numbers(row)]);
  }
  body.push([label(T3_TAIL_RESULT.label, 'row', { colSpan: 2 }), ...t3Numbers(T3_TAIL_RESULT)]);
  body.push([label(T3_CARRY_NEXT.label, 'row', { colSpan: 3 }), ...t3Numbers(T3_CARRY_NEXT)]);

  const table: TableDef = {
    id: 't3',
    name: '表三',
    columns: 10,
    widths: [7, 11, 22, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5, 9],
    header: [
      [
        label(T3_NOTE, 'note', { colSpan: 3, rowSpan: 3 }),
        label('申请人情况', 'head', { colSpan: 7 }),
      ],
      [
        label('自然人', 'head', { rowSpan: 2 }),
        label('法人或其他组织', 'head', { colSpan: 5 }),
        label('总计', 'head', { rowSpan: 2 }),
      ],
      T3_COLUMNS.slice(1, 6).map((c) => label(c.label, 'head')),
    ],
    body,
  };
  const rows = [...T3_HEAD_ROWS, ...resultRows, T3_TAIL_RESULT, T3_CARRY_NEXT].map((r) => ({
    key: r.key,
    label: rowName(r),
  }));
  const structure: T3Structure = {
    columns: T3_COLUMNS,
    rows,
    resultRows: resultRows.map((r) => r.key),
  };
  return { table, structure };
}

const T4_GROUPS = [
  { key: 'review', label: '行政复议' },
  { key: 'suit_direct', label: '行政诉讼 未经复议直接起诉' },
  { key: 'suit_after', label: '行政诉讼 复议后起诉' },
] as const;

const T4_RESULTS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;

/** Table 四, the same in both formats. */
export function table4(): { table: TableDef; structure: T4Structure } {
  const results = T4_RESULTS.map((r) => label(r.label, 'head'));
  const table: TableDef = {
    id: 't4',
    name: '表四',
    columns: 15,
    widths: Array.from({ length: 15 }, () => 100 / 15),
    header: [
      [label('行政复议', 'head', { colSpan: 5 }), label('行政诉讼', 'head', { colSpan: 10 })],
      [
        ...T4_RESULTS.map((r) => label(r.label, 'head', { rowSpan: 2 })),
        label('未经复议直接起诉', 'head', { colSpan: 5 }),
        label('复议后起诉', 'head', { colSpan: 5 }),
      ],
      [...results, ...results],
    ],
    body: [
      T4_GROUPS.flatMap((g) =>
        T4_RESULTS.map((r) => num(`t4_${g.key}_${r.key}`, 'count', g.label, r.label)),
      ),
    ],
  };
  return { table, structure: { groups: T4_GROUPS, results: T4_RESULTS } };
}

/** A 第二十条 section row of table 二, spanning all four columns. */
export function t2Section(text: string): GridCell[] {
  return [label(text, 'section', { colSpan: 4 })];
}

/** The 信息内容 heading row of a table 二 block; `spanLast` merges the last heading over the rest. */
export function t2Heads(heads: string[], lastSpan = 1): GridCell[] {
  const cells = [label('信息内容', 'head'), ...heads.map((h) => label(h, 'head'))];
  if (lastSpan > 1) {
    const last = cells.pop();
    if (last?.type === 'label') cells.push({ ...last, colSpan: lastSpan });
  }
  return cells;
}

export const T2_WIDTHS = [34, 22, 22, 22];
