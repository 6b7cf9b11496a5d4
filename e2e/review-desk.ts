/** Page model of 批量审核: drop files, read the table, open a report, export. */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

export interface DropFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

const FIXTURES = new URL('../src/fixtures/', import.meta.url);

/** A fixture file as the file picker hands it over. */
export function fixtureFile(path: string, name = path.split('/').pop() ?? path): DropFile {
  return {
    name,
    mimeType: 'application/octet-stream',
    buffer: readFileSync(new URL(path, FIXTURES)),
  };
}

/** A report file made in the test. */
export function jsonFile(name: string, report: unknown): DropFile {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) };
}

export class ReviewDesk {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/#/review');
    await expect(this.page.getByRole('heading', { name: '批量审核' })).toBeVisible();
  }

  /** Pick files with 选择文件 and wait until the batch has read them. */
  async add(files: readonly DropFile[]): Promise<void> {
    await this.page.getByLabel('选择文件', { exact: true }).setInputFiles([...files]);
    await expect(this.page.getByRole('status')).toContainText('已读入');
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: '报告列表' });
  }

  /** The body rows of the table, in the order shown. */
  get rows(): Locator {
    return this.table.locator('tbody tr');
  }

  row(file: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('button', { name: file, exact: true }) });
  }

  /** A column's cell of a row, by the column header's text. */
  async cell(file: string, header: string): Promise<string> {
    const headers = await this.table.locator('thead th').allInnerTexts();
    const index = headers.findIndex((h) => h.replace(/[▲▼]/g, '').trim() === header);
    return (await this.row(file).locator('td').nth(index).innerText()).trim();
  }

  async openReport(file: string): Promise<Locator> {
    await this.page.getByRole('button', { name: file, exact: true }).click();
    const detail = this.page.locator('.report-detail');
    await expect(detail).toBeVisible();
    return detail;
  }

  async download(button: string): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: button }).click(),
    ]);
    return download.path();
  }
}
