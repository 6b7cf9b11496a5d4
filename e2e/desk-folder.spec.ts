/**
 * A folder dropped on 批量审核 (issue 26): the desk walks it, subfolders included, and reads the
 * report files in it — the way in that takes 1,000 files without the one long task a file input's
 * list makes. The drop is Chromium's own, from the folder's path (CDP Input.dispatchDragEvent).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './app';
import { ReviewDesk } from './review-desk';

const fixture = (path: string) => new URL(`../src/fixtures/${path}`, import.meta.url);

test('a folder dropped on the desk is read with its subfolders, other files skipped', async ({
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
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
