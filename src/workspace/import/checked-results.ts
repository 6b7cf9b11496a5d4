/**
 * Findings the import worker computed beside its result (with the profile in force when the file
 * was chosen), kept by the result they belong to: the review shows them instead of checking again
 * on the page's thread, where a first check compiles the rules' code (~45 ms at load 12) inside
 * the first import. A result changed since (a scan's cells confirmed) or another profile is
 * checked afresh.
 */
import type { Finding, Profile } from '../../core';
import type { ImportResult } from '../../core/import';

interface Checked {
  readonly profile: Profile | undefined;
  readonly findings: readonly Finding[];
}

const checked = new WeakMap<ImportResult, Checked>();

/** Keep the worker's findings for a result. */
export function keepFindings(result: ImportResult, value: Checked): void {
  checked.set(result, value);
}

/** The worker's findings for this very result under this profile, if it computed them. */
export function keptFindings(
  result: ImportResult,
  profile: Profile | undefined,
): readonly Finding[] | undefined {
  const value = checked.get(result);
  return value && value.profile === profile ? value.findings : undefined;
}
