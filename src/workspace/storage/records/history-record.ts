/** A stored history version checked on its own: migrated once if older, left out if unreadable. */
import { parseReport, type Report } from '../../../core';
import type { DraftVersion } from './history';
import { unsafeKey } from '../versions/safe-keys';
import { migrateStored } from '../versions/store-versions';

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/**
 * The version, or undefined when it cannot be read (damaged, or written by newer code).
 * `withReport`: its report is checked with the report file's schema too (to be shown or
 * restored); without, only what ordering and pruning need.
 */
export function checkVersion(raw: unknown, withReport = false): DraftVersion | undefined {
  if (typeof raw !== 'object' || raw === null || unsafeKey(raw) !== undefined) return undefined;
  const migrated = migrateStored('version', raw as Record<string, unknown>);
  if (migrated.kind !== 'ok') return undefined;
  const v = migrated.value;
  const valid =
    typeof v.draftId === 'string' &&
    isNumber(v.savedAt) &&
    isNumber(v.revision) &&
    typeof v.session === 'string' &&
    (v.key === undefined || isNumber(v.key)) &&
    (v.note === undefined || typeof v.note === 'string') &&
    (v.span === undefined || isNumber(v.span)) &&
    (v.pinnedUntil === undefined || isNumber(v.pinnedUntil));
  if (!valid) return undefined;
  let report = v.report as Report;
  if (withReport) {
    const parsed = parseReport(v.report);
    if (!parsed.ok) return undefined;
    report = parsed.report;
  }
  const { storeVersion: _store, reportVersion: _report, ...version } = v;
  return { ...(version as unknown as DraftVersion), report };
}
