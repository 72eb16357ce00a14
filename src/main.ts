import { setFlagsFromString } from 'node:v8';

// The bash grammar is a 1.3 MB WASM module: V8's optimising tier recompiles it in the background
// and holds process exit for about half a second. Its baseline code is fast enough for the
// scripts of Dockerfiles, so the bundle stays on it (measured: lint of examples/ 0.79 s → 0.30 s).
setFlagsFromString('--liftoff-only');

export { runAction } from './actions/run-action.js';
export { main } from './cli/main.js';
