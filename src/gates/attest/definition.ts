import type { GateDefinition } from '../../core/gate.js';

const stringList = { type: 'array', items: { type: 'string' } };

/**
 * The attest gate: SLSA v1 provenance in an in-toto statement, signed with Sigstore and
 * recorded on a transparency log. See docs/attest.md.
 */
export const attestGate: GateDefinition = {
  name: 'attest',
  summary: 'SLSA v1 provenance for files and images, signed with Sigstore and recorded on Rekor',
  targetsName: 'subjects',
  defaultTargets: [],
  defaultFailOn: 'error',
  options: [
    {
      name: 'subject-checksums',
      type: 'string',
      valueName: 'file',
      description: 'A sha256sum-format checksums file whose entries become subjects',
    },
    {
      name: 'bundle-path',
      type: 'string',
      valueName: 'file',
      description: 'Where to write the Sigstore bundle (default provenance.sigstore.json)',
    },
    {
      name: 'signing-key',
      type: 'string',
      valueName: 'file',
      description:
        'Sign with this PEM private key instead of a Fulcio certificate (or set PORTCULLIS_SIGNING_KEY)',
    },
    {
      name: 'fulcio-url',
      type: 'string',
      valueName: 'url',
      description: 'Fulcio certificate authority (default https://fulcio.sigstore.dev)',
    },
    {
      name: 'rekor-url',
      type: 'string',
      valueName: 'url',
      description: 'Rekor transparency log (default https://rekor.sigstore.dev)',
    },
    {
      name: 'tsa-url',
      type: 'string',
      valueName: 'url',
      description: 'RFC 3161 timestamp authority to countersign the signature',
    },
    {
      name: 'public-log',
      type: 'boolean',
      description: 'Allow a private repository to write to the public Rekor log',
    },
    {
      name: 'on-unsupported',
      type: 'string',
      valueName: 'fail|warn',
      description: 'What to do when the CI cannot attest (no id-token permission, fork PR, plan limit)',
    },
    {
      name: 'dockerfile',
      type: 'string',
      valueName: 'file',
      description: 'Record the digest-pinned base images of this Dockerfile as dependencies',
    },
    {
      name: 'byproduct',
      type: 'list',
      valueName: 'file',
      description: 'Files to record as byproducts, e.g. the SBOM',
    },
    {
      name: 'started-on',
      type: 'string',
      valueName: 'time',
      description: 'When the build started (RFC 3339 or Unix seconds)',
    },
    {
      name: 'github-attestations',
      type: 'boolean',
      description: "Also store the bundle in GitHub's attestation store",
    },
    {
      name: 'push-to-registry',
      type: 'boolean',
      description: 'Push the bundle to each image subject as an OCI referrer',
    },
  ],
  configSchema: {
    properties: {
      'subject-checksums': { type: 'string' },
      'bundle-path': { type: 'string' },
      'signing-key': {
        type: 'string',
        description: 'PEM private key file (prefer the PORTCULLIS_SIGNING_KEY secret).',
      },
      'fulcio-url': { type: 'string' },
      'rekor-url': { type: 'string' },
      'rekor-version': { type: 'integer', enum: [1, 2], description: 'Rekor API version; v2 needs tsa-url.' },
      'rekor-entry-type': { type: 'string', enum: ['dsse', 'intoto'] },
      tlog: { type: 'boolean', description: 'Write a transparency log entry (default true).' },
      'tsa-url': { type: 'string' },
      'public-log': { type: 'boolean' },
      'on-unsupported': { type: 'string', enum: ['fail', 'warn'] },
      dockerfile: { type: 'string' },
      byproduct: stringList,
      'server-url': {
        type: 'string',
        description: 'GitHub Enterprise Server URL when the token issuer is not github.com.',
      },
      'oidc-issuers': {
        ...stringList,
        description: 'Extra trusted OIDC issuers, e.g. a self-managed GitLab.',
      },
      'oidc-audience': {
        type: 'string',
        description: 'Audience of the CI identity token (default sigstore).',
      },
      'oidc-jwks': {
        type: 'string',
        description: 'JWKS file to verify the identity token with, for air-gapped issuers.',
      },
      'github-attestations': { type: 'boolean' },
      'push-to-registry': { type: 'boolean' },
      'insecure-registries': {
        ...stringList,
        description: 'Registries reached over plain http (loopback always may be).',
      },
      'timeout-ms': { type: 'integer', minimum: 1 },
      retries: { type: 'integer', minimum: 0, description: 'Retries of each Sigstore request.' },
    },
  },
  formats: ['attest-summary'],
  load: () => import('./run.js'),
};

/**
 * The verify gate: an artifact's Sigstore bundle must verify against the trusted root and its
 * signer, source and predicate must meet the policy. See docs/attest.md#verify.
 */
export const verifyGate: GateDefinition = {
  name: 'verify',
  summary: 'Verify Sigstore provenance of files and digests against an identity and provenance policy',
  targetsName: 'artifacts',
  defaultTargets: [],
  defaultFailOn: 'error',
  options: [
    {
      name: 'bundle',
      type: 'string',
      valueName: 'path',
      description: 'A Sigstore bundle, or a directory of bundles',
    },
    {
      name: 'trusted-root',
      type: 'string',
      valueName: 'file',
      description: "Sigstore trusted root JSON (default: Sigstore's TUF repository)",
    },
    { name: 'key', type: 'string', valueName: 'file', description: 'PEM public key for key-signed bundles' },
    {
      name: 'certificate-oidc-issuer',
      type: 'string',
      valueName: 'url',
      description: 'Required OIDC issuer',
    },
    {
      name: 'certificate-oidc-issuer-regexp',
      type: 'string',
      valueName: 'pattern',
      description: 'OIDC issuer pattern, anchored',
    },
    {
      name: 'certificate-identity',
      type: 'string',
      valueName: 'san',
      description: 'Required certificate identity (SAN)',
    },
    {
      name: 'certificate-identity-regexp',
      type: 'string',
      valueName: 'pattern',
      description: 'Certificate identity pattern, anchored',
    },
    {
      name: 'signer-workflow',
      type: 'string',
      valueName: 'workflow',
      description: 'Required signer workflow, owner/repo/.github/workflows/x.yml[@ref]',
    },
    {
      name: 'source-repository',
      type: 'string',
      valueName: 'repo',
      description: 'Required source repository, owner/repo or URL',
    },
    {
      name: 'source-ref',
      type: 'string',
      valueName: 'ref',
      description: 'Required source ref, e.g. refs/heads/main',
    },
    {
      name: 'source-ref-regexp',
      type: 'string',
      valueName: 'pattern',
      description: 'Source ref pattern, anchored, e.g. refs/tags/v.*',
    },
    {
      name: 'deny-self-hosted-runners',
      type: 'boolean',
      description: 'Refuse provenance built on self-hosted runners',
    },
    {
      name: 'max-age',
      type: 'string',
      valueName: 'duration',
      description: 'Refuse provenance signed longer ago, e.g. 30d',
    },
    {
      name: 'accept-message-signatures',
      type: 'boolean',
      description: 'Also accept plain signatures of files (cosign sign-blob bundles), with no provenance',
    },
    {
      name: 'checksums',
      type: 'string',
      valueName: 'file',
      description: 'Check downloaded files against this sha256sum-format file (its signature with --bundle)',
    },
    {
      name: 'manifests',
      type: 'list',
      valueName: 'path',
      description: 'Require provenance for every image of these Kubernetes manifests',
    },
    {
      name: 'builder-id',
      type: 'string',
      valueName: 'uri',
      description: 'Required builder id of the predicate',
    },
  ],
  configSchema: {
    properties: {
      bundle: { type: 'string' },
      'trusted-root': { type: 'string' },
      key: { type: 'string' },
      'certificate-oidc-issuer': { type: 'string' },
      'certificate-oidc-issuer-regexp': { type: 'string' },
      'certificate-identity': { type: 'string' },
      'certificate-identity-regexp': { type: 'string' },
      'signer-workflow': { type: 'string' },
      'signer-workflow-regexp': { type: 'string' },
      'source-repository': { type: 'string' },
      'source-repository-regexp': { type: 'string' },
      'source-ref': { type: 'string' },
      'source-ref-regexp': { type: 'string' },
      'runner-environment': { type: 'string' },
      'deny-self-hosted-runners': { type: 'boolean' },
      'max-age': { type: 'string', pattern: '^\\d+[smhdw]$' },
      'predicate-type': { type: 'string' },
      'build-type': stringList,
      'builder-id': { type: 'string' },
      'builder-id-regexp': { type: 'string' },
      'external-parameters': { type: 'object', additionalProperties: { type: 'string' } },
      'require-tlog': { type: 'boolean', description: 'Require a transparency log entry (default true).' },
      'insecure-registries': stringList,
      manifests: { ...stringList, description: 'Kubernetes manifests whose every image needs provenance.' },
      checksums: { type: 'string', description: 'A checksums file the downloaded files must match.' },
      'accept-message-signatures': { type: 'boolean', description: 'Accept plain signatures of files.' },
    },
  },
  load: () => import('./verify/run.js'),
};
