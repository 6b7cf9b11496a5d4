#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx: no build step after `npm install`.
import { register } from 'tsx/esm/api';

// `gongkai check … | head`: once the reader has gone, stop quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
