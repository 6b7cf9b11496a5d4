import { readFileSync } from 'node:fs';
import { importAny } from './src/core/import/import-any';
import { nodeOcrReader } from './src/cli/ocr-node';
const ocr = await nodeOcrReader((d, t) => console.error('page', d, t, new Date().toISOString()));
for (const f of process.argv.slice(2)) {
  const t0 = performance.now();
  const r = await importAny(f, new Uint8Array(readFileSync(f)), { ocr });
  console.log(f, Math.round(performance.now() - t0), 'ms');
  if (!r.ok) { console.log(r.message); continue; }
  const expected = JSON.parse(readFileSync(f.replace(/-(scan\.pdf|page-\d\.(jpg|png|pdf))$/, '.json'), 'utf8'));
  let exact = 0, wrong = 0, missed = 0, wrongOut = 0; const bad: string[] = [];
  for (const [id, want] of Object.entries(expected.cells)) {
    const got = r.report.cells[id];
    const p = r.provenance[id];
    const doubt = p && p.source === 'ocr' ? p.doubt : 'n/a';
    if (String(got ?? '') === String(want)) exact++;
    else { if (got === null || got === '' || got === undefined) missed++; else wrong++; if (!doubt) wrongOut++; bad.push(`${id}: ${want} -> ${got} [${doubt ?? 'NO DOUBT'}]`); }
  }
  console.log({ exact, wrong, missed, wrongOut, total: Object.keys(expected.cells).length, org: r.report.meta.org, year: r.report.meta.year, format: r.format });
  console.log(bad.join('\n'));
  console.log(r.notes.join('\n'));
}
