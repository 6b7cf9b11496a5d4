/** What a 审核意见 asks of the unit about each item (the opinion file's schema and its items share it). */

/** What the opinion asks of the unit about an item. */
export const DISPOSITIONS = [
  'fix',
  'explained-rejected',
  'explained-accepted',
  'dismissed',
  'info',
  'doubt',
] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** The disposition in the reviewer's and the unit's words (the CSV column 审核处理). */
export const DISPOSITION_LABELS: Readonly<Record<Disposition, string>> = {
  fix: '需修改',
  'explained-rejected': '不认可说明',
  'explained-accepted': '认可说明',
  dismissed: '不作为问题',
  info: '供参考',
  doubt: '读取存疑',
};
