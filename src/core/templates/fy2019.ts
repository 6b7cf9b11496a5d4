/**
 * The 2019 format (试行), for the 2019 and 2020 reports: 国办公开办函〔2019〕60号.
 * Labels verbatim from the official format (§2) (2019) and §3.
 */
import type { Template } from '../template-types';
import {
  label,
  num,
  sections,
  t2Heads,
  t2Section,
  T2_WIDTHS,
  COMMON_ALIASES,
  OVERVIEW_ASPECTS,
  T3_OTHER_2019,
  T3_RESULT_ROWS,
  table3,
  table4,
} from './common';

const t3 = table3([...T3_RESULT_ROWS, ...T3_OTHER_2019]);
const t4 = table4();

const ITEMS_HEADS = ['上一年项目数量', '本年增/减', '处理决定数量'];
const PUBLISH_HEADS = ['本年新制作数量', '本年新公开数量', '对外公开总数量'];
const FEE_HEAD = '采购总金额（单位：万元，保留4位小数）';

/** A row of 上一年项目数量 / 本年增/减 / 处理决定数量. */
function itemsRow(key: string, row: string) {
  return [
    label(row),
    num(`t2_${key}_prev`, 'count', row, ITEMS_HEADS[0] ?? ''),
    num(`t2_${key}_delta`, 'signed', row, ITEMS_HEADS[1] ?? ''),
    num(`t2_${key}_decisions`, 'count', row, ITEMS_HEADS[2] ?? ''),
  ];
}

function publishRow(key: string, row: string) {
  return [
    label(row),
    num(`t2_${key}_made`, 'count', row, PUBLISH_HEADS[0] ?? ''),
    num(`t2_${key}_published`, 'count', row, PUBLISH_HEADS[1] ?? ''),
    num(`t2_${key}_total`, 'count', row, PUBLISH_HEADS[2] ?? ''),
  ];
}

export const FY2019: Template<'2019'> = {
  id: '2019',
  name: '2019年格式（试行）',
  source: '国办公开办函〔2019〕60号《中华人民共和国政府信息公开工作年度报告格式（试行）》',
  years: { from: 2019, to: 2020 },
  sections: sections({
    overview: [
      '（一）主动公开政府信息情况',
      '（二）政府信息依申请公开办理情况',
      '（三）政府信息资源的规范化、标准化管理情况',
      '（四）政府信息公开平台建设情况',
      '（五）政府信息公开监督保障及工作考核、社会评议情况',
    ],
    problems: ['（一）存在的主要问题', '（二）改进措施'],
    other: [],
  }),
  tables: {
    t2: {
      id: 't2',
      name: '表二',
      columns: 4,
      widths: T2_WIDTHS,
      header: [],
      body: [
        t2Section('第二十条第（一）项'),
        t2Heads(PUBLISH_HEADS),
        publishRow('rules', '规章'),
        publishRow('normative', '规范性文件'),
        t2Section('第二十条第（五）项'),
        t2Heads(ITEMS_HEADS),
        itemsRow('license', '行政许可'),
        itemsRow('service', '其他对外管理服务事项'),
        t2Section('第二十条第（六）项'),
        t2Heads(ITEMS_HEADS),
        itemsRow('penalty', '行政处罚'),
        itemsRow('coercion', '行政强制'),
        t2Section('第二十条第（八）项'),
        t2Heads(['上一年项目数量', '本年增/减'], 2),
        [
          label('行政事业性收费'),
          num('t2_fee_prev', 'count', '行政事业性收费', '上一年项目数量'),
          num('t2_fee_delta', 'signed', '行政事业性收费', '本年增/减', 2),
        ],
        t2Section('第二十条第（九）项'),
        t2Heads(['采购项目数量', FEE_HEAD], 2),
        [
          label('政府集中采购'),
          num('t2_procurement_count', 'count', '政府集中采购', '采购项目数量'),
          num('t2_procurement_amount', 'amount', '政府集中采购', FEE_HEAD, 2),
        ],
      ],
    },
    t3: t3.table,
    t4: t4.table,
  },
  t2: {
    regulations: ['t2_rules_made', 't2_rules_published', 't2_rules_total'],
    stock: [],
    items: ['license', 'service', 'penalty', 'coercion', 'fee'].map((key) => ({
      key,
      prev: `t2_${key}_prev`,
      delta: `t2_${key}_delta`,
    })),
    made: { rules: 't2_rules_made', normative: 't2_normative_made' },
    decisions: {
      license: 't2_license_decisions',
      penalty: 't2_penalty_decisions',
      coercion: 't2_coercion_decisions',
    },
  },
  t3: t3.structure,
  t4: t4.structure,
  aliases: {
    ...COMMON_ALIASES,
    规范性文件: ['规范性文件'],
    其他对外管理服务事项: ['对外管理服务'],
    行政事业性收费: ['事业性收费'],
    政府集中采购: ['集中采购'],
    '（六）其他处理': ['其他处理'],
  },
  markers: [
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
    '第二十条第九项',
    '政府集中采购',
    '采购总金额',
    '上一年项目数量',
    '其他对外管理服务事项',
  ],
  overviewAspects: OVERVIEW_ASPECTS,
  feeStatement: false,
};
