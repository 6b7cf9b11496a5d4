/** Which official format a report's tables follow, from labels only one of them prints. */
import type { TemplateId } from '../template-types';
import { labelKey } from './normalize';

const MARKERS: Readonly<Record<TemplateId, readonly string[]>> = {
  '2019': [
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
    '第二十条第九项',
    '政府集中采购',
    '采购总金额',
    '上一年项目数量',
    '其他对外管理服务事项',
  ],
  '2021': [
    '本年制发件数',
    '本年废止件数',
    '现行有效件数',
    '本年收费金额',
    '逾期不补正',
    '逾期未按收费通知',
  ],
};

/** Marker counts per format in the text (labels broken over lines are joined first). */
export function formatScores(text: string): Record<TemplateId, number> {
  const key = labelKey(text);
  const score = (id: TemplateId) => MARKERS[id].filter((m) => key.includes(m)).length;
  return { '2019': score('2019'), '2021': score('2021') };
}
