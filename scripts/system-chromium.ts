import { execFileSync } from 'node:child_process';

/**
 * A system Chromium when there is one: $CHROMIUM_PATH first, then `chromium` on PATH. Undefined
 * means "use Playwright's own browser" (after `npx playwright install chromium`).
 */
export function systemChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH: try the next name
    }
  }
  return undefined;
}

/** Chromium flags for machines with no network: keep it from trying to reach Google. */
export const OFFLINE_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
