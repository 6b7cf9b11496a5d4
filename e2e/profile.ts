/**
 * A browser with a profile on disk, as a clerk's is: launched, killed outright and launched again
 * on the same profile, to see what survives.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { OFFLINE_ARGS, systemChromium } from '../scripts/system-chromium';

const executable = () => systemChromium() ?? chromium.executablePath();

export function newProfileDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-profile-'));
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Playwright's persistent context on `dir` (closed normally by the caller). `serviceWorkers:
 * 'block'` is a browser whose page runs without one.
 */
export function launchProfile(
  dir: string,
  baseURL: string,
  options: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: executable(),
    args: OFFLINE_ARGS,
    baseURL,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
    ...options,
  });
}

/**
 * Chromium started by hand on `dir`, so the test holds its process and can kill it with SIGKILL
 * (browser and every child at once: its own process group), as a crash or power cut would.
 */
export async function spawnProfile(
  dir: string,
): Promise<{ browser: Browser; context: BrowserContext; kill: () => Promise<void> }> {
  const child: ChildProcess = spawn(
    executable(),
    [
      ...OFFLINE_ARGS,
      '--headless=new',
      '--no-sandbox', // as Playwright launches it (chromiumSandbox: false)
      `--user-data-dir=${dir}`,
      '--remote-debugging-port=0',
      '--lang=zh-CN',
      '--window-size=1280,800',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (found?.[1]) resolve(found[1]);
    });
    child.once('exit', (code) => {
      reject(new Error(`chromium exited (${String(code)}): ${text}`));
    });
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('no default context');
  const kill = async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    await exited;
  };
  return { browser, context, kill };
}
