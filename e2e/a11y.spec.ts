/**
 * Accessibility: axe-core over every view of the page — no serious and no critical violation.
 * One list of views: a view is a name and the steps that bring it up from a fresh page; add a
 * view (a new dialog, a new desk panel) by adding an entry.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, readFixture, test, type ReportApp } from './app';
import { fixtureFile, ReviewDesk } from './review-desk';

/** A modal dialog: the page behind it is inert, and checked as a view of its own. */
const MODAL = 'dialog[open]';

interface View {
  readonly name: string;
  /** Bring the view up; axe then checks the whole page (or `scope`, a CSS selector). */
  readonly open: (app: ReportApp, page: Page) => Promise<void>;
  readonly scope?: string;
}

/** The example in the editor, with an error and warnings, so finding cards of each level show. */
async function editorWithFindings(app: ReportApp): Promise<void> {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  await app.cell('t3_reject_repeat_natural').fill('11');
  await app.cell('t2_rules_made').fill('1');
  // Attached (on a phone the checks bar is folded until opened).
  await expect(app.findings('T3_BALANCE')).toBeAttached();
  await expect(app.findings('TOWNSHIP_RULES')).toBeAttached();
}

/**
 * A dialog of the editor over the example with findings. These are checked one after another on
 * one page (each closed with Escape before the next opens): one editor load instead of one each.
 */
interface EditorDialog {
  readonly name: string;
  readonly open: (app: ReportApp, page: Page) => Promise<void>;
}

/** A dialog opened by a header button (in the header on wide screens). */
function headerDialog(button: string, dialog: string): EditorDialog {
  return {
    name: `dialog: ${dialog}`,
    open: async (_app, page) => {
      await page.locator('.editor-top').getByRole('button', { name: button, exact: true }).click();
      await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
    },
  };
}

const EDITOR_DIALOGS: readonly EditorDialog[] = [
  {
    name: 'dialog: export confirmation',
    open: async (_app, page) => {
      await page.locator('.editor-top').getByRole('button', { name: '导出 Word' }).click();
      await expect(page.getByRole('dialog', { name: '报告还有错误' })).toBeVisible();
    },
  },
  {
    name: 'dialog: explain a warning',
    open: async (app, page) => {
      await app.checks
        .locator('.finding-item')
        .filter({ has: page.locator('[data-rule="TOWNSHIP_RULES"]') })
        .getByRole('button', { name: '情况属实，填写说明' })
        .click();
      await expect(page.getByRole('dialog', { name: '情况属实，填写说明' })).toBeVisible();
    },
  },
  {
    name: 'dialog: 关联上年报告',
    open: async (_app, page) => {
      await page.getByRole('button', { name: '关联上年报告' }).click();
      await expect(page.getByRole('dialog', { name: '关联上年报告' })).toBeVisible();
    },
  },
  headerDialog('历史版本', '历史版本'),
  headerDialog('新建下一年度报告', '新建下一年度报告'),
  headerDialog('Word 字体设置', 'Word 字体设置'),
  headerDialog('空白表样', '空白表样'),
  headerDialog('帮助', '帮助'),
  {
    name: 'help at a rule',
    open: async (app, page) => {
      await app.checks.getByRole('button', { name: '这条规则是什么意思' }).first().click();
      await expect(
        page.getByRole('dialog', { name: '帮助' }).locator('details[open]'),
      ).toBeVisible();
    },
  },
];

const VIEWS: readonly View[] = [
  {
    name: 'drafts list',
    open: async (app, page) => {
      await app.home();
      await app.loadExample(/载入示例：青山镇人民政府/);
      await page.getByRole('button', { name: '← 草稿列表' }).click();
      await expect(page.getByRole('table', { name: '草稿列表' })).toBeVisible();
      await expect(page.getByRole('button', { name: /载入示例：/ }).first()).toBeVisible();
    },
  },
  {
    name: 'editor, 390 px',
    open: async (app, page) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await editorWithFindings(app);
      await page.getByRole('button', { name: /^检查结果：/ }).click();
    },
  },
  {
    name: 'print preview',
    scope: '.print-preview',
    open: async (app, page) => {
      await app.home();
      await app.loadExample(/载入示例：青山镇人民政府/);
      await page.locator('.editor-top').getByRole('button', { name: '打印' }).click();
      await expect(page.getByRole('dialog', { name: '打印预览' })).toBeVisible();
    },
  },
  {
    name: 'import review',
    open: async (app, page) => {
      await app.home();
      await page
        .getByRole('textbox', { name: '粘贴报告全文' })
        .fill(readFixture('seeds/001_1e620b80bbedd808.txt'));
      await page.getByRole('button', { name: '识别粘贴的内容' }).click();
      await expect(page.getByRole('region', { name: '识别结果' })).toBeVisible();
    },
  },
  {
    name: 'dialog: delete a draft',
    scope: MODAL,
    open: async (app, page) => {
      await app.home();
      await app.loadExample(/载入示例：青山镇人民政府/);
      await page.getByRole('button', { name: '← 草稿列表' }).click();
      await page
        .getByRole('button', { name: /^删除 / })
        .first()
        .click();
      await expect(page.getByRole('dialog', { name: '删除草稿' })).toBeVisible();
    },
  },
  {
    name: 'review desk, a report open',
    open: async (_app, page) => {
      const desk = new ReviewDesk(page);
      await desk.open();
      await desk.add(
        ['seed-001', 'seed-004', 'example-2021'].map((name) => fixtureFile(`reports/${name}.json`)),
      );
      await desk.openReport('seed-004.json');
    },
  },
  {
    name: 'review desk, 指标、排名与图表',
    open: async (_app, page) => {
      const desk = new ReviewDesk(page);
      await desk.open();
      await desk.add(
        ['seed-001', 'seed-002', 'seed-004'].map((name) => fixtureFile(`reports/${name}.json`)),
      );
      await page.getByRole('button', { name: '查看指标、排名与图表' }).click();
      await expect(page.getByRole('table', { name: '指标排名' })).toBeVisible();
    },
  },
];

/** The serious and critical violations axe finds on the page (or inside `scope`). */
async function severe(page: Page, scope?: string) {
  const builder = new AxeBuilder({ page });
  const result = await (scope ? builder.include(scope) : builder).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      where: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
}

for (const view of VIEWS) {
  test(`axe: ${view.name} — no serious or critical violation`, async ({ app, page }) => {
    // axe walks the whole editor (some 200 inputs in merged tables): a budget, not a timing.
    test.setTimeout(120_000);
    await view.open(app, page);
    expect(await severe(page, view.scope)).toEqual([]);
  });
}

test('axe: the editor and each of its dialogs — no serious or critical violation', async ({
  app,
  page,
}) => {
  // axe walks the whole editor (some 200 inputs in merged tables): a budget, not a timing.
  test.setTimeout(180_000);
  await editorWithFindings(app);
  const found: Record<string, unknown[]> = {};
  const editor = await severe(page);
  if (editor.length > 0) found.editor = editor;
  for (const dialog of EDITOR_DIALOGS) {
    await dialog.open(app, page);
    const violations = await severe(page, MODAL);
    if (violations.length > 0) found[dialog.name] = violations;
    await page.keyboard.press('Escape');
    await expect(page.locator(MODAL)).toHaveCount(0);
  }
  expect(found).toEqual({});
});
