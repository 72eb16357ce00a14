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
      name: 'subject-name',
      type: 'string',
      valueName: 'name',
      description: 'Name of a subject given by digest (with subject-digest), as actions/attest takes it',
    },
    {
      name: 'subject-digest',
      type: 'string',
      valueName: 'sha256:hex',
      description: 'Digest of the subject named by subject-name',
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
      'subject-name': { type: 'string' },
      'subject-digest': { type: 'string', pattern: '^sha(256|512):[a-f0-9]+$' },
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
