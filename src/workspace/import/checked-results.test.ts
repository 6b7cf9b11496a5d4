import { describe, expect, it } from 'vitest';
import { checkAll, createReport, type Profile } from '../../core';
import type { ImportResult } from '../../core/import';
import { keepFindings, keptFindings } from './checked-results';

// The review shows the worker's findings only for the result and profile they were made with.
describe('findings kept from the import worker', () => {
  const report = createReport({ org: '某镇人民政府', year: 2021 });
  const result: ImportResult = {
    ok: true,
    report,
    format: '2021',
    input: 'docx',
    unplaced: [],
    notes: [],
    provenance: {},
  };
  const findings = checkAll(report);
  const profile = {} as Profile;

  it('are given back for the same result under the same profile', () => {
    keepFindings(result, { profile, findings });
    expect(keptFindings(result, profile)).toBe(findings);
  });

  it('are not used under another profile or for a changed result', () => {
    keepFindings(result, { profile, findings });
    expect(keptFindings(result, undefined)).toBeUndefined();
    expect(keptFindings({ ...result }, profile)).toBeUndefined();
  });
});
