import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainFinding, checkAll, loadOpinionFile, opinionFromDocx } from '../core';
import { reportFixture } from '../testing/fixtures';
import { runCli as run, tempFolder } from '../testing/cli';

const { dir, write } = tempFolder('gongkai-opinion-');

describe('opinion', () => {
  const seed = reportFixture('seed-004');
  const warning = checkAll(seed).find((f) => f.severity === 'warning');
  if (!warning) throw new Error('seed-004 should raise a warning');
  const explained = write('lilou.json', explainFinding(seed, warning, '该申请系咨询'));
  const example = reportFixture('example-2021');
  const unbalanced = write('qingshan.json', {
    ...example,
    cells: { ...example.cells, t3_new_natural: Number(example.cells['t3_new_natural']) + 1 },
  });
  const broken = write('broken.docx', 'not a zip');

  it('writes one Word opinion per unit named for its 机关, its opinion file beside it', async () => {
    const out = join(dir, 'opinions');
    const {
      status,
      out: said,
      err,
    } = await run(
      'opinion',
      explained,
      unbalanced,
      broken,
      '-o',
      out,
      '--issuer',
      '某某县人民政府办公室',
      '--date',
      '2025-02-10',
    );
    expect(status).toBe(2);
    expect(err).toContain('broken.docx');
    expect(said).toContain(`${seed.meta.org} 通过`);
    expect(said).toContain(`${example.meta.org} 退回修改`);
    expect(readdirSync(out).sort()).toEqual(
      [
        `${example.meta.org}2024年报告审核意见.docx`,
        `${example.meta.org}2024年报告审核意见.json`,
        `${seed.meta.org}2020年报告审核意见.docx`,
        `${seed.meta.org}2020年报告审核意见.json`,
        'broken（无法读取）审核意见.docx',
      ].sort(),
    );
    const json = loadOpinionFile(
      readFileSync(join(out, `${seed.meta.org}2020年报告审核意见.json`), 'utf8'),
    );
    if (!json.ok) throw new Error(json.message);
    expect(json.opinion).toMatchObject({
      issuer: '某某县人民政府办公室',
      date: '2025-02-10',
      conclusion: 'passed',
      report: { org: seed.meta.org, year: 2020 },
    });
    expect(json.opinion.items.find((i) => i.rule === 'TEXT_TABLE_MISMATCH')).toMatchObject({
      disposition: 'explained-accepted',
      explanation: '该申请系咨询',
    });
    const docx = new Uint8Array(readFileSync(join(out, `${seed.meta.org}2020年报告审核意见.docx`)));
    expect(opinionFromDocx(docx)).toEqual(json);
    // It names the file the unit sent, not the county's folder.
    expect(json.opinion.report.file).toBe('lilou.json');
  });

  it('--profile: the local requirements give the unit items, cited by 文号', async () => {
    const profile = new URL('../fixtures/profiles/qingshan-2024.json', import.meta.url).pathname;
    const report = write('qingshan-plain.json', example);
    const items = (out: string) => {
      const read = loadOpinionFile(
        readFileSync(join(out, `${example.meta.org}2024年报告审核意见.json`), 'utf8'),
      );
      if (!read.ok) throw new Error(read.message);
      return read.opinion.items;
    };
    const plain = join(dir, 'plain');
    expect((await run('opinion', report, '-o', plain)).status).toBe(0);
    const local = join(dir, 'local');
    const { status, out } = await run('opinion', report, '-o', local, '--profile', profile);
    expect(status).toBe(0);
    expect(out).toContain('地方要求：青山县2024年度政府信息公开工作年度报告编制要求');
    expect(items(plain).some((i) => i.rule === 'PROFILE_REQUIRED')).toBe(false);
    const required = items(local).filter((i) => i.rule === 'PROFILE_REQUIRED');
    expect(required.length).toBeGreaterThan(0);
    expect(required[0]?.message).toContain('青政办发〔2024〕36号');
    const missing = await run('opinion', report, '-o', local, '--profile', join(dir, 'no.json'));
    expect(missing.status).toBe(2);
    expect(missing.err).toContain('找不到地方要求文件');
  });

  it('refuses a missing folder or a malformed date', async () => {
    expect((await run('opinion', explained)).err).toContain('-o');
    expect((await run('opinion', explained, '-o', dir, '--date', '2月10日')).err).toContain(
      '--date',
    );
  });
});
