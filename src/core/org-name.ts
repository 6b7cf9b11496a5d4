/**
 * 机关名称 compared as reviewers compare them: "青山镇人民政府", "青山镇政府" and "青山镇" are one
 * office; "城关街道办事处" and "城关街道" too.
 */

const SUFFIXES = /(?:人民政府办公室|人民政府|政府|办事处|委员会)$/;

/** The name reduced to what identifies the office: no spaces, no 人民政府/政府/办事处 suffix. */
export function orgKey(name: string): string {
  const compact = name.replace(/[\s\u3000]/g, '').replace(/[（(].*?[）)]$/, '');
  const bare = compact.replace(SUFFIXES, '');
  return bare === '' ? compact : bare;
}

/** Whether two 机关名称 name the same office. */
export function sameOrg(a: string, b: string): boolean {
  return orgKey(a) !== '' && orgKey(a) === orgKey(b);
}
