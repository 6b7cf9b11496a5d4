/**
 * Regenerates the golden text files from the fixture reports. Run after an intended change to the
 * text layout (`npx tsx scripts/update-golden.ts`), then read the diff before committing it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReport, renderText } from '../src/core';

const reports = 'src/fixtures/reports';
for (const file of readdirSync(reports).filter((f) => f.endsWith('.json'))) {
  const loaded = loadReport(readFileSync(join(reports, file), 'utf8'));
  if (!loaded.ok) throw new Error(`${file}: ${loaded.message}`);
  const out = join('src/fixtures/golden', file.replace(/\.json$/, '.txt'));
  writeFileSync(out, renderText(loaded.report));
  console.log(`wrote ${out}`);
}
