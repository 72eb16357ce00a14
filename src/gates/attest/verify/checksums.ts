import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Finding } from '../../../core/finding.js';
import { parseChecksums } from '../subjects.js';
import { PA008 } from './rules/PA008.js';

function hashFile(path: string, algorithm: string): Promise<string> {
  return new Promise((done, fail) => {
    const hash = createHash(algorithm);
    createReadStream(path)
      .on('error', fail)
      .on('data', (c) => hash.update(c))
      .on('end', () => done(hash.digest('hex')));
  });
}

/**
 * Checks downloaded files against a checksums file as `sha256sum -c` does: names resolve
 * against the working directory, and every listed file must be present and match. With
 * `only`, just those files are checked, and each must be listed.
 */
export async function checkChecksums(
  cwd: string,
  sumsFile: string,
  text: string,
  only: readonly string[],
): Promise<{ findings: Finding[]; checked: string[] }> {
  const lines = text.split(/\r?\n/);
  const entries = parseChecksums(text, sumsFile);
  const findings: Finding[] = [];
  const checked: string[] = [];
  const at = (line: number, message: string): Finding => ({
    ruleId: PA008.meta.id,
    severity: PA008.meta.severity,
    security: true,
    message,
    file: sumsFile,
    line,
    column: 1,
    endLine: line,
    endColumn: (lines[line - 1] ?? '').trimEnd().length + 1,
    snippet: (lines[line - 1] ?? '').trim(),
  });
  const wanted = new Set(only);
  for (const e of entries) {
    if (wanted.size && !wanted.has(e.name)) continue;
    wanted.delete(e.name);
    const path = isAbsolute(e.name) ? e.name : resolve(cwd, e.name);
    if (!existsSync(path)) {
      findings.push(at(e.line, `${e.name}: listed in ${sumsFile} but missing`));
      continue;
    }
    const actual = await hashFile(path, e.algorithm);
    checked.push(e.name);
    if (actual !== e.digest) {
      findings.push(at(e.line, `${e.name}: ${e.algorithm} is ${actual}, ${sumsFile} says ${e.digest}`));
    }
  }
  for (const name of wanted) findings.push(at(1, `${name}: not listed in ${sumsFile}`));
  return { findings, checked };
}
