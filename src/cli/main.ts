/**
 * The command line (the CLI contract): argv and files only; every decision lives in the core.
 * Exit status: 0 no errors, 1 some file has error findings, 2 a file could not be read.
 *
 * COMMANDS is the one list of commands: each with its usage lines and its module, loaded only when
 * it runs (so `check --jobs N` starts its threads before this thread loads the core). A new
 * command is one entry here and one `<name>-command.ts`.
 */
import { once } from 'node:events';
import type { Io } from './io';

export type { Io } from './io';

type Run = (args: string[], io: Io) => Promise<number>;

interface Command {
  /** Its lines in the usage text, given the format ids (2019|2021). */
  readonly usage: (formats: string) => string;
  readonly load: () => Promise<Run>;
}

/** Every command, in the order the usage text lists them. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  check: {
    usage:
      () => `  gongkai check FILE... [--json|--ndjson] [--jobs N] [--last-year FILE] [--profile FILE]
                                                 检查报告，逐个文件列出所有错误和警告（边检查边输出）
                                                 --json 一个 JSON 数组；--ndjson 每行一个 JSON 对象
                                                 --jobs N 同时检查 N 个文件（默认为 CPU 核数），输出顺序不变`,
    load: async () => (await import('./check-command')).check,
  },
  convert: {
    usage: (formats) =>
      `  gongkai convert IN -o OUT [--template ${formats}]   转换报告，按 OUT 的扩展名输出 .json .txt .docx .html`,
    load: async () => (await import('./convert-command')).convert,
  },
  summary: {
    usage:
      () => `  gongkai summary FILE... -o OUT [--exclude-errors] [--org 名称] [--expected 名单.txt]
                                                 汇总同一年度、同一格式的报告（逐项相加），列出汇总和排除的报告`,
    load: async () => (await import('./summary-command')).summary,
  },
  indicators: {
    usage: () => `  gongkai indicators FILE... -o 指标.csv [--year YYYY] [--expected 名单.txt]
                                                 各单位和合计的指标（实质公开率等，百分比），上年报告在内时含同比`,
    load: async () => (await import('./indicators-command')).indicators,
  },
  review: {
    usage: () => `  gongkai review FILE... -o OUT.csv [--profile FILE]
                                                 审核：每个问题一行的 CSV（UTF-8 带 BOM，Excel/WPS 可直接打开）`,
    load: async () => (await import('./review-command')).review,
  },
  opinion: {
    usage:
      () => `  gongkai opinion FILE... -o DIR [--issuer 发文机关] [--date yyyy-mm-dd] [--profile FILE]
                                                 每个单位一份审核意见（.docx，文件名含机关名称）及其数据文件（.json）`,
    load: async () => (await import('./opinion-command')).opinion,
  },
};

/** The usage text (the format ids from the template list, loaded only when it is shown). */
export async function usage(): Promise<string> {
  const formats = (await import('../core')).templateIds().join('|');
  const { PROFILE_USAGE } = await import('./profile-option');
  const lines = Object.values(COMMANDS).map((command) => command.usage(formats));
  return `政府信息公开工作年度报告编制助手 — 命令行

用法：
${lines.join('\n')}

选项：
  ${PROFILE_USAGE}

退出码：0 无错误；1 有文件存在错误；2 有文件无法读取或识别。
`;
}

const stdio: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  drained: async () => {
    if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
  },
};

const HELP = new Set(['help', '--help', '-h']);

/** Run the CLI with the given arguments; resolves to the exit status. */
export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const [name, ...rest] = argv;
  try {
    const command = name === undefined ? undefined : COMMANDS[name];
    if (command) return await (await command.load())(rest, io);
    if (name === undefined || HELP.has(name)) {
      io.out(await usage());
      return name === undefined ? 2 : 0;
    }
    io.err(`未知命令“${name}”。\n\n${await usage()}`);
    return 2;
  } catch (error) {
    io.err(`${problem(error)}\n\n${await usage()}`);
    return 2;
  }
}

/** What went wrong, in Chinese (node:util's parseArgs says it in English). */
function problem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  const option = /'([^']+)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return `未知选项“${option}”。如果这是以 - 开头的文件名，请写成 ./文件名，或把文件放在 -- 之后。`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `选项的值不正确：${message}`;
  return message;
}
