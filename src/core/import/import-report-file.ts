/** Reading a report file (.json) as an import: the one loader, which migrates older versions. */
import { loadReport } from '../report';
import { savedProvenance, type ImportResult } from './import-result';

/** Read a report file's text (a BOM is allowed), migrated and validated by loadReport. */
export function importReportFile(json: string): ImportResult {
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
