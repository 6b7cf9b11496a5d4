/**
 * The OCR screens as the import panel sees them, wherever their code comes from: a lazy chunk of
 * the hosted build (load-screens.ts), or the pack's own script in the single file
 * (load-screens.single.ts), so the one file does not carry screens only a pack can use.
 */
import type { ComponentType } from 'react';
import type { ImportResult } from '../../core/import';
import type { PackStatus } from './ocr-pack';
import type { BatchEntry } from '../../workspace/review/batch-entry';

type Recognised = Extract<ImportResult, { ok: true }>;

/** Reading a scan with a pack the page has: 开始 OCR 识别, progress per page, 取消. */
export interface OcrRunProps {
  readonly file: File;
  readonly kind: 'pdf' | 'image';
  readonly status: Exclude<PackStatus, 'none'>;
  readonly onResult: (result: Recognised, pages: readonly Blob[]) => void;
}

/** The scan's OCR'd cells confirmed against the page images. */
export interface OcrConfirmProps {
  readonly result: Recognised;
  readonly pages: readonly Blob[];
  readonly onChange: (result: Recognised) => void;
  /** Names to compare the OCR'd 机关名称 with (the review batch's, the expected list); else the drafts'. */
  readonly knownOrgs?: readonly string[];
}

/** The screens a pack brings. */
export interface OcrScreens {
  readonly OcrRun: ComponentType<OcrRunProps>;
  readonly OcrConfirm: ComponentType<OcrConfirmProps>;
  /** The review desk's scans read one at a time, with progress and 取消 (desk-ocr-run.tsx). */
  readonly DeskOcrRun: ComponentType<DeskOcrRunProps>;
  /** A scan opened on the desk: the near 机关名称 and the per-cell confirm (desk-scan-detail.tsx). */
  readonly DeskScanDetail: ComponentType<DeskScanDetailProps>;
  /** The single file's OCR runner frame, started by the pack's script (ocr-runner.ts); not hosted. */
  readonly startRunner?: () => void;
}

/** The desk's OCR queue: its batch, where each scan's entry goes once read, the pack. */
export interface DeskOcrRunProps {
  readonly entries: readonly BatchEntry[];
  readonly onRead: (entry: BatchEntry) => void;
  readonly status: Exclude<PackStatus, 'none'>;
}

/** A scan opened on the desk, the batch's entries and expected units to compare its name with. */
export interface DeskScanDetailProps {
  readonly entry: BatchEntry;
  readonly entries: readonly BatchEntry[];
  /** 应报送单位名单 as the reviewer typed it. */
  readonly expected: string;
  readonly onEntry: (entry: BatchEntry) => void;
}

/** Where the pack's script puts its screens in the single file (load-screens.single.ts). */
export const SCREENS_GLOBAL = '__gongkaiOcrScreens';
/** Where the single file puts what the pack's screens use of the page (ocr-host.ts). */
export const HOST_GLOBAL = '__gongkaiOcrHost';
