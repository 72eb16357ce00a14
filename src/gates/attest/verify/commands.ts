import { existsSync } from 'node:fs';
import {
  combine,
  DiscoveryCache,
  EXIT,
  type ExitCode,
  errorMessage,
  exitCodeFor,
  exitCodeOf,
  finishGate,
  type GateContext,
  type GateOutcome,
  type OptionValues,
  PortcullisError,
  render,
} from '../../../core/index.js';
import { VERSION } from '../../../version.js';
import { abs } from './inputs.js';

export interface VerifyCommandIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTty: boolean;
}

type Raw = Record<string, unknown>;

/** Runs the verify gate on its own: no portcullis.yaml, so no config can loosen the check. */
async function runVerifyGate(
  command: string,
  targets: string[],
  options: OptionValues,
  io: VerifyCommandIo,
  format: string,
  run: (ctx: GateContext) => Promise<GateOutcome>,
): Promise<ExitCode> {
  let outcome: GateOutcome;
  try {
    outcome = await run({
      cwd: io.cwd,
      targets,
      config: {},
      options,
      env: io.env,
      log: { info: () => {}, warn: (m) => io.stderr(`portcullis: warning: ${m}\n`), debug: () => {} },
      discovery: new DiscoveryCache(),
      shared: new Map(),
    });
  } catch (error) {
    if (exitCodeFor(error) === EXIT.usage) throw error;
    outcome = { findings: [], rules: [], errors: [{ message: errorMessage(error) }] };
  }
  // Every finding fails: these commands have no --fail-on, baseline or --no-fail.
  const report = finishGate('verify', outcome, { failOn: 'style' }, io.cwd);
  const result = combine({ name: 'portcullis', version: VERSION }, command, [report], 'style', false);
  const text = render(result, format, { color: io.isTty && !io.env.NO_COLOR && io.env.TERM !== 'dumb' });
  if (text === undefined) throw new PortcullisError('USAGE', `unknown format "${format}"`);
  io.stdout(text);
  return exitCodeOf(result);
}

/**
 * sigstore-conformance's FILE_OR_DIGEST: a digest only when it is `sha256:` and 64 hex digits
 * and not a path on disk; anything else is a file. Files go to the gate as absolute paths, so
 * that neither a `sha256:` prefix nor an image-like name changes how they are read.
 * https://github.com/sigstore/sigstore-conformance/blob/main/docs/cli_protocol.md
 */
export function fileOrDigest(cwd: string, target: string): string {
  if (/^sha256:[0-9a-fA-F]{64}$/.test(target) && !existsSync(abs(cwd, target))) return target.toLowerCase();
  return abs(cwd, target);
}

/**
 * `portcullis verify-bundle`, the sigstore-conformance verify protocol:
 * `--bundle F (--certificate-identity I --certificate-oidc-issuer U | --key K)
 * [--trusted-root R] FILE_OR_sha256:DIGEST`. The signer and the subject are checked, as the
 * protocol asks, with every check of the verify gate; any statement or a plain message
 * signature is accepted. Exit 0 when it verifies, non-zero otherwise.
 * https://github.com/sigstore/sigstore-conformance/blob/main/docs/cli_protocol.md
 */
export async function runVerifyBundleCommand(
  target: string,
  raw: Raw,
  io: VerifyCommandIo,
): Promise<ExitCode> {
  const identity = raw.certificateIdentity as string | undefined;
  const issuer = raw.certificateOidcIssuer as string | undefined;
  const key = raw.key as string | undefined;
  if (key ? identity || issuer : !identity || !issuer) {
    throw new PortcullisError(
      'USAGE',
      'verify-bundle: give either --certificate-identity and --certificate-oidc-issuer, or --key',
    );
  }
  const trustedRoot = raw.trustedRoot as string | undefined;
  if (raw.staging && !trustedRoot) {
    throw new PortcullisError(
      'USAGE',
      "verify-bundle: --staging needs --trusted-root with the staging instance's trusted root",
    );
  }
  const options: OptionValues = {
    bundle: raw.bundle as string,
    'predicate-type': '*',
    'accept-message-signatures': true,
    ...(trustedRoot ? { 'trusted-root': trustedRoot } : {}),
    ...(key
      ? { key }
      : { 'certificate-identity': identity as string, 'certificate-oidc-issuer': issuer as string }),
  };
  const { run } = await import('./run.js');
  return runVerifyGate(
    'verify-bundle',
    [fileOrDigest(io.cwd, target)],
    options,
    io,
    (raw.format as string | undefined) ?? 'text',
    run,
  );
}

/** Flags of `verify-checksums` passed on to the verify gate as they are. */
const CHECKSUMS_OPTIONS = [
  'signature',
  'public-key',
  'key',
  'trusted-root',
  'certificate-identity',
  'certificate-identity-regexp',
  'certificate-oidc-issuer',
  'certificate-oidc-issuer-regexp',
  'signer-workflow',
  'source-repository',
  'source-ref',
  'source-ref-regexp',
] as const;

function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * `portcullis verify-checksums SUMS [FILE...] [--signature SIG]`: the files a `sha256sum`
 * (or goreleaser) checksums file lists must be present and match, as `sha256sum -c` checks;
 * with FILE, only those, and each must be listed. `--signature` authenticates the checksums
 * file: a Sigstore bundle (under the identity flags), or a detached OpenPGP signature by one of
 * the `--public-key` keys. Any mismatch, missing file, bad signature or unknown key fails.
 */
export async function runVerifyChecksumsCommand(
  sums: string,
  files: string[],
  raw: Raw,
  io: VerifyCommandIo,
): Promise<ExitCode> {
  const options: OptionValues = { checksums: sums };
  for (const name of CHECKSUMS_OPTIONS) {
    const value = raw[camel(name)];
    if (typeof value === 'string') options[name] = value;
  }
  const { run } = await import('./run.js');
  return runVerifyGate(
    'verify-checksums',
    files,
    options,
    io,
    (raw.format as string | undefined) ?? 'text',
    run,
  );
}
