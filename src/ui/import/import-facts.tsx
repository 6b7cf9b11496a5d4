import {
  countDoubts,
  countFindings,
  getTemplate,
  profileApplies,
  type Finding,
  type Profile,
} from '../../core';
import type { ImportResult } from '../../core/import';

const INPUT_NAMES = {
  json: '报告文件',
  text: '文本',
  html: '网页',
  docx: 'Word 文档',
  pdf: 'PDF',
  image: '扫描图片（OCR）',
} as const;

/** What was read at a glance: source kind, format, office, year, and the checks' counts. */
export function ImportFacts({
  result,
  findings,
  profile,
}: {
  result: Extract<ImportResult, { ok: true }>;
  findings: readonly Finding[];
  profile: Profile | undefined;
}) {
  const { report } = result;
  const { errors, warnings } = countFindings(findings);
  const doubtCount = countDoubts(findings);
  return (
    <dl className="import-facts">
      <dt>来源</dt>
      <dd>{INPUT_NAMES[result.input]}</dd>
      <dt>格式</dt>
      <dd>{getTemplate(report.template).name}</dd>
      <dt>机关</dt>
      <dd>{report.meta.org || '（未识别）'}</dd>
      <dt>年度</dt>
      <dd>{report.meta.year}</dd>
      <dt>检查</dt>
      <dd>
        <span className={errors ? 'count-error' : 'count-ok'}>{errors} 个错误</span>，{warnings}{' '}
        个警告
        {profile && profileApplies(profile, report) && `（含地方要求：${profile.name}）`}
        {doubtCount > 0 && (
          <>
            ，<span className="count-doubt">{doubtCount} 个读取存疑</span>
          </>
        )}
      </dd>
    </dl>
  );
}
