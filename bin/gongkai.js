#!/usr/bin/env node
// Runs the CLI: the bundle built from src/cli (cli-bundle.js), or the TypeScript itself through
// tsx when there is no bundle to be had. Either way no build step is needed after `npm install`.
import { bundledCli } from './cli-bundle.js';

// `gongkai check … | head`: once the reader has gone, stop quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

let cli = await bundledCli();
if (!cli) {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli/main.ts');
}
process.exitCode = await cli.main(process.argv.slice(2));
