import { describe, expect, it } from 'vitest';
import type { StoredExplanation } from '../../core';
import { explanationKey, fieldsOf } from './editor-fields';
import { mergeFields, type Fields } from './merge';

const VALUES = {
  meta: { org: '', year: '', orgType: '', date: '', signature: '' },
  text: {},
  cells: {},
} as unknown as Parameters<typeof fieldsOf>[0]['values'];
const MODES = { t3: 'auto', t4: 'auto' } as const;

describe('mergeFields', () => {
  const base = { 'cells.a': '1', 'cells.b': '2', 'text.x': 'old' };

  it('takes what only the other tab changed and keeps what only this tab changed', () => {
    const mine = { ...base, 'cells.a': '5' };
    const theirs = { ...base, 'cells.b': '7', 'text.x': 'new' };
    expect(mergeFields(base, mine, theirs)).toEqual({
      take: [
        ['cells.b', '7'],
        ['text.x', 'new'],
      ],
      conflicts: [],
    });
  });

  it('is no conflict when both tabs made the same change', () => {
    const both = { ...base, 'cells.a': '9' };
    expect(mergeFields(base, both, { ...both })).toEqual({ take: [], conflicts: [] });
  });

  it('reports a field both tabs changed differently', () => {
    const result = mergeFields(base, { ...base, 'cells.a': '3' }, { ...base, 'cells.a': '4' });
    expect(result.conflicts).toEqual(['cells.a']);
  });

  it('treats a missing field as blank', () => {
    expect(mergeFields({}, {}, { 'cells.new': '1' }).take).toEqual([['cells.new', '1']]);
  });

  it('merges the explanations of two tabs per finding', () => {
    const state = (explanations: StoredExplanation[]): Fields =>
      fieldsOf({ values: VALUES, modes: MODES, lastYear: undefined, explanations });
    const a: StoredExplanation = {
      rule: 'TOWNSHIP_RULES',
      cells: ['x'],
      reason: '甲',
      values: { x: 1 },
    };
    const b: StoredExplanation = {
      rule: 'CARRY_OVER',
      cells: ['y', 'z'],
      reason: '乙',
      values: {},
    };
    const base = state([]);
    // Each tab explained a different warning: both are kept.
    const both = mergeFields(base, state([a]), state([b]));
    expect(both.conflicts).toEqual([]);
    expect(both.take).toEqual([[explanationKey(b), JSON.stringify(b)]]);
    // The other tab withdrew one this tab left alone: it goes.
    expect(mergeFields(state([a]), state([a]), state([])).take).toEqual([[explanationKey(a), '']]);
    // Both explained the same warning differently: a conflict, like any field.
    const other = { ...a, reason: '丙' };
    expect(mergeFields(base, state([a]), state([other])).conflicts).toEqual([explanationKey(a)]);
    // The key does not depend on the order of the cells.
    expect(explanationKey({ ...b, cells: ['z', 'y'] })).toBe(explanationKey(b));
  });
});
