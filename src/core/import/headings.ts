/**
 * The six section headings and the variants real reports write (the official format §1): "1、总体情况",
 * "一、工作基本情况", "五、政府信息公开工作存在的主要问题及改进情况", markdown "## 一、总体情况".
 */
import type { SectionId } from '../template-types';
import { labelKey } from './normalize';
import { hasNumberCell } from './table/tokens';

const SECTIONS: readonly { readonly id: SectionId; readonly words: RegExp }[] = [
  { id: 'overview', words: /总体情况|基本情况|总体概况|概述|概况/ },
  { id: 'active', words: /主动公开/ },
  { id: 'requests', words: /收到和处理|依申请|申请情况|申请的情况|申请办理/ },
  { id: 'review', words: /复议|诉讼/ },
  { id: 'problems', words: /问题|改进|不足/ },
  { id: 'other', words: /其他|其它/ },
];

const ORDINALS = '一二三四五六';
/** How section headings end; a numbered sentence ("2、主动公开…包括…等") does not. */
const ENDINGS = /(?:情况|事项|概况|概述|问题|措施|改进|不足|其他|其它)$/;
/** "一、", "一.", "1、", "1．", "第一部分", "一 " — an ordinal, then the heading text. */
const NUMBERED =
  /^(?:第([一二三四五六])部分|([一二三四五六1-6])[\s\u3000]*[、.．,，:：]|([一二三四五六])[\s\u3000])[\s\u3000]*(.+)$/;

/**
 * The section a line heads, or undefined. The ordinal must agree with the section, which keeps
 * table-三 row labels ("二、上年结转…", "四、结转下年度继续办理") and numbered paragraphs out.
 */
export function headingSection(line: string): SectionId | undefined {
  if (/[\t|｜]/.test(line) || line.length > 40 || hasNumberCell(line)) return undefined;
  const text = line.replace(/[：:]$/, '');
  if (/[。，,；;！？!?]/.test(text)) return undefined;
  const m = NUMBERED.exec(text);
  if (!m) return bareHeading(text);
  const ordinal = m[1] ?? m[2] ?? m[3] ?? '';
  const index = /\d/.test(ordinal) ? Number(ordinal) - 1 : ORDINALS.indexOf(ordinal);
  const section = SECTIONS[index];
  const rest = labelKey(m[4] ?? '');
  return section?.words.test(rest) && ENDINGS.test(rest) ? section.id : undefined;
}

/** The canonical heading wording with no ordinal at all ("总体情况"). */
function bareHeading(text: string): SectionId | undefined {
  const key = labelKey(text);
  const canonical: Readonly<Record<string, SectionId>> = {
    总体情况: 'overview',
    主动公开政府信息情况: 'active',
    收到和处理政府信息公开申请情况: 'requests',
    政府信息公开行政复议行政诉讼情况: 'review',
    存在的主要问题及改进情况: 'problems',
    其他需要报告的事项: 'other',
  };
  return canonical[key];
}
