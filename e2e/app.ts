/** Page model of the app and a guard that fails a test on any console error. */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { Report } from '../src/core';

export { fixtureReport, readFixture, reportFixture as fixture } from '../src/testing/fixtures';

/** What every data-cell of a report shows in the form: its number, or empty when blank. */
export function shownValues(report: Report): Record<string, string> {
  return Object.fromEntries(
    Object.entries(report.cells).map(([id, v]) => [id, v === null ? '' : String(v)]),
  );
}

export class ReportApp {
  constructor(readonly page: Page) {}

  async home(): Promise<void> {
    await this.page.goto('/#/');
    await expect(this.page.getByRole('heading', { name: '我的草稿' })).toBeVisible();
  }

  /** Create a report from the 新建报告 form, typing and submitting with the keyboard. */
  async create(org: string, year: number, orgType = '乡镇/街道'): Promise<void> {
    const form = this.page.getByRole('form', { name: '新建报告' });
    await form.getByLabel('机关名称').fill(org);
    await form.getByLabel('报告年度').fill(String(year));
    await form.getByLabel('机关类型').selectOption({ label: orgType });
    await form.getByLabel('机关名称').press('Enter');
    await expect(this.title).toContainText(`${org} ${year}年`);
  }

  async loadExample(label: RegExp): Promise<void> {
    await this.page.getByRole('button', { name: label }).click();
    // Opening a draft now also fetches the editor's chunk (lazy since issue 26): on a CI machine
    // busy with LibreOffice in the other worker, the first open can pass the 5 s default.
    await expect(this.cell('t3_new_natural')).toBeVisible({ timeout: 15_000 });
  }

  get title(): Locator {
    return this.page.locator('.editor-title');
  }

  cell(id: string): Locator {
    return this.page.locator(`input[data-cell="${id}"]`);
  }

  get checks(): Locator {
    return this.page.getByRole('complementary', { name: '检查结果' });
  }

  findings(rule: string): Locator {
    return this.checks.locator(`button[data-rule="${rule}"]`);
  }

  get errorCount(): Locator {
    return this.checks.locator('.checks-body h2');
  }

  /** The same page (the open draft) in another tab of the browser. */
  async anotherTab(): Promise<ReportApp> {
    const page = await this.page.context().newPage();
    await page.goto(this.page.url());
    return new ReportApp(page);
  }

  async waitSaved(): Promise<void> {
    await expect(this.page.locator('.save-status')).toHaveText(/^已保存/);
  }

  /** Every data-cell input's value, read at once. */
  async cellValues(): Promise<Record<string, string>> {
    return this.page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLInputElement>('input[data-cell]')].map((input) => [
          input.dataset.cell ?? '',
          input.value,
        ]),
      ),
    );
  }

  /** Paste text into the focused element as Excel or WPS would put it on the clipboard. */
  async paste(target: Locator, text: string): Promise<void> {
    await target.focus();
    await target.evaluate((element, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    }, text);
  }
}

export const test = base.extend<{ app: ReportApp; consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, use) => {
    await use(new ReportApp(page));
  },
});

export { expect };
