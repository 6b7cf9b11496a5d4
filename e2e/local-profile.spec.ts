/**
 * 地方要求 in the editor: a clerk loads the county's profile file, sees the findings it adds with
 * their basis, reloads (the profile is kept with the browser's data), exports a report file that
 * records it, and removes it. A bad file changes nothing.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  extractEmbeddedReport,
  loadProfile,
  recordedProfile,
  withProfileRecord,
} from '../src/core';
import { expect, fixture, test, type ReportApp } from './app';
import { jsonFile, ReviewDesk } from './review-desk';

const PROFILE = 'src/fixtures/profiles/qingshan-2024.json';
const BASIS = '青政办发〔2024〕36号';
const NAME = '青山县2024年度政府信息公开工作年度报告编制要求';

function profileButton(app: ReportApp) {
  return app.page.getByRole('button', { name: /^地方要求：/ });
}

async function openDialog(app: ReportApp) {
  await profileButton(app).click();
  const dialog = app.page.getByRole('dialog', { name: '地方要求' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('load a profile, see its findings with the basis, reload, export its record, remove it', async ({
  app,
  page,
}) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  await expect(profileButton(app)).toHaveAccessibleName('地方要求：未载入');
  await expect(app.findings('PROFILE_REQUIRED')).toHaveCount(0);

  let dialog = await openDialog(app);
  await dialog.getByLabel('选择地方要求文件').setInputFiles(PROFILE);
  await expect(dialog.getByRole('status')).toHaveText('已载入，检查结果已按地方要求更新。');
  // The page that says what it checks, in Chinese.
  await expect(dialog.getByRole('heading', { name: NAME })).toBeVisible();
  await expect(dialog).toContainText('乡镇/街道');
  await expect(dialog).toContainText('2025年报送 1月20日前');
  await expect(dialog).toContainText('不超过 1000 字');
  await expect(dialog).toContainText(
    '一、总体情况“主动公开”部分：主动公开部分应写明发布政策解读的数量',
  );
  await expect(dialog).toContainText('数字与上年相比变化很大：提示性 → 不检查');
  await dialog.getByRole('button', { name: '关闭' }).click();

  await expect(profileButton(app)).toHaveAccessibleName(`地方要求：${NAME}（${BASIS}）`);
  const required = app.findings('PROFILE_REQUIRED');
  await expect(required).toHaveCount(1);
  await expect(required).toContainText(
    `发布政策解读的数量（未提到“政策解读”或“解读”）（依据：${BASIS}）`,
  );
  await expect(required).toContainText(`依据：${NAME}（${BASIS}）`);
  const overview = page.locator('.narrative', {
    has: page.locator('textarea[id="text.overview"]'),
  });
  await expect(overview.locator('.char-count')).toHaveText(
    '680 字（不含空格），地方要求不超过 1000 字',
  );

  // The county's date, not the national 1月31日.
  await page.getByLabel('成文日期（可选）').fill('2025-01-25');
  await expect(app.findings('DATE_DEADLINE')).toContainText(
    `晚于地方要求的报送期限 2025年1月20日（乡镇/街道1月20日前）（依据：${BASIS}）`,
  );
  await app.waitSaved();

  await page.reload();
  await expect(profileButton(app)).toHaveAccessibleName(`地方要求：${NAME}（${BASIS}）`);
  await expect(app.findings('PROFILE_REQUIRED')).toHaveCount(1);
  await expect(app.findings('DATE_DEADLINE')).toContainText(BASIS);

  // The report file records what the clerk checked against.
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.editor-top').getByRole('button', { name: '下载报告文件' }).click(),
  ]);
  const saved = JSON.parse(readFileSync(await json.path(), 'utf8')) as { profile?: unknown };
  expect(saved.profile).toMatchObject({ name: NAME, basis: BASIS, year: 2024 });
  expect(saved.profile).toHaveProperty(
    'fingerprint',
    expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
  );

  // So does the Word file (the report file inside it): open warnings, so it goes as a draft.
  await page.getByRole('button', { name: '导出 Word' }).click();
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('dialog').getByRole('button', { name: '导出草稿（Word）' }).click(),
  ]);
  const embedded = extractEmbeddedReport(new Uint8Array(readFileSync(await docx.path())));
  expect(recordedProfile(embedded ?? fixture('example-2021'))?.basis).toBe(BASIS);

  // A bad file is refused with the reason; the profile in force stays.
  dialog = await openDialog(app);
  const bad = readFileSync(PROFILE, 'utf8').replace('"YOY_JUMP": "off"', '"T3_BALANCE": "off"');
  await dialog.getByLabel('选择地方要求文件').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(bad),
  });
  await expect(dialog.getByRole('alert')).toContainText('levels.T3_BALANCE');
  await expect(dialog.getByRole('alert')).toContainText('当前的地方要求没有改变');
  await expect(dialog.getByRole('heading', { name: NAME })).toBeVisible();

  await dialog.getByRole('button', { name: '移除地方要求' }).click();
  await dialog.getByRole('button', { name: '确认移除' }).click();
  await expect(dialog.getByRole('status')).toHaveText('已移除地方要求，按全国统一的要求检查。');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(profileButton(app)).toHaveAccessibleName('地方要求：未载入');
  await expect(app.findings('PROFILE_REQUIRED')).toHaveCount(0);
  await expect(app.findings('DATE_DEADLINE')).toHaveCount(0);

  await page.reload();
  await expect(profileButton(app)).toHaveAccessibleName('地方要求：未载入');
  await expect(app.findings('PROFILE_REQUIRED')).toHaveCount(0);
});

test('a profile for another year is shown as not applying and checks nothing', async ({ app }) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  const dialog = await openDialog(app);
  const next = readFileSync(PROFILE, 'utf8').replace('"year": 2024', '"year": 2025');
  await dialog.getByLabel('选择地方要求文件').setInputFiles({
    name: 'next.json',
    mimeType: 'application/json',
    buffer: Buffer.from(next),
  });
  await expect(dialog.getByRole('note')).toContainText(
    '地方要求适用于2025年度报告，本报告为2024年度，按全国统一的要求检查',
  );
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(profileButton(app)).toHaveAttribute('data-profile', 'other-year');
  await expect(app.findings('PROFILE_REQUIRED')).toHaveCount(0);
});

test('the import review checks with the profile in force, as the editor will', async ({
  app,
  page,
}) => {
  await app.home();
  const review = page.getByRole('region', { name: '识别结果' });
  const file = jsonFile('青山镇2024.json', fixture('example-2021'));
  // No profile: the national rules only.
  await page.getByLabel('选择文件').setInputFiles(file);
  await expect(review).toContainText('0 个错误');
  await expect(review).not.toContainText('含地方要求');
  await expect(review).not.toContainText(BASIS);
  await review.getByRole('button', { name: '放弃' }).click();

  const dialog = await openDialog(app);
  await dialog.getByLabel('选择地方要求文件').setInputFiles(PROFILE);
  await expect(dialog.getByRole('status')).toHaveText('已载入，检查结果已按地方要求更新。');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await page.getByLabel('选择文件').setInputFiles(file);
  await expect(review).toContainText(`1 个警告（含地方要求：${NAME}）`);
  await review.getByText(/^检查结果（/).click();
  await expect(
    review.getByRole('listitem').filter({ hasText: '发布政策解读的数量' }),
  ).toContainText(BASIS);
});

test('the drafts list counts what the profile adds, right after it is loaded', async ({
  app,
  page,
}) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  const dialog = await openDialog(app);
  await dialog.getByLabel('选择地方要求文件').setInputFiles(PROFILE);
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(app.findings('PROFILE_REQUIRED')).toHaveCount(1);
  // Nothing typed since: the draft was saved before the profile came.
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  const row = page.getByRole('table', { name: '草稿列表' }).getByRole('row').nth(1);
  await expect(row).toContainText('0 个错误，1 个警告');
});

test('the desk checks a batch against the profile and flags reports written against another', async ({
  page,
}) => {
  const desk = new ReviewDesk(page);
  await desk.open();
  await page.getByRole('button', { name: /^地方要求：/ }).click();
  const dialog = page.getByRole('dialog', { name: '地方要求' });
  await dialog.getByLabel('选择地方要求文件').setInputFiles(PROFILE);
  await dialog.getByRole('button', { name: '关闭' }).click();

  const loaded = loadProfile(readFileSync(PROFILE, 'utf8'));
  const other = loadProfile(
    readFileSync(PROFILE, 'utf8').replace('"overview": 1000', '"overview": 800'),
  );
  if (!loaded.ok || !other.ok) throw new Error('profiles must load');
  const example = fixture('example-2021');
  const named = (org: string) => ({ ...example, meta: { ...example.meta, org } });
  await desk.add([
    jsonFile('same.json', withProfileRecord(named('青山镇人民政府'), loaded)),
    jsonFile('other.json', withProfileRecord(named('白水镇人民政府'), other)),
    jsonFile('none.json', named('石门镇人民政府')),
  ]);
  expect(await desk.cell('same.json', '地方要求')).toBe('一致');
  expect(await desk.cell('other.json', '地方要求')).toBe('不一致');
  expect(await desk.cell('none.json', '地方要求')).toBe('未记录');

  await desk.openReport('other.json');
  const detail = page.getByRole('region', { name: '白水镇人民政府 2024年' });
  await expect(detail).toContainText('编制时依据的地方要求与本批次不同');
  await expect(detail).toContainText(
    `发布政策解读的数量（未提到“政策解读”或“解读”）（依据：${BASIS}）`,
  );
});

test('the single file opened from disk loads a profile the same way, with no request', async ({
  app,
  page,
  context,
}) => {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  const single = new URL('../dist-single/gongkai-report.html', import.meta.url);
  await page.goto(`${pathToFileURL(single.pathname).href}#/`);
  // Loaded from the drafts page, before any draft is opened: it applies to every draft of its year.
  await page.getByRole('button', { name: /^地方要求：/ }).click();
  const dialog = page.getByRole('dialog', { name: '地方要求' });
  await dialog.getByLabel('选择地方要求文件').setInputFiles(PROFILE);
  await expect(dialog.getByRole('heading', { name: NAME })).toBeVisible();
  await dialog.getByRole('button', { name: '关闭' }).click();
  await app.loadExample(/载入示例：青山镇人民政府/);
  await expect(app.findings('PROFILE_REQUIRED')).toContainText(`依据：${BASIS}`);
  await page.reload();
  await expect(profileButton(app)).toHaveAccessibleName(`地方要求：${NAME}（${BASIS}）`);
  expect(urls.filter((url) => !url.startsWith('file:') && !/^(data|blob):/.test(url))).toEqual([]);
});
