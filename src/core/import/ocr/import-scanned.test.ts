import { describe, expect, it } from 'vitest';
import { rowsNotScanned } from './import-scanned';

const rows = (table: string, count: number) =>
  Array.from({ length: count }, (_, bodyRow) => ({ table, bodyRow }));

describe('rows not on the pages scanned', () => {
  const template = [...rows('t2', 4), ...rows('t3', 12)];

  it('a row between rows read is on the page (its label misread), not absent', () => {
    const read = new Set(['t3:2', 't3:3', 't3:4', 't3:6', 't3:7']);
    const absent = rowsNotScanned(template, read);
    expect(absent.has('t3:5')).toBe(false);
  });

  it('rows before the first row read and after the last, and tables with none read, are absent', () => {
    const read = new Set(['t3:2', 't3:3', 't3:7']);
    const absent = rowsNotScanned(template, read);
    expect([...absent].filter((r) => r.startsWith('t3:'))).toEqual([
      't3:0',
      't3:1',
      't3:8',
      't3:9',
      't3:10',
      't3:11',
    ]);
    expect(['t2:0', 't2:1', 't2:2', 't2:3'].every((r) => absent.has(r))).toBe(true);
  });
});
