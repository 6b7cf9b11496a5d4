/**
 * `opinion FILE… -o DIR [--issuer 名称] [--date yyyy-mm-dd] [--profile FILE]`: one 审核意见 per unit, a .docx whose
 * name holds the 机关名称 and its machine-readable file (.json) beside it (interfaces.md §4).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { CONCLUSION_LABELS, conclusionOf, countFindings, opinionItems, reviewBatch } from '../core';
import type { Io } from './io';
import { PROFILE_OPTION, profileHeadline, profileOption } from './profile-option';
import { readBatch } from './read-batch';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  issuer: { type: 'string' },
  date: { type: 'string' },
  ...PROFILE_OPTION,
} as const;

/** Today as yyyy-mm-dd in local time. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export async function opinion(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  if (positionals.length === 0) throw new Error('opinion 需要至少一个报告文件。');
  const dir = values.output;
  if (!dir) throw new Error('opinion 需要用 -o 指定输出文件夹。');
  const date = values.date ?? today();
  if (!/^\d{4}-\d{1,2}-\d{1,2}$/.test(date))
    throw new Error(`--date 应为 yyyy-mm-dd 形式的日期，而不是“${date}”。`);
  const profile = await profileOption(values.profile, io);
  if (profile === null) return 2;
  if (profile) io.out(`${profileHeadline(profile)}\n`);
  const files = reviewBatch(await readBatch(positionals), { profile: profile?.profile });
  // The Word writer is loaded only for this command, as the page loads it only to export.
  const { unitOpinionOutputs } = await import('../core/word');
  // The unit is told the name of the file it sent, not where it lies on the county's disk.
  const sent = files.map((f) => ({ ...f, file: basename(f.file) }));
  const outputs = await unitOpinionOutputs(sent, {
    ...(values.issuer ? { issuer: values.issuer } : {}),
    date,
  });
  await mkdir(dir, { recursive: true });
  for (const output of outputs) await writeFile(join(dir, output.name), output.bytes);
  for (const file of files) {
    const conclusion = CONCLUSION_LABELS[conclusionOf(file, opinionItems(file))];
    if (file.report) io.out(`${file.file}：${file.report.meta.org} ${conclusion}\n`);
    else io.err(`${file.error ?? file.file}\n`);
  }
  const unreadable = files.filter((f) => !f.report).length;
  io.out(
    `${dir}：${files.length} 份审核意见（${outputs.length} 个文件）${unreadable ? `，${unreadable} 个文件无法读取` : ''}\n`,
  );
  if (unreadable > 0) return 2;
  return files.some((f) => countFindings(f.findings).errors > 0) ? 1 : 0;
}
