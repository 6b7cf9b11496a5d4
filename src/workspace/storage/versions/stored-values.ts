/**
 * Reading and writing other stored values (the review desk's entries, decisions and settings)
 * with the same versions and migrations as drafts: stamped when written, migrated once when read,
 * and never read nor written over when newer code wrote them (the page then says to reload).
 */
import { markOutdated } from '../outdated';
import type { StoredShape } from './stored-migrations';
import { isNewer, migrateStored, stamped, versionOf } from './store-versions';

/** The value as it is to be stored. */
export function toStored<T extends object>(value: T): T {
  return stamped(value);
}

/**
 * A stored value as this code reads it (migrated, without its versions), or undefined when it
 * is not an object, cannot be migrated, or newer code wrote it (`area` is then marked outdated).
 */
export function fromStored(
  shape: StoredShape,
  raw: unknown,
  area: string,
): Record<string, unknown> | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const migrated = migrateStored(shape, raw as Record<string, unknown>);
  if (migrated.kind === 'newer') markOutdated(area);
  if (migrated.kind !== 'ok') return undefined;
  const { storeVersion: _store, reportVersion: _report, ...value } = migrated.value;
  return value;
}

/** Whether newer code wrote `raw` (then it must not be written over). */
export function writtenByNewer(raw: unknown): boolean {
  return (
    typeof raw === 'object' && raw !== null && isNewer(versionOf(raw as Record<string, unknown>))
  );
}
