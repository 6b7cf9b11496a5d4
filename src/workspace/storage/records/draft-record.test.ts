import { describe, expect, it } from 'vitest';
import { REPORT_VERSION } from '../../../core';
import { reportFixture } from '../../../testing/fixtures';
import { validateRecord, validUi } from './draft-record';
import { checkEntry, journalKey } from '../journal/journal';
import { STORE_VERSION } from '../versions/store-versions';

const report = reportFixture('example-2021');
const good = {
  id: 'd1',
  report,
  savedAt: 1,
  ui: { section: 'requests', cell: 't3_new_natural' },
  errors: 0,
  warnings: 1,
  revision: 3,
  storeVersion: STORE_VERSION,
  reportVersion: REPORT_VERSION,
};

/** The same record with `cells` given raw JSON (as JSON.parse makes own `__proto__` keys). */
const withCellsJson = (json: string) =>
  JSON.parse(JSON.stringify(good).replace('"cells":{', `"cells":{${json},`)) as unknown;

/** Every kind of damage the issue names, and what each must be said to be. */
const DAMAGED: [string, unknown, RegExp][] = [
  ['report null', { ...good, report: null }, /不是年度报告文件/],
  ['report {}', { ...good, report: {} }, /不是政府信息公开工作年度报告文件/],
  ['meta null', { ...good, report: { ...report, meta: null } }, /报告文件格式不正确：meta/],
  ['__proto__ in cells', withCellsJson('"__proto__":{"polluted":1}'), /__proto__/],
  ['constructor in cells', withCellsJson('"constructor":5'), /constructor/],
  ['not an object', 'text', /不是一个对象/],
  ['an array', [good], /不是一个对象/],
  ['no time', { ...good, savedAt: 'yesterday' }, /缺少保存时间/],
  ['another id', { ...good, id: 'd2' }, /编号不一致/],
];

describe('a stored draft checked on its own', () => {
  it('reads a good record, and one from before versions (migrated)', () => {
    const checked = validateRecord(good, 'd1');
    expect(checked.ok && checked.record.revision).toBe(3);
    const { storeVersion: _s, reportVersion: _r, revision: _v, ...legacy } = good;
    const old = validateRecord(legacy, 'd1');
    expect(old.ok && old.record.revision).toBe(0);
    expect(old.ok && old.record.report).toEqual(report);
  });

  it.each(DAMAGED)('sets aside a record with %s as damaged, with why', (_name, raw, message) => {
    const checked = validateRecord(raw, 'd1');
    expect(checked.ok).toBe(false);
    expect('damaged' in checked && checked.damaged.message).toMatch(message);
    expect('damaged' in checked && checked.damaged.raw).toBe(raw);
  });

  it('leaves a record of newer code alone (not damaged, not migrated)', () => {
    for (const raw of [
      { ...good, storeVersion: STORE_VERSION + 1 },
      { ...good, report: { ...report, version: REPORT_VERSION + 1 } },
    ]) {
      const checked = validateRecord(raw, 'd1');
      expect('newer' in checked && checked.newer.raw).toBe(raw);
    }
  });

  it('drops a place that is not one of the report, and keeps the rest', () => {
    const checked = validateRecord(
      { ...good, ui: { cell: 'x"]) , body *', section: 'requests', copyOf: '甲' } },
      'd1',
    );
    expect(checked.ok && checked.record.ui).toEqual({ section: 'requests', copyOf: '甲' });
    expect(validUi({ cell: 't3_new_natural', section: 'nowhere' }, '2021')).toEqual({
      cell: 't3_new_natural',
    });
    expect(validUi({ cell: 't9_none' }, '2021')).toEqual({});
    expect(validUi({ cell: 5, copyOf: {} }, '2021')).toEqual({});
    expect(validUi(null, '2021')).toEqual({});
    expect(validUi({ section: 'requests', cell: 't3_new_natural' }, '2021')).toEqual({
      section: 'requests',
      cell: 't3_new_natural',
    });
  });
});

describe('a journal entry checked on its own', () => {
  const key = journalKey('d1', 'tab-1');
  const entry = {
    id: 'd1',
    base: 3,
    session: 's',
    tab: 'tab-1',
    at: 5,
    report,
    baseReport: report,
    ui: { cell: 'nope' },
    storeVersion: STORE_VERSION,
    reportVersion: REPORT_VERSION,
  };

  it('reads a good entry, its place checked, and one from before versions', () => {
    const checked = checkEntry(entry, key);
    expect(checked.kind === 'ok' && checked.entry.ui).toEqual({});
    expect(checked.kind === 'ok' && checked.entry.baseReport).toEqual(report);
    const { storeVersion: _s, reportVersion: _r, baseReport: _b, ...legacy } = entry;
    const old = checkEntry(legacy, key);
    expect(old.kind === 'ok' && old.entry.baseReport).toBeUndefined();
  });

  it.each([
    ['report null', { ...entry, report: null }],
    ['report {}', { ...entry, report: {} }],
    ['meta null', { ...entry, report: { ...report, meta: null } }],
    ['a damaged base', { ...entry, baseReport: { ...report, cells: 5 } }],
    [
      '__proto__ keys',
      JSON.parse(JSON.stringify(entry).replace('"cells":{', '"cells":{"__proto__":{},')),
    ],
    ['no session', { ...entry, session: undefined }],
    ['another tab than its key', { ...entry, tab: 'tab-2' }],
    ['text that is not JSON', '{"id":"d1",'],
  ])('sets aside an entry with %s as damaged, under its key', (_name, raw) => {
    const checked = checkEntry(raw, key);
    expect(checked.kind).toBe('damaged');
    expect(checked.kind === 'damaged' && checked.damaged.journal).toBe(key);
    expect(checked.kind === 'damaged' && checked.damaged.id).toBe('d1');
  });

  it('leaves an entry of newer code alone', () => {
    expect(checkEntry({ ...entry, storeVersion: STORE_VERSION + 1 }, key).kind).toBe('newer');
  });
});
