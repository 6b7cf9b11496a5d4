/**
 * Hostile files in the page (issue 8): each ends within seconds with a Chinese message and the
 * drafts untouched; a slow import runs in a worker, so the page stays usable, and 取消读取 ends it.
 */
import { strToU8, zlibSync } from 'fflate';
import { bombSize, deflateBomb, DOCX_TYPES, minimalPdf, zipOf } from '../src/testing/hostile-files';
import { expect, test } from './app';

const bombDocx = () =>
  Buffer.from(
    zipOf([
      { name: '[Content_Types].xml', data: DOCX_TYPES, method: 0, declaredSize: DOCX_TYPES.length },
      {
        name: 'word/document.xml',
        data: deflateBomb(4_000_000),
        method: 8,
        declaredSize: bombSize(4_000_000),
      },
    ]),
  );

/** A PDF whose one page has 15 MB of text operators: within the bounds, seconds to read. */
const slowPdf = () => {
  const ops = strToU8('BT /F1 12 Tf 72 720 Td (abc) Tj ET\n'.repeat(400_000));
  return Buffer.from(minimalPdf({ pages: 1, content: zlibSync(ops), filter: 'FlateDecode' }));
};

const HOSTILE: [string, () => Buffer, RegExp][] = [
  ['bomb.docx', bombDocx, /正文解压后超过 8 MB.*压缩炸弹/],
  ['deep.html', () => Buffer.from(`<body>${'<div>'.repeat(100_000)}</body>`), /嵌套超过 512 层/],
  [
    'deep.json',
    () => Buffer.from(`{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
    /嵌套超过 64 层/,
  ],
  ['random.pdf', () => Buffer.from('%PDF-1.7\n\u0000\u00ff garbage'), /无法读取这个 PDF/],
];

for (const [name, make, message] of HOSTILE) {
  test(`${name}: a clear message in seconds, the drafts untouched`, async ({ app, page }) => {
    await app.home();
    await app.loadExample(/载入示例：李楼镇/);
    const before = await app.cellValues();
    await page.getByRole('button', { name: '← 草稿列表' }).click();
    await page.getByLabel('选择文件').setInputFiles({
      name,
      mimeType: 'application/octet-stream',
      buffer: make(),
    });
    await expect(page.getByRole('alert')).toContainText(`无法导入文件“${name}”`, {
      timeout: 10_000,
    });
    await expect(page.getByRole('alert')).toContainText(message);
    const rows = page.getByRole('table', { name: '草稿列表' }).getByRole('row');
    await expect(rows).toHaveCount(2);
    await page.getByRole('button', { name: '打开 李楼镇 2020年' }).click();
    await expect(app.title).toContainText('李楼镇 2020年');
    expect(await app.cellValues()).toEqual(before);
  });
}

test('a slow import runs off the page: typing still works, 取消读取 ends the worker', async ({
  app,
  page,
}) => {
  await app.home();
  await page.getByLabel('选择文件').setInputFiles({
    name: 'slow.pdf',
    mimeType: 'application/pdf',
    buffer: slowPdf(),
  });
  const status = page.getByRole('status').filter({ hasText: '正在读取文件“slow.pdf”' });
  await expect(status).toBeVisible();
  await expect.poll(() => page.workers().length).toBeGreaterThan(0);

  // The page answers while the file is read.
  const org = page.getByRole('form', { name: '新建报告' }).getByLabel('机关名称');
  await org.fill('青山镇人民政府');
  await expect(org).toHaveValue('青山镇人民政府');

  await status.getByRole('button', { name: '取消读取' }).click();
  await expect(page.getByRole('status')).toContainText('已取消读取文件“slow.pdf”');
  await expect.poll(() => page.workers().length).toBe(0);
  await expect(page.getByRole('table', { name: '草稿列表' })).toHaveCount(0);
});
