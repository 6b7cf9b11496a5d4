/** The floor: table 三's inputs as plain <input>s, no framework, no computation. */
import { T3_COLUMNS, t3Rows } from './t3-rows';

const table = document.getElementById('floor') as HTMLTableElement;
for (const row of t3Rows()) {
  const tr = table.insertRow();
  tr.insertCell().textContent = row.label;
  for (const column of T3_COLUMNS) {
    const input = document.createElement('input');
    input.inputMode = 'numeric';
    input.dataset.cell = `t3_${row.key}_${column}`;
    tr.insertCell().append(input);
  }
}
