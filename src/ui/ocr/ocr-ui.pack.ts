/**
 * The pack's ocr-ui.js (vite.ocr-ui.config.ts): the OCR screens for the single file, which lends
 * them React and a few functions (ocr-host.ts) and runs this script by its hash
 * (load-screens.single.ts). Its styles go in as a constructed style sheet.
 */
import css from './ocr.css?inline';
import { SCREENS_GLOBAL, type OcrScreens } from './ocr-screens';
import { startOcrRunner } from './ocr-runner';
import { screens } from './ocr-ui';

const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
(globalThis as unknown as Record<string, unknown>)[SCREENS_GLOBAL] = {
  ...screens,
  startRunner: startOcrRunner,
} satisfies OcrScreens;
