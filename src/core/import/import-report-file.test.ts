import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadReport, REPORT_VERSION } from '../report';
import { importReportFile } from './import-report-file';
import { MIGRATIONS, migrateReportFile, type Migration } from '../migrations';

const text = readFileSync(
  new URL('../../fixtures/reports/example-2021.json', import.meta.url),
  'utf8',
);

describe('importReportFile', () => {
  it('passes a version-1 file through unchanged', () => {
    const loaded = loadReport(text);
    if (!loaded.ok) throw new Error(loaded.message);
    const result = importReportFile(text);
    expect(result).toEqual({
      ok: true,
      report: loaded.report,
      format: '2021',
      input: 'json',
      unplaced: [],
      notes: [],
      provenance: expect.objectContaining({ t3_new_total: { source: 'printed' } }) as unknown,
    });
    expect(REPORT_VERSION).toBe(1);
    expect(MIGRATIONS.filter((m) => m.from >= REPORT_VERSION)).toEqual([]);
  });

  it('runs named migrations in order up to the target version', () => {
    const steps: Migration[] = [
      { from: 1, name: 'rename org', migrate: (f) => ({ ...f, renamed: true }) },
      { from: 2, name: 'add history', migrate: (f) => ({ ...f, history: [] }) },
    ];
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(migrateReportFile(file, steps, 3)).toEqual({
      ...file,
      version: 3,
      renamed: true,
      history: [],
    });
    expect(migrateReportFile(file, steps, 1)).toBe(file);
  });

  it('refuses a newer version and a file that is not a report', () => {
    const newer = importReportFile(text.replace('"version": 1', '"version": 9'));
    expect(newer).toEqual({ ok: false, message: expect.stringMatching(/文件版本 9/) as string });
    expect(importReportFile('{"kind":"other"}').ok).toBe(false);
    expect(importReportFile('报告')).toEqual({
      ok: false,
      message: expect.stringMatching(/不是有效的 JSON/) as string,
    });
  });
});

describe('a report file with a million unknown cells', () => {
  it('is refused with a message, not opened (typing would crawl)', () => {
    const loaded = loadReport(text);
    if (!loaded.ok) throw new Error(loaded.message);
    // The file is written as text directly: building a million-key object here would cost more
    // than the refusal being tested.
    const extra = Array.from({ length: 1_000_000 }, (_, i) => `"x${i}":0`).join(',');
    const good = JSON.stringify(loaded.report.cells).slice(1, -1);
    const file = JSON.stringify({ ...loaded.report, cells: {} }).replace(
      '"cells":{}',
      `"cells":{${good},${extra}}`,
    );
    const result = importReportFile(file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('不是本工具保存的报告文件');
  }, 60_000); // parsing ~14 MB of JSON takes seconds on a loaded 2-core machine
});
