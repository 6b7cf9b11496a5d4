/** Reading a report file (.json), older versions migrated first. */
import { parseReport } from '../report';
import type { ImportResult } from './import-result';
import { jsonDepth, LIMITS } from './limits';
import { migrateReportFile } from './migrations';

/** Read a report file's text: migrated, then validated like loadReport. */
export function importReportFile(json: string): ImportResult {
  if (jsonDepth(json) > LIMITS.jsonDepth) {
    return {
      ok: false,
      message: `文件的 JSON 结构嵌套超过 ${LIMITS.jsonDepth} 层，不是本工具保存的报告文件。`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    return {
      ok: false,
      message: '文件不是有效的 JSON，无法读取（应为本工具保存的年度报告文件 .json）。',
    };
  }
  const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
  const loaded = parseReport(isObject ? migrateReportFile(data as Record<string, unknown>) : data);
  if (!loaded.ok) return loaded;
  return {
    ok: true,
    report: loaded.report,
    format: loaded.report.template,
    input: 'json',
    unplaced: [],
    notes: [],
  };
}
