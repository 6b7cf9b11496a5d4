import { describe, expect, it, vi } from 'vitest';
import { carriedCells, checkAll, lastYearLink } from '../../core';
import { fillCarried, fillZeros } from './fill-actions';
import { reportFixture } from '../../testing/fixtures';
import type { DraftRecord } from '../storage/idb/drafts-db';
import { createInMemoryStore, storageWith } from '../storage/in-memory-store';
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
  it('checks the report after a change (off the keystroke, or at once on flush) and builds it from the form', async () => {
    const engine = createEditorEngine(record(), storageWith(record()));
    const stop = engine.start();
    expect(engine.findings.get()).toEqual(checkAll(record().report));
    expect(engine.findings.get().filter((f) => f.severity === 'error')).toHaveLength(0);
    engine.form.setValue('cells.t3_new_business', '7');
    expect(engine.currentReport().cells.t3_new_business).toBe(7);
    // Not on the keystroke itself: the check follows it.
    expect(engine.findings.get().some((f) => f.severity === 'error')).toBe(false);
    await new Promise<void>((resolve) => {
      const off = engine.findings.subscribe(() => {
        off();
        resolve();
      });
    });
    expect(engine.findings.get().some((f) => f.severity === 'error')).toBe(true);
    engine.form.setValue('cells.t3_new_business', String(record().report.cells.t3_new_business));
    engine.flush();
    expect(engine.findings.get()).toEqual(checkAll(record().report));
    stop();
  });

  it("knows the cells the clerk changed, most recent first; undo's changes are not the clerk's", () => {
    const engine = createEditorEngine(record(), storageWith(record()));
    const stop = engine.start();
    engine.form.setValue('cells.t3_reject_repeat_natural', '11');
    engine.checkpoint();
    engine.form.setValue('cells.t3_open_natural', '5');
    engine.form.setValue('text.overview', '改写');
    expect(engine.recentCells()).toEqual(['t3_open_natural', 't3_reject_repeat_natural']);
    engine.undo();
    expect(engine.recentCells()[0]).toBe('t3_open_natural');
    stop();
  });

  it('checks once for a burst of changes', () => {
    const engine = createEditorEngine(record(), storageWith(record()));
    const stop = engine.start();
    let published = 0;
    engine.findings.subscribe(() => published++);
    for (const value of ['1', '12', '123']) engine.form.setValue('cells.t3_new_business', value);
    expect(published).toBe(0);
    engine.flush();
    expect(published).toBe(1);
    expect(engine.findings.get()).toEqual(checkAll(engine.currentReport()));
    stop();
  });

  it('runs the checks once for a batch of changes', () => {
    const engine = createEditorEngine(record(), storageWith(record()));
    const stop = engine.start();
    let published = 0;
    engine.findings.subscribe(() => published++);
    engine.batch(() => {
      engine.form.setValue('cells.t3_new_business', '1');
      engine.form.setValue('cells.t3_new_research', '1');
      engine.form.setValue('cells.t3_new_social', '1');
    });
    engine.flush();
    expect(published).toBe(1);
    stop();
  });

  it('keeps the totals mode and the last-year link in the report and re-checks on each', () => {
    const engine = createEditorEngine(record(), storageWith(record()));
    const stop = engine.start();
    const before = engine.findings.get();
    engine.setModes({ ...engine.modes.get(), t3: 'manual' });
    engine.flush();
    expect(engine.currentReport().totals?.t3).toBe('manual');
    expect(engine.findings.get()).not.toBe(before);
    engine.setLastYear(undefined);
    expect(engine.currentReport().lastYear).toBeUndefined();
    stop();
  });

  it('keeps an explained warning with the report until one of its cells changes', () => {
    const engine = createEditorEngine(record(), storageWith(record()));
    const stop = engine.start();
    engine.form.setValue('cells.t2_rules_made', '1');
    engine.flush();
    const warning = engine.findings.get().find((f) => f.rule === 'TOWNSHIP_RULES');
    expect(warning?.severity).toBe('warning');
    if (!warning) throw new Error('no warning');
    engine.explain(warning, '  本镇转发上级规章，按要求填报 ');
    engine.flush();
    expect(engine.findings.get().find((f) => f.rule === 'TOWNSHIP_RULES')?.explained).toEqual({
      reason: '本镇转发上级规章，按要求填报',
    });
    expect(engine.currentReport().explanations).toEqual([
      expect.objectContaining({ rule: 'TOWNSHIP_RULES', values: { t2_rules_made: 1 } }),
    ]);
    // An unrelated edit keeps it; a change of its own cell drops it from the report.
    engine.form.setValue('cells.t3_new_natural', '9');
    engine.flush();
    expect(engine.currentReport().explanations).toHaveLength(1);
    engine.form.setValue('cells.t2_rules_made', '2');
    // Dropped from the report at once (an export right after the key), before the checks follow.
    expect(engine.currentReport().explanations).toBeUndefined();
    engine.flush();
    const reopened = engine.findings.get().find((f) => f.rule === 'TOWNSHIP_RULES');
    expect(reopened?.explained).toBeUndefined();
    // Setting the value back does not bring the dropped reason back.
    engine.form.setValue('cells.t2_rules_made', '1');
    engine.flush();
    expect(engine.findings.get().find((f) => f.rule === 'TOWNSHIP_RULES')?.explained).toBe(
      undefined,
    );
    stop();
  });

  it('withdraws an explanation, and never explains an error', () => {
    const engine = createEditorEngine(record(), storageWith(record()));
    const stop = engine.start();
    engine.form.setValue('cells.t2_rules_made', '1');
    engine.flush();
    const warning = engine.findings.get().find((f) => f.rule === 'TOWNSHIP_RULES');
    if (!warning) throw new Error('no warning');
    engine.explain(warning, '属实');
    engine.flush();
    const explained = engine.findings.get().find((f) => f.rule === 'TOWNSHIP_RULES');
    if (!explained) throw new Error('no finding');
    engine.withdraw(explained);
    engine.flush();
    expect(engine.findings.get().find((f) => f.rule === 'TOWNSHIP_RULES')?.explained).toBe(
      undefined,
    );
    expect(engine.currentReport().explanations).toBeUndefined();
    engine.form.setValue('cells.t3_new_business', '7');
    engine.flush();
    const error = engine.findings.get().find((f) => f.severity === 'error');
    if (!error) throw new Error('no error');
    expect(() => {
      engine.explain(error, '属实');
    }).toThrow();
    stop();
  });

  it('drops, on opening, explanations whose cells changed since (an imported file)', () => {
    const base = record();
    const stale = {
      ...base,
      report: {
        ...base.report,
        explanations: [
          {
            rule: 'TOWNSHIP_RULES',
            cells: ['t2_rules_made'],
            reason: '旧',
            values: { t2_rules_made: 3 },
          },
        ],
      },
    };
    const engine = createEditorEngine(stale, storageWith(stale));
    expect(engine.currentReport().explanations).toBeUndefined();
  });

  it('undoes and redoes typing and actions across the draft, checking and saving each', async () => {
    const store = createInMemoryStore();
    store.put(record());
    const engine = createEditorEngine(record(), store.tab('A'));
    const stop = engine.start();
    const stored = () => (store.raw('draft-1') as DraftRecord).report.cells.t3_new_business;
    const before = engine.form.getValues('cells.t3_new_business');
    expect(engine.canUndo.get()).toBe(false);
    engine.form.setValue('cells.t3_new_business', '7');
    engine.form.setValue('cells.t3_new_business', '77');
    expect(engine.canUndo.get()).toBe(true);
    engine.flush(); // the checks follow after the paint
    expect(engine.findings.get().some((f) => f.severity === 'error')).toBe(true);
    await vi.waitFor(() => {
      expect(stored()).toBe(77);
    });
    const undone = engine.undo();
    expect(undone?.fields).toEqual(['cells.t3_new_business']);
    expect(engine.form.getValues('cells.t3_new_business')).toBe(before);
    engine.flush();
    expect(engine.findings.get().some((f) => f.severity === 'error')).toBe(false);
    // The undone value is saved like any change.
    await vi.waitFor(() => {
      expect(String(stored())).toBe(before);
    });
    expect(engine.saveState.get().kind).toBe('saved');
    expect(engine.canUndo.get()).toBe(false);
    expect(engine.canRedo.get()).toBe(true);
    engine.redo();
    expect(engine.currentReport().cells.t3_new_business).toBe(77);
    stop();
  });

  it('takes back a batch as one step, the totals mode and the last-year link included', () => {
    const engine = createEditorEngine(record(), storageWith(record()));
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
    const engine = createEditorEngine(record(), storageWith(record()));
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
