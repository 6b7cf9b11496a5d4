/**
 * The year whose report is being written now: reports are written in January for the year before,
 * and in December for the year ending (the county's notice comes out then and clerks start early:
 * the figures of eleven months are in).
 */
export function reportingYear(now = new Date()): number {
  return now.getMonth() === 11 ? now.getFullYear() : now.getFullYear() - 1;
}

/**
 * Whether a report of `year` is last year's (or older) for the report being written now: a
 * first-time user who opened it is offered 新建 <year + 1> 年度报告 from it.
 */
export function isPastReport(year: number, now = new Date()): boolean {
  return year < reportingYear(now);
}
