import { describe, expect, it } from 'vitest';
import {
  answerItem,
  checkAll,
  openItems,
  opinionFile,
  receiveOpinion,
  reviewOpinionOf,
  withReviewOpinion,
  type Report,
} from '../../core';
import { reportFixture } from '../../testing/fixtures';
import type { DraftRecord } from '../storage/idb/drafts-db';
import { storageWith } from '../storage/in-memory-store';
import { createEditorEngine } from './editor-engine';

function record(report: Report): DraftRecord {
  return { id: 'draft-opinion', report, savedAt: 0, ui: {}, errors: 0, warnings: 0, revision: 1 };
}

const example = reportFixture('example-2021');
const unbalanced: Report = {
  ...example,
  cells: { ...example.cells, t3_new_natural: Number(example.cells['t3_new_natural']) + 1 },
};
const opinion = opinionFile({ file: 'a.docx', report: unbalanced, findings: checkAll(unbalanced) });
if (!opinion) throw new Error('opinion expected');

describe('the county’s opinion in the editor', () => {
  it('is received into the report and answered, and the report carries the answers', () => {
    const engine = createEditorEngine(record(unbalanced), storageWith(record(unbalanced)));
    const stop = engine.start();
    expect(engine.reviewOpinion.get()).toBeUndefined();
    engine.setReviewOpinion(receiveOpinion(undefined, opinion));
    const [item] = openItems(opinion);
    if (!item) throw new Error('an open item expected');
    const state = engine.reviewOpinion.get();
    if (!state) throw new Error('received');
    engine.setReviewOpinion(answerItem(state, item.id, { state: 'fixed', text: '', at: 'now' }));
    expect(reviewOpinionOf(engine.currentReport())?.answers[item.id]?.state).toBe('fixed');
    expect(reviewOpinionOf(engine.currentReport())?.opinion.id).toBe(opinion.id);
    engine.setReviewOpinion(undefined);
    expect('reviewOpinion' in engine.currentReport()).toBe(false);
    stop();
  });

  it('a draft opened with an opinion keeps it, and a value it cannot read stays as it was', () => {
    const carried = withReviewOpinion(unbalanced, receiveOpinion(undefined, opinion));
    const engine = createEditorEngine(record(carried), storageWith(record(carried)));
    expect(engine.reviewOpinion.get()?.opinion).toEqual(opinion);
    expect(reviewOpinionOf(engine.currentReport())?.opinion).toEqual(opinion);
    const odd = { ...unbalanced, reviewOpinion: { from: 'a later version' } } as Report;
    const other = createEditorEngine(record(odd), storageWith(record(odd)));
    expect(other.reviewOpinion.get()).toBeUndefined();
    expect((other.currentReport() as Record<string, unknown>).reviewOpinion).toEqual({
      from: 'a later version',
    });
  });
});
