/**
 * Which report a profile applies to, and the record of it in the report file: the name, issuer,
 * basis, year and fingerprint of the profile the clerk checked against, so the county sees it and
 * the review desk can compare it with the batch's own.
 */
import { z } from 'zod';
import type { Report } from '../report';
import { shortFingerprint } from './fingerprint';
import type { LoadedProfile } from './load';
import type { Profile } from './schema';

/**
 * A profile applies to the reports of its year: a notice for the 2025 reports says nothing about
 * a 2024 report, and citing its 文号 there would be false.
 */
export function profileApplies(profile: Profile, report: Report): boolean {
  return profile.year === report.meta.year;
}

/** Why a loaded profile does not apply to a report of `year`, in Chinese (undefined when it does). */
export function profileNotApplied(profile: Profile, year: number): string | undefined {
  if (profile.year === year) return undefined;
  return `地方要求适用于${profile.year}年度报告，本报告为${year}年度，按全国统一的要求检查`;
}

const recordSchema = z.looseObject({
  name: z.string(),
  issuer: z.string().optional(),
  basis: z.string(),
  year: z.number().optional(),
  fingerprint: z.string(),
});

/** The report file's `profile`: what the report was checked against. */
export type ProfileRecord = z.infer<typeof recordSchema>;

/** The record of a loaded profile, as the report file keeps it. */
export function profileRecord({ profile, fingerprint }: LoadedProfile): ProfileRecord {
  return {
    name: profile.name,
    issuer: profile.issuer,
    basis: profile.basis,
    year: profile.year,
    fingerprint,
  };
}

/** The profile a report file records (undefined when none, or when the record is unreadable). */
export function recordedProfile(report: Report): ProfileRecord | undefined {
  const parsed = recordSchema.safeParse(report.profile);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The report as it goes out: recording the profile that applies to it, or recording none (a
 * record from an earlier check against another profile would no longer be true).
 */
export function withProfileRecord(report: Report, loaded: LoadedProfile | undefined): Report {
  const { profile: _old, ...rest } = report;
  if (!loaded || !profileApplies(loaded.profile, report)) return rest;
  return { ...rest, profile: profileRecord(loaded) };
}

/**
 * A report's record against the profile in force (the review desk's, the CLI's):
 * same — checked against this profile; different — against another; unrecorded — the profile
 * applies but the report records none; other-year — the profile is for another year;
 * recorded — no profile in force, the report records one; none — neither.
 */
export type ProfileMatch =
  | { readonly kind: 'same' | 'different' | 'recorded'; readonly recorded: ProfileRecord }
  | { readonly kind: 'unrecorded' | 'other-year' | 'none' };

/** Compare what a report records with the profile in force. */
export function compareProfile(report: Report, loaded: LoadedProfile | undefined): ProfileMatch {
  const recorded = recordedProfile(report);
  if (!loaded) return recorded ? { kind: 'recorded', recorded } : { kind: 'none' };
  if (!profileApplies(loaded.profile, report)) return { kind: 'other-year' };
  if (!recorded) return { kind: 'unrecorded' };
  return { kind: recorded.fingerprint === loaded.fingerprint ? 'same' : 'different', recorded };
}

/** What a match says, in Chinese, for the desk and the CLI. */
export function profileMatchText(match: ProfileMatch, loaded: LoadedProfile | undefined): string {
  const current = loaded ? `“${loaded.profile.name}”（${loaded.profile.basis}）` : '';
  switch (match.kind) {
    case 'same':
      return `按本批次的地方要求${current}编制`;
    case 'different': {
      const { recorded } = match;
      // The same name and 文号 with other content: an earlier or later edition of the same file.
      if (
        loaded &&
        recorded.name === loaded.profile.name &&
        recorded.basis === loaded.profile.basis
      )
        return `编制时依据的地方要求与本批次不同：名称和文号相同，但内容不同（报告记录的指纹 ${shortFingerprint(recorded.fingerprint)}，本批次 ${shortFingerprint(loaded.fingerprint)}），可能依据的是修改前或修改后的版本`;
      return `编制时依据的地方要求与本批次不同：报告记录为“${recorded.name}”（${recorded.basis}），本批次为${current}`;
    }
    case 'recorded':
      return `编制时依据地方要求“${match.recorded.name}”（${match.recorded.basis}）`;
    case 'unrecorded':
      return `报告未记录编制时依据的地方要求（本批次为${current}）`;
    case 'other-year':
      return loaded
        ? `地方要求适用于${loaded.profile.year}年度，本报告不是该年度，按全国统一的要求检查`
        : '';
    case 'none':
      return '';
  }
}
