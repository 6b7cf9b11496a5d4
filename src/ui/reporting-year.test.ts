import { describe, expect, it } from 'vitest';
import { isPastReport, reportingYear } from './reporting-year';

describe('reportingYear', () => {
  it('is last year from January to November', () => {
    expect(reportingYear(new Date(2026, 0, 15))).toBe(2025);
    expect(reportingYear(new Date(2026, 10, 30))).toBe(2025);
  });

  it('is the year ending in December, when clerks start on it', () => {
    expect(reportingYear(new Date(2026, 11, 1))).toBe(2026);
    expect(reportingYear(new Date(2026, 11, 31))).toBe(2026);
  });
});

describe('isPastReport', () => {
  it('offers the next year from a report older than the one being written', () => {
    const january = new Date(2026, 0, 10);
    expect(isPastReport(2024, january)).toBe(true);
    expect(isPastReport(2025, january)).toBe(false);
    // In December last year's report is the one to roll forward from.
    expect(isPastReport(2025, new Date(2026, 11, 7))).toBe(true);
    expect(isPastReport(2026, new Date(2026, 11, 7))).toBe(false);
  });
});
