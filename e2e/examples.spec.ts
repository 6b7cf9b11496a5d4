import { expect, fixture, shownValues, test } from './app';

const EXAMPLES: [RegExp, string][] = [
  [/载入示例：青山镇人民政府/, 'example-2021'],
  [/载入示例：练寺镇人民政府/, 'seed-000'],
  [/载入示例：祥云镇/, 'seed-001'],
  [/载入示例：扶沟县政府办公室/, 'seed-002'],
  [/载入示例：绥滨镇/, 'seed-003'],
  [/载入示例：李楼镇/, 'seed-004'],
];

for (const [button, name] of EXAMPLES) {
  test(`example ${name}: every number lands in its data-cell`, async ({ app }) => {
    const report = fixture(name);
    await app.home();
    await app.loadExample(button);
    await expect(app.title).toContainText(`${report.meta.org} ${report.meta.year}年`);
    const values = await app.cellValues();
    expect(values).toEqual(shownValues(report));
  });
}

test('seed 004 shows its text/table mismatch', async ({ app }) => {
  await app.home();
  await app.loadExample(/载入示例：李楼镇/);
  await expect(app.findings('TEXT_TABLE_MISMATCH')).toContainText('收到并办理1起依申请公开事项');
});

test('on a narrow screen the checks are a bar that opens', async ({ app, page }) => {
  await page.setViewportSize({ width: 900, height: 800 });
  await app.home();
  await app.loadExample(/载入示例：李楼镇/);
  const toggle = app.checks.getByRole('button', { name: /检查结果：/ });
  await expect(toggle).toBeVisible();
  await expect(app.findings('TEXT_TABLE_MISMATCH')).toBeHidden();
  await toggle.click();
  await expect(app.findings('TEXT_TABLE_MISMATCH')).toBeVisible();
});
