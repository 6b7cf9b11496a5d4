/**
 * The OUTLINE fixtures (src/fixtures/import/outline/*.txt): the 2021 example report as text, its
 * headings rewritten the ways real reports get them wrong — two numbering systems for the parts,
 * the sub-topics of 一 promoted to parts, the parts shifted up by one, the 2019 format's
 * sub-headings in a 2021 report — and one correct markdown layout. Run: npx tsx scripts/make-outline-fixtures.ts
 */
import { writeFileSync } from 'node:fs';
import { renderText } from '../src/core/render-text';
import { reportFixture } from '../src/testing/fixtures';

const example = reportFixture('example-2021');
const DIR = 'src/fixtures/import/outline';

/** The example as another 机关's text, each [from, to] heading line replaced (whole lines only). */
function variant(org: string, lines: readonly (readonly [string, string | null])[]): string {
  const text = renderText({ ...example, meta: { ...example.meta, org } }).replaceAll(
    example.meta.org,
    org,
  );
  const map = new Map(lines);
  return text
    .split('\n')
    .flatMap((line) => {
      if (!map.has(line)) return [line];
      const to = map.get(line);
      return to === null || to === undefined ? [] : [to];
    })
    .join('\n');
}

function write(name: string, text: string): void {
  writeFileSync(`${DIR}/${name}`, text);
}

write(
  'two-systems.txt',
  variant('白水镇人民政府', [
    ['三、收到和处理政府信息公开申请情况', '3、收到和处理政府信息公开申请情况'],
    ['四、政府信息公开行政复议、行政诉讼情况', '4、政府信息公开行政复议、行政诉讼情况'],
  ]),
);

write(
  'promoted.txt',
  variant('河口镇人民政府', [
    ['（一）主动公开', '二、主动公开'],
    ['（二）依申请公开', '三、依申请公开'],
    ['（三）政府信息管理', '四、政府信息管理'],
    ['（四）政府信息公开平台建设', '五、政府信息公开平台建设'],
    ['（五）监督保障', '六、监督保障'],
    ['二、主动公开政府信息情况', '七、主动公开政府信息情况'],
    ['三、收到和处理政府信息公开申请情况', '八、收到和处理政府信息公开申请情况'],
    ['四、政府信息公开行政复议、行政诉讼情况', '九、政府信息公开行政复议、行政诉讼情况'],
    ['五、存在的主要问题及改进情况', '十、存在的主要问题及改进情况'],
    ['六、其他需要报告的事项', '十一、其他需要报告的事项'],
  ]),
);

write(
  'shifted.txt',
  variant('柳林乡人民政府', [
    ['一、总体情况', null],
    ['二、主动公开政府信息情况', '一、主动公开政府信息情况'],
    ['三、收到和处理政府信息公开申请情况', '二、收到和处理政府信息公开申请情况'],
    ['四、政府信息公开行政复议、行政诉讼情况', '三、政府信息公开行政复议、行政诉讼情况'],
    ['五、存在的主要问题及改进情况', '四、存在的主要问题及改进情况'],
    ['六、其他需要报告的事项', '五、其他需要报告的事项'],
  ]),
);

write(
  'format-2019-subheadings.txt',
  variant('石桥街道办事处', [
    ['（一）主动公开', '（一）主动公开政府信息情况'],
    ['（二）依申请公开', '（二）政府信息依申请公开办理情况'],
    ['（三）政府信息管理', '（三）政府信息资源的规范化、标准化管理情况'],
    ['（四）政府信息公开平台建设', '（四）政府信息公开平台建设情况'],
    ['（五）监督保障', '（五）政府信息公开监督保障及工作考核、社会评议情况'],
  ]),
);

write(
  'markdown-correct.txt',
  variant(
    '东湖镇人民政府',
    [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ].map((h) => [h, `## ${h}`] as const),
  ),
);
