/** The rule catalogue (interfaces.md §3): ids, severities and what each rule checks. */

export type Severity = 'error' | 'warning' | 'info';

export const RULES = {
  T3_BALANCE: { severity: 'error', title: '表三勾稽关系：一 + 二 = （七）总计 + 四（每列）' },
  T3_RESULT_SUM: { severity: 'error', title: '表三（七）总计 = （一）至（六）各项之和（每列）' },
  T3_ROW_SUM: { severity: 'error', title: '表三 总计 = 六类申请人之和（每行）' },
  T4_SUM: { severity: 'error', title: '表四 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结' },
  VALUE_INVALID: { severity: 'error', title: '单元格的值不是有效的数字' },
  BLANK_CELL: { severity: 'warning', title: '单元格未填写' },
  TEXT_TABLE_MISMATCH: { severity: 'warning', title: '正文中的数字与表格不一致' },
  CARRY_OVER: { severity: 'warning', title: '上年结转 ≠ 上年报告的结转下年度继续办理' },
  T2_STOCK: { severity: 'warning', title: '现行有效件数 ≠ 上年现行有效 + 本年制发 − 本年废止' },
  TOWNSHIP_RULES: { severity: 'warning', title: '乡镇/街道不能制定规章' },
  TEMPLATE_YEAR: { severity: 'warning', title: '所选格式与报告年度不符' },
  SECTION_EMPTY: { severity: 'warning', title: '正文部分未填写' },
  TEXT_REUSE: { severity: 'warning', title: '正文与上年报告重复过多' },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type RuleId = keyof typeof RULES;

/** A finding of the rule engine (interfaces.md §3). */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Plain Chinese, naming the table, row and column labels and both sides. */
  readonly message: string;
  readonly cells: readonly string[];
  readonly expected?: number;
  readonly actual?: number | null;
  /** A non-cell place the finding is about, as a form field name: "text.overview", "meta.year". */
  readonly field?: string;
}

/** How many errors and warnings a list of findings holds. */
export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};
