import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DOCX_OPTIONS } from '../../core';
import { loadDocxOptions, saveDocxOptions } from './docx-fonts';
import { readSetting, SETTING_KEYS, writeSetting } from './settings-store';

/** The browser's localStorage (Node has none): a working one, or one that refuses every write. */
function browserStorage(refuses: boolean): Map<string, string> {
  const kept = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => kept.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (refuses) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      kept.set(key, value);
    },
    removeItem: (key: string) => kept.delete(key),
  });
  return kept;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('settings kept in this browser', () => {
  it('keeps the keys earlier versions stored them under, so users keep their settings', () => {
    expect(SETTING_KEYS).toEqual({
      docxFonts: 'gongkai-report:docx-fonts',
      profile: 'gongkai-report:profile',
      persistenceNoteClosed: 'gongkai-report:persistence-note-closed',
    });
  });

  it('reads fonts an earlier version stored, and keeps new ones under the same key', () => {
    const kept = browserStorage(false);
    kept.set(SETTING_KEYS.docxFonts, JSON.stringify({ bodyFont: '仿宋', kaiFont: 'nope' }));
    expect(loadDocxOptions()).toEqual({ ...DEFAULT_DOCX_OPTIONS, bodyFont: '仿宋' });
    saveDocxOptions({ ...DEFAULT_DOCX_OPTIONS, tableFont: '宋体' });
    expect(JSON.parse(kept.get(SETTING_KEYS.docxFonts) ?? '')).toMatchObject({
      tableFont: '宋体',
    });
  });

  it('storage that refuses says so, and the fonts chosen hold for this page', () => {
    browserStorage(true);
    expect(writeSetting(SETTING_KEYS.profile, 'x')).toBe(false);
    expect(readSetting(SETTING_KEYS.profile)).toBeNull();
    const chosen = { ...DEFAULT_DOCX_OPTIONS, bodyFont: '仿宋' } as const;
    saveDocxOptions(chosen);
    expect(loadDocxOptions()).toEqual(chosen);
  });
});
