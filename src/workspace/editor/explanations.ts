/**
 * The clerk's words kept with the report: explained warnings (情况属实), saved with the report,
 * merged with other tabs per finding and dropped as soon as one of their cells changes; and the
 * county's 审核意见 received in this draft with the clerk's answers.
 */
import {
  explainFinding,
  withdrawExplanation,
  type Finding,
  type ReviewOpinionState,
} from '../../core';
import type { EngineContext } from './engine-context';

export interface ExplanationActions {
  /** 情况属实: keep `reason` with a warning in the report (errors cannot be explained). */
  readonly explain: (finding: Finding, reason: string) => void;
  /** 撤回说明: the warning is open again. */
  readonly withdraw: (finding: Finding) => void;
  /** Keep a received opinion or an answer to it in the report (undefined: remove it). */
  readonly setReviewOpinion: (state: ReviewOpinionState | undefined) => void;
}

export function explanationActions(ctx: EngineContext, changed: () => void): ExplanationActions {
  return {
    explain: (finding, reason) => {
      ctx.explanations.set(explainFinding(ctx.currentReport(), finding, reason).explanations ?? []);
      changed();
    },
    withdraw: (finding) => {
      ctx.explanations.set(withdrawExplanation(ctx.currentReport(), finding).explanations ?? []);
      changed();
    },
    setReviewOpinion: (state) => {
      ctx.now.opinionTouched = true;
      ctx.reviewOpinion.set(state);
      changed();
    },
  };
}
