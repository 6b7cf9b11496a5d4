// A worker thread's entry: it starts without the tsx hooks that bin/gongkai.js registered in the
// main thread (Node 20 does not pass them on), so it registers its own, then runs the TypeScript
// module named in workerData (see ordered-pool.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
