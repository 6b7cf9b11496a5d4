/**
 * PDFs carrying actions (issue 19): a JavaScript /OpenAction, document and page-open scripts, a
 * /Launch link and a /URI link, added to real LibreOffice PDFs (scripts/make-action-pdfs.sh).
 * pdfjs sees every one of them; the import runs none (it never asks pdfjs for them, and pdfjs
 * evaluates nothing: isEvalSupported is off) and reads the text as if they were not there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureReport, fixtureUrl } from '../../testing/fixtures';
import { importPdf } from './import-pdf';

const bytes = (name: string) => new Uint8Array(readFileSync(fixtureUrl(`import/${name}`)));

describe('a PDF with JavaScript, Launch and URI actions', () => {
  it('carries the actions, as pdfjs reads them', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = pdfjs.getDocument({ data: bytes('actions-one-page-2021.pdf'), verbosity: 0 });
    const document = await task.promise;
    expect(Object.keys((await document.getJSActions()) ?? {}).sort()).toEqual([
      'OpenAction',
      'WillClose',
      'init',
    ]);
    const page = await document.getPage(1);
    expect(Object.keys(await page.getJSActions())).toEqual(['PageOpen']);
    const links = (await page.getAnnotations()) as { subtype: string; unsafeUrl?: string }[];
    expect(links.map((a) => [a.subtype, a.unsafeUrl])).toEqual([
      ['Link', 'cmd.exe'],
      ['Link', 'http://example.invalid/track'],
    ]);
    expect(document.numPages).toBe(1);
    await task.destroy();
  });

  it('is read like the same PDF without them: one tall page of the whole report', async () => {
    const result = await importPdf(bytes('actions-one-page-2021.pdf'));
    if (!result.ok) throw new Error(result.message);
    const example = fixtureReport('reports/example-2021.json');
    expect(result.report.meta.org).toBe(example.meta.org);
    expect(result.report.cells).toEqual(example.cells);
    expect(result.notes).toEqual([]);
  });

  it('is read like the same PDF without them: the 5-page LibreOffice report', async () => {
    const [withActions, without] = await Promise.all([
      importPdf(bytes('actions-libreoffice-2021.pdf')),
      importPdf(bytes('libreoffice-2021.pdf')),
    ]);
    expect(withActions.ok).toBe(true);
    expect(withActions).toEqual(without);
  });
});
