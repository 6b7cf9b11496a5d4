/** `gongkai indicators` on a county's batch written to disk, read back with a CSV reader not ours. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveReport, type Report } from '../core/report';
import { summarise } from '../core/summary';
import { UNITS_2023, UNITS_2024, unitReport } from '../testing/county-batch';
import { readCsv } from '../testing/csv-payloads';
import { fixtureUrl } from '../testing/fixtures';
import { main } from './main';

function capture() {
  let out = '';
  let err = '';
  return {
    io: { out: (t: string) => (out += t), err: (t: string) => (err += t) },
    text: () => ({ out, err }),
  };
}

describe('gongkai indicators', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-indicators-'));
  const units = UNITS_2024.map((spec) => unitReport(spec));
  const write = (name: string, report: Report) => {
    const path = join(dir, name);
    writeFileSync(path, saveReport(report));
    return path;
  };
  const files = [
    ...units.map((r, i) => write(`unit-${i}.json`, r)),
    ...UNITS_2023.map((spec, i) => write(`last-${i}.json`, unitReport(spec))),
  ];

  it('writes a Chinese header and each unit and the total in %', async () => {
    const out = join(dir, '指标.csv');
    const run = capture();
    expect(await main(['indicators', ...files, '-o', out], run.io)).toBe(0);
    const [header, ...rows] = readCsv(readFileSync(out, 'utf8'));
    const at = header?.indexOf('实质公开率（%）') ?? -1;
    expect(at).toBeGreaterThan(0);
    expect(rows.map((r) => [r[0], r[at]])).toEqual([
      ['清河县城关镇人民政府', '66.7'],
      ['清河县自然资源局', '66.7'],
      ['清河县马屯镇人民政府', '样本过少'],
      ['合计（3个单位）', '66.7'],
    ]);
    expect(run.text().out).toContain('2024年度 3 个单位');
  });

  it('keeps a county 汇总 apart and reports where it differs from its units', async () => {
    const summary = summarise(
      units.map((report, i) => ({ name: `u${i}`, report, unresolvedErrors: 0 })),
      { org: '清河县（汇总）' },
    ).report;
    const wrong = { ...summary, cells: { ...summary.cells, t3_new_total: 30 } };
    const out = join(dir, 'with-summary.csv');
    const run = capture();
    await main(['indicators', write('summary.json', wrong), ...files, '-o', out], run.io);
    const { out: said } = run.text();
    expect(said).toContain('未作为单位计入：清河县（汇总）');
    expect(said).toContain(
      '汇总的表三 一、本年新收政府信息公开申请数量 总计为 30，所含单位之和为 35',
    );
    const rows = readCsv(readFileSync(out, 'utf8'));
    expect(rows.some((r) => r[0] === '清河县（汇总）')).toBe(false);
  });

  it('check names an imported report’s outline faults', async () => {
    const run = capture();
    const shifted = fixtureUrl('import/outline/shifted.txt').pathname;
    await main(['check', shifted], run.io);
    expect(run.text().out).toContain('[OUTLINE] 各部分的编号错位');
  });

  it('says what is wrong with its arguments', async () => {
    const run = capture();
    expect(await main(['indicators', ...files], run.io)).toBe(2);
    expect(run.text().err).toContain('-o');
  });
});
