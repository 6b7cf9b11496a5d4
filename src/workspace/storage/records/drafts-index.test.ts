import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../../testing/fixtures';
import { draftRecord } from './draft-record';
import { checkSummary, storedSummary, summaryName, summaryOf } from './drafts-index';
import { STORE_VERSION } from '../versions/store-versions';

describe('the drafts index', () => {
  const record = draftRecord(reportFixture('example-2021'), 'd1', { copyOf: '甲 2023年' }, 7);

  it('keeps what the list shows of a draft, and reads it back', () => {
    const summary = summaryOf(record);
    expect(summary).toMatchObject({
      id: 'd1',
      org: record.report.meta.org,
      year: record.report.meta.year,
      template: '2021',
      revision: 7,
      copyOf: '甲 2023年',
    });
    expect(checkSummary(storedSummary(summary))).toEqual(summary);
    expect(summaryName(summary)).toBe(
      `${record.report.meta.org} ${String(record.report.meta.year)}年`,
    );
  });

  it('builds an entry again when it is of another version or not one, and leaves newer ones', () => {
    const stored = storedSummary(summaryOf(record));
    expect(checkSummary({ ...stored, storeVersion: 1 })).toBeUndefined();
    expect(checkSummary({ ...stored, template: '2030' })).toBeUndefined();
    expect(checkSummary({ ...stored, errors: -1 })).toBeUndefined();
    expect(checkSummary('index')).toBeUndefined();
    expect(checkSummary({ ...stored, storeVersion: STORE_VERSION + 1 })).toBe('newer');
  });
});
