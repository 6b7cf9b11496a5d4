/**
 * Reading a profile file: JSON, then the schema, then the limits the schema cannot state (rule
 * ids this tool has, levels within limits, deadlines within the law). A bad file is refused as a
 * whole with every problem named in Chinese; nothing is half-read. A newer version is refused.
 */
import type { z } from 'zod';
import { ORG_TYPE_LABELS, ORG_TYPES, REPORT_KIND, type OrgType } from '../report';
import { RULES, LEVEL_LABELS, type RuleId } from '../rules/catalogue';
import {
  localDeadline,
  later,
  monthDayText,
  NATIONAL_DEADLINES,
  STATUTORY_DEADLINES,
} from './deadlines';
import { profileFingerprint } from './fingerprint';
import { lockedLevel } from './levels';
import { PROFILE_KIND, PROFILE_VERSION, profileSchema, type Profile } from './schema';

/** A profile read from a file, with its fingerprint and the keys this tool does not know. */
export interface LoadedProfile {
  readonly profile: Profile;
  readonly fingerprint: string;
}

export type ProfileLoad =
  | ({ readonly ok: true } & LoadedProfile)
  | { readonly ok: false; readonly message: string; readonly problems: readonly string[] };

/** How many problems a refusal lists before it counts the rest. */
const PROBLEMS_SHOWN = 8;

function refuse(problems: readonly string[]): ProfileLoad {
  const shown = problems.slice(0, PROBLEMS_SHOWN);
  const more = problems.length - shown.length;
  const lines = [...shown, ...(more > 0 ? [`另有 ${more} 处问题`] : [])];
  return {
    ok: false,
    problems,
    message: `地方要求文件有误，未载入：\n${lines.map((p) => `· ${p}`).join('\n')}`,
  };
}

/** Parse the text of a profile file (UTF-8, a BOM allowed). */
export function loadProfile(json: string): ProfileLoad {
  const text = json.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refuse([`文件不是有效的 JSON${jsonWhere(text, error)}`]);
  }
  return parseProfile(data);
}

/**
 * "（第 3 行第 5 列附近）" from a JSON.parse error: V8 gives a position, a line and column, or
 * (for an unexpected character) the text around it, which is found again in the file.
 */
function jsonWhere(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `（第 ${lineColumn[1] ?? ''} 行第 ${lineColumn[2] ?? ''} 列附近）`;
  let at = Number(/position (\d+)/.exec(message)?.[1] ?? -1);
  const token =
    /Unexpected token '(.+?)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (at < 0 && token) {
    const [, char = '', around = ''] = token;
    const start = text.indexOf(around);
    if (start >= 0 && around.includes(char)) at = start + around.indexOf(char);
  }
  if (at < 0) return '';
  const lines = text.slice(0, at).split('\n');
  return `（第 ${lines.length} 行第 ${(lines.at(-1)?.length ?? 0) + 1} 列附近）`;
}

/** Validate parsed JSON as a profile. */
export function parseProfile(data: unknown): ProfileLoad {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return refuse(['文件内容不是地方要求文件（应为一个 JSON 对象）']);
  }
  const record = data as Record<string, unknown>;
  if (record.kind === REPORT_KIND) {
    return refuse(['这是年度报告文件，不是地方要求文件（请在“打开报告文件”中打开它）']);
  }
  if (record.kind !== PROFILE_KIND) {
    return refuse([`这不是地方要求文件（kind 应为 "${PROFILE_KIND}"）`]);
  }
  if (typeof record.version === 'number' && record.version > PROFILE_VERSION) {
    return refuse([
      `该地方要求文件的版本（${record.version}）比本工具新（本工具支持到版本 ${PROFILE_VERSION}），请更新本工具后再载入`,
    ]);
  }
  const parsed = profileSchema.safeParse(data);
  if (!parsed.success) return refuse(parsed.error.issues.map((issue) => describe(issue, data)));
  const problems = limitProblems(parsed.data);
  if (problems.length > 0) return refuse(problems);
  // Where the file's editor finds the JSON schema is not a requirement: not in the fingerprint.
  const { $schema: _where, ...requirements } = parsed.data;
  return { ok: true, profile: parsed.data, fingerprint: profileFingerprint(requirements) };
}

/** What a path of the file is, for people: "deadlines.township（乡镇/街道的期限）". */
export function pathLabel(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += ` 第 ${key + 1} 条`;
    else
      out +=
        out === '' || out.endsWith('条') ? `${out ? ' ' : ''}${String(key)}` : `.${String(key)}`;
  }
  const [head, second] = path;
  if (head === 'deadlines' && typeof second === 'string' && second in ORG_TYPE_LABELS)
    return `${out}（${ORG_TYPE_LABELS[second as OrgType]}的期限）`;
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

function describe(issue: z.core.$ZodIssue, data: unknown): string {
  const where = pathLabel(issue.path);
  const prefix = where ? `${where}：` : '';
  if (issue.code === 'unrecognized_keys') {
    return `${prefix}不认识的项 ${issue.keys.map((k) => `“${k}”`).join('、')}（${known(issue.path)}）`;
  }
  if (issue.code === 'invalid_key') return `${prefix}应为规则编号，如 "YOY_JUMP"`;
  if (valueAt(data, issue.path) === undefined) return `${prefix}缺少此项`;
  return `${prefix}${issue.message}`;
}

/** The keys an object of the file may have, for a message about an unknown one. */
function known(path: readonly PropertyKey[]): string {
  const at = path.at(-1);
  if (at === 'deadlines') return `可用：${ORG_TYPES.join('、')}`;
  if (at === 'maxChars') return '可用：intro、overview、problems、other';
  return '请核对拼写';
}

/** The limits a profile must keep (the schema cannot say them). */
function limitProblems(profile: Profile): string[] {
  const problems: string[] = [];
  for (const [id, level] of Object.entries(profile.levels ?? {})) {
    if (!(id in RULES)) {
      problems.push(`levels.${id}：本工具没有这条规则（可能是拼写错误，或需要更新本工具）`);
      continue;
    }
    const locked = lockedLevel(id as RuleId);
    if (locked && level !== locked) {
      problems.push(
        `levels.${id}：“${RULES[id as RuleId].title}”是${LEVEL_LABELS[locked]}规则，地方要求不能降低或关闭`,
      );
    }
  }
  for (const type of ORG_TYPES) {
    const deadline = profile.deadlines?.[type];
    if (deadline === undefined) continue;
    const { submit, publish } = localDeadline(deadline);
    const where = pathLabel(['deadlines', type]);
    if (submit && publish && later(submit, publish))
      problems.push(
        `${where}：报送期限 ${monthDayText(submit)} 晚于公布期限 ${monthDayText(publish)}`,
      );
    const national = NATIONAL_DEADLINES[type];
    const last = publish ?? submit;
    if (STATUTORY_DEADLINES.includes(type) && last && later(last, national)) {
      problems.push(
        `${where}：${monthDayText(last)} 晚于《政府信息公开条例》第四十九条规定的 ${monthDayText(national)}，地方要求只能提前，不能推后`,
      );
    }
  }
  return problems;
}
