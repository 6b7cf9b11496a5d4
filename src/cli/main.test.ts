import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import {
  checkAll,
  explainFinding,
  equationCells,
  equationsOf,
  extractEmbeddedReport,
  getTemplate,
  loadReport,
  renderHtml,
  type Report,
} from '../core';
import { importAny } from '../core/import';
import { runCli as run, tempFolder } from '../testing/cli';

const root = new URL('../../', import.meta.url).pathname;
const fixture = (name: string) => join(root, 'src/fixtures/reports', name);
const { dir, write } = tempFolder('gongkai-cli-');

function load(name: string): Report {
  const loaded = loadReport(readFileSync(fixture(name), 'utf8'));
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.report;
}

interface JsonResult {
  file: string;
  template: string;
  org: string;
  year: number;
  findings: { rule: string; severity: string; cells: string[] }[];
}

describe('check', () => {
  it('exits 0 on a balanced report and says nothing is wrong', async () => {
    const { status, out } = await run('check', fixture('example-2021.json'));
    expect(status).toBe(0);
    expect(out).toContain('青山镇人民政府 2024年 · 2021年格式');
    expect(out).toContain('未发现问题');
  });

  it('reports exactly the broken rules with the changed cell and exits 1', async () => {
    const report = load('example-2021.json');
    const template = getTemplate('2021');
    for (const id of [
      't3_new_natural',
      't3_deny_query_legal',
      't3_carry_next_total',
      't4_suit_after_pending',
    ]) {
      const changed = { ...report, cells: { ...report.cells, [id]: Number(report.cells[id]) + 1 } };
      const { status, out } = await run('check', '--json', write(`${id}.json`, changed));
      expect(status).toBe(1);
      const [result] = JSON.parse(out) as JsonResult[];
      const errors = result?.findings.filter((f) => f.severity === 'error') ?? [];
      const expected = new Set(
        equationsOf(template)
          .filter((eq) => equationCells(eq).includes(id))
          .map((eq) => eq.rule),
      );
      expect(new Set(errors.map((f) => f.rule))).toEqual(expected);
      for (const f of errors) expect(f.cells).toContain(id);
    }
  });

  it('prints both sides of a balance error in plain Chinese', async () => {
    const report = load('example-2021.json');
    const file = write('balance.json', {
      ...report,
      cells: { ...report.cells, t3_result_total_natural: 99 },
    });
    const { status, out } = await run('check', file);
    expect(status).toBe(1);
    expect(out).toMatch(
      /错误（强制性）\[T3_BALANCE\] 表三 （七）总计 自然人：填报 99，应为 一\+二−四 = 9\+1−1 = 9/,
    );
  });

  it('--json gives file, template, org, year and findings per file', async () => {
    const { status, out } = await run('check', '--json', fixture('seed-004.json'));
    expect(status).toBe(0);
    const results = JSON.parse(out) as JsonResult[];
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ template: '2019', org: '李楼镇', year: 2020 });
    // The seed says it received 1 application (the table says 0) and uses half-width commas.
    expect(results[0]?.findings.map((f) => f.rule)).toEqual(['TEXT_TABLE_MISMATCH', 'TEXT_LINT']);
  });

  it('exits 2 for an unreadable file but still checks the others', async () => {
    const newer = write('newer.json', { ...load('seed-000.json'), version: 99 });
    const { status, out, err } = await run(
      'check',
      join(dir, 'missing.json'),
      newer,
      fixture('seed-000.json'),
    );
    expect(status).toBe(2);
    expect(err).toContain('missing.json：文件不存在');
    expect(err).toContain('版本');
    expect(out).toContain('练寺镇人民政府 2020年');
  });

  it('exits 2 with a message for a file of a kind it cannot read', async () => {
    const file = join(dir, 'report.xyz');
    writeFileSync(file, 'not a report');
    const { status, err } = await run('check', file);
    expect(status).toBe(2);
    expect(err).toContain('report.xyz');
  });

  it('--last-year adds CARRY_OVER when the carried-over row differs', async () => {
    const lastYear = load('example-2021.json');
    // This year's 上年结转 copies last year's 结转下年度 except in one column.
    const cells = { ...lastYear.cells };
    for (const c of ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total']) {
      cells[`t3_carried_${c}`] = lastYear.cells[`t3_carry_next_${c}`] ?? null;
    }
    cells.t3_carried_natural = Number(cells.t3_carried_natural) + 5;
    const thisYear = { ...lastYear, meta: { ...lastYear.meta, year: 2025 }, cells };
    const { out } = await run(
      'check',
      '--json',
      '--last-year',
      fixture('example-2021.json'),
      write('this-year.json', thisYear),
    );
    const [result] = JSON.parse(out) as JsonResult[];
    const carry = result?.findings.filter((f) => f.rule === 'CARRY_OVER') ?? [];
    expect(carry.map((f) => f.cells)).toEqual([['t3_carried_natural']]);
  });
});

describe('check on a report read from PDF text (issue 20)', () => {
  // pdftotext without -layout of a generated report's LibreOffice PDF (scripts/make-corpus.ts):
  // some numbers are placed by order, and the findings on them are reading doubts.
  const file = join(root, 'src/fixtures/import/corpus-doubts-pdftotext-raw.txt');

  it('lists reading doubts apart, counts them apart, and exits 0 without errors of its own', async () => {
    const { status, out } = await run('check', file);
    expect(status).toBe(0);
    expect(out).toContain('读取存疑：请对照原文核对以下单元格：[');
    expect(out).toMatch(/共 0 个错误.*个读取存疑/);
  });

  it('--json marks each such finding with doubt { cells, reason }', async () => {
    const { out } = await run('check', file, '--json');
    const [result] = JSON.parse(out) as {
      findings: { rule: string; doubt?: { cells: string[]; reason: string } }[];
    }[];
    const doubts = (result?.findings ?? []).filter((f) => f.doubt);
    expect(doubts.length).toBeGreaterThan(0);
    for (const f of doubts) {
      expect(f.doubt?.cells.length).toBeGreaterThan(0);
      expect(f.doubt?.reason).not.toBe('');
    }
  });
});

describe('check shows levels and explanations', () => {
  it('prints the level of each finding and an explained warning as explained', async () => {
    const report = load('example-2021.json');
    const township = {
      ...report,
      meta: { ...report.meta, orgType: 'township' as const },
      cells: { ...report.cells, t2_rules_made: 1 },
    };
    const [warning] = checkAll(township).filter((f) => f.rule === 'TOWNSHIP_RULES');
    if (!warning) throw new Error('no TOWNSHIP_RULES');
    const file = write('explained.json', explainFinding(township, warning, '受县政府委托起草'));
    const { status, out } = await run('check', file);
    expect(status).toBe(0);
    expect(out).toContain('已说明 [TOWNSHIP_RULES]');
    expect(out).toContain('（说明：受县政府委托起草）');
    expect(out).toContain('1 个已说明');
    const json = JSON.parse((await run('check', '--json', file)).out) as [
      { findings: { rule: string; explained?: { reason: string } }[] },
    ];
    const found = json[0].findings.find((f) => f.rule === 'TOWNSHIP_RULES');
    expect(found?.explained?.reason).toBe('受县政府委托起草');
    const plain = await run('check', fixture('seed-004.json'));
    expect(plain.out).toContain('警告（核实性）[TEXT_TABLE_MISMATCH]');
    expect(plain.out).toContain('提示（提示性）[TEXT_LINT]');
  });
});

describe('check carries what the importer noted', () => {
  const seed004 = join(root, 'src/fixtures/seeds/004_e2e8df88f0911129.txt');

  it('prints the notes and unplaced lines in the human output', async () => {
    const read = await importAny(seed004, new Uint8Array(readFileSync(seed004)));
    if (!read.ok) throw new Error(read.message);
    expect(read.notes.length).toBeGreaterThan(0);
    const { out } = await run('check', seed004);
    for (const note of read.notes) expect(out).toContain(`读入说明：${note}`);
    for (const line of read.unplaced) expect(out).toContain(`未能归位：${line}`);
  });

  it('--json has notes and unplaced per file, and an unreadable file with its error', async () => {
    const broken = join(dir, 'broken.docx');
    writeFileSync(broken, 'not a zip');
    const { status, out } = await run('check', '--json', broken, seed004);
    expect(status).toBe(2);
    const [bad, good] = JSON.parse(out) as [
      { file: string; error: string },
      JsonResult & { notes: string[]; unplaced: string[] },
    ];
    expect(bad.file).toBe(broken);
    expect(bad.error).toContain(broken);
    const read = await importAny(seed004, new Uint8Array(readFileSync(seed004)));
    expect(read.ok && good.notes).toEqual(read.ok && read.notes);
    expect(read.ok && good.unplaced).toEqual(read.ok && read.unplaced);
    expect(good.findings.length).toBeGreaterThan(0);
  });
});

describe('convert', () => {
  it('writes the golden text for .txt and the same report file for .json', async () => {
    const txt = join(dir, 'out.txt');
    expect((await run('convert', fixture('seed-001.json'), '-o', txt)).status).toBe(0);
    expect(readFileSync(txt, 'utf8')).toBe(
      readFileSync(join(root, 'src/fixtures/golden/seed-001.txt'), 'utf8'),
    );
    const json = join(dir, 'out.json');
    expect((await run('convert', fixture('example-2021.json'), '-o', json)).status).toBe(0);
    expect(readFileSync(json, 'utf8')).toBe(readFileSync(fixture('example-2021.json'), 'utf8'));
  });

  it('--template moves a report to the other format', async () => {
    const out = join(dir, 'as-2021.json');
    const { status } = await run(
      'convert',
      fixture('seed-001.json'),
      '-o',
      out,
      '--template',
      '2021',
    );
    expect(status).toBe(0);
    const converted = loadReport(readFileSync(out, 'utf8'));
    expect(converted.ok && converted.report.template).toBe('2021');
    expect(converted.ok && converted.report.cells.t2_license_decisions).toBe(12);
  });

  it('writes a Word file carrying the report file inside it', async () => {
    const out = join(dir, 'report.docx');
    expect((await run('convert', fixture('example-2021.json'), '-o', out)).status).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    expect(extractEmbeddedReport(bytes)).toEqual(load('example-2021.json'));
    const document = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
    expect(document).toContain('三、收到和处理政府信息公开申请情况');
    expect(document.match(/<w:tbl>/g)).toHaveLength(3);
  });

  it('writes a complete web page for .html', async () => {
    const out = join(dir, 'report.html');
    expect((await run('convert', fixture('seed-002.json'), '-o', out)).status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toBe(renderHtml(load('seed-002.json'), { document: true }));
    expect(html).toMatch(/^<!DOCTYPE html>[\s\S]*<meta charset="utf-8">/);
    expect(html.match(/<table /g)).toHaveLength(3);
  });

  it('refuses outputs it cannot write and bad options', async () => {
    const pdf = await run('convert', fixture('seed-001.json'), '-o', join(dir, 'x.pdf'));
    expect(pdf.status).toBe(2);
    expect(pdf.err).toContain('可输出 .json、.txt、.docx 或 .html');
    const bad = await run(
      'convert',
      fixture('seed-001.json'),
      '-o',
      join(dir, 'x.txt'),
      '--template',
      '2020',
    );
    expect(bad.status).toBe(2);
    expect(bad.err).toContain('--template 应为 2019 或 2021');
  });
});

describe('bin/gongkai.js', () => {
  it('runs the TypeScript CLI with no build step and sets the exit status', async () => {
    const report = load('seed-000.json');
    const file = write('bin.json', { ...report, cells: { ...report.cells, t4_review_upheld: 1 } });
    const exec = promisify(execFile);
    const error = await exec('node', [join(root, 'bin/gongkai.js'), 'check', file]).catch(
      (e: unknown) => e as { code: number; stdout: string },
    );
    expect(error).toMatchObject({ code: 1 });
    expect((error as { stdout: string }).stdout).toContain('[T4_SUM] 表四 行政复议 总计：填报 0');
  }, 30_000);

  it('writes .docx under the Node version it runs on', async () => {
    const out = join(dir, 'bin.docx');
    const exec = promisify(execFile);
    await exec('node', [
      join(root, 'bin/gongkai.js'),
      'convert',
      fixture('seed-003.json'),
      '-o',
      out,
    ]);
    expect(extractEmbeddedReport(new Uint8Array(readFileSync(out)))).toEqual(load('seed-003.json'));
  }, 30_000);
});

describe('check --json lists the cells the importer inferred', () => {
  it('names each derived 总计 of seed 001 with how it was derived', async () => {
    const seed001 = join(root, 'src/fixtures/seeds/001_1e620b80bbedd808.txt');
    const { out } = await run('check', '--json', seed001);
    const [result] = JSON.parse(out) as [{ inferred: { cell: string; how: string }[] }];
    expect(result.inferred).toContainEqual({
      cell: 't3_open_total',
      how: '原文未列出，按 六类申请人之和 推算为 0',
    });
    expect(result.inferred.every((c) => c.cell.endsWith('_total'))).toBe(true);
  });
});
