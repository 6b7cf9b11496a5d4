import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAll, loadReport, sumCells } from '../core';
import { FORMULA_FILE_NAMES, FORMULA_PAYLOADS, readCsv } from '../testing/csv-payloads';
import { reportFixture } from '../testing/fixtures';
import { runCli as run, tempFolder } from '../testing/cli';

const root = new URL('../../', import.meta.url).pathname;
const fixture = (name: string) => join(root, 'src/fixtures/reports', name);
const { dir, write } = tempFolder('gongkai-batch-');
const bin = new URL('../../bin/gongkai.js', import.meta.url).pathname;

const SEEDS = [0, 1, 2, 3, 4].map((n) => fixture(`seed-00${n}.json`));
const broken = write('broken.docx', 'not a zip');

describe('review', () => {
  it('writes formulas in 机关名称 and file names as text a CSV reader gets back whole', () => {
    const seed = reportFixture('seed-001');
    FORMULA_FILE_NAMES.forEach((name, i) => {
      write(name, { ...seed, meta: { ...seed.meta, org: FORMULA_PAYLOADS[i] ?? '' } });
    });
    // Run in the folder, with the bare file names, as a reviewer would: `gongkai review -o
    // formulas.csv -- *.json` (after `--`, "-2+3.json" is a file, not an option).
    execFileSync(
      process.execPath,
      [bin, 'review', '-o', 'formulas.csv', '--', ...FORMULA_FILE_NAMES],
      { cwd: dir },
    );
    const [, ...rows] = readCsv(readFileSync(join(dir, 'formulas.csv'), 'utf8'));
    const findings = checkAll(seed).length;
    expect(rows).toHaveLength(FORMULA_FILE_NAMES.length * findings);
    FORMULA_FILE_NAMES.forEach((name, i) => {
      const own = rows.filter((row) => row[0] === `'${name}`);
      expect(own, name).toHaveLength(findings);
      for (const row of own) expect(row[1]).toBe(`'${FORMULA_PAYLOADS[i] ?? ''}`);
    });
    for (const row of rows) for (const field of row) expect(field).not.toMatch(/^[=+\-@\t\r\n]/);
  });

  it('writes one CSV line per finding, a line for an unreadable file, and exits 2 for it', async () => {
    const out = join(dir, 'review.csv');
    const { status, err } = await run('review', ...SEEDS, broken, '-o', out);
    expect(status).toBe(2);
    expect(err).toContain('broken.docx');
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFfile,机关,rule,level,cells,message,decision,reason,')).toBe(true);
    const findings = SEEDS.map((f, i) => checkAll(reportFixture(`seed-00${i}`)).length).reduce(
      (a, b) => a + b,
    );
    expect(text.trimEnd().split('\r\n')).toHaveLength(1 + findings + 1);
    expect(text).toContain(`${broken},,,强制性,,无法读取：`);
  });

  it('runs the cross-year rules against last year’s report of the same 机关 in the batch', async () => {
    const example = reportFixture('example-2021');
    const last = write('last.json', {
      ...example,
      meta: { ...example.meta, org: '青山镇', year: 2023 },
      cells: { ...example.cells, t3_carry_next_total: 99 },
    });
    const out = join(dir, 'cross.csv');
    await run('review', fixture('example-2021.json'), last, '-o', out);
    expect(readFileSync(out, 'utf8')).toMatch(
      /example-2021\.json,青山镇人民政府,CARRY_OVER,核实性/,
    );
  });
});

describe('summary', () => {
  it('writes the cell-wise sum and prints what it summed and excluded', async () => {
    const example = reportFixture('example-2021');
    const second = { ...example, meta: { ...example.meta, org: '白云镇' } };
    const out = join(dir, 'summary.json');
    const files = [fixture('example-2021.json'), write('second.json', second), ...SEEDS, broken];
    const { status, out: printed } = await run(
      'summary',
      ...files,
      '-o',
      out,
      '--org',
      '某某县（汇总）',
    );
    expect(status).toBe(2);
    // By default the most common year and format: the five 2020 seeds outnumber the two 2024
    // reports, so those are named to sum them.
    expect(printed).toContain('汇总 5 份报告');
    const explicit = await run(
      'summary',
      ...files,
      '-o',
      out,
      '--year',
      '2024',
      '--template',
      '2021',
    );
    expect(explicit.out).toContain('汇总 2 份报告');
    expect(explicit.out).toMatch(/排除：.*seed-000\.json（练寺镇人民政府）：格式不同/);
    const loaded = loadReport(readFileSync(out, 'utf8'));
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.report.cells).toEqual(sumCells([example, second], '2021'));
    expect(loaded.report.meta.year).toBe(2024);
  });

  it('leaves out reports with errors under --exclude-errors', async () => {
    const example = reportFixture('example-2021');
    const bad = {
      ...example,
      meta: { ...example.meta, org: '白云镇' },
      cells: { ...example.cells, t3_new_natural: 500 },
    };
    const out = join(dir, 'strict.txt');
    const files = [fixture('example-2021.json'), write('bad.json', bad)];
    const { out: printed, status } = await run('summary', ...files, '-o', out, '--exclude-errors');
    expect(status).toBe(0);
    expect(printed).toContain('汇总 1 份报告');
    expect(printed).toMatch(/排除：.*bad\.json（白云镇）：有 \d+ 个未解决的错误/);
    expect(readFileSync(out, 'utf8')).toContain('汇总');
  });
});
