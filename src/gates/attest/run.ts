import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';
import type { SerializedBundle } from '@sigstore/bundle';
import { errorMessage, PortcullisError } from '../../core/errors.js';
import type { GateError } from '../../core/finding.js';
import type { GateContext, GateOutcome } from '../../core/gate.js';
import { parseImageReference, RegistryClient } from '../../registry/index.js';
import { type LedgerEntry, ledgerEntries } from './ledger.js';
import { type DigestedReference, looksLikeImageReference, pushBundleReferrer, resolveImage } from './oci.js';
import { type VerifiedToken, verifyIdToken } from './oidc.js';
import { privacyRefusal } from './privacy.js';
import { dockerfileDependencies } from './provenance/dockerfile.js';
import { githubProvenance } from './provenance/github.js';
import { gitlabProvenance } from './provenance/gitlab.js';
import { buildStatement } from './provenance/statement.js';
import type { PlatformProvenance, ResourceDescriptor, Statement } from './provenance/types.js';
import { type AttestSettings, readAttestSettings } from './settings.js';
import { type SigningIdentity, signStatement } from './sign.js';
import { storeOnGitHub } from './store.js';
import {
  checksumSubjects,
  digestReferenceSubject,
  fileSubjects,
  isDigestReference,
  mergeSubjects,
  type Subject,
  sha256File,
} from './subjects.js';
import { attestSummary } from './summary.js';
import { ciIdentityToken, UnsupportedError } from './token.js';

function abs(cwd: string, path: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/** Targets that are neither files nor globs but image references. */
function looksLikeImage(cwd: string, target: string): boolean {
  if (existsSync(abs(cwd, target)) || /[*?[\]{}]/.test(target)) return false;
  return looksLikeImageReference(target);
}

export interface CollectedSubjects {
  subjects: Subject[];
  images: { ref: DigestedReference; subject: Subject }[];
}

/**
 * Files by glob, a checksums file, and images: `name@sha256:` as given, a tag resolved to its
 * digest through the registry. At least one subject is required.
 */
export async function collectSubjects(
  ctx: GateContext,
  settings: AttestSettings,
  registry: () => RegistryClient,
): Promise<CollectedSubjects> {
  const images: CollectedSubjects['images'] = [];
  const paths: string[] = [];
  for (const t of ctx.targets) {
    if (!looksLikeImage(ctx.cwd, t)) paths.push(t);
    else if (isDigestReference(t)) {
      const digest = t.slice(t.lastIndexOf('@') + 1);
      images.push({ ref: { ...parseImageReference(t), digest }, subject: digestReferenceSubject(t) });
    } else images.push(await resolveImage(registry(), t));
  }
  const files = paths.length ? await fileSubjects(ctx.cwd, paths) : [];
  const sums = settings.subjectChecksums ? checksumSubjects(ctx.cwd, settings.subjectChecksums) : [];
  const subjects = mergeSubjects(
    files,
    sums,
    images.map((i) => i.subject),
  );
  if (!subjects.length) {
    throw new PortcullisError(
      'USAGE',
      'nothing to attest: name files, a --subject-checksums file, or images by tag or digest',
    );
  }
  return { subjects, images };
}

function platformFor(token: VerifiedToken, settings: AttestSettings): PlatformProvenance {
  const c = token.claims;
  if (typeof c.job_workflow_ref === 'string') return githubProvenance(c, token.issuer, settings.serverUrl);
  if (typeof c.project_path === 'string' && c.pipeline_id !== undefined)
    return gitlabProvenance(c, token.issuer);
  throw new PortcullisError(
    'USAGE',
    `the identity token from ${token.issuer} is neither GitHub Actions' nor GitLab's`,
  );
}

async function byproducts(ctx: GateContext, files: string[]): Promise<ResourceDescriptor[]> {
  const out: ResourceDescriptor[] = [];
  for (const f of files) {
    try {
      out.push({ name: basename(f), digest: { sha256: await sha256File(abs(ctx.cwd, f)) } });
    } catch (cause) {
      throw new PortcullisError('PATH_NOT_FOUND', `byproduct not readable: ${f}`, { file: f, cause });
    }
  }
  return out;
}

function dependencies(ctx: GateContext, settings: AttestSettings, notes: string[]): ResourceDescriptor[] {
  if (!settings.dockerfile) return [];
  let text: string;
  try {
    text = readFileSync(abs(ctx.cwd, settings.dockerfile), 'utf8');
  } catch (cause) {
    throw new PortcullisError('PATH_NOT_FOUND', `Dockerfile not readable: ${settings.dockerfile}`, {
      file: settings.dockerfile,
      cause,
    });
  }
  const deps = dockerfileDependencies(text);
  if (deps.unpinned.length) {
    notes.push(
      `base images without a digest are not recorded as dependencies: ${deps.unpinned.join(', ')} (run portcullis pin --fix)`,
    );
  }
  return deps.dependencies;
}

async function verifiedToken(ctx: GateContext, settings: AttestSettings): Promise<VerifiedToken> {
  const token = await ciIdentityToken(ctx.env, settings.oidcAudience, settings.timeoutMs);
  let jwks: { keys: never[] } | undefined;
  if (settings.oidcJwksFile) {
    try {
      jwks = JSON.parse(readFileSync(abs(ctx.cwd, settings.oidcJwksFile), 'utf8'));
    } catch (cause) {
      throw new PortcullisError(
        'CONFIG_UNREADABLE',
        `cannot read oidc-jwks ${settings.oidcJwksFile}: ${errorMessage(cause)}`,
      );
    }
  }
  return verifyIdToken(token, {
    audience: settings.oidcAudience,
    extraIssuers: settings.oidcIssuers,
    jwks,
    timeoutMs: settings.timeoutMs,
  });
}

interface Attested {
  statement: Statement;
  /** Referrer manifest digests pushed, by image. */
  pushed: { image: string; referrer: string }[];
  bundle: SerializedBundle;
  entries: LedgerEntry[];
  bundleFile: string;
  platform: PlatformProvenance;
  storedId?: string;
}

async function attest(ctx: GateContext, settings: AttestSettings, notes: string[]): Promise<Attested> {
  let client: RegistryClient | undefined;
  const registry = () => {
    client ??= new RegistryClient({
      env: ctx.env,
      timeoutMs: settings.timeoutMs,
      insecureRegistries: settings.insecureRegistries,
    });
    return client;
  };
  const { subjects, images } = await collectSubjects(ctx, settings, registry);
  const token = await verifiedToken(ctx, settings);
  const platform = platformFor(token, settings);
  const refusal = privacyRefusal({
    rekorUrl: settings.rekorUrl,
    visibility: platform.visibility,
    repository: platform.source.repository,
    publicLog: settings.publicLog,
  });
  if (refusal) throw new UnsupportedError(refusal);
  const statement = buildStatement({
    subjects,
    platform,
    startedOn: settings.startedOn,
    finishedOn: new Date(),
    dependencies: dependencies(ctx, settings, notes),
    byproducts: await byproducts(ctx, settings.byproducts),
  });
  const identity: SigningIdentity = settings.signingKeyPem
    ? { kind: 'key', privateKeyPem: settings.signingKeyPem, passphrase: settings.signingKeyPassphrase }
    : { kind: 'keyless', token: token.token, fulcioUrl: settings.fulcioUrl };
  const witnesses = {
    rekorUrl: settings.rekorUrl,
    rekorVersion: settings.rekorVersion,
    entryType: settings.entryType,
    tsaUrl: settings.tsaUrl,
    timeoutMs: settings.timeoutMs,
    retries: settings.retries,
  };
  const bundle = await signStatement(statement, identity, witnesses);
  const bundleFile = abs(ctx.cwd, settings.bundlePath);
  try {
    writeFileSync(bundleFile, `${JSON.stringify(bundle)}\n`);
  } catch (cause) {
    throw new PortcullisError(
      'PATH_UNREADABLE',
      `cannot write ${settings.bundlePath}: ${errorMessage(cause)}`,
      { cause },
    );
  }
  const entries = ledgerEntries(bundle, settings.rekorUrl);
  let storedId: string | undefined;
  if (settings.githubAttestations && platform.platform === 'github') {
    storedId = await storeOnGitHub(bundle, {
      apiUrl: ctx.env.GITHUB_API_URL ?? 'https://api.github.com',
      repository: platform.source.repository.replace(/^https?:\/\/[^/]+\//, ''),
      token: ctx.env.GITHUB_TOKEN,
      timeoutMs: settings.timeoutMs,
    });
  }
  const pushed: Attested['pushed'] = [];
  if (settings.pushToRegistry) {
    if (!images.length) throw new PortcullisError('USAGE', 'push-to-registry needs an image subject');
    for (const image of images) {
      // One attestation per image, as GitHub pushes them: a registry holds only its own subject.
      const own =
        statement.subject.length === 1
          ? bundle
          : await signStatement({ ...statement, subject: [image.subject] }, identity, witnesses);
      const referrer = await pushBundleReferrer(registry(), image.ref, own, statement.predicateType);
      pushed.push({ image: `${image.subject.name}@${image.ref.digest}`, referrer });
    }
  }
  return { statement, bundle, entries, bundleFile: settings.bundlePath, platform, storedId, pushed };
}

/**
 * The attest gate: SLSA v1 provenance for the subjects, built from the CI's verified OIDC
 * claims, signed into a Sigstore bundle and witnessed by a transparency log and, when set, an
 * RFC 3161 timestamp authority. See docs/attest.md.
 */
export async function run(ctx: GateContext): Promise<GateOutcome> {
  const settings = readAttestSettings(ctx);
  const notes: string[] = [];
  const errors: GateError[] = [];
  let done: Attested | undefined;
  try {
    done = await attest(ctx, settings, notes);
  } catch (error) {
    if (!(error instanceof UnsupportedError)) throw error;
    if (settings.onUnsupported === 'warn') {
      ctx.log.warn(`attest skipped: ${error.message}`);
      notes.push(`not attested (on-unsupported: warn): ${error.message}`);
    } else {
      errors.push({
        message: `${error.message} (set on-unsupported: warn to go on without provenance)`,
        code: 'UNSUPPORTED',
      });
    }
  }
  if (!done) return { findings: [], errors, rules: [], notes, extra: { attested: false } };
  notes.push(`provenance for ${done.statement.subject.length} subject(s) written to ${done.bundleFile}`);
  for (const e of done.entries) notes.push(`transparency log entry ${e.logIndex}: ${e.url}`);
  if (done.storedId) notes.push(`stored in GitHub's attestation store as ${done.storedId}`);
  for (const p of done.pushed) notes.push(`pushed to ${p.image} as referrer ${p.referrer}`);
  const first = done.entries[0];
  return {
    findings: [],
    errors,
    rules: [],
    notes,
    scanned: done.statement.subject.map((s) => s.name),
    extra: {
      attested: true,
      bundlePath: done.bundleFile,
      subjects: done.statement.subject,
      builder: done.statement.predicate.runDetails.builder.id,
      source: done.platform.source,
      transparencyLog: done.entries,
      outputs: {
        'bundle-path': done.bundleFile,
        ...(first ? { 'log-index': first.logIndex, 'log-uuid': first.uuid, 'log-url': first.url } : {}),
        ...(done.storedId ? { 'attestation-id': done.storedId } : {}),
        ...(done.pushed.length ? { 'referrer-digests': done.pushed.map((p) => p.referrer).join(',') } : {}),
      },
      referrers: done.pushed,
      summary: attestSummary(done.statement, done.entries, done.bundleFile),
    },
    render: { 'attest-summary': () => attestSummary(done.statement, done.entries, done.bundleFile) },
  };
}
