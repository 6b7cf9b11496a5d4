/**
 * The peer: table 三 in SurveyJS (survey-core + survey-react-ui) — 25 rows × 6 number inputs, a
 * computed 总计 per row, the （七）总计 row as column totals, and the balance validators checked on
 * every key (`textUpdateMode: 'onTyping'`), as a schema form engine would do it.
 */
// @ts-expect-error -- a stylesheet: Vite bundles it, TypeScript has no type for it.
import 'survey-core/survey-core.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { T3_COLUMNS, t3Rows } from './t3-rows';

// （七）总计 is the matrix's footer (column totals), like our computed row.
const rows = t3Rows().filter((r) => r.key !== 'result_total');
const results = rows.map((r) => r.key).filter((k) => !['new', 'carried', 'carry_next'].includes(k));
const sum = (row: string) => T3_COLUMNS.map((c) => `{t3.${row}.${c}}`).join(' + ');
const total = (row: string) => `{t3.${row}.total}`;
const model = new Model({
  checkErrorsMode: 'onValueChanged',
  // SurveyJS commits a text cell on blur by default, so typing would compute nothing; a form
  // whose totals and balance check follow each key (as ours do) needs the value on every key.
  textUpdateMode: 'onTyping',
  questionsOnPageMode: 'singlePage',
  elements: [
    {
      type: 'matrixdropdown',
      name: 't3',
      title: '三、收到和处理政府信息公开申请情况',
      rows: rows.map((r) => ({ value: r.key, text: r.label })),
      columns: [
        ...T3_COLUMNS.map((name) => ({
          name,
          cellType: 'text',
          inputType: 'number',
          totalType: 'sum',
        })),
        {
          name: 'total',
          cellType: 'expression',
          expression: `sum(${T3_COLUMNS.map((c) => `{row.${c}}`).join(', ')})`,
          totalType: 'sum',
        },
      ],
      validators: [
        // 一 + 二 = （七）总计 + 四, as the official table's note says.
        {
          type: 'expression',
          expression: `${total('new')} + ${total('carried')} = ${results.map(total).join(' + ')} + ${total('carry_next')}`,
          text: '表三勾稽关系不平衡',
        },
        { type: 'expression', expression: `${sum('new')} >= 0`, text: '数量不能为负数' },
      ],
    },
  ],
});

createRoot(document.getElementById('root') as HTMLElement).render(createElement(Survey, { model }));
