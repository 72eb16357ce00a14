import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// The bash grammar is a 1.3 MB WASM module: V8's optimising tier recompiles it in the background
// and holds process exit for about half a second. Its baseline code is fast enough for the
// scripts of Dockerfiles, so the bundle stays on it (measured: lint of examples/ 0.79 s → 0.30 s).
setFlagsFromString('--liftoff-only');

// CommonJS dependencies bundled into this ES module (e.g. @cyclonedx/cyclonedx-library's
// resource paths) read `__dirname` at load; lazily loaded chunks find it here.
const globals = globalThis as { __dirname?: string; __filename?: string };
globals.__filename ??= fileURLToPath(import.meta.url);
globals.__dirname ??= dirname(globals.__filename);

export { runAction } from './actions/run-action.js';
export { main } from './cli/main.js';
