import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';
import { PortcullisError } from '../../../core/errors.js';
import type { Finding } from '../../../core/finding.js';
import type { GateContext, GateOutcome } from '../../../core/gate.js';
import { parseChecksums } from '../subjects.js';
import { loadBundles } from './bundles.js';
import { verifyBundle } from './check.js';
import { abs, option } from './inputs.js';
import { assertIdentityPolicy, type VerifyPolicy } from './policy.js';
import { BUNDLE_RULES, bundleFinding, judgeBundle, VERIFY_RULE_METAS } from './rules/index.js';
import { PA008 } from './rules/PA008.js';
import { loadTrustedRoot, trustMaterial } from './trust.js';

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

/**
 * `verify --checksums SUMS`: downloaded files against a checksums file, and with `--bundle`
 * the Sigstore signature of the checksums file itself (a plain signature as `cosign sign-blob
 * --bundle` writes, or a DSSE statement naming it), under the same identity policy.
 */
export async function verifyChecksums(
  ctx: GateContext,
  policy: VerifyPolicy,
  sums: string,
): Promise<GateOutcome> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs(ctx.cwd, sums));
  } catch (cause) {
    throw new PortcullisError('PATH_NOT_FOUND', `checksums file not found: ${sums}`, { file: sums, cause });
  }
  const only = ctx.targets.filter((t) => t !== '.');
  const { findings, checked } = await checkChecksums(ctx.cwd, sums, bytes.toString('utf8'), only);
  const notes: string[] = [];
  const bundleArg = option(ctx, 'bundle');
  if (bundleArg) {
    assertIdentityPolicy(policy);
    const rootFile = option(ctx, 'trusted-root');
    const trust = trustMaterial(
      await loadTrustedRoot(rootFile && abs(ctx.cwd, rootFile)),
      policy.publicKeyPem,
    );
    const artifact = {
      name: basename(sums),
      digests: { sha256: createHash('sha256').update(bytes).digest('hex') },
      bytes,
    };
    const judged = loadBundles(abs(ctx.cwd, bundleArg), bundleArg).bundles.map((b) =>
      b.parseError
        ? [bundleFinding(BUNDLE_RULES[0].meta, b.label, `${b.label}: ${b.parseError}`)]
        : judgeBundle(verifyBundle(b.json, b.label, artifact, trust, policy, new Date())),
    );
    if (!judged.some((f) => f.length === 0)) findings.push(...judged.flat());
  } else {
    notes.push(`${sums} itself is not authenticated: give --bundle with its Sigstore signature`);
  }
  return {
    findings,
    errors: [],
    rules: [...VERIFY_RULE_METAS],
    notes,
    scanned: [sums, ...checked],
    extra: { checksums: { file: sums, checked: checked.length } },
  };
}
