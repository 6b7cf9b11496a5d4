/**
 * `indicators FILE… -o OUT.csv [--year YYYY] [--expected 名单.txt]`: the county's indicators per
 * unit and for the total (interfaces.md §4), the same numbers as the desk's 指标 view; it also
 * says which report it took for the county's 汇总 and how that 汇总 compares with its units.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { batchIndicators, indicatorsCsv, parseOrgList, reviewBatch } from '../core';
import type { Io } from './io';
import { readBatch } from './read-batch';

export async function indicators(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      year: { type: 'string' },
      expected: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new Error('indicators 需要至少一个报告文件。');
  const output = values.output;
  if (!output) throw new Error('indicators 需要用 -o 指定输出的 .csv 文件。');
  if (!output.toLowerCase().endsWith('.csv'))
    throw new Error(`${output}：indicators 只输出 .csv 文件。`);
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !Number.isInteger(year))
    throw new Error(`--year ${values.year} 不是年份。`);
  const expected = values.expected ? parseOrgList(await readFile(values.expected, 'utf8')) : [];
  const files = reviewBatch(await readBatch(positionals, expected), { expected });
  const table = batchIndicators(files, year === undefined ? {} : { year });
  const unreadable = files.filter((f) => !f.report);
  for (const f of unreadable) io.err(`${f.error ?? f.file}\n`);
  if (!table) {
    io.err(`没有${year === undefined ? '' : ` ${year} 年度的`}可计算指标的报告。\n`);
    return 2;
  }
  await writeFile(output, indicatorsCsv(table));
  io.out(`${output}：${table.year}年度 ${table.units.length} 个单位的指标和合计\n`);
  for (const apart of table.apart)
    io.out(`  未作为单位计入：${apart.org}（${apart.file}）：${apart.reason}\n`);
  const summaryErrors = files.flatMap((f) =>
    f.findings.filter((x) => x.rule === 'SUMMARY_UNITS').map((x) => `  ${f.file}：${x.message}\n`),
  );
  for (const line of summaryErrors) io.out(line);
  return unreadable.length > 0 ? 2 : 0;
}
