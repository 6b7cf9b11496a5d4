/** The editor's keys, as the 帮助 panel lists them (the one place that names them to the clerk). */

/** The key to the checks panel and back (use-checks-key.ts). */
export const CHECKS_KEY = 'F8';

export const EDITOR_KEYS: readonly (readonly [string, string])[] = [
  [
    CHECKS_KEY,
    '转到检查结果（窄屏时展开底部的检查结果栏）；在检查结果中再按一次，回到刚才编辑的位置',
  ],
  ['Tab（在页面顶端）', '出现“跳到表二”“跳到表三”“跳到表四”“跳到检查结果”，按 Enter 跳过去'],
  ['左侧导航中的部分 + Enter', '转到该部分，光标落在它的第一个填写项'],
  ['方向键', '在表格的数字单元格之间移动'],
  ['Enter / Shift+Enter', '表格中移到下一行 / 上一行'],
  ['Tab / Shift+Tab', '移到右边 / 左边的单元格（最后一格之后是“跳到检查结果”）'],
  ['Esc', '单元格恢复为进入时的值'],
  ['Ctrl+V', '粘贴从 Excel、WPS 复制的一块数字，从当前单元格起填入'],
  ['Ctrl+Z', '撤销'],
  ['Ctrl+Y 或 Ctrl+Shift+Z', '重做'],
];
