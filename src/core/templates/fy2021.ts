/**
 * The 2021 format, in force since the 2021 report: 国办公开办函〔2021〕30号 (2021-09-26).
 * Labels verbatim from the official format (§2) (2021) and §3.
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
  T3_OTHER_2021,
  T3_RESULT_ROWS,
  table3,
  table4,
} from './common';

const t3 = table3([...T3_RESULT_ROWS, ...T3_OTHER_2021]);
const t4 = table4();

const DOC_HEADS = ['本年制发件数', '本年废止件数', '现行有效件数'];
const DECISIONS = '本年处理决定数量';
const FEE = '本年收费金额（单位：万元）';

function documentsRow(key: string, row: string) {
  return [
    label(row),
    num(`t2_${key}_made`, 'count', row, DOC_HEADS[0] ?? ''),
    num(`t2_${key}_repealed`, 'count', row, DOC_HEADS[1] ?? ''),
    num(`t2_${key}_valid`, 'count', row, DOC_HEADS[2] ?? ''),
  ];
}

function decisionsRow(key: string, row: string) {
  return [label(row), num(`t2_${key}_decisions`, 'count', row, DECISIONS, 3)];
}

export const FY2021: Template<'2021'> = {
  id: '2021',
  name: '2021年格式',
  source: '国办公开办函〔2021〕30号',
  years: { from: 2021 },
  sections: sections({
    overview: [
      '（一）主动公开',
      '（二）依申请公开',
      '（三）政府信息管理',
      '（四）政府信息公开平台建设',
      '（五）监督保障',
    ],
    problems: ['（一）上年度问题整改情况', '（二）存在的主要问题及改进措施'],
    other: [
      '（一）信息处理费收取情况',
      '（二）落实上级年度政务公开工作要点情况',
      '（三）人大代表建议和政协提案办理结果公开情况',
    ],
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
        t2Heads(DOC_HEADS),
        documentsRow('rules', '规章'),
        documentsRow('normative', '行政规范性文件'),
        t2Section('第二十条第（五）项'),
        t2Heads([DECISIONS], 3),
        decisionsRow('license', '行政许可'),
        t2Section('第二十条第（六）项'),
        t2Heads([DECISIONS], 3),
        decisionsRow('penalty', '行政处罚'),
        decisionsRow('coercion', '行政强制'),
        t2Section('第二十条第（八）项'),
        t2Heads([FEE], 3),
        [label('行政事业性收费'), num('t2_fee_amount', 'amount', '行政事业性收费', FEE, 3)],
      ],
    },
    t3: t3.table,
    t4: t4.table,
  },
  t2: {
    regulations: ['t2_rules_made', 't2_rules_repealed', 't2_rules_valid'],
    stock: ['rules', 'normative'].map((key) => ({
      key,
      made: `t2_${key}_made`,
      repealed: `t2_${key}_repealed`,
      valid: `t2_${key}_valid`,
    })),
    items: [],
    made: { rules: 't2_rules_made', normative: 't2_normative_made' },
    decisions: {
      license: 't2_license_decisions',
      penalty: 't2_penalty_decisions',
      coercion: 't2_coercion_decisions',
    },
    feeAmount: 't2_fee_amount',
  },
  t3: t3.structure,
  t4: t4.structure,
  aliases: {
    ...COMMON_ALIASES,
    行政规范性文件: ['规范性文件'],
    行政事业性收费: ['事业性收费'],
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请': ['逾期不补正'],
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请': [
      '缴纳费用',
      '收费通知',
    ],
  },
  markers: [
    '本年制发件数',
    '本年废止件数',
    '现行有效件数',
    '本年收费金额',
    '逾期不补正',
    '逾期未按收费通知',
  ],
  overviewAspects: OVERVIEW_ASPECTS,
  feeStatement: true,
};
