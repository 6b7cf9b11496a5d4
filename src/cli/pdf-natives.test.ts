import { describe, expect, it } from 'vitest';
import { readReport } from './read-report';

/** core-js's own test of push: the engine's push does not throw here, core-js's copy does. */
function pushIsTheEngines(): boolean {
  try {
    Object.defineProperty([], 'length', { writable: false }).push();
    return true;
  } catch {
    return false;
  }
}

describe('the command line reading a PDF', () => {
  it('leaves the process its own push, JSON.parse and JSON.stringify (pdfjs polyfills kept out)', async () => {
    const parse = JSON.parse;
    const stringify = JSON.stringify;
    expect(pushIsTheEngines()).toBe(true);
    const result = await readReport('src/fixtures/import/libreoffice-2021.pdf');
    expect(result.ok).toBe(true);
    expect(pushIsTheEngines()).toBe(true);
    expect(JSON.parse).toBe(parse);
    expect(JSON.stringify).toBe(stringify);
  });
});
