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

  /** Pick files with 选择文件 and wait until the batch has read them (PDFs take a while). */
  async add(files: readonly DropFile[], timeout?: number): Promise<void> {
    await this.page.getByLabel('选择文件', { exact: true }).setInputFiles([...files]);
    await expect(this.page.getByRole('status')).toContainText('已读入', { timeout });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: '报告列表' });
  }

  /** The body rows of the table, in the order shown. */
  get rows(): Locator {
    return this.table.locator('tbody tr');
  }

  /** The button that opens a file's report: its name is the 机关 (if read) and the file. */
  openButton(file: string): Locator {
    return this.table.locator(this.fileButton(file));
  }

  private fileButton(file: string): Locator {
    const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('button', { name: new RegExp(`(?:^|\\s)${escaped}$`) });
  }

  row(file: string): Locator {
    return this.rows.filter({ has: this.fileButton(file) });
  }

  /** A column's cell of a row, by the column header's text. */
  async cell(file: string, header: string): Promise<string> {
    // The headers and the row are read in separate calls, and the columns shown can still change
    // just after a batch is read (a column appears once a result needs it): read both until two
    // reads in a row agree and the row has a cell for each header.
    await this.row(file).first().waitFor();
    const read = async () => ({
      headers: await this.table.locator('thead th').allInnerTexts(),
      cells: await this.row(file).locator('td').allInnerTexts(),
    });
    let last = await read();
    for (let tries = 0; tries < 50; tries++) {
      const now = await read();
      const same = JSON.stringify(now) === JSON.stringify(last);
      last = now;
      if (same && now.headers.length === now.cells.length) break;
    }
    const index = last.headers.findIndex((h) => h.replace(/[▲▼]/g, '').trim() === header);
    return (last.cells[index] ?? '').trim();
  }

  async openReport(file: string): Promise<Locator> {
    await this.openButton(file).click();
    const detail = this.page.locator('.report-detail');
    await expect(detail).toBeVisible();
    return detail;
  }

  /** A download started by a click on `target`: where it was saved and the name it was given. */
  async downloadFrom(target: Locator): Promise<{ path: string; name: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), target.click()]);
    return { path: await download.path(), name: download.suggestedFilename() };
  }

  async download(button: string): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: button }).click(),
    ]);
    return download.path();
  }
}
