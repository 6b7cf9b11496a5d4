/** What to do about a finding, in the words a reviewer writes back to the 机关. */
import { RULES, type RuleId } from '../rules/catalogue';

const HINTS: Partial<Record<RuleId, string>> = {
  T3_BALANCE: '请核对表三该列：本年新收 + 上年结转应等于办理结果总计 + 结转下年度继续办理。',
  T3_RESULT_SUM: '请核对表三该列：（七）总计应等于（一）至（六）各项之和。',
  T3_ROW_SUM: '请核对表三该行：总计应等于六类申请人之和。',
  T4_SUM: '请核对表四：总计应等于结果维持、结果纠正、其他结果与尚未审结之和。',
  VALUE_INVALID: '请按单元格要求填写数字（件数为非负整数，金额为以万元为单位的非负数）。',
  BLANK_CELL: '请填写该单元格，没有发生的填0。',
  TEXT_TABLE_MISMATCH: '请使正文所述数字与表格一致。',
  CARRY_OVER: '请核对上年结转数与上年报告“结转下年度继续办理”是否一致，不一致请说明原因。',
  T2_STOCK: '请核对现行有效件数：应为上年现行有效件数加本年制发、减本年废止。',
  TOWNSHIP_RULES: '乡镇（街道）无权制定规章，规章相关栏目应填0。',
  TEMPLATE_YEAR: '请使用与报告年度相符的格式。',
  SECTION_EMPTY: '请补写该部分内容。',
  TEXT_REUSE: '请结合本年度工作实际重新撰写，避免照搬上年报告。',
};

/** The fix for a finding of `rule`; rules without their own wording take the catalogue's fix. */
export function fixHint(rule: RuleId): string {
  return HINTS[rule] ?? `${RULES[rule].fix.replace(/[。；;]$/, '')}。`;
}
