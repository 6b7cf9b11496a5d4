/**
 * What the pack's screens (ocr-ui.js, built by vite.ocr-ui.config.ts) take from the single file
 * rather than carry themselves: React, and these few functions of the page. The build checks
 * that the screens use nothing else of them; ocr-host.ts provides exactly these.
 */
export const HOST_NAMES = {
  core: ['cellsOf', 'cellTitle', 'getTemplate'],
  orgs: ['knownOrgNames'],
  // The review desk's scans: the same module instances as the page's rows (desk-scan-row.tsx).
  scans: [
    'deskOrgNames',
    'dropScanFile',
    'keepScanPages',
    'onScanKept',
    'scanEntry',
    'scanFile',
    'scanKind',
    'scanPages',
    'unconfirmedCells',
    'waitingScans',
  ],
  deskState: ['deskOcrState'],
  store: ['useStore'],
} as const;

/** The modules of the page the screens take from the host, by host key (paths from src/ui/ocr). */
export const HOST_MODULES = {
  core: '../../core/index.ts',
  orgs: './known-orgs.ts',
  scans: '../../workspace/review/desk-scans.ts',
  deskState: './desk-scan-state.ts',
  store: '../use-store.ts',
} as const satisfies Record<keyof typeof HOST_NAMES, string>;
