// Builds dist/: one shared ncc bundle (dist/index.js) and a stub per action that calls it,
// as codeql-action does, so the repository carries one copy of every dependency.
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
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
// web-tree-sitter loads its grammar and runtime as files next to the running module.
for (const wasm of ['web-tree-sitter/web-tree-sitter.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm']) {
  copyFileSync(require.resolve(wasm), join(dist, wasm.split('/')[1]));
}
execFileSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/generate.ts'], { stdio: 'inherit' });
