/**
 * The rows an importer looks for, derived from the template: each body row that holds number
 * cells, its label as a key, the variants real reports write, and its cells in column order.
 */
import type { CellKind, TableId, Template } from '../../template-types';
import { labelKey } from '../normalize';

/** A table row as the importer looks for it. */
export interface RowSpec {
  readonly table: TableId;
  /** Row name for messages, e.g. "表三 （三）不予公开 1.属于国家秘密". */
  readonly name: string;
  /** labelKey of the template's own label of the row. */
  readonly key: string;
  /** labelKeys of shorter or variant wordings that still name only this row. */
  readonly aliases: readonly string[];
  /** Cells in column order; colSpan > 1 for a number merged across columns. */
  readonly cells: readonly {
    readonly id: string;
    readonly kind: CellKind;
    readonly colSpan: number;
  }[];
}

/**
 * Distinctive parts of labels, for the variants real reports use (format.md §3: "1.本机关不掌握相关
 * 信息", "2.其他法律法规禁止公开") and for PDF text where a label is cut by its numbers.
 */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
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
  '（六）其他处理': ['其他处理'],
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请': ['逾期不补正'],
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请': [
    '缴纳费用',
    '收费通知',
  ],
  '四、结转下年度继续办理': ['结转下年度', '下年度继续'],
  规范性文件: ['规范性文件'],
  行政规范性文件: ['规范性文件'],
  其他对外管理服务事项: ['对外管理服务'],
  行政事业性收费: ['事业性收费'],
  政府集中采购: ['集中采购'],
};

/** The label without its leading ordinal ("1.", "（七）", "四、"), when that still says enough. */
function withoutOrdinal(key: string): string[] {
  const bare = key.replace(/^(?:[一二三四五六七八九十]+|\d+)/, '');
  return bare !== key && bare.length >= 3 ? [bare] : [];
}

/** The number rows of a table in template order (table 四 is one row with no label of its own). */
export function rowSpecs(template: Template, table: TableId): RowSpec[] {
  const def = template.tables[table];
  const specs: RowSpec[] = [];
  for (const row of def.body) {
    const cells = row.flatMap((c) =>
      c.type === 'number' ? [{ id: c.id, kind: c.kind, colSpan: c.colSpan ?? 1 }] : [],
    );
    const first = row.find((c) => c.type === 'number');
    if (!first) continue;
    const labels = row.filter((c) => c.type === 'label');
    const own = labels[labels.length - 1]?.text ?? '';
    const key = labelKey(own);
    const aliases = [...(ALIASES[own] ?? []), ...withoutOrdinal(key)].map(labelKey);
    specs.push({
      table,
      name: `${def.name} ${first.row}`,
      key,
      aliases: [...new Set(aliases)].filter((a) => a !== key),
      cells,
    });
  }
  return specs;
}

/** labelKeys of every label the template prints in a table, headers included. */
export function tableLabelKeys(template: Template, table: TableId): string[] {
  const def = template.tables[table];
  return [...def.header, ...def.body].flatMap((row) =>
    row.flatMap((c) => (c.type === 'label' ? [labelKey(c.text)] : [])),
  );
}
