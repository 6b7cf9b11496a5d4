/**
 * The edits to pdfjs's worker code (pdfjs-text-worker.ts) match the installed pdfjs exactly, and
 * a pdfjs they do not match loads unchanged. That the readings stay the same is checked by the
 * CLI's PDF tests (read-report, main) and, over 213 PDFs, by scripts/pdf-readings.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { editedWorker } from './pdfjs-text-worker';

const path = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
const source = readFileSync(path, 'utf8');

describe('editedWorker', () => {
  it('edits the installed pdfjs: no font files for drawing, paths with the text, zlib inflating', () => {
    const edited = editedWorker(source, 'file:///pdfjs/pdf.worker.mjs');
    expect(edited).toBeDefined();
    expect(edited).toContain('gongkaiNoDrawing = evaluatorOptions.disableFontFace === false;');
    expect(edited).toContain('this.data = gongkaiNoDrawing ? undefined : this.wrap(');
    expect(edited).toContain('if (gongkaiNoDrawing) return undefined;');
    expect(edited).toContain('if (gongkaiPaths) self.buildPath(fn, args, gongkaiPaths);');
    expect(edited).toContain(
      'if (gongkaiPaths && prevRefs === null) textContent.items.push({ type: "gongkaiPathsRead" });',
    );
    expect(edited).toContain('gongkaiZlib.inflateSync(bytes)');
    expect(edited).toContain('Object.assign(Object.create(TextState.prototype), this)');
    expect(edited).not.toContain('import.meta.url');
    expect(edited).toContain('"file:///pdfjs/pdf.worker.mjs"');
    expect(edited).not.toMatch(/sourceMappingURL/);
  });

  it('leaves a pdfjs it does not match alone', () => {
    const changed = source.replace('class Type1Font {', 'class Type1Program {');
    expect(editedWorker(changed, 'file:///x.mjs')).toBeUndefined();
    const twice = source + '\nclass Type1Font {\n}\n';
    expect(editedWorker(twice, 'file:///x.mjs')).toBeUndefined();
  });
});
