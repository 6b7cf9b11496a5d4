/**
 * Damaged browser state beyond the kinds the issue names: a good draft record and a good journal
 * entry damaged at random places (a value replaced, a key dropped, a hostile key added, the text
 * cut off), each checked on its own as the list and the take-in check them. Seeded, so a failure
 * names its case and repeats.
 */
import { describe, expect, it } from 'vitest';
import { cellsOf, getTemplate, parseReport, REPORT_VERSION } from '../../../core';
import { reportFixture } from '../../../testing/fixtures';
import { validateRecord } from '../records/draft-record';
import { checkEntry, journalKey } from '../journal/journal';
import { STORE_VERSION } from './store-versions';

const CASES = 1000;

/** mulberry32: a small seeded generator, so each case is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REPLACEMENTS: readonly unknown[] = [
  null,
  {},
  [],
  '',
  'x"]), body *',
  -1,
  1.5,
  1e308,
  true,
  '=HYPERLINK("http://x")',
  { __proto__: null },
  [null],
];

type Json = Record<string, unknown> | unknown[];

/** Every object or array inside `value`, with the keys it has. */
function containers(value: unknown, found: Json[] = []): Json[] {
  if (typeof value !== 'object' || value === null) return found;
  found.push(value as Json);
  for (const child of Object.values(value)) containers(child, found);
  return found;
}

/** `good` damaged once at a random place; as JSON text, so hostile keys are own keys. */
function damage(good: unknown, next: () => number): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const copy = JSON.parse(JSON.stringify(good)) as unknown;
  const target = pick(containers(copy));
  const keys = Object.keys(target);
  const how = next();
  if (how < 0.15) {
    const text = JSON.stringify(copy);
    return text.slice(0, Math.floor(next() * text.length)); // a write cut off
  }
  if (how < 0.3) {
    const key = pick(['__proto__', 'constructor', 'prototype']);
    const text = JSON.stringify(target);
    const hostile = text.startsWith('{')
      ? `{"${key}":{"polluted":1}${text.length > 2 ? ',' : ''}${text.slice(1)}`
      : text;
    const replaced = JSON.stringify(copy).replace(text, hostile);
    return JSON.parse(replaced) as unknown;
  }
  if (keys.length === 0) return copy;
  const key = pick(keys);
  if (how < 0.45 && !Array.isArray(target)) Reflect.deleteProperty(target, key);
  else (target as Record<string, unknown>)[key] = pick(REPLACEMENTS);
  return copy;
}

const report = reportFixture('example-2021');
const cells = cellsOf(getTemplate(report.template));
const record = {
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
const key = journalKey('d1', 'tab-1');
const entry = {
  id: 'd1',
  base: 3,
  session: 's',
  tab: 'tab-1',
  at: 5,
  report,
  baseReport: report,
  ui: { cell: 't3_new_natural' },
  storeVersion: STORE_VERSION,
  reportVersion: REPORT_VERSION,
};

/** Whether `value` is a report as the report file's schema reads it, unchanged. */
const readsAsItself = (value: unknown) => {
  const parsed = parseReport(value);
  return parsed.ok && JSON.stringify(parsed.report) === JSON.stringify(value);
};

describe(`${String(CASES)} randomly damaged records and journal entries`, () => {
  it('never throw; each is valid (a report, a place of it), damaged with why, or newer', () => {
    const next = random(19);
    const seen = { ok: 0, damaged: 0, newer: 0 };
    for (let i = 0; i < CASES; i++) {
      const raw = damage(record, next);
      const checked = validateRecord(raw, 'd1');
      if (checked.ok) {
        seen.ok++;
        expect(readsAsItself(checked.record.report), `case ${String(i)}`).toBe(true);
        const { cell } = checked.record.ui;
        expect(cell === undefined || cells.has(cell), `case ${String(i)}`).toBe(true);
        expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
      } else if ('damaged' in checked) {
        seen.damaged++;
        expect(checked.damaged.raw).toBe(raw);
        expect(checked.damaged.message, `case ${String(i)}`).toMatch(/[\u4e00-\u9fff]/);
      } else seen.newer++;
    }
    // The cases reach every outcome: some damage is harmless, most is not.
    expect(seen.ok).toBeGreaterThan(0);
    expect(seen.damaged).toBeGreaterThan(CASES / 2);
    expect(seen.newer).toBeGreaterThan(0);
  });

  it('journal entries: never throw; each is taken in whole, set aside under its key, or newer', () => {
    const next = random(2019);
    const seen = { ok: 0, damaged: 0, newer: 0 };
    for (let i = 0; i < CASES; i++) {
      const raw = damage(entry, next);
      const checked = checkEntry(raw, key);
      seen[checked.kind]++;
      if (checked.kind === 'ok') {
        expect(readsAsItself(checked.entry.report), `case ${String(i)}`).toBe(true);
        const { cell } = checked.entry.ui;
        expect(cell === undefined || cells.has(cell), `case ${String(i)}`).toBe(true);
      } else if (checked.kind === 'damaged') {
        expect(checked.damaged.journal).toBe(key);
        expect(checked.damaged.id).toBe('d1');
      }
    }
    expect(seen.ok).toBeGreaterThan(0);
    expect(seen.damaged).toBeGreaterThan(CASES / 2);
  });
});
