// Builds dist/: one shared ncc bundle (dist/index.js) and a stub per action that calls it,
// as codeql-action does, so the repository carries one copy of every dependency.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dist = 'dist';
rmSync(dist, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    require.resolve('@vercel/ncc/dist/ncc/cli.js'),
    'build',
    'src/main.ts',
    '-o',
    dist,
    '-q',
    '--license',
    'licenses.txt',
  ],
  {
    stdio: 'inherit',
  },
);
// web-tree-sitter's ESM build does `await import('module')` for createRequire; webpack turns that
// into a namespace shim of the CommonJS external, which lacks createRequire at run time. Restore the
// native dynamic import of the Node builtin.
const external =
  /\/\*{3}\/ (\d+):\n\/\*{3}\/ \(\(module\) => \{\n\nmodule\.exports = __WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\("module"\);/;
const id = external.exec(readFileSync(join(dist, 'index.js'), 'utf8'))?.[1];
let patched = 0;
for (const file of readdirSync(dist).filter((f) => f.endsWith('.js'))) {
  const path = join(dist, file);
  const text = readFileSync(path, 'utf8');
  const shim = `Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, ${id}, 19))`;
  if (id && text.includes(shim)) {
    writeFileSync(path, text.replaceAll(shim, 'import("node:module")'));
    patched++;
  }
}
if (patched === 0)
  throw new Error('bundle: the dynamic import of node:module in web-tree-sitter was not found');
// web-tree-sitter loads its grammar and runtime as files next to the running module.
for (const wasm of ['web-tree-sitter/web-tree-sitter.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm']) {
  copyFileSync(require.resolve(wasm), join(dist, wasm.split('/')[1]));
}
execFileSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/generate.ts'], { stdio: 'inherit' });
