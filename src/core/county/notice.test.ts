/** The 通报's facts counted by hand on the county batch, and its Word file. */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkAll } from '../check';
import { UNITS_2023, UNITS_2024, unitReport } from '../../testing/county-batch';
import { batchIndicators } from './batch-indicators';
import { noticeFacts } from './notice';
import { renderNoticeDocx } from './notice-docx';

const reports = [...UNITS_2024, ...UNITS_2023].map((spec) => unitReport(spec));
// 马屯镇's 予以公开 one too many: 表三 no longer balances (强制性).
const broken = reports.map((r) =>
  r.meta.org.includes('马屯镇') ? { ...r, cells: { ...r.cells, t3_open_natural: 3 } } : r,
);
const files = broken.map((report, i) => ({
  file: `r${i}.json`,
  report,
  findings: checkAll(report),
}));
const expected = [...UNITS_2024.map((u) => u.org), '清河县黄庄乡人民政府'];

function table() {
  const t = batchIndicators(files);
  if (!t) throw new Error('fixture');
  return t;
}

describe('the 通报', () => {
  it('counts submitted, missing, late (自然资源局 2月10日 > 1月31日) and 强制性 by hand', () => {
    const facts = noticeFacts(table(), files, { expected });
    expect(facts.submitted).toHaveLength(3);
    expect(facts.missing).toEqual(['清河县黄庄乡人民政府']);
    expect(facts.late).toEqual([
      { org: '清河县自然资源局', date: '2025-02-10', deadline: '2025-01-31' },
    ]);
    expect(facts.withErrors.map((u) => u.org)).toEqual(['清河县马屯镇人民政府']);
    expect(facts.problems[0]?.units).toBeGreaterThanOrEqual(1);
    expect(facts.summaries).toEqual([]);
  });

  it('a deadline function replaces the statute’s (a local profile)', () => {
    const facts = noticeFacts(table(), files, { deadline: (r) => `${r.meta.year + 1}-01-15` });
    expect(facts.late.map((l) => l.org)).toEqual([
      '清河县城关镇人民政府',
      '清河县自然资源局',
      '清河县马屯镇人民政府',
    ]);
  });

  it('is a Word file with the counts, the table and the sources', async () => {
    const bytes = await renderNoticeDocx(table(), files, {
      expected,
      issuer: '清河县人民政府办公室',
      date: '2025-03-05',
    });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('关于2024年度政府信息公开工作年度报告报送和审核情况的通报');
    expect(text).toContain('应报送4个单位，已报送3个，未报送1个：清河县黄庄乡人民政府');
    expect(text).toContain(
      '1个单位的成文日期晚于期限：清河县自然资源局（成文日期2025年2月10日，期限2025年1月31日）',
    );
    expect(text).toContain('1个单位的报告存在强制性问题（必须改正）：清河县马屯镇人民政府');
    expect(text).toContain('实质公开率66.7%');
    expect(text).toContain('样本过少');
    expect(text).toContain('清河县城关镇人民政府（r0.json）');
    expect(xml).toContain('<w:tbl>');
  });
});
