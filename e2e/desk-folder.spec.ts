/**
 * A folder dropped on 批量审核 (issue 26): the desk walks it, subfolders included, and reads the
 * report files in it — the way in that takes 1,000 files without the one long task a file input's
 * list makes. The drop is Chromium's own, from the folder's path (CDP Input.dispatchDragEvent).
 * Then 选择文件, by both of its ways in: the browser's file picker (handles) and the input.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './app';
import { ReviewDesk } from './review-desk';

const fixture = (path: string) => new URL(`../src/fixtures/${path}`, import.meta.url);

test('a folder dropped on the desk is read with its subfolders, other files skipped; 选择文件 by picker or input', async ({
  page,
  context,
}) => {
  const folder = mkdtempSync(join(tmpdir(), 'desk-folder-'));
  try {
    mkdirSync(join(folder, '乡镇'));
    copyFileSync(fixture('import/distinct-2021.json'), join(folder, '县局.json'));
    copyFileSync(fixture('import/page-2021.html'), join(folder, '乡镇', '某镇.html'));
    copyFileSync(fixture('import/libreoffice-2021.docx'), join(folder, '乡镇', '某乡.docx'));
    writeFileSync(join(folder, '说明.xlsx'), 'not a report');
    const desk = new ReviewDesk(page);
    await desk.open();
    const box = await page.locator('.drop-zone').boundingBox();
    if (!box) throw new Error('no drop zone');
    const cdp = await context.newCDPSession(page);
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const data = { items: [], files: [folder], dragOperationsMask: 1 };
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const)
      await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
    await expect(page.getByRole('status')).toContainText('已读入 3 个文件', { timeout: 60_000 });
    await expect(page.getByRole('status')).toContainText('已跳过 1 个');
    await expect(desk.rows).toHaveCount(3);

    // A harness that answers file choosers (Playwright here) makes Chromium refuse the file
    // picker: the desk then opens its file input, which the harness can answer.
    const pickFiles = page.locator('label.file-button').filter({ hasText: /^选择文件$/ });
    const chooser = page.waitForEvent('filechooser');
    await pickFiles.click();
    await (await chooser).setFiles(fileURLToPath(fixture('import/distinct-2019.json')));
    await expect(desk.rows).toHaveCount(4);
    // The picker's own way: its handles' files, asked for a batch at a time. No harness can
    // answer the real picker, so handles from the page's private storage stand in for a choice.
    const text = readFileSync(fixture('import/pdftotext-raw-2021.txt'), 'utf8');
    await page.evaluate(async (content) => {
      const root = await navigator.storage.getDirectory();
      const handle = await root.getFileHandle('某县.txt', { create: true });
      const writable = await handle.createWritable();
      await writable.write(content);
      await writable.close();
      Object.assign(window, { showOpenFilePicker: () => Promise.resolve([handle]) });
    }, text);
    await pickFiles.click();
    await expect(desk.rows).toHaveCount(5);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
