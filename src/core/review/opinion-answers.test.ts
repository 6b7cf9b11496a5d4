import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../testing/fixtures';
import { checkAll } from '../check';
import { loadReport, saveReport, type Report } from '../report';
import { explainFinding } from '../rules/explanations';
import { reportFingerprint } from './fingerprint';
import { unitOpinionBlocks } from './opinion';
import {
  answerItem,
  earlierItems,
  openItems,
  receiveOpinion,
  reviewOpinionOf,
  withReviewOpinion,
} from './opinion-answers';
import {
  loadOpinionFile,
  opinionFile,
  saveOpinionFile,
  withPreviousOpinions,
} from './opinion-file';
import type { OpinionFile } from './opinion-schema';

const example = reportFixture('example-2021');
const natural = Number(example.cells['t3_new_natural']);
/** 表三 一、本年新收 自然人 one too many: 表三 no longer balances in that column and row. */
const reviewed: Report = { ...example, cells: { ...example.cells, t3_new_natural: natural + 1 } };

function issued(report: Report): OpinionFile {
  const opinion = opinionFile(
    { file: 'a.docx', report, findings: checkAll(report) },
    { issuer: '某某县政务公开办公室', date: '2025-02-10' },
  );
  if (!opinion) throw new Error('opinion expected');
  return opinion;
}

const opinion = issued(reviewed);
const asked = openItems(opinion);

/** The clerk's draft after receiving the opinion: the report file carries it. */
const received = withReviewOpinion(reviewed, receiveOpinion(undefined, opinion));

describe('the opinion file', () => {
  it('names the report by a fingerprint of its content and round-trips as JSON', () => {
    expect(opinion.report.fingerprint).toBe(reportFingerprint(reviewed));
    expect(opinion.conclusion).toBe('returned');
    expect(asked.length).toBeGreaterThan(0);
    const loaded = loadOpinionFile(saveOpinionFile(opinion));
    expect(loaded).toEqual({ ok: true, opinion });
    expect(loadOpinionFile(saveReport(reviewed))).toMatchObject({ ok: false });
  });

  it('the fingerprint ignores blank-vs-missing cells and the answers, not a changed figure', () => {
    const blanks = { ...reviewed, cells: { ...reviewed.cells, t4_review_upheld: null } };
    const { t4_review_upheld: _gone, ...without } = blanks.cells;
    expect(reportFingerprint({ ...blanks, cells: without })).toBe(reportFingerprint(blanks));
    expect(reportFingerprint(received)).toBe(reportFingerprint(reviewed));
    expect(reportFingerprint(example)).not.toBe(reportFingerprint(reviewed));
  });
});

describe('the report file carries the opinion and the answers', () => {
  it('is kept by the report file’s load and save', () => {
    const id = asked[0]?.id ?? '';
    const state = reviewOpinionOf(received);
    if (!state) throw new Error('the received opinion should be read back');
    const answered = withReviewOpinion(
      received,
      answerItem(state, id, { state: 'fixed', text: '', at: 't' }),
    );
    const loaded = loadReport(saveReport(answered));
    if (!loaded.ok) throw new Error(loaded.message);
    expect(reviewOpinionOf(loaded.report)?.answers[id]?.state).toBe('fixed');
    expect(reviewOpinionOf(loaded.report)?.opinion).toEqual(opinion);
  });

  it('a newly received opinion of another round starts without answers; the same one keeps them', () => {
    const id = asked[0]?.id ?? '';
    const state = answerItem(receiveOpinion(undefined, opinion), id, {
      state: 'answered',
      text: '已核实',
      at: 't',
    });
    expect(receiveOpinion(state, opinion).answers[id]?.text).toBe('已核实');
    expect(receiveOpinion(state, issued(example)).answers).toEqual({});
  });
});

describe('what became of the earlier items', () => {
  const states = (report: Report) =>
    earlierItems(report, checkAll(report))?.items.map((e) => [e.item.rule, e.state]);

  it('all open while nothing changed', () => {
    expect(states(received)?.every(([, s]) => s === 'open')).toBe(true);
  });

  it('fixed once the cells changed and the rules no longer find them', () => {
    const fixed = { ...received, cells: { ...received.cells, t3_new_natural: natural } };
    expect(checkAll(fixed).filter((f) => f.severity === 'error')).toEqual([]);
    const items = earlierItems(fixed, checkAll(fixed))?.items ?? [];
    expect(items.length).toBe(asked.length);
    expect(items.every((e) => e.state === 'fixed' && e.cellsChanged)).toBe(true);
  });

  it('answered in words; marked fixed while still found stays open, saying so', () => {
    const [first, second] = asked;
    if (!first || !second) throw new Error('two items expected');
    let state = receiveOpinion(undefined, opinion);
    state = answerItem(state, first.id, { state: 'answered', text: '系统导出有误', at: 't' });
    state = answerItem(state, second.id, { state: 'fixed', text: '', at: 't' });
    const report = withReviewOpinion(reviewed, state);
    const items = earlierItems(report, checkAll(report))?.items ?? [];
    expect(items.find((e) => e.item.id === first.id)).toMatchObject({
      state: 'answered',
      answer: '系统导出有误',
    });
    expect(items.find((e) => e.item.id === second.id)).toMatchObject({
      state: 'open',
      note: '单位标为已整改，但检查仍发现该问题',
    });
  });

  it('not found any more while its cells are unchanged: open, to be checked by hand', () => {
    const items = earlierItems(received, [])?.items ?? [];
    expect(items.every((e) => e.state === 'open' && e.note?.includes('人工核实'))).toBe(true);
  });

  it('a warning explained since counts as answered with the explanation', () => {
    const seed = reportFixture('seed-004');
    const seedOpinion = issued(seed);
    const warning = checkAll(seed).find((f) => f.severity === 'warning');
    if (!warning) throw new Error('warning expected');
    const report = explainFinding(
      withReviewOpinion(seed, receiveOpinion(undefined, seedOpinion)),
      warning,
      '系咨询',
    );
    expect(earlierItems(report, checkAll(report))?.items).toMatchObject([
      { state: 'answered', answer: '系咨询' },
    ]);
  });

  it('the next opinion says what became of them', () => {
    const fixed = { ...received, cells: { ...received.cells, t3_new_natural: natural } };
    const next = issued(fixed);
    expect(next.conclusion).toBe('passed');
    expect(next.earlier.map((e) => e.state)).toEqual(asked.map(() => 'fixed'));
    const text = unitOpinionBlocks(next)
      .map((b) => ('text' in b ? b.text : ''))
      .join('\n');
    expect(text).toContain('上次审核意见的整改情况');
    expect(text).toContain(`已整改${asked.length}项，已答复0项，仍未整改0项`);
    expect(text).toContain('——已整改。');
  });
});

describe('a corrected report sent again without the opinion', () => {
  const fixed: Report = { ...reviewed, cells: { ...reviewed.cells, t3_new_natural: natural } };
  const file = (name: string, report: Report) => ({
    file: name,
    report,
    findings: checkAll(report),
  });

  it('is compared with the opinion on its earlier version in the batch', () => {
    const files = withPreviousOpinions([
      file('a.docx', reviewed),
      file('other.json', reportFixture('seed-001')),
      file('a（修改稿）.pdf', fixed),
    ]);
    expect(files[0]?.previous).toBeUndefined();
    expect(files[1]?.previous).toBeUndefined();
    expect(files[2]?.previous?.report.file).toBe('a.docx');
    const next = files[2] && opinionFile(files[2]);
    expect(next?.earlier.map((e) => e.state)).toEqual(asked.map(() => 'fixed'));
  });

  it('the same report twice is not its own earlier version', () => {
    const [, again] = withPreviousOpinions([file('a.docx', reviewed), file('a.pdf', reviewed)]);
    expect(again?.previous).toBeDefined();
    expect(earlierItems(reviewed, checkAll(reviewed), again?.previous)).toBeUndefined();
  });
});
