import { describe, expect, it } from 'vitest';
import { mergeFields } from './merge';

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
});
