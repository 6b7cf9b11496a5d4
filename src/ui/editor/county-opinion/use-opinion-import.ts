/**
 * Receiving an opinion file in the editor: read it, ask first when it is for another 机关 or year,
 * keep it in the draft, and say what came in (or why nothing did).
 */
import { useCallback, useState } from 'react';
import { CONCLUSION_LABELS, openItems, receiveOpinion, type OpinionFile } from '../../../core';
import type { EditorEngine } from '../../../workspace/editor/editor-engine';
import { changedSinceReview, otherUnit, readOpinionFile } from './opinion-import';

export function useOpinionImport(engine: EditorEngine) {
  const [message, setMessage] = useState('');
  /** An opinion for another unit, waiting for the clerk's yes. */
  const [other, setOther] = useState<{ opinion: OpinionFile; why: string } | null>(null);

  const receive = useCallback(
    (opinion: OpinionFile) => {
      setOther(null);
      engine.setReviewOpinion(receiveOpinion(engine.reviewOpinion.get(), opinion));
      const asked = openItems(opinion).length;
      const changed = changedSinceReview(opinion, engine.currentReport())
        ? '审核后本草稿已有修改，请以当前检查结果为准。'
        : '';
      setMessage(
        `已导入审核意见（${CONCLUSION_LABELS[opinion.conclusion]}）：${asked ? `${asked} 项需整改或答复。` : '没有需要整改的问题。'}${changed}`,
      );
    },
    [engine],
  );

  const onFile = useCallback(
    (file: File) => {
      void readOpinionFile(file).then((read) => {
        if (!read.ok) {
          setMessage(read.message);
          return;
        }
        const why = otherUnit(read.opinion, engine.currentReport());
        if (why) setOther({ opinion: read.opinion, why });
        else receive(read.opinion);
      });
    },
    [engine, receive],
  );

  const cancel = useCallback(() => {
    setOther(null);
  }, []);

  return { message, other, receive, onFile, cancel };
}
