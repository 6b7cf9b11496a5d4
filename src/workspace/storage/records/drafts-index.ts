/**
 * The drafts list's index: a few fields per draft (机关, 年度, 格式, 保存时间, counts), stored beside
 * the drafts and written in the same transaction as each draft, so the list reads no report. An
 * entry is a cache: one missing, of another version or not matching is built again from its draft.
 */
import { isTemplateId, type TemplateId } from '../../../core';
import { currentProfile } from '../../profile/profile-store';
import type { DraftRecord } from './draft-record';
import { CODE_VERSION, isNewer, stamped, versionOf } from '../versions/store-versions';

export interface DraftSummary {
  readonly id: string;
  readonly org: string;
  readonly year: number;
  readonly template: TemplateId;
  readonly savedAt: number;
  readonly errors: number;
  readonly warnings: number;
  readonly revision: number;
  /** Made by 复制 of this draft ("甲镇人民政府 2024年"). */
  readonly copyOf?: string;
  /** Loaded from 示例 (the example's label), not the office's own draft. */
  readonly example?: string;
  /** The fingerprint of the local profile (地方要求) its counts include, when one applied. */
  readonly checkedWith?: string;
}

/** The fingerprint of the profile in force for a draft of `year`, if one applies to it. */
export function profileFor(year: number): string | undefined {
  const loaded = currentProfile();
  return loaded && loaded.profile.year === year ? loaded.fingerprint : undefined;
}

/** The key of a draft's summary in the `state` store. */
export const indexKey = (id: string) => `index:${id}`;
export const INDEX_RANGE = ['index:', 'index:\uffff'] as const;

/** What the list shows of a draft. */
export function summaryOf(record: DraftRecord): DraftSummary {
  const { copyOf, example } = record.ui;
  // The record's counts are made as the editor makes them: with the profile in force (draftRecord).
  const checkedWith = profileFor(record.report.meta.year);
  return {
    id: record.id,
    org: record.report.meta.org,
    year: record.report.meta.year,
    template: record.report.template,
    savedAt: record.savedAt,
    errors: record.errors,
    warnings: record.warnings,
    revision: record.revision,
    ...(copyOf === undefined ? {} : { copyOf }),
    ...(example === undefined ? {} : { example }),
    ...(checkedWith === undefined ? {} : { checkedWith }),
  };
}

/** The summary as stored. */
export function storedSummary(summary: DraftSummary): DraftSummary {
  return stamped(summary);
}

const isCount = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * A stored summary, if it is one this code wrote in its own version; 'newer' when newer code
 * wrote it (the draft is left to that code); undefined when it must be built again.
 */
export function checkSummary(raw: unknown): DraftSummary | 'newer' | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = raw as Record<string, unknown>;
  const version = versionOf(value);
  if (isNewer(version)) return 'newer';
  const current =
    version.storeVersion === CODE_VERSION.storeVersion &&
    version.reportVersion === CODE_VERSION.reportVersion;
  const valid =
    current &&
    typeof value.id === 'string' &&
    typeof value.org === 'string' &&
    typeof value.year === 'number' &&
    isTemplateId(value.template) &&
    typeof value.savedAt === 'number' &&
    isCount(value.errors) &&
    isCount(value.warnings) &&
    isCount(value.revision) &&
    (value.copyOf === undefined || typeof value.copyOf === 'string') &&
    (value.example === undefined || typeof value.example === 'string') &&
    (value.checkedWith === undefined || typeof value.checkedWith === 'string');
  if (!valid) return undefined;
  const { storeVersion: _store, reportVersion: _report, ...summary } = value;
  return summary as unknown as DraftSummary;
}

/** "甲镇人民政府 2024年", as draftName says it of a report. */
export function summaryName(summary: DraftSummary): string {
  return `${summary.org} ${summary.year}年`;
}
