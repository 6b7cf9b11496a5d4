/**
 * Named migrations of what this page stores in the browser, in the spirit of the report file's
 * (src/core/migrations.ts): the store has one schema version; a step takes every stored shape
 * from version `from` to `from + 1` (a shape it does not name is unchanged by it). A shape is
 * one kind of stored value: a draft record, a journal entry, a history version, the review
 * desk's entries, decisions and settings. Add a step here, never edit one that has shipped.
 */

/** The kinds of value the page stores, each migrated on its own. */
export const STORED_SHAPES = [
  'draft',
  'journal',
  'version',
  'review-entry',
  'review',
  'review-settings',
] as const;
export type StoredShape = (typeof STORED_SHAPES)[number];

export type StoredValue = Record<string, unknown>;

/** One named step of the store's schema: what it does to each shape it changes. */
export interface StoreMigration {
  /** The store version this step reads; it writes version `from + 1`. */
  readonly from: number;
  readonly name: string;
  readonly up: Partial<Record<StoredShape, (value: StoredValue) => StoredValue>>;
}

const number = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

/** Every step, oldest first. Version 1 is what was stored before values carried a version. */
export const STORE_MIGRATIONS: readonly StoreMigration[] = [
  {
    from: 1,
    name: 'revisions everywhere',
    up: {
      // Records from before revisions count as revision 0 (the next save is 1).
      draft: (value) => ({ ...value, revision: number(value.revision, 0) }),
      // Versions kept before they carried a revision sort before every later one; among
      // themselves by the order they were stored in (their key).
      version: (value) => ({ ...value, revision: number(value.revision, 0) }),
      journal: (value) => ({ ...value, base: number(value.base, 0) }),
    },
  },
];
