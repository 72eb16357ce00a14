import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { errorMessage, PortcullisError } from '../../../core/errors.js';
import type { Finding, GateError } from '../../../core/finding.js';
import type { GateContext, GateOutcome } from '../../../core/gate.js';
import type { RuleMeta } from '../../../core/rule.js';
import { RegistryClient, registryCacheOf } from '../../../registry/index.js';
import {
  type DigestedReference,
  fetchBundleReferrers,
  looksLikeImageReference,
  resolveImage,
} from '../oci.js';
import { fileDigests, parseDigest } from '../subjects.js';
import { type LoadedBundle, loadBundles } from './bundles.js';
import { claimedSubjectDigests, isMessageSignature, verifyBundle } from './check.js';
import { verifyChecksums } from './checksums.js';
import { abs, option, stringList } from './inputs.js';
import { type ManifestImage, manifestImages } from './manifests.js';
import { assertIdentityPolicy, readPolicy } from './policy.js';
import { BUNDLE_RULES, bundleFinding, judgeBundle, PA007, VERIFY_RULE_METAS } from './rules/index.js';
import { loadTrustedRoot, trustMaterial } from './trust.js';

interface Artifact {
  label: string;
  name: string;
  digests: Record<string, string>;
  /** Set for images: where to look for referrers. */
  image?: DigestedReference;
  /** Set for files: their bytes can be read for a plain message signature. */
  path?: string;
}

async function artifactFor(
  ctx: GateContext,
  target: string,
  registry: () => RegistryClient,
  isImage: boolean,
): Promise<Artifact> {
  const missingFile = !existsSync(abs(ctx.cwd, target)) && !/^sha(256|512):/.test(target);
  // `oci://` marks an image as gh attestation verify takes it.
  const oci = target.startsWith('oci://');
  if (isImage || oci || (missingFile && looksLikeImageReference(target))) {
    const { ref, subject } = await resolveImage(registry(), oci ? target.slice('oci://'.length) : target);
    return { label: target, name: subject.name, digests: subject.digest, image: ref };
  }
  if (/^sha(256|512):/.test(target)) {
    const d = parseDigest(target);
    return { label: target, name: target, digests: { [d.algorithm]: d.hex } };
  }
  try {
    return {
      label: target,
      name: basename(target),
      digests: await fileDigests(abs(ctx.cwd, target)),
      path: abs(ctx.cwd, target),
    };
  } catch (cause) {
    throw new PortcullisError('PATH_NOT_FOUND', `artifact not found: ${target}`, { file: target, cause });
  }
}

/**
 * The verify gate: each artifact must have a Sigstore bundle that verifies against the trusted
 * root and whose signer, source and predicate meet the policy. Every check fails closed. See
 * docs/attest.md#verify.
 */
/** Every rule's metadata, for `--list-rules`. */
export function ruleMetas(): RuleMeta[] {
  return [...VERIFY_RULE_METAS];
}

export async function run(ctx: GateContext): Promise<GateOutcome> {
  const policy = readPolicy(ctx.options, ctx.config);
  const keyFile = option(ctx, 'key');
  if (keyFile) {
    try {
      policy.publicKeyPem = readFileSync(abs(ctx.cwd, keyFile), 'utf8');
    } catch (cause) {
      throw new PortcullisError('CONFIG_UNREADABLE', `cannot read key ${keyFile}: ${errorMessage(cause)}`, {
        cause,
      });
    }
  }
  const sums = option(ctx, 'checksums');
  if (sums) return verifyChecksums(ctx, policy, sums);
  assertIdentityPolicy(policy);
  const bundleArg = option(ctx, 'bundle');
  const manifests = stringList(ctx, 'manifests');
  const origins = new Map<string, ManifestImage>();
  for (const m of manifests.length ? manifestImages(ctx.cwd, manifests) : []) {
    if (!origins.has(m.image)) origins.set(m.image, m);
  }
  const explicit = ctx.targets.filter((t) => t !== '.');
  const targets = [...new Set([...explicit, ...origins.keys()])];
  if (manifests.length && !origins.size) {
    throw new PortcullisError(
      'USAGE',
      `no container images in the Kubernetes manifests of ${manifests.join(', ')}`,
    );
  }
  if (!targets.length)
    throw new PortcullisError('USAGE', 'name the artifact to verify: a file, sha256:<digest> or an image');
  const rootFile = option(ctx, 'trusted-root');
  const trust = trustMaterial(await loadTrustedRoot(rootFile && abs(ctx.cwd, rootFile)), policy.publicKeyPem);
  const given = bundleArg ? loadBundles(abs(ctx.cwd, bundleArg), bundleArg) : undefined;
  let client: RegistryClient | undefined;
  const registry = () => {
    client ??= new RegistryClient({
      cache: registryCacheOf(ctx.shared),
      env: ctx.env,
      insecureRegistries: stringList(ctx, 'insecure-registries'),
    });
    return client;
  };
  const now = new Date();
  const findings: Finding[] = [];
  const errors: GateError[] = [];
  const notes: string[] = [];
  const results: Record<string, unknown>[] = [];
  for (const target of targets) {
    let artifact: Artifact;
    let bundles: LoadedBundle[];
    let singleFile: boolean;
    try {
      artifact = await artifactFor(ctx, target, registry, origins.has(target));
      if (given) {
        bundles = given.bundles;
        // A bundle named alone is judged even when it names another digest (PA004); from a
        // directory, only the bundles that name the artifact are candidates.
        singleFile = !given.directory && bundles.length === 1;
      } else if (artifact.image) {
        bundles = await fetchBundleReferrers(registry(), artifact.image);
        singleFile = false;
      } else {
        throw new PortcullisError(
          'USAGE',
          `${target}: give --bundle; only images carry their bundles as referrers`,
        );
      }
    } catch (error) {
      if (error instanceof PortcullisError && error.code === 'USAGE') throw error;
      errors.push({
        file: origins.get(target)?.file ?? target,
        message: errorMessage(error),
        code: (error as PortcullisError).code ?? 'INCOMPLETE',
      });
      continue;
    }
    const wanted = Object.entries(artifact.digests).map(([a, h]) => `${a}:${h}`);
    const candidates = singleFile
      ? bundles
      : bundles.filter((b) => b.parseError || claimedSubjectDigests(b.json).some((d) => wanted.includes(d)));
    if (!candidates.length) {
      const origin = origins.get(target);
      const missing = bundleFinding(
        PA007.meta,
        origin?.file ?? artifact.label,
        `${artifact.label}: no bundle ${bundleArg ? `in ${bundleArg}` : 'attached as a referrer'} names ${wanted.join(', ')}`,
      );
      if (origin) {
        const end = origin.column + origin.image.length;
        Object.assign(missing, {
          line: origin.line,
          column: origin.column,
          endLine: origin.line,
          endColumn: end,
        });
      }
      findings.push(missing);
      results.push({ artifact: artifact.label, verified: false });
      continue;
    }
    const judged = candidates.map((b) => {
      if (b.parseError) {
        return { b, found: [bundleFinding(BUNDLE_RULES[0].meta, b.label, `${b.label}: ${b.parseError}`)] };
      }
      const signature = policy.acceptMessageSignatures && artifact.path && isMessageSignature(b.json);
      const bytes = signature && artifact.path ? readFileSync(artifact.path) : undefined;
      const v = verifyBundle(b.json, b.label, { ...artifact, bytes }, trust, policy, now);
      return { b, v, found: judgeBundle(v) };
    });
    const passed = judged.find((j) => j.found.length === 0);
    if (passed) {
      const others = judged.length - 1;
      if (others)
        notes.push(
          `${artifact.label}: verified by ${passed.b.label}; ${others} other bundle(s) did not verify`,
        );
      results.push({
        artifact: artifact.label,
        verified: true,
        bundle: passed.b.label,
        signedAt: passed.v?.signedAt?.toISOString(),
        identity: passed.v?.identity,
      });
    } else {
      for (const j of judged) findings.push(...j.found);
      results.push({ artifact: artifact.label, verified: false });
    }
  }
  return {
    findings,
    errors,
    rules: [...VERIFY_RULE_METAS],
    notes,
    scanned: targets,
    extra: { verifications: results },
  };
}
