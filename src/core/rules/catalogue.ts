/**
 * The rule catalogue (the rule ids of the report file contract): each rule's id, level, what it
 * checks, its basis and a one-line "how to fix". The pure function of each rule is in
 * rules/index.ts, keyed by the same ids.
 */
import type { ReadingDoubt } from '../provenance';

export type Severity = 'error' | 'warning' | 'info';

/** A rule as data. `rank` orders findings within a level: lower comes first (more important). */
export interface RuleInfo {
  readonly severity: Severity;
  readonly title: string;
  /** Why it is a rule: the official format, the statute, or evaluators' practice. */
  readonly basis: string;
  /** What the clerk does about it, in one line. */
  readonly fix: string;
  readonly rank: number;
}

const FORMAT_2021 = '《政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）';
const TABLE_NOTE = `${FORMAT_2021}表三注：第一项加第二项之和，等于第三项加第四项之和`;
const EVALUATION = '政务公开第三方评估和年度考核的常见扣分项';

export const RULES = {
  VALUE_INVALID: {
    severity: 'error',
    title: '单元格的值不是有效的数字',
    basis: '件数为非负整数，本年增/减为整数，金额为非负数（单位：万元）',
    fix: '改为有效的数字；没有发生的填 0',
    rank: 0,
  },
  T3_BALANCE: {
    severity: 'error',
    title: '表三勾稽关系：一 + 二 = （七）总计 + 四（每列）',
    basis: TABLE_NOTE,
    fix: '核对本年新收、上年结转、结转下年度和各项办理结果，使每列收支相等',
    rank: 1,
  },
  T3_RESULT_SUM: {
    severity: 'error',
    title: '表三（七）总计 = （一）至（六）各项之和（每列）',
    basis: `${FORMAT_2021}表三：（七）总计为各项办理结果之和，每件申请只计入一种结果`,
    fix: '把（七）总计改为各项办理结果之和，或补齐漏填的办理结果',
    rank: 2,
  },
  T3_ROW_SUM: {
    severity: 'error',
    title: '表三 总计 = 六类申请人之和（每行）',
    basis: `${FORMAT_2021}表三：总计栏为自然人和五类法人或其他组织之和`,
    fix: '把总计改为本行六类申请人之和',
    rank: 3,
  },
  T4_SUM: {
    severity: 'error',
    title: '表四 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
    basis: `${FORMAT_2021}表四：每组总计为四种结果之和`,
    fix: '把总计改为结果维持、结果纠正、其他结果、尚未审结之和',
    rank: 4,
  },
  TOWNSHIP_RULES: {
    severity: 'warning',
    title: '乡镇/街道不能制定规章',
    basis: '《中华人民共和国立法法》：规章由国务院部门和省级、设区的市人民政府制定',
    fix: '乡镇/街道的规章各项填 0；本机关制发的文件填在（行政）规范性文件一行',
    rank: 10,
  },
  CARRY_OVER: {
    severity: 'warning',
    title: '上年结转 ≠ 上年报告的结转下年度继续办理',
    basis: '本年“二、上年结转”应等于上年报告“四、结转下年度继续办理”',
    fix: '按上年报告填写上年结转；上年报告有误的，在说明中写明原因',
    rank: 11,
  },
  TEXT_TABLE_MISMATCH: {
    severity: 'warning',
    title: '正文中的数字与表格不一致',
    basis: `${EVALUATION}：正文与表格数据相互矛盾`,
    fix: '使正文中的数字与表格一致（可插入按表格生成的标准表述）',
    rank: 12,
  },
  TEXT_CONTRADICTION: {
    severity: 'warning',
    title: '正文的表述与表格相矛盾',
    basis: `${EVALUATION}：正文与表格数据相互矛盾`,
    fix: '修改正文的表述，或核对表格中的数字',
    rank: 13,
  },
  TEXT_YEAR: {
    severity: 'warning',
    title: '正文中的年度与报告年度不符',
    basis: `${EVALUATION}：年度错误、照搬往年报告`,
    fix: '把正文中的年度改为报告年度',
    rank: 14,
  },
  DATE_DEADLINE: {
    severity: 'warning',
    title: '成文日期不在公布期限内',
    basis:
      '《中华人民共和国政府信息公开条例》第四十九条：县级以上人民政府部门每年1月31日前公布，县级以上地方人民政府每年3月31日前公布；乡镇/街道按县级人民政府要求（默认1月31日）',
    fix: '填写实际成文日期，并在期限内公布',
    rank: 15,
  },
  T2_STOCK: {
    severity: 'warning',
    title: '现行有效件数 ≠ 上年现行有效 + 本年制发 − 本年废止',
    basis: '现行有效件数逐年衔接：上年现行有效件数加本年制发、减本年废止',
    fix: '核对现行有效件数；修订计入制发等情况属实的，填写说明',
    rank: 16,
  },
  TABLE_REUSE: {
    severity: 'warning',
    title: '表格数据与上年报告几乎相同',
    basis: `${EVALUATION}：照搬往年报告、数据未更新`,
    fix: '按本年度实际填写表格；数字确与上年相同的，填写说明',
    rank: 17,
  },
  TEXT_REUSE: {
    severity: 'warning',
    title: '正文与上年报告重复过多',
    basis: `${EVALUATION}：与上年报告内容雷同超过50%`,
    fix: '结合本年度工作重新撰写，不要照搬上年的表述',
    rank: 18,
  },
  SEC5_SUBSTANCE: {
    severity: 'warning',
    title: '“存在的主要问题及改进情况”内容空泛',
    basis: `${FORMAT_2021}第五部分：存在的主要问题及改进情况（含上年度问题整改情况）`,
    fix: '写明本年度存在的具体问题、改进措施，以及上年度问题的整改情况',
    rank: 19,
  },
  SEC6_FEE: {
    severity: 'warning',
    title: '未说明信息处理费收取情况',
    basis: `${FORMAT_2021}第六部分；《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）`,
    fix: '在“六、其他需要报告的事项”中写明本年度收取信息处理费的情况（如“本年度未收取信息处理费”）',
    rank: 20,
  },
  PLACEHOLDER: {
    severity: 'warning',
    title: '有未替换的模板占位文字',
    basis: `${EVALUATION}：套用模板、内容未填写完整`,
    fix: '把 XX、×××、某某、空括号等占位文字替换为实际内容',
    rank: 21,
  },
  TEMPLATE_YEAR: {
    severity: 'warning',
    title: '所选格式与报告年度不符',
    basis: '2019、2020年度报告用2019年格式（试行）；2021年度起用2021年格式',
    fix: '按报告年度选择格式（基本信息中的“格式”）',
    rank: 22,
  },
  SECTION_EMPTY: {
    severity: 'warning',
    title: '正文部分未填写',
    basis: '《中华人民共和国政府信息公开条例》第五十条：年度报告应包括的内容',
    fix: '填写该部分正文',
    rank: 23,
  },
  PROFILE_REQUIRED: {
    severity: 'warning',
    title: '未写明地方要求必须写明的内容',
    basis: '载入的地方要求（县级或市级政府信息公开工作主管部门的编制通知）',
    fix: '在指出的部分写明要求的内容（要求写数量的，写明具体数字）；确实没有的，填写说明',
    rank: 26,
  },
  OVERVIEW_LENGTH: {
    severity: 'warning',
    title: '正文篇幅超过地方要求的字数',
    basis: '载入的地方要求（县级或市级政府信息公开工作主管部门的编制通知）',
    fix: '精简该部分文字，删去与年度报告无关的表述，使字数不超过上限',
    rank: 27,
  },
  AMOUNT_PRECISION: {
    severity: 'warning',
    title: '金额比格式要求的精度更细',
    basis: '格式要求金额以万元为单位、保留4位小数（精确到元）；原文更细的金额按原值保留',
    fix: '核对金额；确需精确到角分的可保留，否则改为保留4位小数',
    rank: 31,
  },
  BLANK_CELL: {
    severity: 'warning',
    title: '单元格未填写',
    basis: '公布的报告中不应有空白单元格（没有发生的填 0）',
    fix: '填写空白单元格；没有发生的可用“空白填0”',
    rank: 30,
  },
  SUMMARY_UNITS: {
    severity: 'error',
    title: '汇总数 ≠ 所属单位报告之和',
    basis:
      '汇总报告的表二、表三、表四应逐项等于所汇总各单位报告之和（同一批次中既有汇总报告又有其所属单位报告时核对）',
    fix: '按各单位报告逐项重新汇总；确有单位未计入或另行计入的，写明单位和原因',
    rank: 5,
  },
  OUTLINE: {
    severity: 'warning',
    title: '报告的标题层次不规范',
    basis:
      '《政府信息公开工作年度报告格式》规定的六个部分：一、总体情况至六、其他需要报告的事项；《党政机关公文格式》（GB/T 9704—2012）：结构层次序数依次用“一、”“（一）”“1.”“（1）”',
    fix: '按格式的六个部分和“一、（一）1.（1）”的层次重排标题（用本工具导出的 Word 即为规范格式）',
    rank: 24,
  },
  YOY_JUMP: {
    severity: 'info',
    title: '数字与上年相比变化很大',
    basis: '与上年相比增长五倍以上或减少到五分之一以下的，评估时常被核查',
    fix: '核对数字；情况属实的，可在正文中说明原因',
    rank: 40,
  },
  OVERVIEW_COVERAGE: {
    severity: 'info',
    title: '总体情况缺少格式要求的方面',
    basis: `${FORMAT_2021}第一部分：总体情况包括主动公开、依申请公开、政府信息管理、平台建设、监督保障`,
    fix: '在“一、总体情况”中补充缺少的方面',
    rank: 41,
  },
  TEXT_LINT: {
    severity: 'info',
    title: '文字和格式问题',
    basis: '《党政机关公文格式》（GB/T 9704—2012）：发文字号年份用六角括号“〔〕”；公文文字严谨',
    fix: '删去重复的字词，把半角标点改为全角，发文字号写作“〔2024〕”',
    rank: 42,
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

/** A reason given for a warning the clerk has checked and found right (情况属实). */
export interface Explanation {
  readonly reason: string;
}

/** A finding of the rule engine (the rule ids of the report file contract). */
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
  /**
   * The local requirement (地方要求) the finding comes from or whose level it takes: the profile's
   * name and 文号. The message cites it too ("依据：…").
   */
  readonly basis?: string;
  /** Set when the report explains this warning and its cells have not changed since. */
  readonly explained?: Explanation;
  /**
   * Set on a finding about an imported report when some of its cells were not read as printed:
   * a reading doubt, shown apart and never counted as the report's own error (provenance.ts).
   */
  readonly doubt?: ReadingDoubt;
  /**
   * Cells the finding also rests on without naming them (the other readings of a narrative figure
   * that were weighed): a doubt on any of them is a doubt on the finding. Dropped by check().
   */
  readonly weighs?: readonly string[];
}

/**
 * How many errors, open warnings, explained warnings and infos a list of findings holds: the
 * report's own — reading doubts are counted apart (countDoubts).
 */
export function countFindings(findings: readonly Finding[]): {
  errors: number;
  warnings: number;
  explained: number;
  infos: number;
} {
  let errors = 0;
  let warnings = 0;
  let explained = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.doubt) continue;
    if (f.severity === 'error') errors++;
    else if (f.explained) explained++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, explained, infos };
}

/** How many findings are reading doubts (see Finding.doubt). */
export function countDoubts(findings: readonly Finding[]): number {
  return findings.filter((f) => f.doubt).length;
}

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

/** The levels Chinese statistical and finance reporting systems use, by severity. */
export const LEVEL_LABELS: Readonly<Record<Severity, string>> = {
  error: '强制性',
  warning: '核实性',
  info: '提示性',
};

/** What each level means for the clerk. */
export const LEVEL_HINTS: Readonly<Record<Severity, string>> = {
  error: '必须改正，否则不能导出正式稿',
  warning: '应当改正，或说明情况属实',
  info: '建议参考',
};
