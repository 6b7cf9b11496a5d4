// The CLI as plain JavaScript, so a run does not pay for TypeScript at run time.
//
// Through tsx every module of the CLI (and pdfjs, and each worker thread's copy of them) went
// through tsx's loader thread and had its source map parsed: about a second of CPU per thread
// before the first file. Here esbuild bundles src/cli once into node_modules/.cache/gongkai-cli
// (its dependencies stay in node_modules, loaded by Node as they are), after `npm install`
// (`prepare`) or on the first run, and again whenever a source it was built from has changed:
// every run compares the size and time of each of those files with what the build recorded
// (a few hundred stat calls, under a millisecond). Anything amiss — no esbuild, a read-only
// folder, a failed build — and bin/gongkai.js runs the sources through tsx as before.
// GONGKAI_NO_BUNDLE=1 asks for tsx (for comparing the two); GONGKAI_CLI_CACHE names another
// cache folder (the tests'), which must be inside the project for the dependencies to resolve.
import { randomBytes } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = process.env.GONGKAI_CLI_CACHE
  ? `${resolve(process.env.GONGKAI_CLI_CACHE)}/`
  : `${ROOT}node_modules/.cache/gongkai-cli/`;
const MANIFEST = `${CACHE}manifest.json`;
/** The modules a run starts from: the command line, and each worker thread of `check --jobs`. */
const ENTRIES = ['src/cli/main.ts', 'src/cli/check-worker.ts'];
/** Files the build depends on besides the sources it reads. */
const CONFIG = ['bin/cli-bundle.js', 'package.json', 'tsconfig.json', 'tsconfig.base.json'];
/** Builds older than this, no longer current, are removed (a running CLI may still load one). */
const OLD_MS = 24 * 3600 * 1000;

/** What a file was when it was built from: size and modification time. */
function signature(path) {
  try {
    const stat = statSync(ROOT + path);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

/** The current build's folder when every file it was built from is as it was, else undefined. */
function freshBuild() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof manifest?.dir !== 'string' || typeof manifest.inputs !== 'object') return undefined;
  for (const [path, was] of Object.entries(manifest.inputs)) {
    if (signature(path) !== was) return undefined;
  }
  const dir = `${CACHE}${manifest.dir}/`;
  try {
    statSync(`${dir}main.js`);
  } catch {
    return undefined;
  }
  return dir;
}

/**
 * Builds the CLI into a new folder of the cache and makes it current; returns that folder.
 * Several runs building at once each write their own folder, and the last one's manifest wins.
 */
export async function buildCli() {
  const { build } = await import('esbuild');
  const dir = `b-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  const started = Date.now();
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: CACHE + dir,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = {};
  for (const path of [...Object.keys(result.metafile.inputs), ...CONFIG]) {
    inputs[path] = signature(path);
  }
  // A source saved while esbuild read it: use this build once, but do not record it as current.
  const changed = Object.keys(inputs).some((path) => {
    const [, mtime] = inputs[path].split(':');
    return Number(mtime) >= started;
  });
  if (!changed) {
    const temp = `${MANIFEST}.${dir}`;
    writeFileSync(temp, JSON.stringify({ dir, inputs }));
    renameSync(temp, MANIFEST);
    removeOldBuilds(dir);
  }
  return `${CACHE}${dir}/`;
}

function removeOldBuilds(current) {
  for (const name of readdirSync(CACHE)) {
    if (name === current || name === 'manifest.json') continue;
    try {
      if (Date.now() - statSync(CACHE + name).mtimeMs > OLD_MS) {
        rmSync(CACHE + name, { recursive: true, force: true });
      }
    } catch {
      // Another run removed it first.
    }
  }
}

/** The bundled CLI's main module, built first if needed; undefined when it cannot be had. */
export async function bundledCli() {
  if (process.env.GONGKAI_NO_BUNDLE) return undefined;
  try {
    const dir = freshBuild() ?? (await buildCli());
    return await import(pathToFileURL(`${dir}main.js`).href);
  } catch {
    return undefined;
  }
}

// `node bin/cli-bundle.js` (npm's `prepare`): build now, so the first run is quick. It never
// fails an install: without a build the CLI runs through tsx.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    mkdirSync(CACHE, { recursive: true });
    await buildCli();
  } catch (error) {
    console.warn(`gongkai: CLI not prebuilt (${error.message}); it will run through tsx.`);
  }
}
