import { PortcullisError } from '../../../core/errors.js';
import type { OptionValues } from '../../../core/gate.js';
import { GITHUB_BUILD_TYPE, GITHUB_LEGACY_BUILD_TYPE } from '../provenance/github.js';
import { GITLAB_BUILD_TYPE } from '../provenance/gitlab.js';
import { SLSA_PROVENANCE_V1 } from '../provenance/types.js';
import { anchored, exact, type Matcher } from './match.js';

/** What a verified bundle must show. Every field set is checked; nothing unset is assumed. */
export interface VerifyPolicy {
  issuer?: Matcher;
  /** The certificate's SAN; for CI tokens the signer workflow or config URI. */
  identity?: Matcher;
  /** Fulcio's Build Signer URI (the reusable workflow for SLSA Build L3). */
  signerWorkflow?: Matcher;
  /** Source Repository URI, e.g. https://github.com/acme/app. */
  repository?: Matcher;
  /** Source Repository Ref, e.g. refs/tags/v1.2.3. */
  ref?: Matcher;
  runnerEnvironment?: string;
  denySelfHosted: boolean;
  /** Seconds since signing after which provenance is too old. */
  maxAgeSeconds?: number;
  /** `*` accepts any statement (the conformance protocol checks signer and subject only). */
  predicateType: string;
  buildTypes: string[];
  builderId?: Matcher;
  /** Expected values at dotted paths inside externalParameters, compared exactly. */
  externalParameters: Record<string, string>;
  /** A PEM public key for key-signed bundles. */
  publicKeyPem?: string;
  /** Transparency log entries required (0 only for air-gapped, key-signed bundles). */
  tlogThreshold: number;
  /** Verified timestamps (log integration time or RFC 3161) required. */
  timestampThreshold: number;
  /**
   * Accept a plain message signature over a file (`cosign sign-blob --bundle`, the
   * sigstore-conformance `verify-bundle` cases): identity and age are checked, there is no
   * predicate to check.
   */
  acceptMessageSignatures: boolean;
}

export const DEFAULT_BUILD_TYPES = [GITHUB_BUILD_TYPE, GITHUB_LEGACY_BUILD_TYPE, GITLAB_BUILD_TYPE];

const DURATION = /^(\d+)([smhdw])$/;
const UNIT: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

export function parseDuration(text: string, name: string): number {
  const m = DURATION.exec(text.trim());
  if (!m)
    throw new PortcullisError('USAGE', `${name}: expected a duration such as 30d, 12h or 90m, got "${text}"`);
  return Number(m[1]) * UNIT[m[2]];
}

type Source = Record<string, unknown>;

function pick(options: OptionValues, config: Source, name: string): unknown {
  return options[name] ?? config[name];
}

function str(options: OptionValues, config: Source, name: string): string | undefined {
  const v = pick(options, config, name);
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw new PortcullisError('USAGE', `${name} must be a string`);
  return v;
}

/** `name` is compared exactly, `name-regexp` as an anchored pattern; both at once is an error. */
function matcher(options: OptionValues, config: Source, name: string): Matcher | undefined {
  const plain = str(options, config, name);
  const pattern = str(options, config, `${name}-regexp`);
  if (plain && pattern) throw new PortcullisError('USAGE', `give ${name} or ${name}-regexp, not both`);
  if (plain) return exact(plain);
  return pattern ? anchored(pattern, `${name}-regexp`) : undefined;
}

/** `owner/repo` is GitHub shorthand; a full URL is taken as it is. */
function repositoryMatcher(m: Matcher | undefined): Matcher | undefined {
  if (m && 'exact' in m && !m.exact.includes('://')) return exact(`https://github.com/${m.exact}`);
  return m;
}

/**
 * A signer workflow without `@ref` means "this workflow at any ref", as gh's --signer-workflow
 * does; `owner/repo/path` is GitHub shorthand.
 */
function signerWorkflowMatcher(m: Matcher | undefined): Matcher | undefined {
  if (!m || !('exact' in m)) return m;
  const full = m.exact.includes('://') ? m.exact : `https://github.com/${m.exact}`;
  if (full.includes('@')) return exact(full);
  return anchored(`${full.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}@.+`, 'signer-workflow');
}

/** Reads the verify policy from flags first, then the `verify:` section of portcullis.yaml. */
export function readPolicy(options: OptionValues, config: Source): VerifyPolicy {
  const maxAge = str(options, config, 'max-age');
  const buildTypes = pick(options, config, 'build-type');
  const external = pick(options, config, 'external-parameters') ?? {};
  const externalParameters: Record<string, string> = {};
  if (Array.isArray(external)) {
    for (const item of external as string[]) {
      const eq = item.indexOf('=');
      if (eq < 1)
        throw new PortcullisError('USAGE', `external-parameters: expected path=value, got "${item}"`);
      externalParameters[item.slice(0, eq)] = item.slice(eq + 1);
    }
  } else if (typeof external === 'object') {
    for (const [k, v] of Object.entries(external as Record<string, unknown>))
      externalParameters[k] = String(v);
  }
  const requireTlog = pick(options, config, 'require-tlog');
  return {
    issuer: matcher(options, config, 'certificate-oidc-issuer'),
    identity: matcher(options, config, 'certificate-identity'),
    signerWorkflow: signerWorkflowMatcher(matcher(options, config, 'signer-workflow')),
    repository: repositoryMatcher(matcher(options, config, 'source-repository')),
    ref: matcher(options, config, 'source-ref'),
    runnerEnvironment: str(options, config, 'runner-environment'),
    denySelfHosted: pick(options, config, 'deny-self-hosted-runners') === true,
    maxAgeSeconds: maxAge ? parseDuration(maxAge, 'max-age') : undefined,
    predicateType: str(options, config, 'predicate-type') ?? SLSA_PROVENANCE_V1,
    buildTypes: Array.isArray(buildTypes)
      ? (buildTypes as string[])
      : typeof buildTypes === 'string'
        ? [buildTypes]
        : DEFAULT_BUILD_TYPES,
    builderId: matcher(options, config, 'builder-id'),
    externalParameters,
    tlogThreshold: requireTlog === false ? 0 : 1,
    timestampThreshold: requireTlog === false ? 0 : 1,
    acceptMessageSignatures: pick(options, config, 'accept-message-signatures') === true,
  };
}

/** A keyless policy must say whose signature counts; otherwise anyone's would. */
export function assertIdentityPolicy(policy: VerifyPolicy): void {
  if (policy.publicKeyPem) return;
  if (!policy.issuer) {
    throw new PortcullisError(
      'USAGE',
      'verify needs certificate-oidc-issuer (e.g. https://token.actions.githubusercontent.com)',
    );
  }
  if (!policy.identity && !policy.signerWorkflow && !policy.repository) {
    throw new PortcullisError(
      'USAGE',
      'verify needs an identity: certificate-identity, signer-workflow or source-repository',
    );
  }
}
