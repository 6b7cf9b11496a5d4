import { describe, expect, it } from 'vitest';
import { fixtureReport } from '../../testing/fixtures';
import { batchFormat } from './batch-format';

const r2021 = fixtureReport('ocr/report-2021.json');
const r2019 = fixtureReport('ocr/report-2019.json');

describe('batchFormat', () => {
  it('takes the one format of the printed reports, and says how many', () => {
    const known = batchFormat([{ report: r2019 }, { report: r2019 }, { scan: 'image' }]);
    expect(known).toEqual({ template: '2019', from: '本批其他 2 份报告的格式' });
  });

  it('decides nothing when the reports differ, or only scans were read', () => {
    expect(batchFormat([{ report: r2019 }, { report: r2021 }])).toBeUndefined();
    expect(batchFormat([{ report: r2021, scan: 'image' }, { scan: 'pdf' }])).toBeUndefined();
  });
});
