/** `convert IN -o OUT [--template 2019|2021]`: a report written in the kind OUT's extension names. */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import {
  convertTemplate,
  getTemplate,
  isTemplateId,
  notXmlNote,
  templateIds,
  xmlSafeValue,
} from '../core';
import type { Io } from './io';
import { readReport } from './read-report';
import { render, unsupportedOutput } from './render-output';

export async function convert(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' }, template: { type: 'string' } },
  });
  const [input] = positionals;
  const output = values.output;
  if (!input || positionals.length > 1) throw new Error('convert 需要一个输入文件。');
  if (!output) throw new Error('convert 需要用 -o 指定输出文件。');
  if (values.template !== undefined && !isTemplateId(values.template)) {
    throw new Error(`--template 应为 ${templateIds().join(' 或 ')}，而不是“${values.template}”。`);
  }
  const ext = extname(output).toLowerCase();
  const unsupported = unsupportedOutput(output, ext);
  if (unsupported) {
    io.err(`${unsupported}\n`);
    return 2;
  }
  const read = await readReport(input);
  if (!read.ok) {
    io.err(`${read.message}\n`);
    return 2;
  }
  let report = read.report;
  if (values.template !== undefined) {
    const converted = convertTemplate(report, values.template);
    report = converted.report;
    if (converted.dropped.length > 0) {
      io.err(
        `注意：${getTemplate(values.template).name}中没有这些单元格，其数值未转换：${converted.dropped.join(', ')}\n`,
      );
    }
  }
  await writeFile(output, await render(report, ext));
  const note =
    ext === '.json' || ext === '.txt' ? undefined : notXmlNote(xmlSafeValue(report).removed);
  if (note) io.err(`${note}\n`);
  return 0;
}
