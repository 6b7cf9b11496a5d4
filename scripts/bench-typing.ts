/**
 * Typing speed in the report form: how long one keystroke in a table cell takes until the computed
 * totals and the checks panel show its effect, and whether the editor root re-renders.
 * Run `npm run build` first, then `npm run bench`.
 */
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { OFFLINE_ARGS, systemChromium } from './system-chromium';

const KEYSTROKES = 200;

const server = await preview({ preview: { port: 4190, strictPort: true, host: '127.0.0.1' } });
const executablePath = systemChromium();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: OFFLINE_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto('http://127.0.0.1:4190/#/');
  await page.getByRole('button', { name: /载入示例：青山镇人民政府/ }).click();
  await page.locator('input[data-cell="t3_new_business"]').waitFor();

  const samples = await page.evaluate((count) => {
    // React tracks the value it set; only the prototype's setter looks like typing to it.
    const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
    const input = document.querySelector<HTMLInputElement>('input[data-cell="t3_new_business"]');
    const total = document.querySelector<HTMLInputElement>('input[data-cell="t3_new_total"]');
    const editor = document.querySelector('.editor');
    const checks = document.querySelector('.checks-body h2');
    if (!descriptor?.set || !input || !total || !editor || !checks)
      throw new Error('form not found');
    // A root re-render would replace the editor's subtree nodes; count mutations outside the
    // cells that should change (the total, the checks panel, the save indicator).
    let outside = 0;
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target instanceof Element ? r.target : r.target.parentElement;
        if (!el?.closest('.checks, .save-status, td.computed, .table-status')) outside++;
      }
    }).observe(editor, { subtree: true, childList: true, attributes: true, characterData: true });
    input.focus();
    const times: number[] = [];
    let wrong = 0;
    for (let i = 0; i < count; i++) {
      const value = 1 + (i % 9);
      const start = performance.now();
      descriptor.set.call(input, String(value));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // React flushes a discrete event synchronously: the total must already be right here.
      times.push(performance.now() - start);
      // 商业企业 was 2: any other value breaks the balance of its column (one finding: with
      // computed totals the 总计 column has none of its own).
      const errors = value === 2 ? '0 个错误' : '1 个错误';
      if (total.value !== String(9 + value + 4) || !checks.textContent.includes(errors)) wrong++;
    }
    return { times, wrong, outside };
  }, KEYSTROKES);

  const sorted = [...samples.times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  console.log(`keystrokes:                 ${KEYSTROKES}`);
  console.log(
    `keystroke → totals+checks:  median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms (a frame is 16.7 ms)`,
  );
  console.log(`keystrokes whose totals or checks lagged: ${samples.wrong}`);
  console.log(`DOM mutations outside the totals and the checks panel: ${samples.outside}`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => {
    server.httpServer.close(() => {
      resolve();
    });
  });
}
