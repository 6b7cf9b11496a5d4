/**
 * The data versions every stored value carries (the store's schema version and the report file's
 * version of the code that wrote it), and the one way a stored value is brought up to date: each
 * step of stored-migrations.ts applied once, to a value at exactly the step's version. A value
 * written by newer code is never migrated or written over here: the page says to reload.
 */
import { REPORT_VERSION } from '../../../core';
import {
  STORE_MIGRATIONS,
  type StoreMigration,
  type StoredShape,
  type StoredValue,
} from './stored-migrations';

/** The store's schema version this code writes: one more than the number of steps. */
export const STORE_VERSION = STORE_MIGRATIONS.length + 1;

/** The versions of the code that wrote a value, stored with it. */
export interface DataVersion {
  readonly storeVersion: number;
  readonly reportVersion: number;
}

/** The versions this code reads and writes. */
export const CODE_VERSION: DataVersion = {
  storeVersion: STORE_VERSION,
  reportVersion: REPORT_VERSION,
};

/** `value` with the versions of the code writing it. */
export function stamped<T extends object>(
  value: T,
  code: DataVersion = CODE_VERSION,
): T & DataVersion {
  return { ...value, storeVersion: code.storeVersion, reportVersion: code.reportVersion };
}

const whole = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;

/**
 * The versions a stored value was written with. Values from before versions were stored count as
 * store version 1; the report inside a value says its own version too (the higher one counts).
 */
export function versionOf(value: StoredValue): DataVersion {
  const reports = [value.report, value.baseReport].map((report) =>
    typeof report === 'object' && report !== null
      ? whole((report as StoredValue).version)
      : undefined,
  );
  return {
    storeVersion: whole(value.storeVersion) ?? 1,
    reportVersion: Math.max(whole(value.reportVersion) ?? 1, ...reports.map((v) => v ?? 1)),
  };
}

/** Written by newer code than `code`: this code must neither migrate it nor write over it. */
export function isNewer(data: DataVersion, code: DataVersion = CODE_VERSION): boolean {
  return data.storeVersion > code.storeVersion || data.reportVersion > code.reportVersion;
}

declare const atVersion: unique symbol;

/**
 * A stored value known to be at store version `version`. Made only by `readAt` (from what is
 * stored) and by `applyStep` (one step further): no step can be given a value of another version.
 */
export interface AtVersion {
  readonly shape: StoredShape;
  readonly version: number;
  readonly value: StoredValue;
  readonly [atVersion]: true;
}

const at = (shape: StoredShape, version: number, value: StoredValue) =>
  ({ shape, version, value }) as AtVersion;

/** A stored value as read, at the store version it says it has. */
export function readAt(shape: StoredShape, value: StoredValue): AtVersion {
  return at(shape, versionOf(value).storeVersion, value);
}

/** A step was offered a value of another version: it would run twice, or out of order. */
export class MigrationRefused extends Error {
  constructor(step: StoreMigration, data: AtVersion) {
    super(
      `store migration "${step.name}" reads version ${String(step.from)}; the ${data.shape} is at version ${String(data.version)}`,
    );
    this.name = 'MigrationRefused';
  }
}

/** One step applied to a value at its version, stamped with the next: the only way up. */
export function applyStep(step: StoreMigration, data: AtVersion): AtVersion {
  if (data.version !== step.from) throw new MigrationRefused(step, data);
  const up = step.up[data.shape];
  const value = up ? up(data.value) : data.value;
  return at(data.shape, step.from + 1, { ...value, storeVersion: step.from + 1 });
}

/** The migrations a page runs and the versions its code writes (tests simulate other code). */
export interface StoreSchema {
  readonly migrations: readonly StoreMigration[];
  readonly code: DataVersion;
}

export const CURRENT_SCHEMA: StoreSchema = { migrations: STORE_MIGRATIONS, code: CODE_VERSION };

export type Migrated =
  | { readonly kind: 'ok'; readonly value: StoredValue; readonly migrated: boolean }
  | { readonly kind: 'newer'; readonly version: DataVersion }
  | { readonly kind: 'invalid'; readonly message: string };

/**
 * A stored value brought up to the store version of this code: each missing step once. A value
 * of a newer version is left alone; one whose version has no step is invalid.
 */
export function migrateStored(
  shape: StoredShape,
  value: StoredValue,
  { migrations, code }: StoreSchema = CURRENT_SCHEMA,
): Migrated {
  const version = versionOf(value);
  if (isNewer(version, code)) return { kind: 'newer', version };
  let data = readAt(shape, value);
  while (data.version < code.storeVersion) {
    const step = migrations.find((m) => m.from === data.version);
    if (!step) {
      return { kind: 'invalid', message: `无法升级的存储版本 ${String(data.version)}。` };
    }
    data = applyStep(step, data);
  }
  return { kind: 'ok', value: data.value, migrated: data.value !== value };
}
