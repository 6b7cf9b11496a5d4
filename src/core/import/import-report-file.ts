/** Reading a report file (.json) as an import: the one loader, which migrates older versions. */
import { NOT_JSON, parseReport } from '../report';
import { savedProvenance, type ImportResult } from './import-result';
import { jsonDepth, LIMITS } from './limits';

/** Read a report file's text (a BOM is allowed), migrated and validated by loadReport. */
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
    return { ok: false, message: NOT_JSON };
  }
  // Count before validating: the schema walks every cell, which is what a huge file must not cost.
  const cells = countCells(data);
  if (cells > LIMITS.reportCells) {
    return {
      ok: false,
      message: `报告文件有 ${cells} 个单元格（一份报告只有约 200 个），不是本工具保存的报告文件，未打开。`,
    };
  }
  const loaded = parseReport(data);
  if (!loaded.ok) return loaded;
  return {
    ok: true,
    report: loaded.report,
    format: loaded.report.template,
    input: 'json',
    unplaced: [],
    notes: [],
    provenance: savedProvenance(loaded.report),
  };
}

/** How many cells a parsed file claims (0 when it has no cells object). */
function countCells(data: unknown): number {
  if (typeof data !== 'object' || data === null) return 0;
  const cells = (data as { cells?: unknown }).cells;
  return typeof cells === 'object' && cells !== null ? Object.keys(cells).length : 0;
}
