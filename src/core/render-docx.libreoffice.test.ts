/**
 * The Word output read by a real client: LibreOffice converts the docx of every fixture to PDF
 * (checked with poppler's pdftotext/pdfinfo) and two of them to HTML (checked for table 三's
 * merged row labels). Slow, so every conversion runs in one soffice call per target format.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'parse5';
import { attr, deepText, elements } from '../testing/html-tree';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPdf } from './import';
import { layoutReport } from './layout';
import { renderDocx } from './render-docx';
import { type Report } from './report';
import { getTemplate } from './templates';
import type { GridCell, TableId } from './template-types';
import { REPORT_FIXTURES as FIXTURES, reportFixture as fixture } from '../testing/fixtures';

/** The fixtures also converted to HTML: one of each format. */
const HTML_FIXTURES = ['example-2021', 'seed-000'];
const TABLES: TableId[] = ['t2', 't3', 't4'];
/** Characters XML forbids in the text (issue 8): the writer leaves them out, Word can open it. */
const UNSAFE: Report = {
  ...fixture('example-2021'),
  meta: { ...fixture('example-2021').meta, org: '青山\ufffe镇\u0001人民政府' },
  text: { ...fixture('example-2021').text, overview: '本年度\uffff工作\u000b有序\ud800开展。' },
};

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', timeout: 240_000 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `${command} is not installed: these tests need LibreOffice and poppler ` +
          '(Debian: apt-get install libreoffice-writer-nogui poppler-utils, as .ci/run does).',
        { cause: error },
      );
    }
    throw error;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'gongkai-lo-'));
const pages = new Map<string, number>();

/** Convert every docx in one soffice call, with a private profile so parallel runs don't clash. */
function convert(files: string[], format: string, outdir: string) {
  run('soffice', [
    `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
    '--headless',
    '--norestore',
    '--convert-to',
    format,
    '--outdir',
    outdir,
    ...files,
  ]);
}

beforeAll(async () => {
  run('pdftotext', ['-v']);
  const docx = await Promise.all(
    FIXTURES.map(async (name) => {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, await renderDocx(fixture(name)));
      return file;
    }),
  );
  writeFileSync(join(dir, 'xml-unsafe.docx'), await renderDocx(UNSAFE));
  convert([...docx, join(dir, 'xml-unsafe.docx')], 'pdf', join(dir, 'pdf'));
  convert(
    HTML_FIXTURES.map((name) => join(dir, `${name}.docx`)),
    'html',
    join(dir, 'html'),
  );
}, 300_000);

afterAll(() => {
  // The page counts, for the record (they change with the text, so they are not asserted exactly).
  console.info(
    `LibreOffice page counts: ${[...pages].map(([name, n]) => `${name} ${n}`).join(', ')}`,
  );
  rmSync(dir, { recursive: true, force: true });
});

function pdf(name: string): string {
  const file = join(dir, 'pdf', `${name}.pdf`);
  expect(existsSync(file), `LibreOffice wrote ${name}.pdf`).toBe(true);
  return file;
}

/** The PDF text in drawing order (each cell's lines together), page-number lines removed. */
function pdfText(name: string): string {
  return run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf(name), '-'])
    .split(/\r?\n|\f/)
    .filter((line) => !/^—\s*\d+\s*—$/.test(line.trim()))
    .join('\n');
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** The punctuation marks the justified-text check counts. */
const PUNCTUATION = /[、。，；：？！“”‘’（）《》…]/g;

/** The number texts of a table, row by row, from the template and the report's values. */
function tableNumbers(report: Report, id: TableId): string[] {
  const def = getTemplate(report.template).tables[id];
  return [...def.header, ...def.body].flatMap((row) =>
    row.flatMap((cell) => (cell.type === 'number' ? [String(report.cells[cell.id] ?? 0)] : [])),
  );
}

/** Everything the report prints, in order: title, headings, paragraphs, every table cell. */
function expectedTexts(report: Report): string[] {
  const template = getTemplate(report.template);
  const cellText = (cell: GridCell) =>
    cell.type === 'label' ? cell.text : String(report.cells[cell.id] ?? 0);
  return layoutReport(report).flatMap((block) => {
    switch (block.type) {
      case 'table': {
        const def = template.tables[block.table];
        return [...def.header, ...def.body].flatMap((row) => row.map(cellText));
      }
      case 'signature':
        return [...block.lines];
      default:
        return [block.text];
    }
  });
}

describe('LibreOffice renders the docx', () => {
  it.each(FIXTURES)('%s: a PDF of at least 3 pages', (name) => {
    const info = run('pdfinfo', [pdf(name)]);
    const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    pages.set(name, count);
    expect(count).toBeGreaterThanOrEqual(3);
    expect(info).toMatch(/^Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/m);
  });

  it.each(FIXTURES)('%s: the PDF has every text and label in order', (name) => {
    const report = fixture(name);
    const text = squash(pdfText(name));
    let from = 0;
    for (const expected of expectedTexts(report)) {
      const at = text.indexOf(squash(expected), from);
      expect(at, `"${expected}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + squash(expected).length;
    }
  });

  it.each(FIXTURES)(
    '%s: justified, the body loses no punctuation mark (LibreOffice drops a hanging 、/。 otherwise)',
    (name) => {
      const report = fixture(name);
      const count = (text: string) => {
        const counts = new Map<string, number>();
        for (const mark of text.match(PUNCTUATION) ?? [])
          counts.set(mark, (counts.get(mark) ?? 0) + 1);
        return counts;
      };
      const source = count(expectedTexts(report).join(''));
      const printed = count(pdfText(name));
      expect(source.size).toBeGreaterThan(3);
      for (const [mark, n] of source) {
        expect(printed.get(mark) ?? 0, `${mark} in ${name}`).toBeGreaterThanOrEqual(n);
      }
    },
  );

  it.each(FIXTURES)('%s: 表三 starts on the page of its heading, with its first rows', (name) => {
    const report = fixture(name);
    const template = getTemplate(report.template);
    const section = template.sections.find((s) => s.table === 't3');
    const first = template.tables.t3.body[0]?.find((c) => c.type === 'label');
    if (!section || first?.type !== 'label') throw new Error('no 表三');
    const pagesText = run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf(name), '-'])
      .split('\f')
      .map(squash);
    const page = pagesText.findIndex((p) => p.includes(squash(section.heading)));
    expect(page).toBeGreaterThanOrEqual(0);
    expect(pagesText[page]).toContain(squash(first.text));
  });

  it.each(FIXTURES)(
    '%s: the PDF has the tables’ numbers in order, none missing or extra',
    (name) => {
      const report = fixture(name);
      // Number cells end their line; a digit inside a label ("保留4位小数") has text after it.
      const NUMBER = /^[-+]?\d+(?:\.\d+)?$/;
      const tokens = pdfText(name)
        .split('\n')
        .flatMap((line) => {
          const words = line.trim().split(/\s+/);
          let start = words.length;
          while (start > 0 && NUMBER.test(words[start - 1] ?? '')) start--;
          return words.slice(start);
        });
      const numbers = TABLES.flatMap((id) => tableNumbers(report, id));
      // Between the first and the last table number only headings and labels stand, no digits.
      const joined = ` ${tokens.join(' ')} `;
      expect(joined).toContain(` ${numbers.join(' ')} `);
    },
  );

  it.each(FIXTURES)('%s: the PDF imports back to the same cells', async (name) => {
    const bytes = new Uint8Array(readFileSync(join(dir, 'pdf', `${name}.pdf`)));
    const result = await importPdf(bytes);
    if (!result.ok) throw new Error(result.message);
    const report = fixture(name);
    // A blank cell is printed as 0, so it comes back as 0.
    const printed = Object.fromEntries(
      Object.entries(report.cells).map(([id, value]) => [id, value ?? 0]),
    );
    expect(result.report.cells).toEqual(printed);
    expect(result.report.template).toBe(report.template);
  });

  it('text with U+FFFE, U+FFFF, controls and a lone surrogate: converts, the rest intact', () => {
    const text = squash(pdfText('xml-unsafe'));
    expect(text).toContain('青山镇人民政府2024年政府信息公开工作年度报告');
    expect(text).toContain('本年度工作有序开展。');
  });

  it.each(HTML_FIXTURES)('%s: table 三’s row labels keep their merges in HTML', (name) => {
    const report = fixture(name);
    const file = join(dir, 'html', `${name}.html`);
    expect(existsSync(file), `LibreOffice wrote ${name}.html`).toBe(true);
    const cells = elements(parse(readFileSync(file, 'utf8'))).filter((e) => e.tagName === 'td');
    const def = getTemplate(report.template).tables.t3;
    const labels = [...def.header, ...def.body]
      .flat()
      .filter((c) => c.type === 'label' && (c.role === 'row' || c.role === 'note'));
    expect(labels.length).toBeGreaterThan(25);
    for (const label of labels) {
      if (label.type !== 'label') continue;
      const found = cells.filter((td) => squash(deepText(td)) === squash(label.text));
      expect(found, label.text).toHaveLength(1);
      const td = found[0];
      expect(
        { rowspan: attr(td, 'rowspan') ?? '1', colspan: attr(td, 'colspan') ?? '1' },
        label.text,
      ).toEqual({ rowspan: String(label.rowSpan ?? 1), colspan: String(label.colSpan ?? 1) });
    }
    const rowspan = (text: string) =>
      attr(
        cells.find((td) => squash(deepText(td)) === text),
        'rowspan',
      );
    expect(rowspan('三、本年度办理结果')).toBe(report.template === '2021' ? '22' : '20');
    expect(rowspan('（三）不予公开')).toBe('8');
  });
});
