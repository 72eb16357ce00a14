import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { errorMessage, PortcullisError } from '../../core/errors.js';
import type { GateContext } from '../../core/gate.js';
import { DEFAULT_FULCIO_URL, DEFAULT_REKOR_URL } from './sign.js';

export interface AttestSettings {
  subjectChecksums?: string;
  /** actions/attest's `subject-name` + `subject-digest` pair. */
  subjectName?: string;
  subjectDigest?: string;
  bundlePath: string;
  signingKeyPem?: string;
  signingKeyPassphrase?: string;
  fulcioUrl: string;
  /** Undefined when `tlog: false`. */
  rekorUrl?: string;
  rekorVersion: 1 | 2;
  entryType: 'dsse' | 'intoto';
  tsaUrl?: string;
  publicLog: boolean;
  onUnsupported: 'fail' | 'warn';
  dockerfile?: string;
  byproducts: string[];
  startedOn?: Date;
  serverUrl?: string;
  oidcIssuers: string[];
  oidcAudience: string;
  oidcJwksFile?: string;
  githubAttestations: boolean;
  pushToRegistry: boolean;
  insecureRegistries: string[];
  timeoutMs: number;
  /** Retries of each Sigstore request; undefined keeps the client's default. */
  retries?: number;
}

type Values = Record<string, unknown>;

function value(ctx: GateContext, name: string): unknown {
  return ctx.options[name] ?? (ctx.config as Values)[name];
}

function text(ctx: GateContext, name: string): string | undefined {
  const v = value(ctx, name);
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw new PortcullisError('USAGE', `${name} must be a string`);
  return v;
}

function list(ctx: GateContext, name: string): string[] {
  const v = value(ctx, name);
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

function flag(ctx: GateContext, name: string, fallback: boolean): boolean {
  const v = value(ctx, name);
  if (v === undefined) return fallback;
  if (typeof v === 'boolean') return v;
  if (/^(true|false)$/.test(String(v))) return String(v) === 'true';
  throw new PortcullisError('USAGE', `${name} must be true or false`);
}

function date(raw: string | undefined, name: string): Date | undefined {
  if (!raw) return undefined;
  const d = /^\d+$/.test(raw) ? new Date(Number(raw) * 1000) : new Date(raw);
  if (Number.isNaN(d.getTime())) throw new PortcullisError('USAGE', `${name}: not a time: ${raw}`);
  return d;
}

/** A signing key from a file, or the PEM itself from the PORTCULLIS_SIGNING_KEY secret. */
function signingKey(ctx: GateContext): string | undefined {
  const file = text(ctx, 'signing-key');
  if (file) {
    try {
      return readFileSync(isAbsolute(file) ? file : resolve(ctx.cwd, file), 'utf8');
    } catch (cause) {
      throw new PortcullisError(
        'CONFIG_UNREADABLE',
        `cannot read signing key ${file}: ${errorMessage(cause)}`,
        {
          file,
          cause,
        },
      );
    }
  }
  return ctx.env.PORTCULLIS_SIGNING_KEY || undefined;
}

/** Reads the attest settings from flags first, then the `attest:` section of portcullis.yaml. */
export function readAttestSettings(ctx: GateContext): AttestSettings {
  const onUnsupported = text(ctx, 'on-unsupported') ?? 'fail';
  if (onUnsupported !== 'fail' && onUnsupported !== 'warn') {
    throw new PortcullisError('USAGE', `on-unsupported must be fail or warn, got "${onUnsupported}"`);
  }
  const version = Number(value(ctx, 'rekor-version') ?? 1);
  if (version !== 1 && version !== 2) throw new PortcullisError('USAGE', 'rekor-version must be 1 or 2');
  const entryType = text(ctx, 'rekor-entry-type') ?? 'dsse';
  if (entryType !== 'dsse' && entryType !== 'intoto')
    throw new PortcullisError('USAGE', 'rekor-entry-type must be dsse or intoto');
  const tlog = flag(ctx, 'tlog', true);
  const timeout = Number(value(ctx, 'timeout-ms') ?? 30_000);
  return {
    subjectChecksums: text(ctx, 'subject-checksums'),
    subjectName: text(ctx, 'subject-name'),
    subjectDigest: text(ctx, 'subject-digest'),
    bundlePath: text(ctx, 'bundle-path') ?? 'provenance.sigstore.json',
    signingKeyPem: signingKey(ctx),
    signingKeyPassphrase: ctx.env.PORTCULLIS_SIGNING_KEY_PASSPHRASE || undefined,
    fulcioUrl: text(ctx, 'fulcio-url') ?? DEFAULT_FULCIO_URL,
    rekorUrl: tlog ? (text(ctx, 'rekor-url') ?? DEFAULT_REKOR_URL) : undefined,
    rekorVersion: version,
    entryType,
    tsaUrl: text(ctx, 'tsa-url'),
    publicLog: flag(ctx, 'public-log', false),
    onUnsupported,
    dockerfile: text(ctx, 'dockerfile'),
    byproducts: list(ctx, 'byproduct'),
    startedOn: date(text(ctx, 'started-on') ?? ctx.env.CI_JOB_STARTED_AT, 'started-on'),
    serverUrl: text(ctx, 'server-url'),
    oidcIssuers: [
      ...list(ctx, 'oidc-issuers'),
      ...(ctx.env.GITLAB_CI === 'true' && ctx.env.CI_SERVER_URL ? [ctx.env.CI_SERVER_URL] : []),
    ],
    oidcAudience: text(ctx, 'oidc-audience') ?? 'sigstore',
    oidcJwksFile: text(ctx, 'oidc-jwks'),
    githubAttestations: flag(ctx, 'github-attestations', false),
    pushToRegistry: flag(ctx, 'push-to-registry', false),
    insecureRegistries: list(ctx, 'insecure-registries'),
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 30_000,
    retries: typeof value(ctx, 'retries') === 'number' ? (value(ctx, 'retries') as number) : undefined,
  };
}
