import { describe, expect, it } from 'vitest';
import { carriedCells, checkAll, lastYearLink } from '../../../core';
import { fillCarried } from '../carry-over-cells';
import { fillZeros } from '../table-actions';
import { reportFixture } from '../../../testing/fixtures';
import type { DraftRecord } from '../../storage/drafts-db';
import { createEditorEngine } from './editor-engine';

function record(): DraftRecord {
  return {
    id: 'draft-1',
    report: reportFixture('example-2021'),
    savedAt: 0,
    ui: {},
    errors: 0,
    warnings: 0,
    revision: 1,
  };
}

describe('editor engine', () => {
  it('checks the report synchronously on every change and builds it from the form', () => {
    const engine = createEditorEngine(record());
    const stop = engine.start();
    expect(engine.findings.get()).toEqual(checkAll(record().report));
    expect(engine.findings.get().filter((f) => f.severity === 'error')).toHaveLength(0);
    engine.form.setValue('cells.t3_new_business', '7');
    expect(engine.currentReport().cells.t3_new_business).toBe(7);
    expect(engine.findings.get().some((f) => f.severity === 'error')).toBe(true);
    stop();
  });

  it('runs the checks once for a batch of changes', () => {
    const engine = createEditorEngine(record());
    const stop = engine.start();
    let published = 0;
    engine.findings.subscribe(() => published++);
    engine.batch(() => {
      engine.form.setValue('cells.t3_new_business', '1');
      engine.form.setValue('cells.t3_new_research', '1');
      engine.form.setValue('cells.t3_new_social', '1');
    });
    expect(published).toBe(1);
    stop();
  });

  it('keeps the totals mode and the last-year link in the report and re-checks on each', () => {
    const engine = createEditorEngine(record());
    const stop = engine.start();
    const before = engine.findings.get();
    engine.setModes({ ...engine.modes.get(), t3: 'manual' });
    expect(engine.currentReport().totals?.t3).toBe('manual');
    expect(engine.findings.get()).not.toBe(before);
    engine.setLastYear(undefined);
    expect(engine.currentReport().lastYear).toBeUndefined();
    stop();
  });

  it('undoes and redoes typing and actions across the draft, checking and saving each', () => {
    const engine = createEditorEngine(record());
    const stop = engine.start();
    const before = engine.form.getValues('cells.t3_new_business');
    expect(engine.canUndo.get()).toBe(false);
    engine.form.setValue('cells.t3_new_business', '7');
    engine.form.setValue('cells.t3_new_business', '77');
    expect(engine.canUndo.get()).toBe(true);
    expect(engine.findings.get().some((f) => f.severity === 'error')).toBe(true);
    let saves = 0; // every change goes to the saver, which sets the save state (no storage here)
    engine.saveState.subscribe(() => saves++);
    const undone = engine.undo();
    expect(undone?.fields).toEqual(['cells.t3_new_business']);
    expect(engine.form.getValues('cells.t3_new_business')).toBe(before);
    expect(engine.findings.get().some((f) => f.severity === 'error')).toBe(false);
    expect(saves).toBeGreaterThan(0);
    expect(engine.canUndo.get()).toBe(false);
    expect(engine.canRedo.get()).toBe(true);
    engine.redo();
    expect(engine.currentReport().cells.t3_new_business).toBe(77);
    stop();
  });

  it('takes back a batch as one step, the totals mode and the last-year link included', () => {
    const engine = createEditorEngine(record());
    const stop = engine.start();
    const report = engine.currentReport();
    engine.batch(() => {
      engine.form.setValue('cells.t3_new_business', '1');
      engine.form.setValue('cells.t3_new_research', '2');
      engine.setModes({ ...engine.modes.get(), t3: 'manual' });
      engine.setLastYear(undefined);
    }, '粘贴');
    expect(engine.undo()?.label).toBe('粘贴');
    expect(engine.currentReport()).toEqual(report);
    expect(engine.undo()).toBeUndefined();
    stop();
  });

  it('undoes the carry-over fill and 空白填0 as one step each', () => {
    const engine = createEditorEngine(record());
    const stop = engine.start();
    const last = reportFixture('example-2021');
    const carried = [...carriedCells(engine.template).keys()].map((id) => `cells.${id}` as const);
    for (const name of carried) engine.form.setValue(name, '');
    engine.checkpoint();
    const blank = engine.currentReport();
    fillCarried(engine, lastYearLink({ ...last, meta: { ...last.meta, year: 2023 } }), true);
    expect(carried.some((name) => engine.form.getValues(name) !== '')).toBe(true);
    expect(engine.undo()?.label).toBe('填写上年结转');
    expect(engine.currentReport()).toEqual(blank);
    expect(fillZeros(engine, 't3', () => false)).toMatch(/^已将 \d+ 个空白单元格填为 0。$/);
    expect(engine.undo()?.label).toBe('空白填0');
    expect(engine.currentReport()).toEqual(blank);
    stop();
  });
});
