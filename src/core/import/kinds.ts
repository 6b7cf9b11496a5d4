/**
 * The one list of what the importers read: each input kind, how people call it, the extensions
 * file pickers offer and those also read when given (a .md of pasted text, an .xhtml page). The
 * page's `accept`, the review desk's folder filter, importAny's choice by extension and its
 * message for an unknown file all derive from it. Light on purpose: the page's first bundle
 * takes it without the importers.
 */
import type { InputKind } from './import-result';

interface ImportKind {
  readonly kind: InputKind;
  /** The kind in the user's words. */
  readonly label: string;
  /** Offered by file pickers and folder filters, the first named in messages. */
  readonly offered: readonly string[];
  /** Also read when a file has them, not offered. */
  readonly alsoRead?: readonly string[];
}

/** Every kind of input, in the order messages name them. */
export const IMPORT_KINDS: readonly ImportKind[] = [
  { kind: 'json', label: '报告文件', offered: ['json'] },
  { kind: 'text', label: '文本', offered: ['txt'], alsoRead: ['text', 'md'] },
  { kind: 'docx', label: 'Word 文档', offered: ['docx'] },
  { kind: 'html', label: '网页', offered: ['html', 'htm'], alsoRead: ['xhtml'] },
  { kind: 'pdf', label: 'PDF', offered: ['pdf'] },
  { kind: 'image', label: '扫描图片', offered: ['png', 'jpg', 'jpeg'] },
];

/** Extensions (with the dot) file pickers offer, e.g. for `accept`. */
export const IMPORT_EXTENSIONS: readonly string[] = IMPORT_KINDS.flatMap((k) =>
  k.offered.map((ext) => `.${ext}`),
);

/**
 * Old Office formats (Word 97–2003, WPS, Excel/ET, RTF): not read, but taken, so that a clerk who
 * picks one (or a folder holding one) is told how to save it as a file that is (legacy-office.ts).
 */
export const LEGACY_EXTENSIONS: readonly string[] = [
  'doc',
  'dot',
  'wps',
  'wpt',
  'rtf',
  'et',
  'xls',
];

/** A file input's `accept`: every importable kind, and the old formats answered with a message. */
export const IMPORT_ACCEPT = [...IMPORT_EXTENSIONS, ...LEGACY_EXTENSIONS.map((e) => `.${e}`)].join(
  ',',
);

const BY_EXTENSION: ReadonlyMap<string, InputKind> = new Map(
  IMPORT_KINDS.flatMap((k) => [...k.offered, ...(k.alsoRead ?? [])].map((ext) => [ext, k.kind])),
);

/** The kind an extension (without the dot, any case) names, if the importers read it. */
export function kindOfExtension(ext: string): InputKind | undefined {
  return BY_EXTENSION.get(ext.toLowerCase());
}

/** The kinds as a message names them: 报告文件（.json）、…或扫描图片（.png/.jpg）. */
export function importKindsText(): string {
  const named = IMPORT_KINDS.map(
    (k) =>
      `${k.label}（${k.offered
        .slice(0, 2)
        .map((ext) => `.${ext}`)
        .join('/')}）`,
  );
  return `${named.slice(0, -1).join('、')}或${named.at(-1) ?? ''}`;
}
