/**
 * `--profile FILE`, the local requirements (地方要求) for a whole batch: one option and one loader
 * shared by every command that checks (check, review, opinion), so each adds it in one line.
 */
import { readFile } from 'node:fs/promises';
import {
  compareProfile,
  loadProfile,
  profileMatchText,
  shortFingerprint,
  type LoadedProfile,
  type Report,
} from '../core';
import type { Io } from './io';

/** The option for node:util parseArgs: `options: { ...PROFILE_OPTION, … }`. */
export const PROFILE_OPTION = { profile: { type: 'string' } } as const;

/** The usage line of the option. */
export const PROFILE_USAGE =
  '--profile FILE  按地方要求文件检查（期限、篇幅、必须写明的内容、规则级别）';

/**
 * The profile named by --profile: undefined when none was given, null when it could not be read
 * or was refused (the reason is written to stderr; the command stops with status 2).
 */
export async function profileOption(
  file: string | undefined,
  io: Io,
): Promise<LoadedProfile | undefined | null> {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(`${file}：${code === 'ENOENT' ? '找不到地方要求文件' : '无法读取地方要求文件'}\n`);
    return null;
  }
  const loaded = loadProfile(text);
  if (!loaded.ok) {
    io.err(`${file}：${loaded.message}\n`);
    return null;
  }
  return loaded;
}

/** "地方要求：某市…（某政办发〔2025〕1号），2025年度，指纹 1a2b 3c4d 5e6f". */
export function profileHeadline({ profile, fingerprint }: LoadedProfile): string {
  return `地方要求：${profile.name}（${profile.basis}），适用于${profile.year}年度报告，指纹 ${shortFingerprint(fingerprint)}`;
}

/** What a report records against the batch's profile, for --json: the match and the record. */
export function profileJson(report: Report, loaded: LoadedProfile | undefined) {
  const match = compareProfile(report, loaded);
  if (match.kind === 'none') return undefined;
  return {
    match: match.kind,
    ...('recorded' in match ? { recorded: match.recorded } : {}),
    note: profileMatchText(match, loaded),
  };
}
