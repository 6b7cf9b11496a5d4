/**
 * Labels and table parts the 2019 and 2021 formats share, verbatim from the official formats
 * (国办公开办函〔2019〕60号 and 〔2021〕30号; see the official format (§1), §3, §4).
 */
import type {
  CellKind,
  GridCell,
  LabelCell,
  NumberCell,
  SectionDef,
  T3Column,
  T3Group,
  T3RowRole,
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

const T3_COLUMNS: readonly T3Column[] = [
  { key: 'natural', label: '自然人', role: 'applicant' },
  { key: 'business', label: '商业企业', role: 'applicant' },
  { key: 'research', label: '科研机构', role: 'applicant' },
  { key: 'nonprofit', label: '社会公益组织', role: 'applicant' },
  { key: 'legal', label: '法律服务机构', role: 'applicant' },
  { key: 'other', label: '其他', role: 'applicant' },
  { key: 'total', label: '总计', role: 'total' },
];

/** A row of table 三 before layout: its key, its own label, its role and the group it sits in. */
export interface T3RowSpec {
  readonly key: string;
  readonly label: string;
  readonly role: T3RowRole;
  /** The result group (（三）不予公开 …) a result row belongs to. */
  readonly group?: T3GroupSpec;
}

/** A result group: its id, its printed label when it has sub-items, and its short name. */
export interface T3GroupSpec {
  readonly id: string;
  /** The group's own label cell, for groups printed with sub-items ("（三）不予公开"). */
  readonly label?: string;
  readonly name: string;
  readonly fallback?: string;
}

const OPEN: T3GroupSpec = { id: 'open', name: '予以公开' };
const PARTIAL: T3GroupSpec = { id: 'partial', name: '部分公开' };
const DENY: T3GroupSpec = { id: 'deny', label: '（三）不予公开', name: '不予公开' };
const UNABLE: T3GroupSpec = { id: 'unable', label: '（四）无法提供', name: '无法提供' };
const REJECT: T3GroupSpec = { id: 'reject', label: '（五）不予处理', name: '不予处理' };
const RESULTS = '三、本年度办理结果';

const T3_HEAD_ROWS: T3RowSpec[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量', role: 'received' },
  { key: 'carried', label: '二、上年结转政府信息公开申请数量', role: 'carried' },
];

function results(group: T3GroupSpec, rows: [key: string, label: string][]): T3RowSpec[] {
  return rows.map(([key, label]) => ({ key, label, role: 'result', group }));
}

/** The result rows before （六）其他处理, identical in both formats. */
export const T3_RESULT_ROWS: readonly T3RowSpec[] = [
  ...results(OPEN, [['open', '（一）予以公开']]),
  ...results(PARTIAL, [['partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）']]),
  ...results(DENY, [
    ['deny_secret', '1.属于国家秘密'],
    ['deny_law', '2.其他法律行政法规禁止公开'],
    ['deny_safety', '3.危及“三安全一稳定”'],
    ['deny_third_party', '4.保护第三方合法权益'],
    ['deny_internal', '5.属于三类内部事务信息'],
    ['deny_process', '6.属于四类过程性信息'],
    ['deny_enforcement', '7.属于行政执法案卷'],
    ['deny_query', '8.属于行政查询事项'],
  ]),
  ...results(UNABLE, [
    ['unable_unheld', '1.本机关不掌握相关政府信息'],
    ['unable_create', '2.没有现成信息需要另行制作'],
    ['unable_unclear', '3.补正后申请内容仍不明确'],
  ]),
  ...results(REJECT, [
    ['reject_petition', '1.信访举报投诉类申请'],
    ['reject_repeat', '2.重复申请'],
    ['reject_publication', '3.要求提供公开出版物'],
    ['reject_massive', '4.无正当理由大量反复申请'],
    ['reject_confirm', '5.要求行政机关确认或重新出具已获取信息'],
  ]),
];

const OTHER_LABEL = '（六）其他处理';

/** （六）其他处理 as one row (2019 format). */
export const T3_OTHER_2019: readonly T3RowSpec[] = results({ id: 'other', name: '其他处理' }, [
  ['other_handling', OTHER_LABEL],
]);

/** （六）其他处理 with its three sub-items (2021 format); 3.其他 takes a one-row （六）. */
export const T3_OTHER_2021: readonly T3RowSpec[] = results(
  { id: 'other', label: OTHER_LABEL, name: '其他处理', fallback: 'other_misc' },
  [
    ['other_overdue', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
    ['other_unpaid', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
    ['other_misc', '3.其他'],
  ],
);

const T3_TAIL_RESULT: T3RowSpec = { key: 'result_total', label: '（七）总计', role: 'resultTotal' };
const T3_CARRY_NEXT: T3RowSpec = {
  key: 'carry_next',
  label: '四、结转下年度继续办理',
  role: 'carryNext',
};

/** The row label that names a cell of this row: "（三）不予公开 1.属于国家秘密" for sub-items. */
function rowName(row: T3RowSpec): string {
  return row.group?.label ? `${row.group.label} ${row.label}` : row.label;
}

function t3Id(row: string, column: string): string {
  return `t3_${row}_${column}`;
}

function t3Numbers(row: T3RowSpec): NumberCell[] {
  return T3_COLUMNS.map((c) => num(t3Id(row.key, c.key), 'count', rowName(row), c.label));
}

/** The grid rows of 三、本年度办理结果: merged group labels (rowspan) for groups with sub-items. */
function resultBody(resultRows: readonly T3RowSpec[]): GridCell[][] {
  const body: GridCell[][] = [];
  const resultSpan = resultRows.length + 1; // + （七）总计
  resultRows.forEach((row, i) => {
    const cells: GridCell[] = [];
    if (i === 0) cells.push(label(RESULTS, 'row', { rowSpan: resultSpan }));
    const group = row.group;
    if (!group?.label) {
      cells.push(label(row.label, 'row', { colSpan: 2 }));
    } else {
      if (resultRows[i - 1]?.group !== group) {
        const size = resultRows.filter((r) => r.group === group).length;
        cells.push(label(group.label, 'row', { rowSpan: size }));
      }
      cells.push(label(row.label));
    }
    body.push([...cells, ...t3Numbers(row)]);
  });
  return body;
}

/** Table 三 with the given result rows (T3_RESULT_ROWS followed by a format's （六）). */
export function table3(resultRows: readonly T3RowSpec[]): {
  table: TableDef;
  structure: T3Structure;
} {
  const body: GridCell[][] = [
    ...T3_HEAD_ROWS.map((row) => [label(row.label, 'row', { colSpan: 3 }), ...t3Numbers(row)]),
    ...resultBody(resultRows),
    [label(T3_TAIL_RESULT.label, 'row', { colSpan: 2 }), ...t3Numbers(T3_TAIL_RESULT)],
    [label(T3_CARRY_NEXT.label, 'row', { colSpan: 3 }), ...t3Numbers(T3_CARRY_NEXT)],
  ];
  const table: TableDef = {
    id: 't3',
    name: '表三',
    columns: 10,
    widths: T3_WIDTHS,
    screenWidths: [7, 11, 22, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5, 9],
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
      T3_COLUMNS.filter((c) => c.role === 'applicant' && c.key !== 'natural').map((c) =>
        label(c.label, 'head'),
      ),
    ],
    body,
  };
  const specs = [...T3_HEAD_ROWS, ...resultRows, T3_TAIL_RESULT, T3_CARRY_NEXT];
  const specsById = new Map(resultRows.flatMap((r) => (r.group ? [[r.group.id, r.group]] : [])));
  const groups: T3Group[] = [...specsById.values()].map((g) => ({
    id: g.id,
    name: g.name,
    ...(g.label ? { label: g.label } : {}),
    rows: resultRows.filter((r) => r.group?.id === g.id).map((r) => r.key),
    ...(g.fallback ? { fallback: g.fallback } : {}),
  }));
  const structure: T3Structure = {
    columns: T3_COLUMNS,
    rows: specs.map((r) => ({
      key: r.key,
      label: rowName(r),
      role: r.role,
      ...(r.group ? { group: r.group.id } : {}),
    })),
    groups,
    cells: Object.fromEntries(
      specs.map((r) => [
        r.key,
        Object.fromEntries(T3_COLUMNS.map((c) => [c.key, t3Id(r.key, c.key)])),
      ]),
    ),
  };
  return { table, structure };
}

const T4_GROUPS = [
  { key: 'review', label: '行政复议', name: '行政复议', role: 'review' },
  {
    key: 'suit_direct',
    label: '行政诉讼 未经复议直接起诉',
    name: '未经复议直接起诉',
    role: 'suit',
  },
  { key: 'suit_after', label: '行政诉讼 复议后起诉', name: '复议后起诉', role: 'suit' },
] as const satisfies T4Structure['groups'];

const T4_RESULTS = [
  { key: 'upheld', label: '结果维持', role: 'upheld' },
  { key: 'corrected', label: '结果纠正', role: 'corrected' },
  { key: 'other', label: '其他结果', role: 'other' },
  { key: 'pending', label: '尚未审结', role: 'pending' },
  { key: 'total', label: '总计', role: 'total' },
] as const satisfies T4Structure['results'];

function t4Id(group: string, result: string): string {
  return `t4_${group}_${result}`;
}

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
        T4_RESULTS.map((r) => num(t4Id(g.key, r.key), 'count', g.label, r.label)),
      ),
    ],
  };
  const cells = Object.fromEntries(
    T4_GROUPS.map((g) => [
      g.key,
      Object.fromEntries(T4_RESULTS.map((r) => [r.key, t4Id(g.key, r.key)])),
    ]),
  );
  return { table, structure: { groups: T4_GROUPS, results: T4_RESULTS, cells } };
}

/**
 * Wordings of the shared labels that real reports use (the official format §3: "1.本机关不掌握相关信息",
 * "2.其他法律法规禁止公开"), and distinctive parts for PDF text where a label is cut by its numbers.
 */
export const COMMON_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '一、本年新收政府信息公开申请数量': ['本年新收'],
  '二、上年结转政府信息公开申请数量': ['上年结转'],
  '（一）予以公开': ['予以公开'],
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）': ['部分公开'],
  '1.属于国家秘密': ['国家秘密'],
  '2.其他法律行政法规禁止公开': ['禁止公开'],
  '3.危及“三安全一稳定”': ['三安全'],
  '4.保护第三方合法权益': ['第三方'],
  '5.属于三类内部事务信息': ['内部事务'],
  '6.属于四类过程性信息': ['过程性信息'],
  '7.属于行政执法案卷': ['执法案卷'],
  '8.属于行政查询事项': ['查询事项'],
  '1.本机关不掌握相关政府信息': ['不掌握'],
  '2.没有现成信息需要另行制作': ['另行制作', '没有现成'],
  '3.补正后申请内容仍不明确': ['仍不明确'],
  '1.信访举报投诉类申请': ['信访', '举报投诉'],
  '2.重复申请': ['重复申请'],
  '3.要求提供公开出版物': ['出版物'],
  '4.无正当理由大量反复申请': ['大量反复'],
  '5.要求行政机关确认或重新出具已获取信息': ['重新出具', '确认或重新'],
  '四、结转下年度继续办理': ['结转下年度', '下年度继续'],
};

/**
 * The five aspects of 一、总体情况 the format names (主动公开、依申请公开、政府信息管理、政府信息公开平台
 * 建设、监督保障), with the words reports use for each.
 */
export const OVERVIEW_ASPECTS: readonly { name: string; words: readonly string[] }[] = [
  { name: '主动公开', words: ['主动公开'] },
  { name: '依申请公开', words: ['依申请', '公开申请'] },
  {
    name: '政府信息管理',
    words: ['信息管理', '规范化', '标准化', '公开属性', '保密审查', '信息资源'],
  },
  { name: '平台建设', words: ['平台', '网站', '政务新媒体', '公开专栏', '公开栏', '政务公开专区'] },
  { name: '监督保障', words: ['监督', '保障', '考核', '培训', '社会评议', '责任追究'] },
];

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

/**
 * 表三 as careful hand-made reports lay it out: every number column just wide enough for a
 * three-character heading (自然人) or a six-digit figure on one line at 五号, "三、本年度办理结果"
 * two characters wide, （三）不予公开 three, and the rest to the item labels (1.属于国家秘密 …),
 * 13 characters a line: the long （六）1./2. labels take three lines, not five, and most items one.
 */
export const T3_WIDTHS = [5.4, 7.76, 32.52, 7.76, 7.76, 7.76, 7.76, 7.76, 7.76, 7.76];
