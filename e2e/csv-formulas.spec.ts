/**
 * The review desk's 导出 CSV with formulas in every text it writes (issue 19): 机关名称, file names
 * and the reviewer's reason such as =HYPERLINK(…) come out behind a `'`, so Excel and WPS show them
 * as text, and a CSV reader gets each text back whole.
 */
import { readFileSync } from 'node:fs';
import { FORMULA_FILE_NAMES, FORMULA_PAYLOADS, readCsv } from '../src/testing/csv-payloads';
import { neutraliseFormula } from '../src/core';
import { expect, fixture, test } from './app';
import { jsonFile, ReviewDesk } from './review-desk';

const FORMULA_START = /^[=+\-@\t\r\n＝＋－＠]/;

test('导出 CSV: formulas in 机关名称, file names and the reason are written as text', async ({
  page,
}) => {
  const seed = fixture('seed-001');
  // File names as a file picker hands them over (no line breaks); each report's 机关 a payload.
  const names = FORMULA_FILE_NAMES.filter((name) => !name.includes('\t'));
  const files = names.map((name, i) =>
    jsonFile(name, { ...seed, meta: { ...seed.meta, org: FORMULA_PAYLOADS[i] ?? '' } }),
  );
  const desk = new ReviewDesk(page);
  await desk.open();
  await desk.add(files);
  await expect(desk.rows).toHaveCount(files.length);

  const reason = FORMULA_PAYLOADS[0];
  const detail = await desk.openReport(names[0] ?? '');
  const first = detail.getByRole('list', { name: '问题' }).getByRole('listitem').first();
  await first.getByRole('button', { name: '不作为问题…' }).click();
  await first.getByLabel('理由').fill(reason);
  await first.getByRole('button', { name: '保存理由' }).click();
  await expect(first).toContainText(`不作为问题：${reason}`);

  const rows = readCsv(readFileSync(await desk.download('导出 CSV'), 'utf8'));
  const [header, ...body] = rows;
  expect(header?.slice(0, 2)).toEqual(['file', '机关']);
  names.forEach((name, i) => {
    const own = body.filter((row) => row[0] === neutraliseFormula(name));
    expect(own.length, name).toBeGreaterThan(0);
    for (const row of own) expect(row[1]).toBe(`'${FORMULA_PAYLOADS[i] ?? ''}`);
  });
  expect(body.filter((row) => row[7] === `'${reason}`)).toHaveLength(1);
  for (const row of rows) {
    for (const field of row) expect(field, JSON.stringify(field)).not.toMatch(FORMULA_START);
  }
});
