import type { GateDefinition } from '../../../core/gate.js';

const stringList = { type: 'array', items: { type: 'string' } };

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
  load: () => import('./run.js'),
};
