import { chromium } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { systemChromium } from './scripts/system-chromium.ts';

const browser = await chromium.launch({ executablePath: systemChromium() });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
await page.goto(pathToFileURL('/work/wt/i27-desk/dist-single/gongkai-report.html').href + '#/review');
await page.getByLabel('选择文件', { exact: true }).setInputFiles([
  '/work/wt/i27-desk/src/fixtures/ocr/report-2019-table-3.png',
]);
await page.getByText('本批有 1 个扫描件').waitFor({ timeout: 60_000 });
await page.screenshot({ path: '/tmp/i27d-shots/single-missing-1280.png' });
await page.getByLabel('加载 OCR 识别包').setInputFiles('/work/wt/i27-desk/dist-ocr-pack/gongkai-ocr-pack-0.1.0.zip');
const row = page.locator('tbody tr').filter({ hasText: 'report-2019-table-3.png' });
await row.getByText(/正在/).waitFor({ timeout: 120_000 });
await page.screenshot({ path: '/tmp/i27d-shots/single-running-1280.png' });
await row.getByText(/个单元格待确认/).waitFor({ timeout: 400_000 });
await row.getByRole('button').first().click();
await page.getByRole('button', { name: '逐格确认 OCR 识别结果' }).click();
await page.getByRole('region', { name: '逐格确认 OCR 识别结果' }).getByRole('img').waitFor();
await page.screenshot({ path: '/tmp/i27d-shots/single-confirm-1280.png' });
console.log('errors', errors);
await browser.close();
