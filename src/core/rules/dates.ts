/**
 * DATE_DEADLINE: the 成文日期 of the report. It must come after the report year ends and by the
 * deadline for its 机关类型: the loaded profile's (地方要求: the date the county wants the report,
 * else its publication date), or the national one of 《政府信息公开条例》第四十九条.
 */
import { ORG_TYPE_LABELS, type OrgType } from '../report';
import {
  monthDayText,
  NATIONAL_DEADLINES,
  NATIONAL_WHO,
  profileDeadline,
  type MonthDay,
} from '../profile/deadlines';
import { basisOf, citation } from '../profile/levels';
import type { Profile } from '../profile/schema';
import type { Finding } from './catalogue';
import { finding, type RuleContext } from './context';

function chinese(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function iso(year: number, [month, day]: MonthDay): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The last day (yyyy-mm-dd) a report of `year` by a 机关 of `orgType` is due, as DATE_DEADLINE
 * judges it: the profile's date (报送, else 公布) when it sets one, else the national one. The
 * county's 通报 counts late reports by it, so the rule and the 通报 cannot disagree.
 */
export function publicationDeadline(
  year: number,
  orgType: OrgType = 'other',
  profile?: Profile,
): string {
  const local = profileDeadline(profile, orgType);
  return iso(year + 1, local?.submit ?? local?.publish ?? NATIONAL_DEADLINES[orgType]);
}

export function dateDeadline({ report, stage, profile }: RuleContext): Finding[] {
  const { year, date, orgType = 'other' } = report.meta;
  const field = 'meta.date';
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return stage === 'export'
      ? [finding('DATE_DEADLINE', '尚未填写成文日期（导出正式稿前应填写）', [], { field })]
      : [];
  }
  if (date <= iso(year, [12, 31])) {
    return [
      finding(
        'DATE_DEADLINE',
        `成文日期 ${chinese(date)} 早于报告年度（${year}年）结束，年度报告应在${year + 1}年形成`,
        [],
        { field },
      ),
    ];
  }
  const local = profileDeadline(profile, orgType);
  const day = local?.submit ?? local?.publish;
  if (profile && day) {
    const deadline = iso(year + 1, day);
    if (date <= deadline) return [];
    const kind = local?.submit ? '报送' : '公布';
    return [
      {
        ...finding(
          'DATE_DEADLINE',
          `成文日期 ${chinese(date)} 晚于地方要求的${kind}期限 ${chinese(deadline)}（${ORG_TYPE_LABELS[orgType]}${monthDayText(day)}前）${citation(profile.basis)}`,
          [],
          { field },
        ),
        basis: basisOf(profile),
      },
    ];
  }
  const national = NATIONAL_DEADLINES[orgType];
  const deadline = iso(year + 1, national);
  if (date <= deadline) return [];
  return [
    finding(
      'DATE_DEADLINE',
      `成文日期 ${chinese(date)} 晚于公布期限 ${chinese(deadline)}（《政府信息公开条例》第四十九条；${NATIONAL_WHO[orgType]}${monthDayText(national)}前）`,
      [],
      { field },
    ),
  ];
}
