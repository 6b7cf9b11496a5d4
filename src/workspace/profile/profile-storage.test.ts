import { describe, expect, it } from 'vitest';
import { parseStored, STORED_PROFILE_VERSION } from './profile-storage';

describe('the stored profile entry', () => {
  it('reads its own version, with the file text as it was', () => {
    const raw = JSON.stringify({
      v: 1,
      text: '{"kind":"gongkai-profile"}',
      fileName: 'a.json',
      loadedAt: 5,
    });
    expect(parseStored(raw)).toEqual({
      kind: 'stored',
      stored: {
        v: STORED_PROFILE_VERSION,
        text: '{"kind":"gongkai-profile"}',
        fileName: 'a.json',
        loadedAt: 5,
      },
    });
    expect(parseStored(null)).toEqual({ kind: 'none' });
  });

  it('says so, in Chinese, for a newer or a damaged entry (and keeps nothing of it)', () => {
    const newer = parseStored(JSON.stringify({ v: 2, text: '{}' }));
    expect(newer.kind === 'unreadable' && newer.message).toContain('更新版本');
    for (const raw of ['{', '{"v":1}', '[]', 'null']) {
      const read = parseStored(raw);
      expect(read.kind === 'unreadable' && read.message, raw).toContain('已损坏');
    }
  });
});
