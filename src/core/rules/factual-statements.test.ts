import { describe, expect, it } from 'vitest';
import { isFactualStatement } from './factual-statements';

describe('isFactualStatement', () => {
  it.each([
    // nil: nothing happened, nothing was charged, nothing to report
    '本年度未收取信息处理费。',
    '本年度没有收取信息处理费。',
    '2024年度，本机关未收取信息处理费。',
    '本年度未承办人大代表建议和政协提案。',
    '全年未发生泄密事件。',
    '本年度未发生因政府信息公开引起的行政复议、行政诉讼。',
    '无其他需要报告的事项。',
    '我镇本年度无其他需要报告的事项。',
    '青山镇全年未发生因政府信息公开工作引起的责任追究情形。',
    // done as required
    '按照上级要点要求完成各项任务。',
    '青山镇认真落实2024年政务公开工作要点，按要求完成各项任务；本年度未承办人大代表建议和政协提案。',
    '所有申请均在法定期限内答复。',
    '各项工作均已按时完成。',
  ])('%s', (sentence) => {
    expect(isFactualStatement(sentence)).toBe(true);
  });

  it.each([
    // the office's own content: what it did, what went wrong, what it will do
    '一是政策解读形式较为单一，图解、音视频解读较少。',
    '部分乡镇未及时更新政务公开栏。',
    '个别栏目未按要求更新。',
    '严格执行政府信息公开保密审查制度，落实“先审查、后公开”和“一事一审”要求，全年未发生泄密事件。',
    '下一步，青山镇将丰富政策解读形式，围绕群众关心的惠民政策推出图解和短视频解读。',
    '通过县政府门户网站青山镇信息公开专栏主动公开政府信息368条。',
    '本年度无法提供的申请4件。',
    // one long clause is the office's own wording even when it says "未"
    '本年度未在镇政务服务中心以外另设政府信息查阅点而是依托各村便民服务站开展查阅服务工作。',
    '',
  ])('not: %s', (sentence) => {
    expect(isFactualStatement(sentence)).toBe(false);
  });
});
