/**
 * The store's migrations in the test build one version ahead: the shipped ones plus a step over
 * every stored shape, so stored values of this build carry a newer store version.
 */
import {
  STORE_MIGRATIONS as SHIPPED,
  type StoreMigration,
} from '../../src/workspace/storage/versions/stored-migrations';

export {
  STORED_SHAPES,
  type StoreMigration,
  type StoredShape,
  type StoredValue,
} from '../../src/workspace/storage/versions/stored-migrations';

export const STORE_MIGRATIONS: readonly StoreMigration[] = [
  ...SHIPPED,
  { from: SHIPPED.length + 1, name: 'test: a newer store', up: {} },
];
