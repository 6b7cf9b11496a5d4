/** readReport on real files of every kind the CLI accepts. */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport, type Report } from '../core';
import { renderDocx } from '../core/word';
import { readReport } from './read-report';
import { printedCells } from '../testing/fixtures';

const root = new URL('../../', import.meta.url).pathname;
const fixture = (path: string) => join(root, 'src/fixtures', path);
const dir = mkdtempSync(join(tmpdir(), 'gongkai-read-'));

function report(path: string): Report {
  const loaded = loadReport(readFileSync(fixture(path), 'utf8'));
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.report;
}

async function read(file: string) {
  const result = await readReport(file);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const SEEDS = readdirSync(fixture('seeds')).filter((f) => f.endsWith('.txt'));

describe('readReport', () => {
  it.each(SEEDS)('reads the seed text %s as its golden report', async (file) => {
    const result = await read(fixture(`seeds/${file}`));
    const cells = printedCells(result.report.cells, result.provenance ?? {});
    expect({ ...result.report, cells }).toEqual(report(`reports/seed-${file.slice(0, 3)}.json`));
  });

  it('reads a report file with no notes', async () => {
    const result = await read(fixture('reports/example-2021.json'));
    expect(result.report).toEqual(report('reports/example-2021.json'));
    expect(result.notes).toEqual([]);
  });

  it.each([
    ['import/page-2021.html', 'import/distinct-2021.json'],
    ['import/page-2019-gbk.html', 'import/distinct-2019.json'],
    ['import/libreoffice-2019.docx', 'import/distinct-2019.json'],
    ['import/libreoffice-2021.pdf', 'import/distinct-2021.json'],
    ['import/seed-001-gbk.txt', 'reports/seed-001.json'],
  ])('reads %s', async (file, expected) => {
    const result = await read(fixture(file));
    expect(printedCells(result.report.cells, result.provenance ?? {})).toEqual(
      report(expected).cells,
    );
    expect(result.report.meta).toEqual(report(expected).meta);
  });

  it('reads .htm, our own .docx and a file with no extension', async () => {
    const htm = join(dir, 'page.htm');
    copyFileSync(fixture('import/page-2021.html'), htm);
    expect((await read(htm)).report.cells).toEqual(report('import/distinct-2021.json').cells);

    const docx = join(dir, 'own.docx');
    writeFileSync(docx, await renderDocx(report('reports/seed-002.json')));
    expect((await read(docx)).report).toEqual(report('reports/seed-002.json'));

    const bare = join(dir, 'download');
    copyFileSync(fixture('import/libreoffice-2021.pdf'), bare);
    expect((await read(bare)).report.cells).toEqual(report('import/distinct-2021.json').cells);
  });

  it('passes the importer’s notes and unplaced lines on', async () => {
    const result = await read(fixture(`seeds/${SEEDS.find((f) => f.startsWith('004')) ?? ''}`));
    expect(result.notes).toContain('表四 有 16 个数字，按前 15 个读入，多出的未使用');
    expect(result.unplaced).toEqual(['0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0']);
  });

  it('says which file and why when it cannot read one', async () => {
    expect(await readReport(join(dir, 'missing.txt'))).toEqual({
      ok: false,
      message: `${join(dir, 'missing.txt')}：文件不存在。`,
    });
    expect(await readReport(dir)).toEqual({ ok: false, message: `${dir}：这是一个文件夹。` });

    const xlsx = join(dir, 'table.xlsx');
    writeFileSync(xlsx, 'x');
    const unknown = await readReport(xlsx);
    expect(unknown.ok ? '' : unknown.message).toMatch(/table\.xlsx：无法识别的文件类型“\.xlsx”/);

    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, '会议纪要\n\n今天开会。');
    const text = await readReport(notes);
    expect(text.ok ? '' : text.message).toMatch(
      /notes\.txt：没有识别出政府信息公开工作年度报告的内容/,
    );
  });
});
