/** What the page says about scans where it cannot read them itself (the review desk). */

/** The name of the OCR pack file a single-file user loads (gongkai-ocr-pack-<version>.zip). */
export const PACK_FILE_PREFIX = 'gongkai-ocr-pack';

/**
 * A scan (no text layer) dropped on the review desk, before OCR has read it: the desk reads it
 * with the OCR pack (the row shows the run, or what to load), and its OCR'd cells count as read
 * as printed only once the reviewer confirms them against the page.
 */
export const DESK_SCAN_MESSAGE = `扫描件（没有文字层）：尚未用 OCR 识别。网页版自带 OCR 识别包；单文件版请加载 ${PACK_FILE_PREFIX}-….zip（加载 OCR 识别包）。`;

/** Begins the note of a scan whose pages do not decide its format (import-scanned.ts). */
export const FORMAT_DOUBT = '格式存疑：';
