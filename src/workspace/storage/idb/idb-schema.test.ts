import { describe, expect, it } from 'vitest';
import { DATABASE_STEPS, DATABASE_VERSION } from './database';
import { upgradeBy, type SchemaStep } from './idb-schema';
import { REVIEW_STEPS } from '../../review/review-db';
import { PACK_DATABASE_STEPS } from '../../ocr/pack-files';

/** A database that records the object stores and indexes made in it. */
function recorder() {
  const made: string[] = [];
  const db = {
    createObjectStore: (name: string) => {
      made.push(name);
      return { createIndex: (index: string) => made.push(`${name}.${index}`) };
    },
  };
  return { made, db: db as never, tx: {} as never };
}

describe('IndexedDB schema steps (the drafts, the review desk, the OCR pack)', () => {
  it('an upgrade runs only the steps the database has not had, in order', () => {
    const ran: string[] = [];
    const steps: SchemaStep<never>[] = ['a', 'b', 'c'].map((name) => ({
      name,
      up: () => ran.push(name),
    }));
    const { db, tx } = recorder();
    upgradeBy(steps)(db, 1, 3, tx, {} as never);
    expect(ran).toEqual(['b', 'c']);
    upgradeBy(steps)(db, 3, 3, tx, {} as never);
    expect(ran).toEqual(['b', 'c']);
  });

  it('the shipped databases keep their versions and stores (browsers hold data at them)', () => {
    expect(DATABASE_VERSION).toBe(2);
    const drafts = recorder();
    upgradeBy(DATABASE_STEPS)(drafts.db, 0, 2, drafts.tx, {} as never);
    expect(drafts.made).toEqual([
      'drafts',
      'state',
      'history',
      'history.draftId',
      'journal',
      'journal.id',
    ]);
    const review = recorder();
    upgradeBy(REVIEW_STEPS)(review.db, 0, 1, review.tx, {} as never);
    expect(review.made).toEqual(['entries', 'reviews', 'settings']);
    // The OCR pack's files: version 1 with one store, as it was opened before the steps.
    expect(PACK_DATABASE_STEPS).toHaveLength(1);
    const pack = recorder();
    upgradeBy(PACK_DATABASE_STEPS)(pack.db, 0, 1, pack.tx, {} as never);
    expect(pack.made).toEqual(['files']);
  });
});
