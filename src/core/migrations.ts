/**
 * Named migrations of the report file: each takes a file of version n to version n + 1. Version 1
 * is the first; a version 2 adds `{ from: 1, name, migrate }` here, and the current version
 * (one more than the number of migrations) follows. Every loader of report files — file import,
 * the part embedded in our .docx, the examples, stored drafts — goes through `parseReport`,
 * which runs them.
 */

/** One named step of the report file format. */
export interface Migration {
  /** The version this migration reads; it returns version `from + 1`. */
  readonly from: number;
  readonly name: string;
  readonly migrate: (file: Record<string, unknown>) => Record<string, unknown>;
}

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [];

/** The version of the report file this program writes. */
export const REPORT_VERSION = MIGRATIONS.length + 1;

/** A parsed report file brought up to the current version (a newer or unknown one is left alone). */
export function migrateReportFile(
  file: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = REPORT_VERSION,
): Record<string, unknown> {
  let current = file;
  for (;;) {
    const version = current.version;
    if (typeof version !== 'number' || version >= target) return current;
    const step = migrations.find((m) => m.from === version);
    if (!step) return current;
    current = { ...step.migrate(current), version: version + 1 };
  }
}
