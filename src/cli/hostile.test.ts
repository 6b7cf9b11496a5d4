/**
 * The command line with hostile files in a batch (issue 8): each bad file is named with its
 * reason, every other file is still checked, and `check … | head` ends quietly.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  bombSize,
  deflateBomb,
  DOCX_TYPES,
  minimalPdf,
  zipOf,
  zlibBomb,
} from '../testing/hostile-files';
import { extractEmbeddedReport } from '../core';
import { fixtureUrl, reportFixture } from '../testing/fixtures';
import { main } from './main';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-hostile-'));
const bin = new URL('../../bin/gongkai.js', import.meta.url).pathname;

function put(name: string, bytes: Uint8Array | string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

const para = '<w:p><w:r><w:t>本年度共收到申请12件</w:t></w:r></w:p>';
const HOSTILE: Record<string, () => Uint8Array | string> = {
  'bomb.docx': () =>
    zipOf([
      { name: '[Content_Types].xml', data: DOCX_TYPES, method: 0, declaredSize: DOCX_TYPES.length },
      {
        name: 'word/document.xml',
        data: deflateBomb(2_000_000),
        method: 8,
        declaredSize: bombSize(2_000_000),
      },
    ]),
  'xml.docx': () =>
    zipSync({
      'word/document.xml': strToU8(
        `<w:document><w:body>${para.repeat(400_000)}</w:body></w:document>`,
      ),
    }),
  'bomb.pdf': () => minimalPdf({ pages: 1, content: zlibBomb(2_000_000), filter: 'FlateDecode' }),
  'deep.json': () => `{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
  'deep.html': () => `<body>${'<div>'.repeat(100_000)}</body>`,
  'garbage.pdf': () => '%PDF-1.7 and then nothing',
  'random.docx': () => new Uint8Array(5000).map((_, i) => (i * 7919) % 251),
};

describe('check with hostile files in the batch', () => {
  const good = [0, 1].map((i) => {
    const file = join(dir, `good-${i}.json`);
    copyFileSync(fixtureUrl('reports/example-2021.json'), file);
    return file;
  });
  const bad = Object.entries(HOSTILE).map(([name, make]) => put(name, make()));
  // Bad files between good ones: the batch must go on after each.
  const files = [good[0] ?? '', ...bad, good[1] ?? ''];

  it('--json lists every file: the bad ones with their error, the good ones checked', async () => {
    let out = '';
    let err = '';
    const status = await main(['check', '--json', ...files], {
      out: (t) => (out += t),
      err: (t) => (err += t),
    });
    expect(status).toBe(2);
    const results = JSON.parse(out) as { file: string; error?: string; findings?: unknown[] }[];
    expect(results.map((r) => r.file)).toEqual(files);
    for (const r of results) {
      if (good.includes(r.file)) expect(r.findings).toEqual([]);
      else expect(r.error).toMatch(/[\u4e00-\u9fff]/);
    }
    const byName = (name: string) => results.find((r) => r.file.endsWith(name))?.error ?? '';
    expect(byName('bomb.docx')).toMatch(/解压后超过 8 MB/);
    expect(byName('xml.docx')).toMatch(/解压后超过 8 MB/);
    expect(byName('bomb.pdf')).toMatch(/页面内容解压后超过 16 MB/);
    expect(byName('deep.json')).toMatch(/嵌套超过 64 层/);
    expect(byName('deep.html')).toMatch(/嵌套超过 512 层/);
    for (const file of bad) expect(err).toContain(file);
  });

  it('`check … | head -1` prints its line and ends without an EPIPE crash', async () => {
    const child = spawn(
      process.execPath,
      [bin, 'check', ...Array<string>(40).fill(good[0] ?? '')],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read the first chunk, then close the pipe as `head` does.
    await new Promise<void>((resolve) =>
      child.stdout.once('data', () => {
        resolve();
      }),
    );
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });
});

it('convert to .docx with U+FFFE in the text: a valid file and a note saying what was left out', async () => {
  const base = reportFixture('example-2021');
  const input = put(
    'unsafe.json',
    JSON.stringify({ ...base, meta: { ...base.meta, org: '青山\ufffe镇' } }),
  );
  const output = join(dir, 'unsafe.docx');
  let err = '';
  const status = await main(['convert', input, '-o', output], {
    out: () => undefined,
    err: (t) => (err += t),
  });
  expect(status).toBe(0);
  expect(err).toMatch(/1 个无法写入文档的控制字符或非字符/);
  const docx = new Uint8Array(readFileSync(output));
  expect(strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array())).not.toMatch(/\ufffe/);
  expect(extractEmbeddedReport(docx)?.meta.org).toBe('青山\ufffe镇');
});
