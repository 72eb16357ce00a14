import type { GateDefinition } from '../../core/gate.js';

const stringList = { type: 'array', items: { type: 'string' } };

/**
 * The pin gate: every image and action reference pinned by digest, from trusted registries,
 * not end of life. See docs/pin.md.
 */
export const pinGate: GateDefinition = {
  name: 'pin',
  summary: 'Image and action references pinned by digest, from trusted registries, not end of life',
  targetsName: 'paths',
  defaultTargets: ['.'],
  defaultFailOn: 'error',
  options: [
    {
      name: 'fix',
      type: 'boolean',
      description: 'Resolve unpinned references and rewrite the files in place',
    },
    {
      name: 'resolve',
      type: 'boolean',
      description: 'Resolve every unpinned reference to its digest and report it (no file is changed)',
    },
    {
      name: 'check-stale',
      type: 'boolean',
      description: 'Report pins whose tag now points elsewhere, and pinned digests missing from the registry',
    },
    {
      name: 'stale-after',
      type: 'string',
      valueName: 'duration',
      description: 'Grace period before a moved tag counts as stale, e.g. 7d or 12h (default 7d)',
    },
    {
      name: 'platform',
      type: 'string',
      valueName: 'os/arch',
      description: 'Pin the digest of one platform instead of the multi-platform index',
    },
    {
      name: 'allowed-registries',
      type: 'list',
      valueName: 'pattern',
      description: 'Trusted registries, e.g. docker.io, ghcr.io/myorg/*, *.dkr.ecr.*.amazonaws.com',
    },
    {
      name: 'update-lifecycle',
      type: 'boolean',
      description: 'Refresh the end-of-life data from endoflife.date before checking',
      cliOnly: true,
    },
    {
      name: 'lifecycle-warn-days',
      type: 'number',
      valueName: 'days',
      description: 'Warn this many days before a base image reaches end of life (default 90)',
    },
  ],
  configSchema: {
    properties: {
      'allowed-registries': {
        ...stringList,
        description: "Trusted registry patterns (hadolint's trustedRegistries); no registry means docker.io.",
      },
      'require-digest': {
        type: 'boolean',
        description: 'Require a digest on every image and a commit SHA on every action (default true).',
      },
      'forbid-latest': { type: 'boolean', description: 'Report `:latest` and missing tags (default true).' },
      lifecycle: {
        type: 'object',
        additionalProperties: false,
        properties: {
          enabled: { type: 'boolean', description: 'Check base images for end of life (default true).' },
          'warn-days': { type: 'integer', minimum: 0, description: 'Days before end of life to warn.' },
          'extended-support': {
            type: 'boolean',
            description: 'Count extended (LTS/ESM) support as supported (default false).',
          },
          file: { type: 'string', description: 'Lifecycle snapshot to use and to refresh.' },
          'base-url': { type: 'string', description: 'endoflife.date API base URL.' },
        },
      },
      'stale-after': { type: 'string', pattern: '^\\d+[smhdw]$', description: 'Grace period, e.g. 7d.' },
      'insecure-registries': {
        ...stringList,
        description: 'Registries reached over plain http (loopback always may be).',
      },
      ignore: { ...stringList, description: 'Reference globs never checked, e.g. `ghcr.io/myorg/*`.' },
      platform: { type: 'string', description: 'Platform whose digest is pinned, e.g. linux/amd64.' },
      'git-base-url': {
        type: 'string',
        description: 'Base URL action repositories are fetched from (default https://github.com).',
      },
      'timeout-ms': {
        type: 'integer',
        minimum: 1,
        description: 'Per-request timeout for registries and git.',
      },
    },
  },
  formats: [],
  load: () => import('./run.js'),
};
