/** A stored draft and the check that a stored value really is one. */
import {
  cellsOf,
  checkAll,
  countFindings,
  getTemplate,
  parseReport,
  type Report,
  type TemplateId,
} from '../../../core';
import { unsafeKey } from '../versions/safe-keys';
import { migrateStored, type DataVersion, type StoreSchema } from '../versions/store-versions';
import { profileCheckOptions } from '../../profile/profile-store';

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
  /** Epoch milliseconds of the last save (the computer's clock: it may go backwards). */
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
  /** Unsaved changes of a page load (a journal entry) rather than a stored draft: its key. */
  readonly journal?: string;
}

/** A stored draft written by newer code than this page's: it is left alone until a reload. */
export interface NewerDraft {
  readonly id: string;
  readonly raw: unknown;
  readonly version: DataVersion;
}

/** The check summary as the editor counts it: with the local profile (地方要求) in force. */
export function countsNow(report: Report): { errors: number; warnings: number } {
  return countFindings(checkAll(report, undefined, profileCheckOptions()));
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

/** The page sections a place may name: 基本信息 and the format's own. */
function sectionsOf(template: TemplateId): Set<string> {
  return new Set(['meta', ...getTemplate(template).sections.map((s) => s.id)]);
}

/**
 * Where the user was, kept only where it still names a place of this report: a section of its
 * format, a cell of it, a copy's source and an example's label as text. Anything else is dropped without a word.
 */
export function validUi(raw: unknown, template: TemplateId): DraftUi {
  if (typeof raw !== 'object' || raw === null) return {};
  const ui = raw as Record<string, unknown>;
  const { section, cell, copyOf, example } = ui;
  return {
    ...(typeof section === 'string' && sectionsOf(template).has(section) ? { section } : {}),
    ...(typeof cell === 'string' && cellsOf(getTemplate(template)).has(cell) ? { cell } : {}),
    ...(typeof copyOf === 'string' ? { copyOf } : {}),
    ...(typeof example === 'string' ? { example } : {}),
  };
}

export type CheckedRecord =
  | { readonly ok: true; readonly record: DraftRecord }
  | { readonly ok: false; readonly damaged: DamagedDraft }
  | { readonly ok: false; readonly newer: NewerDraft };

const count = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;

/**
 * The stored value as a draft (migrated once, if it is older), or why it is not one. The report
 * is checked with the report file's own schema; the place in it is checked against the report.
 */
export function validateRecord(raw: unknown, key: string, schema?: StoreSchema): CheckedRecord {
  const damaged = (message: string) => ({ ok: false as const, damaged: { id: key, raw, message } });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return damaged('记录不是一个对象。');
  }
  const unsafe = unsafeKey(raw);
  if (unsafe !== undefined) return damaged(`记录含有不允许的键名“${unsafe}”。`);
  const migrated = migrateStored('draft', raw as Record<string, unknown>, schema);
  if (migrated.kind === 'newer') {
    return { ok: false, newer: { id: key, raw, version: migrated.version } };
  }
  if (migrated.kind === 'invalid') return damaged(migrated.message);
  const value = migrated.value;
  if (value.id !== key) return damaged('记录的编号不一致。');
  if (typeof value.savedAt !== 'number' || !Number.isFinite(value.savedAt)) {
    return damaged('缺少保存时间。');
  }
  const parsed = parseReport(value.report);
  if (!parsed.ok) return damaged(parsed.message);
  const revision = count(value.revision) ?? 0;
  const writer = typeof value.writer === 'string' ? { writer: value.writer } : {};
  const errors = count(value.errors);
  const warnings = count(value.warnings);
  const counts =
    errors !== undefined && warnings !== undefined
      ? { errors, warnings }
      : countsNow(parsed.report);
  return {
    ok: true,
    record: {
      id: key,
      report: parsed.report,
      savedAt: value.savedAt,
      ui: validUi(value.ui, parsed.report.template),
      revision,
      ...writer,
      ...counts,
    },
  };
}
