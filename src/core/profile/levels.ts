/**
 * Rule levels a profile sets, within limits. The limit: a rule whose national level is 强制性
 * (VALUE_INVALID and the balance rules of 表三/表四 — the format's own arithmetic, or a value that
 * is not a number) keeps that level: no notice can make a table that does not add up acceptable.
 * Every other rule may be raised to 强制性, lowered, or turned off.
 */
import { LEVEL_LABELS, RULES, type Finding, type RuleId, type Severity } from '../rules/catalogue';
import type { Profile } from './schema';

/** The level a profile may not change for this rule, or undefined when it may. */
export function lockedLevel(rule: RuleId): Severity | undefined {
  const severity: Severity = RULES[rule].severity;
  return severity === 'error' ? severity : undefined;
}

/** The rules a profile cannot lower or turn off. */
export function lockedRules(): RuleId[] {
  return (Object.keys(RULES) as RuleId[]).filter((id) => lockedLevel(id) !== undefined);
}

/** "（依据：武政办发〔2025〕54号）": how a finding the profile caused cites it. */
export function citation(basis: string): string {
  return `（依据：${basis}）`;
}

/**
 * The findings at the profile's levels: a rule turned off gives none, a rule raised or lowered
 * gives its findings at the new level, saying so and citing the profile.
 */
export function applyLevels(findings: readonly Finding[], profile: Profile): Finding[] {
  const levels = profile.levels ?? {};
  const out: Finding[] = [];
  for (const f of findings) {
    const level = levels[f.rule];
    if (level === undefined || lockedLevel(f.rule) !== undefined) {
      out.push(f);
      continue;
    }
    if (level === 'off') continue;
    if (level === f.severity) {
      out.push(f);
      continue;
    }
    const label = `地方要求列为${LEVEL_LABELS[level]}`;
    // A finding the profile caused already cites it: the level joins that citation.
    const message =
      f.message.endsWith('）') && f.basis
        ? `${f.message.slice(0, -1)}；${label}）`
        : `${f.message}（${label}，依据：${profile.basis}）`;
    out.push({ ...f, severity: level, message, basis: f.basis ?? basisOf(profile) });
  }
  return out;
}

/** "某市…编制要求（某政办发〔2025〕1号）": the basis a finding shows where it shows one. */
export function basisOf(profile: Profile): string {
  return `${profile.name}（${profile.basis}）`;
}
