/** The 指标 view's figures: the core's batch indicators over the findings the county still counts. */
import { useMemo } from 'react';
import {
  batchIndicators,
  checkSummaries,
  decisionOf,
  parseOrgList,
  type BatchIndicators,
  type IndicatorInput,
  type Finding,
  type ReportReview,
  type SummaryCheck,
} from '../../../core';
import type { BatchEntry } from '../../../workspace/review/batch-entry';

/** Findings the reviewer has not set aside (不作为问题) and the clerk has not explained. */
function counted(findings: readonly Finding[], review: ReportReview | undefined): Finding[] {
  return findings.filter((f) => {
    const decision = decisionOf(review, f)?.decision;
    return decision !== 'dismissed' && !(f.explained && decision !== 'confirmed');
  });
}

export function useCountyIndicators(
  entries: readonly BatchEntry[],
  reviews: ReadonlyMap<string, ReportReview>,
  expected: string,
  year: number | undefined,
): {
  table: BatchIndicators | undefined;
  files: readonly IndicatorInput[];
  summaries: readonly SummaryCheck[];
} {
  return useMemo(() => {
    const files = entries.map((e) => ({
      file: e.file,
      findings: counted(e.findings, reviews.get(e.id)),
      ...(e.report ? { report: e.report } : {}),
    }));
    const table = batchIndicators(files, year === undefined ? {} : { year });
    const summaries = checkSummaries(files, { expected: parseOrgList(expected) });
    return { table, files, summaries };
  }, [entries, reviews, expected, year]);
}
