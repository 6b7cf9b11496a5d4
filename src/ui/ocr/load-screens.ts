/**
 * The OCR screens in the hosted build: a lazy chunk, fetched only when a scan comes. The single
 * file takes them from the pack instead (load-screens.single.ts).
 */
import type { OcrScreens } from './ocr-screens';

/** The OCR screens, once the page has a pack (`status` is not 'none'). */
export const loadOcrScreens = (): Promise<OcrScreens> => import('./ocr-ui').then((m) => m.screens);
