/**
 * The report file (the report file contract): zod schema, the one loader, save and a new empty
 * report. zod checks the file's shape; the rule engine judges the numbers, so a cell that does
 * not fit its kind is kept exactly as it was and reported, never dropped or zeroed.
 */
import { z } from 'zod';
import { cellIds } from './cells';
import { migrateReportFile, REPORT_VERSION } from './migrations';
import {
  getTemplate,
  isTemplateId,
  templateIdForYear,
  templateIds,
  type TemplateId,
} from './templates';
import { TEXT_KEYS, type TextKey } from './template-types';

export const REPORT_KIND = 'gov-info-disclosure-annual-report';
export { REPORT_VERSION };

export const ORG_TYPES = ['township', 'county-government', 'department', 'other'] as const;
export type OrgType = (typeof ORG_TYPES)[number];

/** Labels of the 机关类型 choice. */
export const ORG_TYPE_LABELS: Readonly<Record<OrgType, string>> = {
  township: '乡镇/街道',
  'county-government': '县级人民政府',
  department: '县级以上部门',
  other: '其他',
};

/** A cell: a number, null (blank), or the text typed when it is not a valid number. */
const cellValue = z.union([z.number(), z.string(), z.null()]);

const meta = z.looseObject({
  org: z.string(),
  year: z.number().int(),
  orgType: z.enum(ORG_TYPES).optional(),
  /** 成文日期, ISO yyyy-mm-dd. */
  date: z.string().optional(),
  /** 署名 printed above the date. */
  signature: z.string().optional(),
});

const text = z.looseObject(
  Object.fromEntries(TEXT_KEYS.map((key) => [key, z.string().optional()])) as Record<
    TextKey,
    z.ZodOptional<z.ZodString>
  >,
);

/** A format id of the template list (checked against the list, which a format may join). */
const templateId = z.custom<TemplateId>((value) => isTemplateId(value));

export const reportSchema = z.looseObject({
  kind: z.literal(REPORT_KIND),
  version: z.number().int().positive(),
  template: templateId,
  meta,
  text: text.default({}),
  cells: z.record(z.string(), cellValue).default({}),
  /** How the page treats 表三/表四 totals: computed ('auto') or typed ('manual'). */
  totals: z
    .looseObject({
      t3: z.enum(['auto', 'manual']).optional(),
      t4: z.enum(['auto', 'manual']).optional(),
    })
    .optional(),
  /**
   * Warnings the clerk checked and found right (情况属实), each with its reason and the values of
   * its cells when explained: a change to any of them reopens the warning.
   */
  explanations: z
    .array(
      z.looseObject({
        rule: z.string(),
        cells: z.array(z.string()).default([]),
        field: z.string().optional(),
        /** For a finding on a text (no cells): its message, which quotes the text explained. */
        message: z.string().optional(),
        reason: z.string(),
        values: z.record(z.string(), cellValue).default({}),
      }),
    )
    .optional(),
  /** Last year's report this one is checked against (CARRY_OVER, T2_STOCK, TEXT_REUSE). */
  lastYear: z
    .looseObject({
      org: z.string(),
      year: z.number().int(),
      template: templateId,
      text: text.default({}),
      cells: z.record(z.string(), cellValue).default({}),
    })
    .optional(),
});

export type Report = z.infer<typeof reportSchema>;
export type LastYearLink = NonNullable<Report['lastYear']>;
export type StoredExplanation = NonNullable<Report['explanations']>[number];

/** What a report keeps of last year's report: enough for the cross-year rules. */
export function lastYearLink(lastYear: Report): LastYearLink {
  return {
    org: lastYear.meta.org,
    year: lastYear.meta.year,
    template: lastYear.template,
    text: lastYear.text,
    cells: lastYear.cells,
  };
}

/** Last year's report as a report again, for the cross-year rules. */
export function linkedReport(link: LastYearLink): Report {
  return {
    kind: REPORT_KIND,
    version: REPORT_VERSION,
    template: link.template,
    meta: { org: link.org, year: link.year },
    text: link.text,
    cells: link.cells,
  };
}
export type CellValue = z.infer<typeof cellValue>;

export type LoadResult = { ok: true; report: Report } | { ok: false; message: string };

/** What a file that is not JSON at all is told. */
export const NOT_JSON = '文件不是有效的 JSON，无法读取（应为本工具保存的年度报告文件 .json）。';

/**
 * Parse the text of a report file: migrated, then validated; refuses wrong kinds and newer
 * versions with a clear message.
 */
export function loadReport(json: string): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: NOT_JSON };
  }
  return parseReport(data);
}

/** Validate parsed JSON as a report file, older versions migrated first. */
export function parseReport(data: unknown): LoadResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, message: '文件内容不是年度报告文件（应为一个 JSON 对象）。' };
  }
  const record = data as Record<string, unknown>;
  if (record.kind !== REPORT_KIND) {
    return {
      ok: false,
      message: `这不是政府信息公开工作年度报告文件（kind 应为 "${REPORT_KIND}"）。`,
    };
  }
  const version = record.version;
  if (typeof version === 'number' && version > REPORT_VERSION) {
    return {
      ok: false,
      message: `该文件由更新版本的程序保存（文件版本 ${version}，本程序支持到版本 ${REPORT_VERSION}），请升级后再打开。`,
    };
  }
  const parsed = reportSchema.safeParse(migrateReportFile(record));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    return {
      ok: false,
      message: `报告文件格式不正确：${where ? `${where}：` : ''}${describe(issue)}`,
    };
  }
  return { ok: true, report: parsed.data };
}

function describe(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return '无法识别';
  if (issue.path[0] === 'template' || issue.path[1] === 'template')
    return `格式应为 ${templateIds()
      .map((id) => `"${id}"`)
      .join(' 或 ')}`;
  if (issue.path[0] === 'meta' && issue.path[1] === 'year') return '报告年度应为整数';
  if (issue.path[0] === 'meta' && issue.path[1] === 'org') return '应填写机关名称';
  if (issue.path[0] === 'cells') return '单元格的值应为数字、文本或 null';
  if (issue.code === 'invalid_type') return `类型不正确（应为 ${issue.expected}）`;
  return issue.message;
}

/** The report file text: 2-space JSON with a trailing newline, unknown fields kept. */
export function saveReport(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** A new report with every cell of its format blank. */
export function createReport(init: {
  org: string;
  year: number;
  orgType?: OrgType;
  template?: TemplateId;
  date?: string;
}): Report {
  const template = init.template ?? templateIdForYear(init.year);
  const cells: Record<string, CellValue> = {};
  for (const id of cellIds(getTemplate(template))) cells[id] = null;
  return {
    kind: REPORT_KIND,
    version: REPORT_VERSION,
    template,
    meta: {
      org: init.org,
      year: init.year,
      ...(init.orgType ? { orgType: init.orgType } : {}),
      ...(init.date ? { date: init.date } : {}),
    },
    text: Object.fromEntries(
      getTemplate(template)
        .sections.flatMap((s) => (s.text ? [s.text] : []))
        .map((key) => [key, '']),
    ),
    cells,
  };
}
