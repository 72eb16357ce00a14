import { readFileSync, writeFileSync } from 'node:fs';
import type { SerializedBundle } from '@sigstore/bundle';
import { errorMessage, PortcullisError } from '../../core/errors.js';
import type { GateError } from '../../core/finding.js';
import type { GateContext, GateOutcome } from '../../core/gate.js';
import { RegistryClient, registryCacheOf } from '../../registry/index.js';
import { abs, byproducts, collectSubjects, dependencies } from './inputs.js';
import { type LedgerEntry, ledgerEntries } from './ledger.js';
import { pushBundleReferrer } from './oci.js';
import { type VerifiedToken, verifyIdToken } from './oidc.js';
import { privacyRefusal } from './privacy.js';
import { githubProvenance } from './provenance/github.js';
import { gitlabProvenance } from './provenance/gitlab.js';
import { buildStatement } from './provenance/statement.js';
import type { PlatformProvenance, Statement } from './provenance/types.js';
import { type AttestSettings, readAttestSettings } from './settings.js';
import { type SigningIdentity, signStatement } from './sign.js';
import { storeOnGitHub } from './store.js';
import { attestSummary } from './summary.js';
import { ciIdentityToken, UnsupportedError } from './token.js';

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
  /** Why GitHub's attestation store refused the bundle (a plan limit), when it did. */
  storeProblem?: string;
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
      cache: registryCacheOf(ctx.shared),
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
  let storeProblem: string | undefined;
  if (settings.githubAttestations && platform.platform === 'github') {
    try {
      storedId = await storeOnGitHub(bundle, {
        apiUrl: ctx.env.GITHUB_API_URL ?? 'https://api.github.com',
        repository: platform.source.repository.replace(/^https?:\/\/[^/]+\//, ''),
        token: ctx.env.GITHUB_TOKEN,
        timeoutMs: settings.timeoutMs,
      });
    } catch (error) {
      // The bundle and the log entry exist: a plan limit of the store must not hide them.
      if (!(error instanceof UnsupportedError)) throw error;
      storeProblem = error.message;
    }
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
  return {
    statement,
    bundle,
    entries,
    bundleFile: settings.bundlePath,
    platform,
    storedId,
    storeProblem,
    pushed,
  };
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
  if (done.storeProblem) {
    if (settings.onUnsupported === 'warn') {
      ctx.log.warn(done.storeProblem);
      notes.push(`not stored on GitHub (on-unsupported: warn): ${done.storeProblem}`);
    } else {
      errors.push({
        message: `${done.storeProblem} (set on-unsupported: warn to go on)`,
        code: 'UNSUPPORTED',
      });
    }
  }
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
