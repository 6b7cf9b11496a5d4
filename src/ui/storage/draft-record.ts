/** A stored draft and the check that a stored value really is one. */
import { checkAll, countFindings, parseReport, profileApplies, type Report } from '../../core';
import { currentProfile, profileCheckOptions } from '../profile/profile-store';

/** Where the user was in a draft, restored when it is opened again. */
export interface DraftUi {
  readonly section?: string;
  readonly cell?: string;
  /** The draft was made by 复制 (or 另存为副本) of this one ("甲镇人民政府 2024年"): the list marks it. */
  readonly copyOf?: string;
  /** The draft was loaded from this example (载入示例): the list marks it 示例. */
  readonly example?: string;
}

/** "甲镇人民政府 2024年": how the list and the actions name a draft. */
export function draftName(report: Report): string {
  return `${report.meta.org} ${report.meta.year}年`;
}

/** A plain copy of `report` as a new draft, marked as a copy in the list (not in the report). */
export function copyRecord(report: Report): DraftRecord {
  return draftRecord(report, newDraftId(), { copyOf: draftName(report) });
}

export interface DraftRecord {
  readonly id: string;
  readonly report: Report;
  /** Epoch milliseconds of the last save. */
  readonly savedAt: number;
  readonly ui: DraftUi;
  readonly errors: number;
  readonly warnings: number;
  /** Counts the saves: a tab saves only over the revision it has (0 for records before revisions). */
  readonly revision: number;
  /** The editing session that saved this revision (see journal.ts). */
  readonly writer?: string;
}

/** A stored value that is not a valid draft: listed so the user can download or delete it. */
export interface DamagedDraft {
  readonly id: string;
  readonly raw: unknown;
  readonly message: string;
}

/** The check summary as the editor counts it: with the local profile (地方要求) in force. */
function countsNow(report: Report): { errors: number; warnings: number } {
  return countFindings(checkAll(report, undefined, profileCheckOptions()));
}

/**
 * Stored counts are kept, but not for a draft of the profile's year while a profile is in force:
 * it may have been loaded after the draft was saved (counted again: a few drafts, not the list).
 */
function storedCountsHold(report: Report): boolean {
  const profile = currentProfile()?.profile;
  return profile === undefined || !profileApplies(profile, report);
}

/** A draft record for a report as it is now, with its check summary. */
export function draftRecord(
  report: Report,
  id = newDraftId(),
  ui: DraftUi = {},
  revision = 0,
): DraftRecord {
  return { id, report, savedAt: Date.now(), ui, revision, ...countsNow(report) };
}

/** A new draft id (unique per browser). */
export function newDraftId(): string {
  return crypto.randomUUID();
}

/** The stored value as a draft, or why it is not one. */
export function validateRecord(
  raw: unknown,
  key: string,
): { ok: true; record: DraftRecord } | { ok: false; damaged: DamagedDraft } {
  const damaged = (message: string) => ({ ok: false as const, damaged: { id: key, raw, message } });
  if (typeof raw !== 'object' || raw === null) return damaged('记录不是一个对象。');
  const value = raw as Partial<Record<keyof DraftRecord, unknown>>;
  if (value.id !== key) return damaged('记录的编号不一致。');
  if (typeof value.savedAt !== 'number' || !Number.isFinite(value.savedAt)) {
    return damaged('缺少保存时间。');
  }
  const parsed = parseReport(value.report);
  if (!parsed.ok) return damaged(parsed.message);
  const ui = typeof value.ui === 'object' && value.ui !== null ? (value.ui as DraftUi) : {};
  const revision = typeof value.revision === 'number' ? value.revision : 0;
  const writer = typeof value.writer === 'string' ? { writer: value.writer } : {};
  const counts =
    typeof value.errors === 'number' &&
    typeof value.warnings === 'number' &&
    storedCountsHold(parsed.report)
      ? { errors: value.errors, warnings: value.warnings }
      : countsNow(parsed.report);
  return {
    ok: true,
    record: {
      id: key,
      report: parsed.report,
      savedAt: value.savedAt,
      ui,
      revision,
      ...writer,
      ...counts,
    },
  };
}
