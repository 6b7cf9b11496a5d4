/**
 * bin/gongkai.js runs the CLI bundled by bin/cli-bundle.js: built on the first run, reused while
 * its sources stand still, rebuilt when one changes, and the same output as the sources through
 * tsx — worker threads included.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureUrl } from '../testing/fixtures';
import { main } from './main';

const root = new URL('../..', import.meta.url).pathname;
const bin = join(root, 'bin/gongkai.js');
// Inside the project, as the bundle's dependencies resolve from node_modules.
const cache = join(root, `node_modules/.cache/gongkai-cli-test-${process.pid}`);
const manifest = join(cache, 'manifest.json');
const exec = promisify(execFile);

interface Manifest {
  dir: string;
  inputs: Record<string, string>;
}
const current = () => JSON.parse(readFileSync(manifest, 'utf8')) as Manifest;

function run(args: string[], env: Record<string, string>) {
  return exec(process.execPath, [bin, ...args], {
    env: { ...process.env, ...env },
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: unknown) => error as { stdout: string; stderr: string; code: number });
}

afterAll(() => {
  rmSync(cache, { recursive: true, force: true });
});

describe('the bundled CLI', () => {
  const pdfs = ['import/libreoffice-2021.pdf', 'import/narrow-total-2021.pdf'].map(
    (name) => fixtureUrl(name).pathname,
  );
  const args = ['check', '--json', '--jobs', '2', ...pdfs];

  it('prints what the sources print, PDFs read in its worker threads', async () => {
    const bundled = await run(args, { GONGKAI_CLI_CACHE: cache });
    // The sources, here (one job prints what two print: check-command.ts).
    let out = '';
    let err = '';
    const status = await main(['check', '--json', '--jobs', '1', ...pdfs], {
      out: (text) => (out += text),
      err: (text) => (err += text),
    });
    expect(current().inputs['src/cli/check-worker.ts']).toBeDefined();
    expect(bundled.stdout).toContain('"template": "2021"');
    expect(bundled.stdout).toBe(out);
    expect(bundled.stderr).toBe(err);
    expect('code' in bundled ? bundled.code : 0).toBe(status);
  }, 120_000);

  it('is reused while its sources stand still and rebuilt when one changes', async () => {
    const built = current().dir;
    await run(['--help'], { GONGKAI_CLI_CACHE: cache });
    expect(current().dir).toBe(built);
    // A source as if edited since the build: its recorded size and time no longer match.
    const edited = current();
    edited.inputs['src/cli/main.ts'] = '0:0';
    writeFileSync(manifest, JSON.stringify(edited));
    const help = await run(['--help'], { GONGKAI_CLI_CACHE: cache });
    expect(help.stdout).toContain('gongkai check FILE...');
    expect(current().dir).not.toBe(built);
    expect(current().inputs['src/cli/main.ts']).not.toBe('0:0');
  }, 60_000);
});
