import { describe, expect, it } from 'vitest';
import { nearOrgName } from './near-org';

describe('nearOrgName', () => {
  const known = ['沭阳县人民政府办公室', '扶沟县政府办公室', '练寺镇人民政府', '青山镇人民政府'];

  it('proposes the known name a misread character away (沐阳 → 沭阳, 述阳 → 沭阳)', () => {
    expect(nearOrgName('沐阳县人民政府办公室', known)).toEqual({
      name: '沭阳县人民政府办公室',
      differ: 1,
    });
    expect(nearOrgName('述阳县人民政府办公室', known)?.name).toBe('沭阳县人民政府办公室');
  });

  it('says nothing for a name it already knows, even spelled another way', () => {
    expect(nearOrgName('练寺镇', known)).toBeUndefined();
    expect(nearOrgName('青山镇人民政府', known)).toBeUndefined();
  });

  it('says nothing when the read name is far from every known one, or two are as near', () => {
    expect(nearOrgName('城关镇人民政府', known)).toBeUndefined();
    expect(nearOrgName('东山镇', ['西山镇', '南山镇'])).toBeUndefined();
    expect(nearOrgName('', known)).toBeUndefined();
  });
});
