/** The OCR screens in one module: the hosted build's lazy chunk, and the pack's script (ocr-ui.pack.ts). */
import { OcrConfirm } from './ocr-confirm';
import { OcrRun } from './ocr-run';
import type { OcrScreens } from './ocr-screens';
import { DeskOcrRun } from './desk-ocr-run';
import { DeskScanDetail } from './desk-scan-detail';

/** The screens, as load-screens.ts hands them to the import panel. */
export const screens: OcrScreens = { OcrRun, OcrConfirm, DeskOcrRun, DeskScanDetail };
