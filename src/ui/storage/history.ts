/**
 * Earlier versions of a draft: which to keep and what changed between two. Pure functions; the
 * versions themselves are stored with the drafts (drafts-db.ts).
 */
import { cellsOf, getTemplate, type Report, type TextKey } from '../../core';

export interface DraftVersion {
  /** Assigned by the store. */
  readonly key?: number;
  readonly draftId: string;
  readonly savedAt: number;
  readonly report: Report;
  /** Why the version was kept, when not an ordinary save (before a restore, a restored one). */
  readonly note?: string;
  /** The editing session (one opening of the draft in one tab) that wrote it. */
  readonly session: string;
}

const RECENT = 30;
const DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Saves of one session within this time update one version instead of adding one. */
export const VERSION_SPAN_MS = 60_000;

/** The versions to delete: all but the newest 30, and the newest of each day for a year. */
export function versionsToPrune(versions: readonly DraftVersion[], now: number): DraftVersion[] {
  const newestFirst = [...versions].sort((a, b) => b.savedAt - a.savedAt);
  const days = new Set<string>();
  return newestFirst.filter((version, index) => {
    if (index < RECENT) return false;
    if (now - version.savedAt > DAYS * DAY_MS) return true;
    const day = new Date(version.savedAt).toDateString();
    if (days.has(day)) return true;
    days.add(day);
    return false;
  });
}

const META_NAMES: Readonly<Record<string, string>> = {
  org: '机关名称',
  year: '报告年度',
  orgType: '机关类型',
  date: '成文日期',
  signature: '署名',
};

/** What differs between two versions of a report, in words ("表三 … 自然人 3→5"). */
export function describeChanges(before: Report, after: Report): string[] {
  if (before.template !== after.template) {
    return [`报告格式：${getTemplate(before.template).name}→${getTemplate(after.template).name}`];
  }
  const changes: string[] = [];
  for (const [key, name] of Object.entries(META_NAMES)) {
    const a = (before.meta as Record<string, unknown>)[key];
    const b = (after.meta as Record<string, unknown>)[key];
    if (JSON.stringify(a ?? '') !== JSON.stringify(b ?? '')) changes.push(name);
  }
  const template = getTemplate(after.template);
  const texts: [TextKey, string][] = [['intro', '开头段落']];
  for (const section of template.sections) {
    if (section.text) texts.push([section.text, section.heading]);
  }
  for (const [key, name] of texts) {
    if ((before.text[key] ?? '') !== (after.text[key] ?? '')) changes.push(`${name} 正文`);
  }
  for (const [id, info] of cellsOf(template)) {
    const a = before.cells[id] ?? null;
    const b = after.cells[id] ?? null;
    if (a !== b) changes.push(`${info.name} ${a ?? '空'}→${b ?? '空'}`);
  }
  if (JSON.stringify(before.lastYear ?? null) !== JSON.stringify(after.lastYear ?? null)) {
    changes.push('上年报告的关联');
  }
  return changes;
}

/** The changes as one line: the first few, then how many more. */
export function changeSummary(changes: readonly string[]): string {
  if (changes.length === 0) return '内容无变化';
  const shown = changes.slice(0, 3).join('；');
  return changes.length > 3 ? `${shown} 等 ${changes.length} 处` : shown;
}
