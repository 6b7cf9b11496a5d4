import { describe, expect, it } from 'vitest';
import { checkAll } from '../../../core';
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
  it('checks the report after a change (off the keystroke, or at once on flush) and builds it from the form', async () => {
    const engine = createEditorEngine(record());
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

  it('checks once for a burst of changes', () => {
    const engine = createEditorEngine(record());
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
    const engine = createEditorEngine(record());
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
    const engine = createEditorEngine(record());
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
});
