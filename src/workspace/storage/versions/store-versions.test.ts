import { describe, expect, it } from 'vitest';
import { REPORT_VERSION } from '../../../core';
import { reportFixture } from '../../../testing/fixtures';
import {
  STORE_MIGRATIONS,
  STORED_SHAPES,
  type StoreMigration,
  type StoredShape,
} from './stored-migrations';
import {
  applyStep,
  CODE_VERSION,
  isNewer,
  migrateStored,
  MigrationRefused,
  readAt,
  stamped,
  STORE_VERSION,
  versionOf,
  type StoreSchema,
} from './store-versions';

const report = reportFixture('example-2021');

/** Values of each shape as pages before versions stored them (store version 1). */
const LEGACY: Readonly<Record<StoredShape, Record<string, unknown>>> = {
  draft: { id: 'd', report, savedAt: 1, ui: {}, errors: 0, warnings: 0 },
  journal: { id: 'd', session: 's', tab: 't', at: 1, report, ui: {} },
  version: { draftId: 'd', savedAt: 1, report, session: 's', key: 3 },
  'review-entry': { id: 'e', file: 'a.json', order: 0 },
  review: { status: 'pending', comment: '', decisions: {} },
  'review-settings': { expected: '', reviewer: '', summaryOrg: '' },
};

/** A later step, as a test build adds one: it marks what it touched, once per application. */
const MARK: StoreMigration = {
  from: STORE_VERSION,
  name: 'test: mark',
  up: Object.fromEntries(
    STORED_SHAPES.map((shape) => [
      shape,
      (value: Record<string, unknown>) => ({
        ...value,
        marks: [...((value.marks as string[] | undefined) ?? []), 'mark'],
      }),
    ]),
  ),
};
const NEXT: StoreSchema = {
  migrations: [...STORE_MIGRATIONS, MARK],
  code: { storeVersion: STORE_VERSION + 1, reportVersion: REPORT_VERSION },
};

describe('store versions and migrations', () => {
  it('numbers the store version after its steps, each step reading the version before it', () => {
    expect(STORE_VERSION).toBe(STORE_MIGRATIONS.length + 1);
    STORE_MIGRATIONS.forEach((step, i) => {
      expect(step.from).toBe(i + 1);
      expect(step.name).not.toBe('');
    });
  });

  it('reads values from before versions as store version 1, with the report’s own version', () => {
    expect(versionOf(LEGACY.draft)).toEqual({ storeVersion: 1, reportVersion: report.version });
    expect(versionOf(stamped<Record<string, unknown>>({}))).toEqual(CODE_VERSION);
    expect(versionOf({ report: { ...report, version: 7 } }).reportVersion).toBe(7);
    expect(versionOf({ baseReport: { version: 5 }, storeVersion: 2 })).toEqual({
      storeVersion: 2,
      reportVersion: 5,
    });
  });

  it('brings every shape up to date, stamped, and leaves a value already there as it is', () => {
    for (const shape of STORED_SHAPES) {
      const first = migrateStored(shape, LEGACY[shape]);
      expect(first.kind, shape).toBe('ok');
      if (first.kind !== 'ok') continue;
      expect(first.migrated).toBe(true);
      expect(first.value.storeVersion).toBe(STORE_VERSION);
      const again = migrateStored(shape, first.value);
      expect(again).toEqual({ kind: 'ok', value: first.value, migrated: false });
    }
  });

  it('step 1: revisions for drafts and versions, a base for journal entries', () => {
    const migrate = (shape: 'draft' | 'version' | 'journal', value: Record<string, unknown>) => {
      const result = migrateStored(shape, value);
      if (result.kind !== 'ok') throw new Error(result.kind);
      return result.value;
    };
    expect(migrate('draft', LEGACY.draft).revision).toBe(0);
    expect(migrate('draft', { ...LEGACY.draft, revision: 4 }).revision).toBe(4);
    expect(migrate('version', LEGACY.version).revision).toBe(0);
    expect(migrate('journal', LEGACY.journal).base).toBe(0);
    expect(migrate('journal', { ...LEGACY.journal, base: 2 }).base).toBe(2);
  });

  it('applies a later step once to each shape, however often the value is read', () => {
    for (const shape of STORED_SHAPES) {
      const first = migrateStored(shape, LEGACY[shape], NEXT);
      if (first.kind !== 'ok') throw new Error(first.kind);
      expect(first.value.marks).toEqual(['mark']);
      expect(first.value.storeVersion).toBe(STORE_VERSION + 1);
      const again = migrateStored(shape, first.value, NEXT);
      expect(again.kind === 'ok' && again.value.marks).toEqual(['mark']);
    }
  });

  it('refuses a step on a value already at the version it writes (or any other)', () => {
    const migrated = migrateStored('draft', LEGACY.draft, NEXT);
    if (migrated.kind !== 'ok') throw new Error(migrated.kind);
    const at = readAt('draft', migrated.value);
    expect(at.version).toBe(STORE_VERSION + 1);
    expect(() => applyStep(MARK, at)).toThrow(MigrationRefused);
    const [first] = STORE_MIGRATIONS;
    if (first)
      expect(() => applyStep(first, readAt('draft', stamped(LEGACY.draft)))).toThrow(
        MigrationRefused,
      );
    // At its own version it runs, and the result is at the next.
    const before = readAt('draft', stamped(LEGACY.draft));
    expect(applyStep(MARK, before).version).toBe(STORE_VERSION + 1);
  });

  it('leaves a value of newer code alone, and one with no step to it is invalid', () => {
    const newer = stamped(LEGACY.draft, NEXT.code);
    expect(isNewer(versionOf(newer))).toBe(true);
    expect(migrateStored('draft', newer)).toEqual({ kind: 'newer', version: NEXT.code });
    const futureReport = { ...LEGACY.draft, report: { ...report, version: REPORT_VERSION + 1 } };
    expect(migrateStored('draft', futureReport).kind).toBe('newer');
    expect(migrateStored('draft', { ...LEGACY.draft, storeVersion: 0 }).kind).toBe('ok');
    const gap: StoreSchema = { migrations: [], code: { storeVersion: 3, reportVersion: 1 } };
    expect(migrateStored('draft', LEGACY.draft, gap).kind).toBe('invalid');
  });
});
