/**
 * Earlier versions of a draft: which to keep and what changed between two. Pure functions; the
 * versions themselves are stored with the drafts (drafts-db.ts).
 */
import { cellsOf, getTemplate, type Report, type TextKey } from '../../../core';

export interface DraftVersion {
  /** Assigned by the store (the order versions were first stored in). */
  readonly key?: number;
  readonly draftId: string;
  /** The computer's clock when saved: shown, never used to order versions. */
  readonly savedAt: number;
  readonly report: Report;
  /** The draft's revision this version holds: versions are ordered by it. */
  readonly revision: number;
  /** Why the version was kept, when not an ordinary save (before a restore, a restored one). */
  readonly note?: string;
  /** The editing session (one opening of the draft in one tab) that wrote it. */
  readonly session: string;
  /**
   * Which minute of its session's saves the version holds, counted on that page's own steady
   * clock (not the computer's, which may jump): saves of one span update one version.
   */
  readonly span?: number;
  /** Kept at least until then, whatever the limits (the version a restore replaced). */
  readonly pinnedUntil?: number;
}

const RECENT = 30;
const DAYS = 365;
export const DAY_MS = 24 * 60 * 60 * 1000;
/** Saves of one session within this time update one version instead of adding one. */
export const VERSION_SPAN_MS = 60_000;

/** Newest first: by revision, then (for versions of equal revision) by the order stored. */
export function newestFirst(versions: readonly DraftVersion[]): DraftVersion[] {
  return [...versions].sort((a, b) => b.revision - a.revision || (b.key ?? 0) - (a.key ?? 0));
}

/**
 * The versions to delete: all but the newest 30 (by revision) and the newest of each day for a
 * year; a pinned version stays until its pin ends.
 */
export function versionsToPrune(versions: readonly DraftVersion[], now: number): DraftVersion[] {
  const days = new Set<string>();
  return newestFirst(versions).filter((version, index) => {
    if (index < RECENT) return false;
    if (version.pinnedUntil !== undefined && version.pinnedUntil > now) return false;
    if (now - version.savedAt > DAYS * DAY_MS) return true;
    const day = new Date(version.savedAt).toDateString();
    if (days.has(day)) return true;
    days.add(day);
    return false;
  });
}

export type VersionPlan =
  | { readonly kind: 'extend'; readonly key: number }
  | { readonly kind: 'add'; readonly prune: readonly number[] };

/**
 * Where a save's version goes: over the newest version when it is the same session's ordinary
 * save in the same span (one version a minute while typing), else a version of its own, the
 * oldest beyond the limits pruned. The clock is never asked which version is newest.
 */
export function planVersion(
  versions: readonly DraftVersion[],
  next: DraftVersion,
  now: number,
): VersionPlan {
  const [newest] = newestFirst(versions);
  const extend =
    newest?.key !== undefined &&
    next.note === undefined &&
    newest.note === undefined &&
    newest.pinnedUntil === undefined &&
    newest.session === next.session &&
    newest.span !== undefined &&
    newest.span === next.span;
  if (extend) return { kind: 'extend', key: newest.key };
  const prune = versionsToPrune([...versions, next], now).flatMap((v) =>
    v.key === undefined ? [] : [v.key],
  );
  return { kind: 'add', prune };
}

/** The span of a save made `elapsed` ms into its session (its page's steady clock). */
export function spanOf(elapsed: number): number {
  return Math.floor(elapsed / VERSION_SPAN_MS);
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

/**
 * Where the state a restore replaces is kept, pinned: the newest version when it holds that very
 * revision (pinned there, named when it has no note), else a version of its own.
 */
export function planPin(
  versions: readonly DraftVersion[],
  kept: DraftVersion,
): { readonly kind: 'update'; readonly version: DraftVersion } | { readonly kind: 'add' } {
  const [newest] = newestFirst(versions);
  if (newest?.key === undefined || newest.revision !== kept.revision) return { kind: 'add' };
  return {
    kind: 'update',
    version: {
      ...newest,
      note: newest.note ?? kept.note,
      pinnedUntil: Math.max(newest.pinnedUntil ?? 0, kept.pinnedUntil ?? 0),
    },
  };
}
