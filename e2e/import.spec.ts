import { expect, fixture, fixtureReport, readFixture, shownValues, test } from './app';

const importFile = (name: string) => new URL(`../src/fixtures/import/${name}`, import.meta.url);

test('paste a seed’s text, review what was recognised, confirm, see the right numbers', async ({
  app,
  page,
}) => {
  const seed = readFixture('seeds/001_1e620b80bbedd808.txt');
  await app.home();
  await page.getByRole('textbox', { name: '粘贴报告全文' }).fill(seed);
  await page.getByRole('button', { name: '识别粘贴的内容' }).click();

  const review = page.getByRole('region', { name: '识别结果' });
  await expect(review).toContainText('祥云镇');
  await expect(review).toContainText('2019年格式（试行）');
  await expect(review.locator('[data-cell="t2_service_decisions"]')).toHaveText('869');
  // The 总计 the Word "save as text" left out are derived, listed and outlined in the table.
  const inferred = review.getByRole('group').filter({ hasText: '推定的单元格' });
  await expect(inferred).toContainText('推定的单元格（20 个');
  await expect(inferred).toContainText(
    '（一）予以公开 总计：原文未列出，按 六类申请人之和 推算为 0',
  );
  await expect(review.locator('[data-cell="t3_open_total"]')).toHaveCSS('outline-style', 'dashed');
  await expect(review.locator('[data-cell="t3_open_natural"]')).not.toHaveCSS(
    'outline-style',
    'dashed',
  );
  // Nothing is opened before the user confirms.
  await expect(page.getByRole('table', { name: '草稿列表' })).toHaveCount(0);

  await review.getByRole('button', { name: '作为新草稿打开' }).click();
  await expect(app.title).toContainText('祥云镇 2020年');
  // The transcription leaves those 总计 blank as printed; the import derived them as 0.
  const transcribed = fixture('seed-001');
  const derived = Object.keys(transcribed.cells).filter((id) => transcribed.cells[id] === null);
  expect(await app.cellValues()).toEqual({
    ...shownValues(transcribed),
    ...Object.fromEntries(derived.map((id) => [id, '0'])),
  });
});

for (const [file, kind] of [
  ['libreoffice-2021.docx', 'Word 文档'],
  ['libreoffice-2021.pdf', 'PDF'],
] as const) {
  test(`import a ${kind} made by another program`, async ({ app, page }) => {
    const expected = fixtureReport('import/distinct-2021.json');
    await app.home();
    await page.getByLabel('选择文件').setInputFiles(importFile(file).pathname);
    const review = page.getByRole('region', { name: '识别结果' });
    await expect(review).toContainText(kind);
    await expect(review).toContainText('2021年格式');
    await review.getByRole('button', { name: '作为新草稿打开' }).click();
    await expect(app.cell('t3_new_natural')).toBeVisible();
    // Totals of a report that does not balance are kept as the file has them (manual mode).
    expect(await app.cellValues()).toEqual(shownValues(expected));
  });
}

test('a file that cannot be read gets a clear message and leaves the drafts alone', async ({
  app,
  page,
}) => {
  await app.home();
  await app.loadExample(/载入示例：李楼镇/);
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  await page.getByLabel('选择文件').setInputFiles({
    name: 'report.docx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('this is not a zip file'),
  });
  await expect(page.getByRole('alert')).toContainText('无法导入文件“report.docx”');
  await expect(page.getByRole('table', { name: '草稿列表' }).getByRole('row')).toHaveCount(2);
});

test('link last year’s report: the carried-over row is filled and marked, a change is warned', async ({
  app,
  page,
}) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  await app.create('青山镇人民政府', 2025);

  await page.getByRole('button', { name: '关联上年报告' }).click();
  const dialog = page.getByRole('dialog', { name: '关联上年报告' });
  await dialog.getByRole('button', { name: '青山镇人民政府 2024年' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('已关联上年报告：')).toContainText('青山镇人民政府 2024年');

  // 二、上年结转 = last year's 四、结转下年度继续办理 (1 natural person, 0 elsewhere), marked.
  await expect(app.cell('t3_carried_natural')).toHaveValue('1');
  await expect(app.cell('t3_carried_business')).toHaveValue('0');
  await expect(app.cell('t3_carried_natural')).toHaveAttribute('data-carried', '');
  await expect(app.cell('t3_carried_total')).toHaveValue('1');
  await expect(app.findings('CARRY_OVER')).toHaveCount(0);

  await app.cell('t3_carried_natural').fill('3');
  await expect(app.cell('t3_carried_natural')).not.toHaveAttribute('data-carried', '');
  await expect(app.findings('CARRY_OVER').first()).toContainText(
    '表三 二、上年结转政府信息公开申请数量 自然人：填报 3，上年报告（2024年）“四、结转下年度继续办理”自然人为 1',
  );

  // Copying last year's text is measured as the user types.
  const overview = page.locator('textarea[name="text.overview"]');
  await overview.fill(fixture('example-2021').text.overview ?? '');
  await expect(page.locator('.reuse-high')).toContainText('与上年报告相同约 100%');
  await expect(app.findings('TEXT_REUSE')).toContainText('一、总体情况');

  // The link is part of the draft: it is back after a reload.
  await app.waitSaved();
  await page.reload();
  await expect(page.getByText('已关联上年报告：')).toContainText('青山镇人民政府 2024年');
  await expect(app.findings('CARRY_OVER').first()).toBeVisible();
});

test('the standard sentences from the tables go into the narrative and agree with them', async ({
  app,
  page,
}) => {
  await app.home();
  await app.loadExample(/载入示例：李楼镇/);
  await expect(app.findings('TEXT_TABLE_MISMATCH')).toHaveCount(1);
  const overview = page.locator('textarea[name="text.overview"]');
  await overview.fill('');
  await page.getByRole('button', { name: '插入按表格生成的标准表述' }).click();
  await expect(overview).toHaveValue(/^本年度共收到政府信息公开申请0件；上年结转0件；/);
  await expect(overview).toHaveValue(/本年度未发生因政府信息公开引起的行政复议、行政诉讼。/);
  await expect(app.findings('TEXT_TABLE_MISMATCH')).toHaveCount(0);
});

test('the review comes into view and shows the narrative it read, section by section', async ({
  app,
  page,
}) => {
  const seed = readFixture('seeds/001_1e620b80bbedd808.txt');
  await app.home();
  await page.getByRole('textbox', { name: '粘贴报告全文' }).fill(seed);
  await page.getByRole('button', { name: '识别粘贴的内容' }).click();
  const review = page.getByRole('region', { name: '识别结果' });
  await expect(review.getByRole('heading', { name: /^识别结果/ })).toBeInViewport();
  await expect(review.getByRole('heading', { name: /^识别结果/ })).toBeFocused();
  // The text of 五、 as the importer read it, a line of it from the seed, in its section.
  const problems = review.getByLabel(/^五、.* 识别的正文$/);
  await expect(problems).toBeVisible();
  const line = seed
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l, i, all) => i > all.findIndex((x) => x.startsWith('五、')) && l.length > 20);
  expect(line).toBeTruthy();
  await expect(problems).toContainText((line ?? '').slice(0, 20));
  await expect(review.getByLabel(/^一、.* 识别的正文$/)).not.toContainText('未识别到正文');
});
