/**
 * The report file's migrations in the test build one version ahead (see vite.config.ts
 * nextBuild): the shipped ones plus a step that marks the 机关名称, so a test can count how often
 * a migration ran on the same data (once, or the suffix repeats).
 */
import {
  migrateReportFile as migrateWith,
  MIGRATIONS as SHIPPED,
  type Migration,
} from '../../src/core/migrations';

export type { Migration };

export const MIGRATED_MARK = '（迁移）';

export const MIGRATIONS: readonly Migration[] = [
  ...SHIPPED,
  {
    from: SHIPPED.length + 1,
    name: 'test: 机关名称 marked',
    migrate: (file) => {
      const meta = file.meta as Record<string, unknown>;
      return { ...file, meta: { ...meta, org: `${String(meta.org)}${MIGRATED_MARK}` } };
    },
  },
];

export const REPORT_VERSION = MIGRATIONS.length + 1;

export function migrateReportFile(
  file: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = REPORT_VERSION,
): Record<string, unknown> {
  return migrateWith(file, migrations, target);
}
