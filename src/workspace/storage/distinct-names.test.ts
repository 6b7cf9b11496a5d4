import { describe, expect, it } from 'vitest';
import { distinctNames } from './distinct-names';

describe('distinctNames', () => {
  it('keeps names that differ, numbers the repeats, and never makes one that exists', () => {
    expect(distinctNames(['甲', '乙', '甲', '甲'], '.json')).toEqual([
      '甲.json',
      '乙.json',
      '甲（2）.json',
      '甲（3）.json',
    ]);
    expect(distinctNames(['甲（2）', '甲', '甲'], '.json')).toEqual([
      '甲（2）.json',
      '甲.json',
      '甲（3）.json',
    ]);
    expect(distinctNames([], '.json')).toEqual([]);
  });
});
