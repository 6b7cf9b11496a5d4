import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { attr, child, children, parts, textOf, xml, type Node } from '../../testing/docx-structure';
import { reportFixture } from '../../testing/fixtures';
import { checkAll } from '../check';
import type { Report } from '../report';
import { opinionArchive, renderUnitOpinionDocx } from './opinion-docx';
import { opinionFromDocx, readOpinionBytes } from './opinion-embed';
import { opinionFile } from './opinion-file';
import type { ReviewedFile } from './reviewed-file';

const example = reportFixture('example-2021');
const unbalanced: Report = {
  ...example,
  cells: { ...example.cells, t3_new_natural: Number(example.cells['t3_new_natural']) + 1 },
};
const options = { issuer: '某某县人民政府办公室', date: '2025-02-10' };

function paragraphs(docx: Uint8Array): Node[] {
  const body = child(child(xml(parts(docx)['word/document.xml']), 'w:document'), 'w:body');
  return children(body, 'w:p');
}

describe('a unit’s opinion in Word', () => {
  const file: ReviewedFile = { file: 'a.json', report: unbalanced, findings: checkAll(unbalanced) };
  const opinion = opinionFile(file, options);
  if (!opinion) throw new Error('opinion expected');

  it('has the 主送 line flush left under the title, and carries its opinion file', async () => {
    const docx = await renderUnitOpinionDocx(opinion);
    const [title, addressee] = paragraphs(docx);
    if (!title || !addressee) throw new Error('paragraphs expected');
    expect(textOf(title)).toContain('审核意见');
    expect(textOf(addressee)).toBe(`${example.meta.org}：`);
    const pPr = child(addressee, 'w:pPr');
    expect(attr(child(pPr, 'w:jc'), 'val')).toBe('left');
    expect(child(pPr, 'w:ind')).toBeUndefined();
    expect(opinionFromDocx(docx)).toEqual({ ok: true, opinion });
    expect(readOpinionBytes('意见.docx', docx)).toEqual({ ok: true, opinion });
  });

  it('a Word file without an opinion is refused with a message', async () => {
    const { renderDocx } = await import('../render-docx');
    const result = opinionFromDocx(await renderDocx(example));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/没有可导入的审核意见/);
  });
});

describe('every unit’s opinion in one archive', () => {
  it('holds one .docx per unit named for its 机关, with its .json beside it', async () => {
    const seed = reportFixture('seed-001');
    const files: ReviewedFile[] = [
      { file: 'a.json', report: unbalanced, findings: checkAll(unbalanced) },
      { file: 'b.json', report: seed, findings: checkAll(seed) },
      { file: 'dir/坏文件.pdf', error: '没有文字层。', findings: [] },
      { file: 'c.json', report: unbalanced, findings: checkAll(unbalanced) },
    ];
    const entries = unzipSync(await opinionArchive(files, options));
    expect(Object.keys(entries).sort()).toEqual(
      [
        `${example.meta.org}2024年报告审核意见.docx`,
        `${example.meta.org}2024年报告审核意见.json`,
        `${example.meta.org}2024年报告审核意见（2）.docx`,
        `${example.meta.org}2024年报告审核意见（2）.json`,
        `${seed.meta.org}2020年报告审核意见.docx`,
        `${seed.meta.org}2020年报告审核意见.json`,
        '坏文件（无法读取）审核意见.docx',
      ].sort(),
    );
    const json = entries[`${seed.meta.org}2020年报告审核意见.json`];
    if (!json) throw new Error('the .json should be in the archive');
    const opinion = readOpinionBytes('x.json', json);
    expect(opinion.ok && opinion.opinion.report.org).toBe(seed.meta.org);
  });
});
