/** Reading a report file (.json) as an import: the one loader, which migrates older versions. */
import { loadReport } from '../report';
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
  const loaded = loadReport(json);
  if (!loaded.ok) return loaded;
  const cells = Object.keys(loaded.report.cells).length;
  if (cells > LIMITS.reportCells) {
    return {
      ok: false,
      message: `报告文件有 ${cells} 个单元格（一份报告只有约 200 个），不是本工具保存的报告文件，未打开。`,
    };
  }
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
