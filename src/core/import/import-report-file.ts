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
