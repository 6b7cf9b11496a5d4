/**
 * What the single file lends the pack's screens (see ocr-host-names.ts): its own React — one
 * React for the whole page — and the few functions they call, so the screens carry none of it.
 */
import * as react from 'react';
import * as jsx from 'react/jsx-runtime';
import { cellsOf, cellTitle, getTemplate } from '../../core';
import * as scans from '../../workspace/review/desk-scans';
import { useStore } from '../use-store';
import { deskOcrState } from './desk-scan-state';
import { knownOrgNames } from './known-orgs';
import type { HOST_NAMES } from './ocr-host-names';

type Lent = { [K in keyof typeof HOST_NAMES]: Record<(typeof HOST_NAMES)[K][number], unknown> };

/** The host object the screens' script reads (ocr-screens.ts, HOST_GLOBAL). */
export const host = {
  react,
  jsx,
  core: { cellsOf, cellTitle, getTemplate },
  orgs: { knownOrgNames },
  scans,
  deskState: { deskOcrState },
  store: { useStore },
} satisfies Lent & { react: unknown; jsx: unknown };
