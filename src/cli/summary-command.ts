/** `summary FILE… -o OUT [--exclude-errors]`: the 汇总 written in any output kind, with what it summed. */
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import {
  countFindings,
  getTemplate,
  isTemplateId,
  parseOrgList,
  reviewBatch,
  summarise,
  templateIds,
  checkAll,
  type SummaryResult,
} from '../core';
import type { Io } from './io';
import { readBatch } from './read-batch';
import { render, unsupportedOutput } from './render-output';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  'exclude-errors': { type: 'boolean' },
  org: { type: 'string' },
  expected: { type: 'string' },
  year: { type: 'string' },
  template: { type: 'string' },
} as const;

export async function summary(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  if (positionals.length === 0) throw new Error('summary 需要至少一个报告文件。');
  const output = values.output;
  if (!output) throw new Error('summary 需要用 -o 指定输出文件。');
  const ext = extname(output).toLowerCase();
  const unsupported = unsupportedOutput(output, ext);
  if (unsupported) {
    io.err(`${unsupported}\n`);
    return 2;
  }
  if (values.template !== undefined && !isTemplateId(values.template)) {
    throw new Error(`--template 应为 ${templateIds().join(' 或 ')}，而不是“${values.template}”。`);
  }
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !Number.isInteger(year)) throw new Error('--year 应为年份，如 2024。');
  const expected = values.expected ? parseOrgList(await readFile(values.expected, 'utf8')) : [];
  const files = reviewBatch(await readBatch(positionals, expected));
  const unreadable = files.filter((f) => !f.report);
  for (const f of unreadable) io.err(`${f.error ?? f.file}\n`);
  const inputs = files.flatMap((f) =>
    f.report
      ? [{ name: f.file, report: f.report, unresolvedErrors: countFindings(f.findings).errors }]
      : [],
  );
  if (inputs.length === 0) {
    io.err('没有可以汇总的报告。\n');
    return 2;
  }
  const result = summarise(inputs, {
    excludeErrors: values['exclude-errors'] ?? false,
    expected,
    ...(values.org ? { org: values.org } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(values.template && isTemplateId(values.template) ? { template: values.template } : {}),
  });
  await writeFile(output, await render(result.report, ext));
  io.out(describe(result, output));
  if (unreadable.length > 0) return 2;
  return countFindings(checkAll(result.report)).errors > 0 ? 1 : 0;
}

function describe(result: SummaryResult, output: string): string {
  const { report, included, excluded, missing } = result;
  const lines = [
    `${output}：${report.meta.org} ${report.meta.year}年 · ${getTemplate(report.template).name}，汇总 ${included.length} 份报告`,
    ...included.map((p) => `  汇总：${p.name}（${p.org}）`),
    ...excluded.map((p) => `  排除：${p.name}（${p.org}）：${p.reason}`),
    ...(missing.length ? [`  未报送：${missing.join('、')}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}
