/**
 * DATE_DEADLINE: the 成文日期 of the report. It must come after the report year ends and by the
 * publication deadline of 《政府信息公开条例》第四十九条: departments by 1月31日 of the next year,
 * 县级以上地方人民政府 by 3月31日; 乡镇/街道 follow the county's deadline, 1月31日 by default.
 */
import type { OrgType } from '../report';
import type { Finding } from './catalogue';
import { finding, type RuleContext } from './context';

/** The last day (month, day) of the year after the report year by which a report is published. */
const DEADLINE: Readonly<Record<OrgType, readonly [number, number]>> = {
  township: [1, 31],
  department: [1, 31],
  'county-government': [3, 31],
  other: [1, 31],
};

const WHO: Readonly<Record<OrgType, string>> = {
  township: '乡镇/街道按县级人民政府要求，默认',
  department: '县级以上人民政府部门',
  'county-government': '县级以上地方人民政府',
  other: '按县级以上人民政府部门的期限，',
};

function chinese(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The last day (yyyy-mm-dd) a report of `year` by a 机关 of `orgType` is published: the one place
 * the deadline is decided, so the rule, the county's 通报 and a local profile agree.
 */
export function publicationDeadline(year: number, orgType: OrgType = 'other'): string {
  const [month, day] = DEADLINE[orgType];
  return iso(year + 1, month, day);
}

export function dateDeadline({ report, stage }: RuleContext): Finding[] {
  const { year, date, orgType = 'other' } = report.meta;
  const field = 'meta.date';
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return stage === 'export'
      ? [finding('DATE_DEADLINE', '尚未填写成文日期（导出正式稿前应填写）', [], { field })]
      : [];
  }
  if (date <= iso(year, 12, 31)) {
    return [
      finding(
        'DATE_DEADLINE',
        `成文日期 ${chinese(date)} 早于报告年度（${year}年）结束，年度报告应在${year + 1}年形成`,
        [],
        { field },
      ),
    ];
  }
  const [month, day] = DEADLINE[orgType];
  const deadline = publicationDeadline(year, orgType);
  if (date <= deadline) return [];
  return [
    finding(
      'DATE_DEADLINE',
      `成文日期 ${chinese(date)} 晚于公布期限 ${chinese(deadline)}（《政府信息公开条例》第四十九条；${WHO[orgType]}${month}月${day}日前）`,
      [],
      { field },
    ),
  ];
}
