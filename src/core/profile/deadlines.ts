/**
 * Deadlines per 机关类型: the national ones of 《政府信息公开条例》第四十九条 and a profile's own.
 * A date is a month and day of the year after the report year.
 */
import type { OrgType } from '../report';
import type { Profile, ProfileDeadline } from './schema';

/** A month and day: [1, 31] is 1月31日. */
export type MonthDay = readonly [month: number, day: number];

/**
 * 第四十九条: 县级以上人民政府部门 publish by 1月31日, the 主管部门 of a 县级以上地方人民政府 publishes
 * that government's report by 3月31日. 乡镇/街道 follow their county's notice (1月31日 when it
 * says nothing); other 机关 are held to the departments' date.
 */
export const NATIONAL_DEADLINES: Readonly<Record<OrgType, MonthDay>> = {
  township: [1, 31],
  department: [1, 31],
  'county-government': [3, 31],
  other: [1, 31],
};

/** The 机关类型 whose national deadline is statute: a profile may bring it forward, not later. */
export const STATUTORY_DEADLINES: readonly OrgType[] = ['department', 'county-government'];

/** Who the national deadline is for, as the 条例 says it. */
export const NATIONAL_WHO: Readonly<Record<OrgType, string>> = {
  township: '乡镇/街道按县级人民政府要求，默认',
  department: '县级以上人民政府部门',
  'county-government': '县级以上地方人民政府',
  other: '按县级以上人民政府部门的期限，',
};

/** "01-20" → [1, 20]. */
export function monthDay(text: string): MonthDay {
  const [month = 1, day = 1] = text.split('-').map(Number);
  return [month, day];
}

/** A profile's deadline for one 机关类型, as submit (报送) and publish (公布) dates. */
export interface LocalDeadline {
  readonly submit?: MonthDay;
  readonly publish?: MonthDay;
}

/** The two dates of a profile deadline (a plain "月-日" is the date the report is due). */
export function localDeadline(deadline: ProfileDeadline): LocalDeadline {
  if (typeof deadline === 'string') return { submit: monthDay(deadline) };
  return {
    ...(deadline.submit ? { submit: monthDay(deadline.submit) } : {}),
    ...(deadline.publish ? { publish: monthDay(deadline.publish) } : {}),
  };
}

/** The profile's deadline for this 机关类型, if it sets one. */
export function profileDeadline(
  profile: Profile | undefined,
  orgType: OrgType,
): LocalDeadline | undefined {
  const deadline = profile?.deadlines?.[orgType];
  return deadline === undefined ? undefined : localDeadline(deadline);
}

/** Whether a month and day comes after another. */
export function later(a: MonthDay, b: MonthDay): boolean {
  return a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
}

/** "1月20日". */
export function monthDayText([month, day]: MonthDay): string {
  return `${month}月${day}日`;
}
