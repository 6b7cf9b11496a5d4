/** The Word export's font choices, kept in this browser for every report. */
import {
  BODY_FONTS,
  DEFAULT_DOCX_OPTIONS,
  KAI_FONTS,
  TABLE_FONTS,
  type DocxOptions,
} from '../../core';
import { readSetting, SETTING_KEYS, writeSetting } from './settings-store';

/** Choices storage refused to keep: they hold for this page. */
let unsaved: Required<DocxOptions> | undefined;

function pick<T extends string>(choices: readonly T[], value: unknown, fallback: T): T {
  return choices.includes(value as T) ? (value as T) : fallback;
}

export function loadDocxOptions(): Required<DocxOptions> {
  if (unsaved) return unsaved;
  let saved: Record<string, unknown> = {};
  try {
    saved = JSON.parse(readSetting(SETTING_KEYS.docxFonts) ?? '{}') as Record<string, unknown>;
  } catch {
    // a broken setting is not worth an error: use the defaults
  }
  return {
    bodyFont: pick(BODY_FONTS, saved.bodyFont, DEFAULT_DOCX_OPTIONS.bodyFont),
    kaiFont: pick(KAI_FONTS, saved.kaiFont, DEFAULT_DOCX_OPTIONS.kaiFont),
    tableFont: pick(TABLE_FONTS, saved.tableFont, DEFAULT_DOCX_OPTIONS.tableFont),
  };
}

export function saveDocxOptions(options: Required<DocxOptions>): void {
  unsaved = writeSetting(SETTING_KEYS.docxFonts, JSON.stringify(options)) ? undefined : options;
}
