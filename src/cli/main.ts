/**
 * The command line (the CLI contract): argv and files only; every decision lives in the core.
 * Exit status: 0 no errors, 1 some file has error findings, 2 a file could not be read.
 */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkAll,
  checkOutline,
  sortFindings,
  countFindings,
  convertTemplate,
  getTemplate,
  isTemplateId,
  templateIds,
  notXmlNote,
  SEVERITY_LABELS,
  LEVEL_LABELS,
  type Finding,
  type Report,
  xmlSafeValue,
} from '../core';
import {
  PROFILE_OPTION,
  PROFILE_USAGE,
  profileHeadline,
  profileJson,
  profileOption,
} from './profile-option';
import { readReport } from './read-report';
import { render, unsupportedOutput } from './render-output';
import { indicators } from './indicators-command';
import { review } from './review-command';
import { summary } from './summary-command';

/** The --template choices, from the template list. */
const FORMATS = () => templateIds().join('|');

export const usage = () => `政府信息公开工作年度报告编制助手 — 命令行

用法：
  gongkai check FILE... [--json] [--last-year FILE] [--profile FILE]
                                                 检查报告，列出所有错误和警告
  gongkai convert IN -o OUT [--template ${FORMATS()}]    转换报告，按 OUT 的扩展名输出 .json .txt .docx .html
  gongkai summary FILE... -o OUT [--exclude-errors] [--org 名称] [--expected 名单.txt]
                                                 汇总同一年度、同一格式的报告（逐项相加），列出汇总和排除的报告
  gongkai review FILE... -o OUT.csv [--profile FILE]
                                                 审核：每个问题一行的 CSV（UTF-8 带 BOM，Excel/WPS 可直接打开）
  gongkai indicators FILE... -o 指标.csv [--year YYYY] [--expected 名单.txt]
                                                 各单位和合计的指标（实质公开率等，百分比），上年报告在内时含同比

选项：
  ${PROFILE_USAGE}

退出码：0 无错误；1 有文件存在错误；2 有文件无法读取或识别。
`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const stdio: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Run the CLI with the given arguments; resolves to the exit status. */
export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return await check(rest, io);
    if (command === 'convert') return await convert(rest, io);
    if (command === 'summary') return await summary(rest, io);
    if (command === 'indicators') return await indicators(rest, io);
    if (command === 'review') return await review(rest, io);
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.out(usage());
      return command === undefined ? 2 : 0;
    }
    io.err(`未知命令“${command}”。\n\n${usage()}`);
    return 2;
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${usage()}`);
    return 2;
  }
}

async function check(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, 'last-year': { type: 'string' }, ...PROFILE_OPTION },
  });
  if (positionals.length === 0) throw new Error('check 需要至少一个报告文件。');
  const profile = await profileOption(values.profile, io);
  if (profile === null) return 2;
  if (profile && !values.json) io.out(`${profileHeadline(profile)}\n\n`);
  let lastYear: Report | undefined;
  let status = 0;
  if (values['last-year']) {
    const read = await readReport(values['last-year']);
    if (!read.ok) {
      io.err(`上年报告 ${read.message}\n`);
      return 2;
    }
    lastYear = read.report;
  }
  const results: object[] = [];
  for (const file of positionals) {
    const read = await readReport(file);
    if (!read.ok) {
      io.err(`${read.message}\n`);
      if (values.json) results.push({ file, error: read.message });
      status = 2;
      continue;
    }
    const { report } = read;
    const notes = read.notes ?? [];
    const unplaced = read.unplaced ?? [];
    const findings = sortFindings([
      ...checkAll(report, lastYear, { profile: profile?.profile }),
      ...checkOutline(read.headings, report),
    ]);
    const recorded = profileJson(report, profile);
    if (countFindings(findings).errors > 0) status = Math.max(status, 1);
    if (values.json) {
      results.push({
        file,
        template: report.template,
        org: report.meta.org,
        year: report.meta.year,
        notes,
        unplaced,
        // The cells the importer inferred rather than read as printed, with how.
        inferred: Object.entries(read.provenance ?? {}).flatMap(([cell, p]) =>
          p.source === 'inferred' ? [{ cell, how: p.how }] : [],
        ),
        // A scan's cells read by OCR that are in doubt: why, and the value the equations call for.
        ocrDoubts: Object.entries(read.provenance ?? {}).flatMap(([cell, p]) =>
          p.source === 'ocr' && p.doubt ? [{ cell, ...p }] : [],
        ),
        findings,
        ...(recorded ? { profile: recorded } : {}),
      });
    } else {
      // A report written against the batch's own profile needs no line; anything else does.
      const profileNote = recorded && recorded.match !== 'same' ? [recorded.note] : [];
      io.out(humanReport(file, report, findings, { notes, unplaced, profileNote }));
    }
  }
  if (values.json) io.out(`${JSON.stringify(results, null, 2)}\n`);
  return status;
}

/** "  错误（强制性）[T3_BALANCE] …", or "  已说明 [RULE] …（说明：…）" for an explained warning. */
function findingLine(f: Finding): string {
  if (f.explained) return `  已说明 [${f.rule}] ${f.message}（说明：${f.explained.reason}）`;
  return `  ${SEVERITY_LABELS[f.severity]}（${LEVEL_LABELS[f.severity]}）[${f.rule}] ${f.message}`;
}

/** How many unplaced source lines the human output quotes before it only counts the rest. */
const UNPLACED_SHOWN = 10;

function humanReport(
  file: string,
  report: Report,
  findings: Finding[],
  read: {
    notes: readonly string[];
    unplaced: readonly string[];
    profileNote?: readonly string[];
  },
): string {
  const head = `${file}：${report.meta.org} ${report.meta.year}年 · ${getTemplate(report.template).name}`;
  const notes = [
    ...(read.profileNote ?? []).map((n) => `  地方要求：${n}`),
    ...read.notes.map((n) => `  读入说明：${n}`),
  ];
  const shown = read.unplaced.slice(0, UNPLACED_SHOWN).map((u) => `  未能归位：${u}`);
  const more = read.unplaced.length - shown.length;
  if (more > 0) shown.push(`  未能归位：另有 ${more} 行`);
  const lines = [...notes, ...shown, ...findings.map(findingLine)];
  const { errors, warnings, explained, infos } = countFindings(findings);
  const counts = [
    `${errors} 个错误`,
    `${warnings} 个警告`,
    ...(explained ? [`${explained} 个已说明`] : []),
    ...(infos ? [`${infos} 个提示`] : []),
  ];
  const total = findings.length === 0 ? '  未发现问题' : `  共 ${counts.join('，')}`;
  return `${[head, ...lines, total].join('\n')}\n\n`;
}

async function convert(args: string[], io: Io): Promise<number> {
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
