import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../testing/fixtures';
import { saveReport } from '../report';
import { reportFixture } from '../../testing/fixtures';
import { compareProfile, profileMatchText, recordedProfile, withProfileRecord } from './apply';
import { describeProfile } from './describe';
import { profileFingerprint, shortFingerprint } from './fingerprint';
import { profileJsonSchema } from './json-schema';
import { loadProfile, parseProfile, type LoadedProfile } from './load';

const exampleText = readFileSync(new URL('./example-profile.json', import.meta.url), 'utf8');
const example = JSON.parse(exampleText) as Record<string, unknown>;

function loaded(data: unknown): LoadedProfile {
  const result = parseProfile(data);
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** The refusal message of a profile that must be refused. */
function refused(data: unknown): string {
  const result = parseProfile(data);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.message;
}

describe('the published JSON schema', () => {
  it('is the one generated from the zod schema (run scripts/profile-schema.ts after a change)', () => {
    const committed = readFileSync(
      new URL('../../../public/profile/gongkai-profile.schema.json', import.meta.url),
      'utf8',
    );
    expect(JSON.parse(committed)).toEqual(JSON.parse(profileJsonSchema()));
  });
});

describe('the documented example', () => {
  it('loads, and the README shows it exactly', () => {
    expect(loadProfile(exampleText).ok).toBe(true);
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const block = /<!-- profile-example -->\s*```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    expect(JSON.parse(block ?? '')).toEqual(example);
  });

  it('a real notice (武政办发〔2025〕54号) loads with its unknown keys kept', () => {
    const result = loadProfile(readFixture('profiles/wuwei-2025.json'));
    if (!result.ok) throw new Error(result.message);
    expect(result.profile).toMatchObject({ date: '2025-12-19', basis: '武政办发〔2025〕54号' });
    expect(describeProfile(result).unknownKeys).toEqual(['date', 'sources']);
  });
});

describe('bad profiles are refused with the reason', () => {
  it('not JSON: where the error is', () => {
    const result = loadProfile('{\n  "kind": "gongkai-profile",\n  "name": 某市\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/不是有效的 JSON（第 3 行第 \d+ 列附近）/);
  });

  it('another kind of file, a report file, a newer version', () => {
    expect(refused([1, 2])).toContain('不是地方要求文件');
    expect(refused({ ...example, kind: 'x' })).toContain('kind 应为 "gongkai-profile"');
    expect(refused(JSON.parse(saveReport(reportFixture('example-2021'))))).toContain(
      '这是年度报告文件',
    );
    expect(refused({ ...example, version: 2 })).toContain('版本（2）比本工具新');
  });

  it('a missing name, a bad date, a day that does not exist, an unknown 机关类型', () => {
    const { name: _name, ...unnamed } = example;
    expect(refused(unnamed)).toContain('name：缺少此项');
    expect(refused({ ...example, deadlines: { township: '1-20' } })).toContain(
      'deadlines.township（乡镇/街道的期限）：应为“月-日”，如 "01-20"',
    );
    expect(refused({ ...example, deadlines: { township: '02-30' } })).toContain(
      '不是一个存在的日期',
    );
    expect(refused({ ...example, deadlines: { village: '01-20' } })).toContain(
      '不认识的项 “village”',
    );
  });

  it('a length that is not a count, a requirement without keywords', () => {
    expect(refused({ ...example, maxChars: { overview: '一千' } })).toContain(
      'maxChars.overview：应为字数（正整数）',
    );
    const required = [{ part: '主动公开', anyOf: [], message: 'x' }];
    expect(refused({ ...example, required })).toContain('required 第 1 条 anyOf：至少写一个关键词');
  });

  it('a balance rule or VALUE_INVALID cannot be turned off or lowered', () => {
    expect(refused({ ...example, levels: { T3_BALANCE: 'off' } })).toContain(
      'levels.T3_BALANCE：“表三勾稽关系：一 + 二 = （七）总计 + 四（每列）”是强制性规则，地方要求不能降低或关闭',
    );
    expect(refused({ ...example, levels: { VALUE_INVALID: 'warning' } })).toContain(
      '不能降低或关闭',
    );
    expect(parseProfile({ ...example, levels: { T4_SUM: 'error' } }).ok).toBe(true);
  });

  it('an unknown rule, a level that is not one', () => {
    expect(refused({ ...example, levels: { YOY_JUPM: 'off' } })).toContain(
      'levels.YOY_JUPM：本工具没有这条规则',
    );
    expect(refused({ ...example, levels: { YOY_JUMP: 'none' } })).toContain(
      '应为 "error"、"warning"、"info" 或 "off"',
    );
  });

  it('a department deadline later than the 条例 allows, a submission after publication', () => {
    expect(refused({ ...example, deadlines: { department: '02-15' } })).toContain(
      '2月15日 晚于《政府信息公开条例》第四十九条规定的 1月31日',
    );
    expect(
      refused({ ...example, deadlines: { township: { submit: '02-10', publish: '01-31' } } }),
    ).toContain('报送期限 2月10日 晚于公布期限 1月31日');
    // 乡镇/街道 follow their county: a later date is the county's to set.
    expect(parseProfile({ ...example, deadlines: { township: '02-10' } }).ok).toBe(true);
  });

  it('lists every problem at once', () => {
    const result = parseProfile({ ...example, year: 'x', maxChars: { overview: 0 } });
    expect(result.ok ? [] : result.problems).toHaveLength(2);
  });
});

describe('fingerprint', () => {
  it('is the same however the file is indented or ordered, and changes with the content', () => {
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(example).reverse()));
    const a = loadProfile(exampleText);
    const b = loadProfile(reordered);
    const c = parseProfile({ ...example, maxChars: { overview: 1200 } });
    if (!a.ok || !b.ok || !c.ok) throw new Error('example must load');
    expect(a.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(c.fingerprint).not.toBe(a.fingerprint);
    // Where an editor finds the schema is no requirement.
    const pointed = parseProfile({ $schema: './gongkai-profile.schema.json', ...example });
    expect(pointed.ok && pointed.fingerprint).toBe(a.fingerprint);
    expect(shortFingerprint(a.fingerprint)).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
    // Known value: {"a":1} hashes as `printf '{"a":1}' | sha256sum` does.
    expect(profileFingerprint({ a: 1 })).toBe(
      'sha256:015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862',
    );
  });
});

describe('the report file records the profile', () => {
  const profile = loaded({ ...example, year: 2024 });
  const report = reportFixture('example-2021');

  it('with name, basis and fingerprint, and the desk compares it', () => {
    const stamped = withProfileRecord(report, profile);
    expect(recordedProfile(stamped)).toEqual({
      name: profile.profile.name,
      issuer: profile.profile.issuer,
      basis: '某政办发〔2025〕1号',
      year: 2024,
      fingerprint: profile.fingerprint,
    });
    expect(compareProfile(stamped, profile).kind).toBe('same');
    const other = loaded({ ...example, year: 2024, maxChars: { overview: 800 } });
    const match = compareProfile(stamped, other);
    expect(match.kind).toBe('different');
    expect(profileMatchText(match, other)).toContain('名称和文号相同，但内容不同');
    const renamed = loaded({
      ...example,
      year: 2024,
      name: '另一份要求',
      basis: '另政办发〔2025〕2号',
    });
    expect(profileMatchText(compareProfile(stamped, renamed), renamed)).toContain(
      `报告记录为“${profile.profile.name}”（某政办发〔2025〕1号），本批次为“另一份要求”`,
    );
    expect(compareProfile(report, profile).kind).toBe('unrecorded');
    expect(compareProfile(stamped, undefined).kind).toBe('recorded');
  });

  it('not for a report of another year, and an old record is dropped', () => {
    const stamped = withProfileRecord(report, profile);
    const nextYear = { ...stamped, meta: { ...stamped.meta, year: 2025 } };
    expect(recordedProfile(withProfileRecord(nextYear, profile))).toBeUndefined();
    expect(compareProfile(nextYear, profile).kind).toBe('other-year');
    expect(recordedProfile(withProfileRecord(stamped, undefined))).toBeUndefined();
  });
});

describe('describeProfile', () => {
  it('says in Chinese what the example checks', () => {
    const text = JSON.stringify(describeProfile(loaded(example)));
    expect(text).toContain('2026年报送 1月20日前');
    expect(text).toContain('全国默认 1月31日');
    expect(text).toContain('不超过 1000 字');
    expect(text).toContain('写到“政务新媒体”，且同一句中有数字');
    expect(text).toContain('数字与上年相比变化很大：提示性 → 不检查');
    expect(text).toContain('【单位名称】');
  });
});
