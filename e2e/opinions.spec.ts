/**
 * The county's 审核意见, per unit, and the clerk's answer coming back (issue 22): a batch of 30
 * files of every kind, one row's opinion and every unit's in one archive, then the round trip —
 * the opinion opened in the clerk's editor, an item fixed and marked 已整改, the report exported
 * and checked again on the desk.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import {
  checkAll,
  explainFinding,
  loadReport,
  opinionFromDocx,
  reviewOpinionOf,
  type Report,
} from '../src/core';
import { renderDocx } from '../src/core/render-docx';
import { expect, fixture, test } from './app';
import { fixtureFile, jsonFile, ReviewDesk, type DropFile } from './review-desk';

const ISSUER = '某某县人民政府办公室';
const example = fixture('example-2021');

/** The example under another 机关's name, unbalanced: one more 自然人 application than 表三 adds up. */
function unit(org: string, unbalanced: boolean): Report {
  const natural = Number(example.cells['t3_new_natural']);
  return {
    ...example,
    meta: { ...example.meta, org },
    cells: { ...example.cells, ...(unbalanced ? { t3_new_natural: natural + 1 } : {}) },
  };
}

/** 李楼镇 (2019 format) explained its warning: “情况属实”, with a reason. */
const LILOU_REASON = '该申请系群众电话咨询，按规定未作为依申请公开办理';
function lilou(): Report {
  const seed = fixture('seed-004');
  const warning = checkAll(seed).find((f) => f.severity === 'warning');
  if (!warning) throw new Error('seed-004 should raise a warning');
  return explainFinding(seed, warning, LILOU_REASON);
}

const TOWNS = [
  '白云镇人民政府',
  '石桥乡人民政府',
  '红旗街道办事处',
  '东湖镇人民政府',
  '西河乡人民政府',
  '南山镇人民政府',
  '北岭镇人民政府',
  '龙泉街道办事处',
  '凤凰镇人民政府',
  '金沙镇人民政府',
  '银杏乡人民政府',
  '桃源镇人民政府',
  '柳林镇人民政府',
  '清水乡人民政府',
  '长安街道办事处',
  '永安镇人民政府',
  '太平镇人民政府',
  '和平乡人民政府',
];

/** 30 files: report files, Word (ours and LibreOffice's), PDF, one broken, 2019 and 2021 formats. */
async function thirty(): Promise<DropFile[]> {
  const docx = (name: string, bytes: Uint8Array): DropFile => ({
    name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(bytes),
  });
  const towns = await Promise.all(
    TOWNS.map(async (org, n) => {
      const report = unit(org, n % 3 === 1);
      return n % 2 === 0
        ? jsonFile(`${org}.json`, report)
        : docx(`${org}.docx`, await renderDocx(report));
    }),
  );
  const files = [
    ...towns,
    jsonFile('李楼镇.json', lilou()),
    ...['seed-000', 'seed-001', 'seed-002', 'seed-003', 'example-2021'].map((name) =>
      fixtureFile(`reports/${name}.json`),
    ),
    fixtureFile('import/libreoffice-2021.docx'),
    fixtureFile('import/word-bare-vmerge-2019.docx'),
    fixtureFile('import/libreoffice-2021.pdf'),
    fixtureFile('import/narrow-total-2021.pdf'),
    fixtureFile('import/blank-zeros-2021.pdf'),
    {
      name: '损坏的报告.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('不是 Word'),
    },
  ];
  expect(files).toHaveLength(30);
  return files;
}

/** The text of a .docx's body, paragraph by paragraph. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter(Boolean)
    .join('\n');
}

async function setIssuer(desk: ReviewDesk): Promise<void> {
  await desk.page.getByLabel('发文机关').fill(ISSUER);
  await desk.page.getByLabel('发文机关').blur();
  await desk.page.getByLabel('成文日期').fill('2025-02-10');
}

test('30 files: one unit’s opinion from its row, every unit’s in one archive, the clerk’s reason in the CSV', async ({
  page,
}) => {
  test.slow(); // two PDFs and LibreOffice
  const desk = new ReviewDesk(page);
  await desk.open();
  await desk.add(await thirty(), 90_000);
  await expect(page.getByRole('status')).toContainText('已读入 30 个文件');
  await expect(desk.rows).toHaveCount(30);
  await setIssuer(desk);

  // The columns fit without a sideways scroll at 1280×800 and 1024×768, the list alone or
  // with a report open beside it.
  const fits = async () => {
    for (const box of await page.locator('.table-scroll').all()) {
      // Polled: the layout settles after a resize or a report opening.
      await expect
        .poll(() => box.evaluate((e) => e.scrollWidth - e.clientWidth))
        .toBeLessThanOrEqual(0);
    }
  };
  for (const [width, height] of [
    [1280, 800],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await fits();
    await desk.openReport('李楼镇.json');
    await fits();
    await page.keyboard.press('Escape');
    await expect(page.locator('.report-detail')).toHaveCount(0);
  }

  // 下一份 and 上一份 by key follow the list's order.
  const order = await desk.rows.locator('.row-open').allInnerTexts();
  const at = order.findIndex((t) => t.includes('李楼镇.json'));
  await desk.openReport('李楼镇.json');
  const heading = page.locator('#detail-heading');
  await expect(heading).toBeFocused();
  await page.keyboard.press('j');
  await expect(page.locator('.detail-position')).toHaveText(`第 ${at + 2} / 30 份`);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(heading).toHaveText('李楼镇 2020年');
  await page.keyboard.press('Escape');

  // The reviewer does not accept 李楼镇's explanation, and says why.
  const detail = await desk.openReport('李楼镇.json');
  const explained = detail.locator('li[data-explained="true"]');
  await expect(explained).toContainText(`机关的说明：${LILOU_REASON}`);
  await explained.getByRole('button', { name: '不认可说明…' }).click();
  await explained.getByLabel('不认可的理由').fill('群众咨询以申请形式提出的，应计入本年新收申请');
  await explained.getByRole('button', { name: '不认可说明' }).click();
  await expect(desk.row('李楼镇.json')).toContainText('退回修改');
  await detail.getByRole('button', { name: '关闭' }).click();

  // Its opinion, from its row.
  const row = await desk.downloadFrom(
    desk.row('李楼镇.json').getByRole('button', { name: /下载审核意见/ }),
  );
  expect(row.name).toBe('李楼镇2020年报告审核意见.docx');
  const bytes = new Uint8Array(readFileSync(row.path));
  const text = docxText(bytes);
  expect(text).toContain('关于李楼镇2020年');
  expect(text.split('\n')).toContain('李楼镇：'); // 主送
  expect(text).toMatch(/一、审核结论\n退回修改。共有1项问题/);
  expect(text).toContain('二、需要修改的问题');
  expect(text).toContain(
    `单位说明：${LILOU_REASON}。审核意见：不认可该说明，群众咨询以申请形式提出的`,
  );
  expect(text).toContain(ISSUER);
  expect(text).toContain('2025年2月10日');
  expect(text).not.toMatch(/TEXT_TABLE_MISMATCH|待审/);
  // The Word file carries its machine-readable opinion, which says the same.
  const embedded = opinionFromDocx(bytes);
  if (!embedded.ok) throw new Error(embedded.message);
  expect(embedded.opinion.conclusion).toBe('returned');
  expect(embedded.opinion.items.map((i) => i.disposition)).toContain('explained-rejected');

  // LibreOffice reads it.
  const dir = mkdtempSync(join(tmpdir(), 'unit-opinion-'));
  writeFileSync(join(dir, 'opinion.docx'), bytes);
  execFileSync(
    'soffice',
    ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'opinion.docx')],
    {
      env: { ...process.env, HOME: dir },
      timeout: 120_000,
    },
  );
  const pdf = execFileSync('pdftotext', [join(dir, 'opinion.pdf'), '-'])
    .toString()
    .replace(/\s+/g, '');
  expect(pdf).toContain('李楼镇：');
  expect(pdf).toContain(LILOU_REASON);

  // The CSV says the warning was explained, why, and what the reviewer made of it.
  const csv = readFileSync(await desk.download('导出 CSV'), 'utf8');
  const line = csv
    .split('\r\n')
    .find((l) => l.startsWith('李楼镇.json,李楼镇,TEXT_TABLE_MISMATCH,'));
  expect(line).toContain(',正文中的数字与表格不一致,');
  expect(line).toContain(`,已说明,${LILOU_REASON},不认可说明,退回修改`);

  // Every unit's opinion for the units shown: one Word file per unit, its data beside it.
  await page.getByRole('combobox', { name: '规则' }).selectOption('T3_BALANCE');
  const shown = await desk.rows.count();
  expect(shown).toBeGreaterThan(3);
  expect(shown).toBeLessThan(30);
  const zip = await desk.downloadFrom(page.getByRole('button', { name: /下载各单位审核意见/ }));
  const entries = Object.keys(unzipSync(new Uint8Array(readFileSync(zip.path))));
  const words = entries.filter((n) => n.endsWith('.docx'));
  expect(words).toHaveLength(shown);
  expect(entries.filter((n) => n.endsWith('.json'))).toHaveLength(shown);
  for (const org of await desk.rows.locator('.row-org').allInnerTexts()) {
    expect(
      words.some((n) => n.startsWith(org)),
      org,
    ).toBe(true);
  }
});

test('the round trip: the opinion opened in the clerk’s editor, fixed, answered, checked again on the desk', async ({
  app,
  page,
}) => {
  const reviewed = unit('石桥乡人民政府', true);
  const desk = new ReviewDesk(page);
  await desk.open();
  await desk.add([jsonFile('石桥乡.json', reviewed)]);
  await setIssuer(desk);
  const detail = await desk.openReport('石桥乡.json');
  const opinion = await desk.downloadFrom(
    detail.getByRole('button', { name: '下载本单位审核意见（Word）' }),
  );
  const asked = opinionFromDocx(new Uint8Array(readFileSync(opinion.path)));
  if (!asked.ok) throw new Error(asked.message);
  const items = asked.opinion.items.filter((i) => i.disposition === 'fix');
  expect(items.length).toBeGreaterThan(1);

  // The clerk opens the report as it was sent, and drops the Word opinion onto the editor.
  await app.home();
  await page.getByLabel('选择文件').setInputFiles({
    name: '石桥乡.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(reviewed)),
  });
  const review = page.getByRole('region', { name: '识别结果' });
  await review.getByRole('button', { name: '作为新草稿打开' }).click();
  await expect(app.title).toContainText('石桥乡人民政府 2024年');
  const docx = [...readFileSync(opinion.path)];
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], '石桥乡人民政府2024年报告审核意见.docx'));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
  }, docx);
  const county = app.checks.getByRole('region', { name: '县级审核意见' });
  await expect(county).toContainText(`${items.length} 项待处理`);
  const entries = county.locator('li.opinion-item');
  await expect(entries).toHaveCount(items.length);

  // The first item shows at its cells: the clerk fixes the cell and marks it 已整改.
  const first = entries.first();
  await expect(first).toContainText('县级审核意见');
  await expect(first).toContainText('当前检查：仍发现该问题');
  await first.locator('button.finding').click();
  await expect(page.locator('input[data-cell]:focus')).toHaveCount(1);
  await app.cell('t3_new_natural').fill(String(example.cells['t3_new_natural']));
  await expect(first).toContainText('当前检查：已不再发现该问题');
  await first.getByRole('button', { name: '已整改' }).click();
  await expect(first).toContainText('已整改');
  // Another item answered in words.
  const second = entries.nth(1);
  await second.getByRole('button', { name: '答复…' }).click();
  await second.getByLabel('答复审核意见').fill('已按审核意见核对表三，一并改正。');
  await second.getByRole('button', { name: '保存答复' }).click();
  await expect(county).toContainText('已全部处理');
  await app.waitSaved();

  // The report file exported carries the answers.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.editor-top').getByRole('button', { name: '下载报告文件' }).click(),
  ]);
  const exported = readFileSync(await download.path(), 'utf8');
  const loaded = loadReport(exported);
  if (!loaded.ok) throw new Error(loaded.message);
  const carried = reviewOpinionOf(loaded.report);
  expect(carried?.opinion.id).toBe(asked.opinion.id);
  expect(
    Object.values(carried?.answers ?? {})
      .map((a) => a.state)
      .sort(),
  ).toEqual(['answered', 'fixed']);

  // Back on the desk, the corrected report shows what became of each earlier item.
  await desk.open();
  await desk.add([
    { name: '石桥乡（修改稿）.json', mimeType: 'application/json', buffer: Buffer.from(exported) },
  ]);
  await expect(desk.row('石桥乡（修改稿）.json')).toContainText(`上次意见：已改 ${items.length}`);
  const again = await desk.openReport('石桥乡（修改稿）.json');
  const earlier = again.getByRole('region', { name: '上次审核意见的整改情况' });
  await expect(earlier.locator('li[data-state="fixed"]')).toHaveCount(items.length);
  await expect(earlier).toContainText('单位答复：已按审核意见核对表三，一并改正。');
  const next = await desk.downloadFrom(
    again.getByRole('button', { name: '下载本单位审核意见（Word）' }),
  );
  const nextText = docxText(new Uint8Array(readFileSync(next.path)));
  expect(nextText).toMatch(/一、审核结论\n通过。/);
  expect(nextText).toContain('上次审核意见的整改情况');
  expect(nextText).toContain(`已整改${items.length}项，已答复0项，仍未整改0项`);
});
