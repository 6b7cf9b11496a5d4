/**
 * Scans in the review batch: the desk keeps a scan's file (in memory, for this page) until the
 * OCR pack reads it, then the page images beside its report so the reviewer can confirm the
 * OCR'd cells against them. A scan's entry is checked with its provenance: findings on OCR cells
 * nobody confirmed are reading doubts, never the report's errors.
 */
import { checkAll, parseOrgList, sortFindings, type Provenance, type Report } from '../../core';
import { profileCheckOptions } from '../profile/profile-store';
import type { BatchEntry } from './batch-entry';

/** A scan's kind by its name: a PDF, or a page image. */
export const scanKind = (name: string): 'pdf' | 'image' =>
  name.toLowerCase().endsWith('.pdf') ? 'pdf' : 'image';

const files = new Map<string, File>();
const pages = new Map<string, readonly Blob[]>();

const listeners = new Set<() => void>();

/** Hear of scan files kept (the desk's OCR queue starts on them); returns the unsubscribe. */
export function onScanKept(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Keep a scan's file until it is read by OCR (the entry's id is the file's content id). */
export function keepScan(id: string, file: File): void {
  files.set(id, file);
  for (const listener of listeners) listener();
}

/** Forget a scan's file once it is read (its page images stay for the confirm panel). */
export function dropScanFile(id: string): void {
  files.delete(id);
}

/** The scan's file, when this page still has it (a reload loses it: the file is dropped again). */
export const scanFile = (id: string): File | undefined => files.get(id);

/** The batch's scans not read yet whose files this page has, in the batch's order. */
export const waitingScans = (entries: readonly BatchEntry[]): BatchEntry[] =>
  entries.filter((e) => e.scan && !e.report && files.has(e.id));

/** Keep the page images OCR rendered, for the confirm panel. */
export function keepScanPages(id: string, images: readonly Blob[]): void {
  pages.set(id, images);
}

/** The scan's page images, when this page rendered them. */
export const scanPages = (id: string): readonly Blob[] | undefined => pages.get(id);

/** How many of the entry's OCR'd cells nobody has confirmed yet (undefined: not OCR'd). */
export function unconfirmedCells(entry: Pick<BatchEntry, 'provenance'>): number | undefined {
  const sources = Object.values(entry.provenance ?? {}).flatMap((p) =>
    p.source === 'ocr' ? [p] : [],
  );
  if (sources.length === 0) return undefined;
  return sources.filter((p) => !p.confirmed).length;
}

/** A scan's entry once read by OCR (or its cells confirmed): the report checked with its provenance. */
export function scanEntry(
  entry: BatchEntry,
  read: {
    report: Report;
    provenance: Provenance;
    notes?: readonly string[];
    unplaced?: readonly string[];
  },
): BatchEntry {
  const { error: _error, lastYearId: _last, ...rest } = entry;
  const findings = sortFindings(
    checkAll(read.report, undefined, { ...profileCheckOptions(), provenance: read.provenance }),
  );
  return {
    ...rest,
    report: read.report,
    provenance: read.provenance,
    notes: read.notes ?? entry.notes,
    unplaced: read.unplaced ?? entry.unplaced,
    findings,
  };
}

/** The names a scan's OCR'd 机关名称 is compared with: the batch's other reports' and the expected units. */
export function deskOrgNames(
  entries: readonly BatchEntry[],
  expected: string,
  self: string,
): string[] {
  const names = entries.flatMap((e) => (e.id !== self && e.report ? [e.report.meta.org] : []));
  return [...new Set([...names, ...parseOrgList(expected)])];
}
