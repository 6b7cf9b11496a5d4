/**
 * Invariants of every format template, checked against the official formats written out here
 * independently (the official format (§1)–§4 and the report file contract (cell ids)).
 */
import { describe, expect, it } from 'vitest';
import { CELL_ID_PATTERN, cellIds, cellsOf } from '../cells';
import { equationCells, equationsOf } from '../equations';
import type { GridCell, LabelCell, TableDef, Template } from '../template-types';
import { TEMPLATES, getTemplate, templateIdForYear, type TemplateId } from './index';

// ---------------------------------------------------------------------------------------------
// Expected cell ids (the report file contract (cell ids))

const T2_IDS: Record<TemplateId, string[]> = {
  '2019': [
    't2_rules_made',
    't2_rules_published',
    't2_rules_total',
    't2_normative_made',
    't2_normative_published',
    't2_normative_total',
    't2_license_prev',
    't2_license_delta',
    't2_license_decisions',
    't2_service_prev',
    't2_service_delta',
    't2_service_decisions',
    't2_penalty_prev',
    't2_penalty_delta',
    't2_penalty_decisions',
    't2_coercion_prev',
    't2_coercion_delta',
    't2_coercion_decisions',
    't2_fee_prev',
    't2_fee_delta',
    't2_procurement_count',
    't2_procurement_amount',
  ],
  '2021': [
    't2_rules_made',
    't2_rules_repealed',
    't2_rules_valid',
    't2_normative_made',
    't2_normative_repealed',
    't2_normative_valid',
    't2_license_decisions',
    't2_penalty_decisions',
    't2_coercion_decisions',
    't2_fee_amount',
  ],
};

const T3_COLUMN_KEYS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'];
const T3_ROWS_BEFORE_OTHER = [
  'new',
  'carried',
  'open',
  'partial',
  'deny_secret',
  'deny_law',
  'deny_safety',
  'deny_third_party',
  'deny_internal',
  'deny_process',
  'deny_enforcement',
  'deny_query',
  'unable_unheld',
  'unable_create',
  'unable_unclear',
  'reject_petition',
  'reject_repeat',
  'reject_publication',
  'reject_massive',
  'reject_confirm',
];
const T3_OTHER_ROWS: Record<TemplateId, string[]> = {
  '2019': ['other_handling'],
  '2021': ['other_overdue', 'other_unpaid', 'other_misc'],
};
const T3_TAIL_ROWS = ['result_total', 'carry_next'];

function t3Ids(id: TemplateId): string[] {
  const rows = [...T3_ROWS_BEFORE_OTHER, ...T3_OTHER_ROWS[id], ...T3_TAIL_ROWS];
  return rows.flatMap((r) => T3_COLUMN_KEYS.map((c) => `t3_${r}_${c}`));
}

const T4_IDS = ['review', 'suit_direct', 'suit_after'].flatMap((g) =>
  ['upheld', 'corrected', 'other', 'pending', 'total'].map((r) => `t4_${g}_${r}`),
);

const EXPECTED_COUNTS: Record<TemplateId, { t2: number; t3: number; t4: number; all: number }> = {
  '2019': { t2: 22, t3: 161, t4: 15, all: 198 },
  '2021': { t2: 10, t3: 175, t4: 15, all: 200 },
};

// ---------------------------------------------------------------------------------------------
// Expected labels (the official format)

const SECTION_HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

const T2_LABELS: Record<TemplateId, string[]> = {
  '2021': [
    '第二十条第（一）项',
    '信息内容',
    '本年制发件数',
    '本年废止件数',
    '现行有效件数',
    '规章',
    '行政规范性文件',
    '第二十条第（五）项',
    '本年处理决定数量',
    '行政许可',
    '第二十条第（六）项',
    '行政处罚',
    '行政强制',
    '第二十条第（八）项',
    '本年收费金额（单位：万元）',
    '行政事业性收费',
  ],
  '2019': [
    '第二十条第（一）项',
    '信息内容',
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
    '规章',
    '规范性文件',
    '第二十条第（五）项',
    '上一年项目数量',
    '本年增/减',
    '处理决定数量',
    '行政许可',
    '其他对外管理服务事项',
    '第二十条第（六）项',
    '行政处罚',
    '行政强制',
    '第二十条第（八）项',
    '行政事业性收费',
    '第二十条第（九）项',
    '采购项目数量',
    '采购总金额（单位：万元，保留4位小数）',
    '政府集中采购',
  ],
};

const T3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const T3_HEADER_LABELS = [
  T3_NOTE,
  '申请人情况',
  '自然人',
  '法人或其他组织',
  '总计',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '其他',
];

/** Body labels of table 三 in reading order (the official format §3). */
function t3BodyLabels(id: TemplateId): string[] {
  const other =
    id === '2021'
      ? [
          '（六）其他处理',
          '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
          '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
          '3.其他',
        ]
      : ['（六）其他处理'];
  return [
    '一、本年新收政府信息公开申请数量',
    '二、上年结转政府信息公开申请数量',
    '三、本年度办理结果',
    '（一）予以公开',
    '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    '（三）不予公开',
    '1.属于国家秘密',
    '2.其他法律行政法规禁止公开',
    '3.危及“三安全一稳定”',
    '4.保护第三方合法权益',
    '5.属于三类内部事务信息',
    '6.属于四类过程性信息',
    '7.属于行政执法案卷',
    '8.属于行政查询事项',
    '（四）无法提供',
    '1.本机关不掌握相关政府信息',
    '2.没有现成信息需要另行制作',
    '3.补正后申请内容仍不明确',
    '（五）不予处理',
    '1.信访举报投诉类申请',
    '2.重复申请',
    '3.要求提供公开出版物',
    '4.无正当理由大量反复申请',
    '5.要求行政机关确认或重新出具已获取信息',
    ...other,
    '（七）总计',
    '四、结转下年度继续办理',
  ];
}

const T4_LABELS = [
  '行政复议',
  '行政诉讼',
  '结果维持',
  '结果纠正',
  '其他结果',
  '尚未审结',
  '总计',
  '未经复议直接起诉',
  '复议后起诉',
];

// ---------------------------------------------------------------------------------------------
// Helpers

const TABLE_IDS = ['t2', 't3', 't4'] as const;

function labels(rows: readonly (readonly GridCell[])[]): LabelCell[] {
  return rows.flatMap((row) => row.filter((c): c is LabelCell => c.type === 'label'));
}

function allLabels(table: TableDef): LabelCell[] {
  return [...labels(table.header), ...labels(table.body)];
}

/** The one label with this text among the given rows (fails when absent or repeated). */
function findLabel(rows: readonly (readonly GridCell[])[], text: string): LabelCell {
  const found = labels(rows).filter((c) => c.text === text);
  expect(found, `label「${text}」`).toHaveLength(1);
  const cell = found[0];
  if (!cell) throw new Error(`no label ${text}`);
  return cell;
}

function spanOf(cell: GridCell): { colSpan: number; rowSpan: number } {
  return {
    colSpan: cell.colSpan ?? 1,
    rowSpan: cell.type === 'label' ? (cell.rowSpan ?? 1) : 1,
  };
}

/**
 * Place the rows of one part of a table (header or body) on a grid of `columns`, HTML-style:
 * each cell starts at the first free position of its row. Returns problems found, if any.
 */
function occupancyProblems(rows: readonly (readonly GridCell[])[], columns: number): string[] {
  const problems: string[] = [];
  const grid: boolean[][] = rows.map(() => Array.from({ length: columns }, () => false));
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (c < columns && grid[r]?.[c]) c++;
      const { colSpan, rowSpan } = spanOf(cell);
      const name = cell.type === 'label' ? cell.text : cell.id;
      if (r + rowSpan > rows.length) problems.push(`row ${r}: ${name} rowSpan runs past the end`);
      if (c + colSpan > columns) problems.push(`row ${r}: ${name} runs past column ${columns}`);
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          const line = grid[r + dr];
          if (!line || c + dc >= columns) continue;
          if (line[c + dc]) problems.push(`row ${r + dr} col ${c + dc}: ${name} overlaps`);
          line[c + dc] = true;
        }
      }
      c += colSpan;
    }
  });
  grid.forEach((line, r) => {
    const filled = line.filter(Boolean).length;
    if (filled !== columns) problems.push(`row ${r}: fills ${filled} of ${columns} positions`);
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------

describe.each(TEMPLATES.map((t) => [t.id, t] as const))('template %s', (id, template: Template) => {
  const cells = cellsOf(template);
  const ids = cellIds(template);

  describe('cell ids', () => {
    it('are unique, valid and free of dots', () => {
      expect(new Set(ids).size).toBe(ids.length);
      for (const cellId of ids) {
        expect(cellId).toMatch(CELL_ID_PATTERN);
        expect(cellId).not.toContain('.');
        expect(cellId).toMatch(/^[a-z0-9_]+$/);
      }
      // The same ids appear once each in the grid itself (cellsOf would hide duplicates).
      const inGrid = TABLE_IDS.flatMap((t) =>
        template.tables[t].body.flatMap((row) =>
          row.flatMap((c) => (c.type === 'number' ? [c.id] : [])),
        ),
      );
      expect(inGrid).toHaveLength(new Set(inGrid).size);
      expect([...inGrid].sort()).toEqual([...ids].sort());
    });

    it('are exactly the ids of the report file contract (cell ids)', () => {
      const expected = [...T2_IDS[id], ...t3Ids(id), ...T4_IDS];
      expect([...ids].sort()).toEqual([...expected].sort());
      const counts = EXPECTED_COUNTS[id];
      expect(ids).toHaveLength(counts.all);
      for (const t of TABLE_IDS) {
        expect([...cells.values()].filter((c) => c.table === t)).toHaveLength(counts[t]);
      }
      for (const cellId of T2_IDS[id]) expect(cells.get(cellId)?.table).toBe('t2');
      for (const cellId of t3Ids(id)) expect(cells.get(cellId)?.table).toBe('t3');
      for (const cellId of T4_IDS) expect(cells.get(cellId)?.table).toBe('t4');
    });

    it('have the kind of their column: signed for 本年增/减, amount for 万元, count otherwise', () => {
      for (const [cellId, info] of cells) {
        const expected = cellId.endsWith('_delta')
          ? 'signed'
          : cellId === 't2_fee_amount' || cellId === 't2_procurement_amount'
            ? 'amount'
            : 'count';
        expect(info.kind, cellId).toBe(expected);
      }
    });
  });

  describe.each(TABLE_IDS)('table %s grid', (tableId) => {
    const table = template.tables[tableId];

    it('header rows fill the grid with no overlap and no rowSpan past the header', () => {
      expect(occupancyProblems(table.header, table.columns)).toEqual([]);
    });

    it('body rows fill the grid with no overlap and no rowSpan past the body', () => {
      expect(table.body.length).toBeGreaterThan(0);
      expect(occupancyProblems(table.body, table.columns)).toEqual([]);
    });

    it('has one width per column, adding up to 100, on paper and on screen', () => {
      for (const widths of [table.widths, table.screenWidths ?? table.widths]) {
        expect(widths).toHaveLength(table.columns);
        for (const w of widths) expect(w).toBeGreaterThan(0);
        expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 6);
      }
    });
  });

  describe('equations', () => {
    const equations = equationsOf(template);

    it('name only cells of this template', () => {
      expect(equations.length).toBeGreaterThan(0);
      for (const eq of equations) {
        for (const cellId of equationCells(eq)) {
          expect(cells.has(cellId), `${eq.rule} ${eq.target}: ${cellId}`).toBe(true);
        }
      }
    });

    it('cover every cell of tables 三 and 四', () => {
      const covered = new Set(equations.flatMap((eq) => equationCells(eq)));
      const missing = [...cells.values()]
        .filter((c) => (c.table === 't3' || c.table === 't4') && !covered.has(c.id))
        .map((c) => c.id);
      expect(missing).toEqual([]);
    });

    it('never cover a cell of table 二', () => {
      const covered = new Set(equations.flatMap((eq) => equationCells(eq)));
      expect(T2_IDS[id].filter((c) => covered.has(c))).toEqual([]);
    });
  });

  describe('labels', () => {
    it('has the six section headings of the official format §1, in order', () => {
      expect(template.sections.map((s) => s.heading)).toEqual(SECTION_HEADINGS);
      expect(template.sections.map((s) => s.table)).toEqual([
        undefined,
        't2',
        't3',
        't4',
        undefined,
        undefined,
      ]);
    });

    it('table 二 has every label of the official format §2 verbatim', () => {
      const texts = new Set(allLabels(template.tables.t2).map((c) => c.text));
      for (const text of T2_LABELS[id]) expect(texts, text).toContain(text);
    });

    it('table 三 has every header label of the official format §3 verbatim', () => {
      const texts = new Set(labels(template.tables.t3.header).map((c) => c.text));
      for (const text of T3_HEADER_LABELS) expect(texts, text).toContain(text);
    });

    it('table 三 body labels are those of the official format §3, verbatim and in order', () => {
      expect(labels(template.tables.t3.body).map((c) => c.text)).toEqual(t3BodyLabels(id));
    });

    it('table 四 has every label of the official format §4 verbatim', () => {
      const texts = new Set(allLabels(template.tables.t4).map((c) => c.text));
      for (const text of T4_LABELS) expect(texts, text).toContain(text);
    });

    it('table 二 does not have the other format’s labels', () => {
      const other: TemplateId = id === '2019' ? '2021' : '2019';
      const texts = new Set(allLabels(template.tables.t2).map((c) => c.text));
      const own = new Set(T2_LABELS[id]);
      for (const text of T2_LABELS[other].filter((t) => !own.has(t))) {
        expect(texts, text).not.toContain(text);
      }
    });
  });

  describe('spans of table 三', () => {
    const t3 = template.tables.t3;

    it('has 10 columns and 3 header rows', () => {
      expect(t3.columns).toBe(10);
      expect(t3.header).toHaveLength(3);
    });

    it.each([
      [T3_NOTE, 3, 3],
      ['申请人情况', 7, 1],
      ['自然人', 1, 2],
      ['法人或其他组织', 5, 1],
      ['总计', 1, 2],
    ])('header「%s」spans %i columns and %i rows', (text, colSpan, rowSpan) => {
      expect(spanOf(findLabel(t3.header, text))).toEqual({ colSpan, rowSpan });
    });

    it('the note is the first header cell and is styled as a note', () => {
      const first = t3.header[0]?.[0];
      expect(first?.type === 'label' && first.text).toBe(T3_NOTE);
      expect(findLabel(t3.header, T3_NOTE).role).toBe('note');
    });

    it.each([
      ['一、本年新收政府信息公开申请数量', 3, 1],
      ['二、上年结转政府信息公开申请数量', 3, 1],
      ['三、本年度办理结果', 1, id === '2019' ? 20 : 22],
      ['（一）予以公开', 2, 1],
      ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2, 1],
      ['（三）不予公开', 1, 8],
      ['（四）无法提供', 1, 3],
      ['（五）不予处理', 1, 5],
      ['（六）其他处理', id === '2019' ? 2 : 1, id === '2019' ? 1 : 3],
      ['（七）总计', 2, 1],
      ['四、结转下年度继续办理', 3, 1],
    ])('body「%s」spans %i columns and %i rows', (text, colSpan, rowSpan) => {
      expect(spanOf(findLabel(t3.body, text))).toEqual({ colSpan, rowSpan });
    });

    it('every body row ends with the seven number cells of its row', () => {
      for (const row of t3.body) {
        const numbers = row.filter((c) => c.type === 'number');
        expect(numbers).toHaveLength(7);
        expect(row.slice(-7)).toEqual(numbers);
        expect(numbers.map((c) => c.id.slice(c.id.lastIndexOf('_') + 1))).toEqual([
          'natural',
          'business',
          'research',
          'nonprofit',
          'legal',
          'other',
          'total',
        ]);
      }
    });
  });

  describe('spans of table 四', () => {
    const t4 = template.tables.t4;

    it('has 15 columns, 3 header rows and one body row of 15 numbers', () => {
      expect(t4.columns).toBe(15);
      expect(t4.header).toHaveLength(3);
      expect(t4.body).toHaveLength(1);
      expect(t4.body[0]?.filter((c) => c.type === 'number')).toHaveLength(15);
    });

    it.each([
      ['行政复议', 5, 1],
      ['行政诉讼', 10, 1],
      ['未经复议直接起诉', 5, 1],
      ['复议后起诉', 5, 1],
    ])('header「%s」spans %i columns and %i rows', (text, colSpan, rowSpan) => {
      expect(spanOf(findLabel(t4.header, text))).toEqual({ colSpan, rowSpan });
    });

    it('the first row is 行政复议 · 行政诉讼; the 复议 results span two rows', () => {
      expect(labels(t4.header.slice(0, 1)).map((c) => c.text)).toEqual(['行政复议', '行政诉讼']);
      const second = labels(t4.header.slice(1, 2));
      expect(second.map((c) => [c.text, spanOf(c).rowSpan])).toEqual([
        ['结果维持', 2],
        ['结果纠正', 2],
        ['其他结果', 2],
        ['尚未审结', 2],
        ['总计', 2],
        ['未经复议直接起诉', 1],
        ['复议后起诉', 1],
      ]);
      const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
      expect(labels(t4.header.slice(2, 3)).map((c) => c.text)).toEqual([...results, ...results]);
    });
  });
});

describe('the two formats', () => {
  it('are 2019 and 2021, oldest first, and getTemplate finds each', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['2019', '2021']);
    for (const t of TEMPLATES) expect(getTemplate(t.id)).toBe(t);
  });

  it('differ in table 三 only by the （六） rows', () => {
    const only = (a: Template, b: Template) => {
      const other = new Set(cellIds(b));
      return cellIds(a).filter((c) => c.startsWith('t3_') && !other.has(c));
    };
    const [fy2019, fy2021] = [getTemplate('2019'), getTemplate('2021')];
    expect(only(fy2019, fy2021).sort()).toEqual(
      t3Ids('2019')
        .filter((c) => c.includes('other_handling'))
        .sort(),
    );
    expect(only(fy2021, fy2019).sort()).toEqual(
      T3_OTHER_ROWS['2021'].flatMap((r) => T3_COLUMN_KEYS.map((c) => `t3_${r}_${c}`)).sort(),
    );
  });
});

describe('templateIdForYear', () => {
  it.each([
    [2019, '2019'],
    [2020, '2019'],
    [2021, '2021'],
    [2022, '2021'],
    [2025, '2021'],
  ] as const)('%i → %s', (year, expected) => {
    expect(templateIdForYear(year)).toBe(expected);
  });

  it('agrees with the years each template declares', () => {
    for (const t of TEMPLATES) {
      expect(templateIdForYear(t.years.from)).toBe(t.id);
      if (t.years.to !== undefined) expect(templateIdForYear(t.years.to)).toBe(t.id);
    }
  });
});
