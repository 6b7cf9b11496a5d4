import { describe, expect, it } from 'vitest';
import { requestsSentence, reviewSentence, standardSentences } from './narrative';
import { type Report } from './report';
import { checkReport } from './check';
import { reportFixture as fixture } from '../testing/fixtures';

const example = fixture('example-2021.json');

describe('standard sentences', () => {
  it('state the figures of 表三 in the usual words', () => {
    expect(requestsSentence(example)).toBe(
      '本年度共收到政府信息公开申请15件，其中自然人9件、商业企业2件、科研机构1件、社会公益组织1件、法律服务机构1件、其他1件；' +
        '上年结转2件；本年度办结16件，其中予以公开6件、部分公开2件、不予公开1件、无法提供4件、不予处理1件、其他处理2件；' +
        '结转下年度继续办理1件。',
    );
  });

  it('state 表四, or that there was no case', () => {
    expect(reviewSentence(example)).toBe(
      '本年度发生政府信息公开行政复议2件，其中结果维持1件、尚未审结1件；' +
        '行政诉讼2件，其中未经复议直接起诉1件（结果维持1件），复议后起诉1件（尚未审结1件）。',
    );
    expect(reviewSentence(fixture('seed-000.json'))).toBe(
      '本年度未发生因政府信息公开引起的行政复议、行政诉讼。',
    );
  });

  it.each(['example-2021.json', 'seed-000.json', 'seed-001.json', 'seed-004.json'])(
    '%s: inserted into the narrative they never disagree with the tables',
    (name) => {
      const report = fixture(name);
      const withSentences: Report = {
        ...report,
        text: { ...report.text, overview: standardSentences(report) },
      };
      const mismatches = checkReport(withSentences).filter((f) => f.rule === 'TEXT_TABLE_MISMATCH');
      expect(mismatches).toEqual([]);
      // …and a changed table is caught by the same rule.
      const changed: Report = {
        ...withSentences,
        cells: { ...withSentences.cells, t3_new_natural: 50, t3_new_total: 99 },
      };
      expect(checkReport(changed).some((f) => f.rule === 'TEXT_TABLE_MISMATCH')).toBe(true);
    },
  );
});
