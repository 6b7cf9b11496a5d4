/**
 * Matching reports by 机关 name. The same 机关 signs one year as "练寺镇人民政府" and the next as
 * "练寺镇", a 乡 becomes a 镇 and a 镇 a 街道, and a county prefix comes and goes; the key drops
 * what varies so the reports of one 机关 meet.
 */

/** Endings that name the office rather than the place: "人民政府", "办事处", "政府". */
const OFFICE_SUFFIX = /(?:人民政府|街道办事处|办事处|政府)$/;
/** The level of a township-level place, which changes when it is re-designated. */
const LEVEL_SUFFIX = /(?:街道|镇|乡)$/;

/** Keys already worked out: a desk matches its whole batch again each time files arrive. */
const keysOf = new Map<string, string>();

/** The comparable core of a 机关 name: no spaces, brackets, office or township-level suffix. */
export function orgKey(name: string): string {
  let key = keysOf.get(name);
  if (key === undefined) {
    if (keysOf.size >= 20_000) keysOf.clear();
    keysOf.set(name, (key = freshKey(name)));
  }
  return key;
}

function freshKey(name: string): string {
  let key = name
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[（(][^（）()]*[）)]$/, '');
  key = key.replace(OFFICE_SUFFIX, '');
  // The place level goes only when a name is left ("大乡" stays "大乡").
  const place = key.replace(LEVEL_SUFFIX, '');
  return place.length >= 2 ? place : key;
}

/** A prefix that is a higher administrative area: "某某县", "某市某区". */
const AREA_PREFIX = /[省市县区旗州盟]$/;

/** Whether two keys name the same 机关: equal, or one is the other under its area ("某县城关" ~ "城关"). */
function sameOrg(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < 2 || !long.endsWith(short)) return false;
  return AREA_PREFIX.test(long.slice(0, long.length - short.length));
}

/** Whether two 机关 names name the same 机关 (see the module doc). */
export function sameOrgName(a: string, b: string): boolean {
  return sameOrg(orgKey(a), orgKey(b));
}

export interface OrgYear {
  readonly id: string;
  readonly org: string;
  readonly year: number;
}

export interface YearMatches {
  /** This year's report id → last year's report id. */
  readonly lastYear: ReadonlyMap<string, string>;
  /** Reports of some batch year − 1 that no report of the next year matched. */
  readonly unmatched: readonly string[];
}

/**
 * Last year's report of each report in a batch: same 机关 (by `orgKey`, an exact key before a
 * prefixed one) and year − 1; each of last year's reports is used once.
 */
export function matchLastYear(reports: readonly OrgYear[]): YearMatches {
  const keys = new Map(reports.map((r) => [r.id, orgKey(r.org)]));
  const used = new Set<string>();
  const lastYear = new Map<string, string>();
  // Each year's reports in batch order: a report looks only at the year before (a desk of 1,000
  // reports would otherwise compare every pair).
  const byYear = new Map<number, OrgYear[]>();
  for (const r of reports) {
    const year = byYear.get(r.year);
    if (year) year.push(r);
    else byYear.set(r.year, [r]);
  }
  for (const report of reports) {
    const key = keys.get(report.id) ?? '';
    const candidates = (byYear.get(report.year - 1) ?? []).filter(
      (r) => !used.has(r.id) && sameOrg(key, keys.get(r.id) ?? ''),
    );
    const found = candidates.find((r) => keys.get(r.id) === key) ?? candidates[0];
    if (!found) continue;
    used.add(found.id);
    lastYear.set(report.id, found.id);
  }
  const unmatched = reports
    .filter((r) => byYear.has(r.year + 1) && !used.has(r.id))
    .map((r) => r.id);
  return { lastYear, unmatched };
}

/** The expected 机关 that none of `orgs` names (the reviewer's list of units that must report). */
export function missingOrgs(expected: readonly string[], orgs: readonly string[]): string[] {
  const have = orgs.map(orgKey);
  return expected
    .map((name) => name.trim())
    .filter((name) => name !== '' && !have.some((key) => sameOrg(orgKey(name), key)));
}

/** A pasted list of 机关 names: one per line, or separated by commas, 、 or semicolons. */
export function parseOrgList(text: string): string[] {
  const names = text
    .split(/[\n\r,，、;；]+/)
    .map((n) => n.trim())
    .filter(Boolean);
  return [...new Set(names)];
}
