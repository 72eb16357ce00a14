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
import type { OpenPgpResult } from './openpgp.js';
import { isClearSigned, looksLikeOpenPgp } from './openpgp-format.js';
import { assertIdentityPolicy, type VerifyPolicy } from './policy.js';
import { BUNDLE_RULES, bundleFinding, judgeBundle, VERIFY_RULE_METAS } from './rules/index.js';
import { PA002 } from './rules/PA002.js';
import { PA003 } from './rules/PA003.js';
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
 * `only`, just those files are checked, and each must be listed. `lineOffset` places the lines
 * of a clear-signed file's text at their lines of the file.
 */
export async function checkChecksums(
  cwd: string,
  sumsFile: string,
  text: string,
  only: readonly string[],
  lineOffset = 0,
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
    line: line + lineOffset,
    column: 1,
    endLine: line + lineOffset,
    endColumn: (lines[line - 1] ?? '').trimEnd().length + 1,
    snippet: (lines[line - 1] ?? '').trim(),
  });
  const wanted = new Set(only);
  const unlisted = new Set(only);
  for (const e of entries) {
    if (wanted.size && !wanted.has(e.name)) continue;
    unlisted.delete(e.name);
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
  for (const name of unlisted) findings.push(at(1, `${name}: not listed in ${sumsFile}`));
  return { findings, checked };
}

type ChecksumsSignature = { kind: 'sigstore' | 'openpgp'; file: string; bytes?: Buffer };

function readSignatureFile(ctx: GateContext, file: string): Buffer {
  try {
    return readFileSync(abs(ctx.cwd, file));
  } catch (cause) {
    throw new PortcullisError('PATH_NOT_FOUND', `signature not found: ${file}`, { file, cause });
  }
}

/**
 * The signature of the checksums file: `bundle` (a Sigstore bundle), or `signature` (the
 * `verify-checksums` command), which is OpenPGP when it looks like it or when `public-key`
 * is given, and a Sigstore bundle otherwise.
 */
function signatureOf(ctx: GateContext): ChecksumsSignature | undefined {
  const bundle = option(ctx, 'bundle');
  const signature = option(ctx, 'signature');
  const publicKey = option(ctx, 'public-key');
  if (bundle && signature) throw new PortcullisError('USAGE', 'give --bundle or --signature, not both');
  if (publicKey && !signature)
    throw new PortcullisError('USAGE', '--public-key verifies an OpenPGP --signature: give the signature');
  if (bundle) return { kind: 'sigstore', file: bundle };
  if (!signature) return undefined;
  const bytes = readSignatureFile(ctx, signature);
  if (!publicKey && !looksLikeOpenPgp(bytes)) return { kind: 'sigstore', file: signature };
  if (!publicKey)
    throw new PortcullisError(
      'USAGE',
      `${signature} is an OpenPGP signature: give the signer's armored public key with --public-key`,
    );
  return { kind: 'openpgp', file: signature, bytes };
}

/** A detached OpenPGP signature of the checksums file, by one of the `public-key` keys. */
async function publicKeys(ctx: GateContext, keyFile: string) {
  let armored: string;
  try {
    armored = readFileSync(abs(ctx.cwd, keyFile), 'utf8');
  } catch (cause) {
    throw new PortcullisError('PATH_NOT_FOUND', `public key not found: ${keyFile}`, { file: keyFile, cause });
  }
  // OpenPGP.js is large: loaded only when an OpenPGP signature is to be checked.
  const openpgp = await import('./openpgp.js');
  return { openpgp, keys: await openpgp.readPublicKeys(armored, keyFile) };
}

function openPgpFindings(result: OpenPgpResult, file: string, sums: string, notes: string[]): Finding[] {
  if (result.ok) {
    notes.push(`${sums}: good OpenPGP signature by ${result.signer}`);
    return [];
  }
  const meta = result.kind === 'unknown-key' ? PA003.meta : PA002.meta;
  return [bundleFinding(meta, file, `${file}: ${result.reason}`)];
}

async function checkOpenPgpSignature(
  ctx: GateContext,
  signature: ChecksumsSignature,
  sums: string,
  bytes: Buffer,
  notes: string[],
): Promise<Finding[]> {
  const { openpgp, keys } = await publicKeys(ctx, option(ctx, 'public-key') as string);
  const result = await openpgp.verifyDetachedSignature(bytes, signature.bytes ?? Buffer.alloc(0), keys);
  return openPgpFindings(result, signature.file, sums, notes);
}

/** The outcome of checking `sums`: the checksums file and each file checked against it are scanned. */
function checksumsOutcome(
  sums: string,
  findings: Finding[],
  checked: string[],
  notes: string[],
): GateOutcome {
  return {
    findings,
    errors: [],
    rules: [...VERIFY_RULE_METAS],
    notes,
    scanned: [sums, ...checked],
    extra: { checksums: { file: sums, checked: checked.length } },
  };
}

/**
 * A clear-signed checksums file (`gpg --clearsign`): its signature is checked with the
 * `public-key` keys, and the files against the signed text, at their lines of the file.
 */
async function verifyClearSignedChecksums(
  ctx: GateContext,
  sums: string,
  bytes: Buffer,
  only: string[],
): Promise<GateOutcome> {
  if (option(ctx, 'signature') || option(ctx, 'bundle'))
    throw new PortcullisError('USAGE', `${sums} is clear-signed: it holds its own signature, give no other`);
  const keyFile = option(ctx, 'public-key');
  if (!keyFile)
    throw new PortcullisError(
      'USAGE',
      `${sums} is clear-signed with OpenPGP: give the signer's armored public key with --public-key`,
    );
  const { openpgp, keys } = await publicKeys(ctx, keyFile);
  const signed = await openpgp.verifyClearSigned(bytes.toString('utf8'), keys, sums);
  const notes: string[] = [];
  const { findings, checked } = await checkChecksums(ctx.cwd, sums, signed.text, only, signed.firstLine - 1);
  findings.push(...openPgpFindings(signed.result, sums, sums, notes));
  return checksumsOutcome(sums, findings, checked, notes);
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
  const notes: string[] = [];
  if (isClearSigned(bytes.toString('utf8'))) return verifyClearSignedChecksums(ctx, sums, bytes, only);
  const { findings, checked } = await checkChecksums(ctx.cwd, sums, bytes.toString('utf8'), only);
  const signature = signatureOf(ctx);
  if (signature?.kind === 'openpgp') {
    findings.push(...(await checkOpenPgpSignature(ctx, signature, sums, bytes, notes)));
  } else if (signature) {
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
    const judged = loadBundles(abs(ctx.cwd, signature.file), signature.file).bundles.map((b) =>
      b.parseError
        ? [bundleFinding(BUNDLE_RULES[0].meta, b.label, `${b.label}: ${b.parseError}`)]
        : judgeBundle(verifyBundle(b.json, b.label, artifact, trust, policy, new Date())),
    );
    if (!judged.some((f) => f.length === 0)) findings.push(...judged.flat());
  } else {
    notes.push(
      `${sums} itself is not authenticated: give its signature (verify --bundle, or verify-checksums --signature)`,
    );
  }
  return checksumsOutcome(sums, findings, checked, notes);
}
