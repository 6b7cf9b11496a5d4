/** The name of the OCR pack file a single-file user loads (gongkai-ocr-pack-<version>.zip). */
export const PACK_FILE_PREFIX = 'gongkai-ocr-pack';
