/** `review FILE… -o OUT.csv`: every finding of the batch as one CSV line (interfaces.md §4). */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { compareProfile, countFindings, profileMatchText, findingsCsv, reviewBatch } from '../core';
import type { Io } from './io';
import { PROFILE_OPTION, profileHeadline, profileOption } from './profile-option';
import { readBatch } from './read-batch';

export async function review(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' }, ...PROFILE_OPTION },
  });
  if (positionals.length === 0) throw new Error('review 需要至少一个报告文件。');
  const output = values.output;
  if (!output) throw new Error('review 需要用 -o 指定输出的 .csv 文件。');
  if (!output.toLowerCase().endsWith('.csv'))
    throw new Error(`${output}：review 只输出 .csv 文件。`);
  const profile = await profileOption(values.profile, io);
  if (profile === null) return 2;
  const files = reviewBatch(await readBatch(positionals), { profile: profile?.profile });
  await writeFile(output, findingsCsv(files));
  const unreadable = files.filter((f) => !f.report);
  for (const f of unreadable) io.err(`${f.error ?? f.file}\n`);
  const findings = files.reduce((n, f) => n + f.findings.length, 0);
  io.out(
    `${output}：${files.length} 个文件，${findings} 个问题${unreadable.length ? `，${unreadable.length} 个文件无法读取` : ''}\n`,
  );
  if (profile) {
    io.out(`${profileHeadline(profile)}\n`);
    // The reports the county should ask about: written against another profile, or none.
    for (const f of files) {
      if (!f.report) continue;
      const match = compareProfile(f.report, profile);
      if (match.kind === 'different' || match.kind === 'unrecorded' || match.kind === 'other-year')
        io.out(`  ${f.file}：${profileMatchText(match, profile)}\n`);
    }
  }
  if (unreadable.length > 0) return 2;
  return files.some((f) => countFindings(f.findings).errors > 0) ? 1 : 0;
}
