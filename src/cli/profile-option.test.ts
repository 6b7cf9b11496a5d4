import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfile, withProfileRecord, type Finding } from '../core';
import { readFixture, reportFixture } from '../testing/fixtures';
import { runCli as run, tempFolder } from '../testing/cli';

const root = new URL('../../', import.meta.url).pathname;
const fixture = (name: string) => join(root, 'src/fixtures/reports', name);
const PROFILE = join(root, 'src/fixtures/profiles/qingshan-2024.json');
const BASIS = '青政办发〔2024〕36号';
const { dir, write } = tempFolder('gongkai-profile-');

interface CheckJson {
  file: string;
  findings: Finding[];
  profile?: { match: string; note: string; recorded?: { basis: string } };
}

const loaded = loadProfile(readFixture('profiles/qingshan-2024.json'));
if (!loaded.ok) throw new Error(loaded.message);

describe('check --profile', () => {
  it('checks the fixtures against the county’s profile, citing its basis', async () => {
    const late = write('late.json', {
      ...reportFixture('example-2021'),
      meta: { ...reportFixture('example-2021').meta, date: '2025-01-25' },
    });
    const plain = await run('check', late, fixture('seed-001.json'));
    const { status, out } = await run(
      'check',
      late,
      fixture('seed-001.json'),
      '--profile',
      PROFILE,
    );
    expect(status).toBe(plain.status);
    expect(out).toContain(`地方要求：青山县2024年度政府信息公开工作年度报告编制要求（${BASIS}）`);
    expect(out).toContain(
      `[DATE_DEADLINE] 成文日期 2025年1月25日 晚于地方要求的报送期限 2025年1月20日（乡镇/街道1月20日前）（依据：${BASIS}）`,
    );
    expect(out).toContain(
      `[PROFILE_REQUIRED] 一、总体情况“主动公开”部分：主动公开部分应写明发布政策解读的数量`,
    );
    expect(plain.out).not.toContain('PROFILE_REQUIRED');
    expect(plain.out).not.toContain('DATE_DEADLINE');
    // A 2020 seed is not a 2024 report: national rules, and the output says why.
    expect(out).toContain('地方要求适用于2024年度，本报告不是该年度，按全国统一的要求检查');
  });

  it('--json carries what each report records against the batch’s profile', async () => {
    const same = write('same.json', withProfileRecord(reportFixture('example-2021'), loaded));
    const other = loadProfile(readFixture('profiles/qingshan-2024.json').replace('1000', '800'));
    if (!other.ok) throw new Error(other.message);
    const different = write(
      'different.json',
      withProfileRecord(reportFixture('example-2021'), other),
    );
    const { out } = await run(
      'check',
      same,
      different,
      fixture('example-2021.json'),
      '--json',
      '--profile',
      PROFILE,
    );
    const results = JSON.parse(out) as CheckJson[];
    expect(results.map((r) => r.profile?.match)).toEqual(['same', 'different', 'unrecorded']);
    expect(results[1]?.profile?.note).toContain('与本批次不同');
    expect(
      results[0]?.findings.some((f) => f.rule === 'PROFILE_REQUIRED' && f.message.includes(BASIS)),
    ).toBe(true);
  });

  it('a bad profile stops the command with the reason and checks nothing', async () => {
    const bad = write('bad.json', {
      ...(JSON.parse(readFixture('profiles/qingshan-2024.json')) as object),
      levels: { T3_BALANCE: 'off' },
    });
    const { status, out, err } = await run('check', fixture('example-2021.json'), '--profile', bad);
    expect(status).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('地方要求文件有误，未载入');
    expect(err).toContain('levels.T3_BALANCE');
    const missing = await run(
      'check',
      fixture('example-2021.json'),
      '--profile',
      join(dir, 'none.json'),
    );
    expect(missing.status).toBe(2);
    expect(missing.err).toContain('找不到地方要求文件');
  });
});

describe('review --profile', () => {
  it('checks the batch against the profile and lists the reports written against another', async () => {
    const out = join(dir, 'review.csv');
    const { status, out: said } = await run(
      'review',
      fixture('example-2021.json'),
      '-o',
      out,
      '--profile',
      PROFILE,
    );
    expect(status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(
      /青山镇人民政府,PROFILE_REQUIRED,核实性,,.*依据：青政办发〔2024〕36号/,
    );
    expect(said).toContain('报告未记录编制时依据的地方要求');
  });
});
