import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GateDefinition } from '../../core/gate.js';
import { MATCH_CONFIG_PROPERTIES, MATCH_OPTIONS } from './match/options.js';

/**
 * The scan gate: what is installed in an image (part 1, docs/scan.md) and what of it is
 * vulnerable, with secrets and config checks (part 2, docs/rules/scan.md).
 */
export const scanGate: GateDefinition = {
  name: 'scan',
  summary:
    'Known vulnerabilities, secrets and risky configuration in a container image, read without a daemon',
  targetsName: 'images',
  targetsInput: {
    name: 'image',
    description:
      'Image(s) to scan, separated by spaces, commas or new lines: a registry reference (docker://ghcr.io/org/app:1.2), docker-archive:app.tar, oci:dir[:tag] or oci-archive:app.tar.',
  },
  defaultTargets: [],
  // The image GitLab's own container scanning scans by default (CS_IMAGE).
  gitlabTargets: '$CI_REGISTRY_IMAGE/$CI_COMMIT_REF_SLUG:$CI_COMMIT_SHA',
  defaultFailOn: 'high',
  formats: ['gitlab-container-scanning', 'cyclonedx-vex', 'layer-summary'],
  gitlabReports: [
    {
      report: 'container_scanning',
      format: 'gitlab-container-scanning',
      file: 'gl-container-scanning-report.json',
    },
    { report: 'cyclonedx', format: 'cyclonedx-vex', file: 'gl-sbom.cdx.json' },
  ],
  options: [
    {
      name: 'platform',
      type: 'string',
      valueName: 'os/arch',
      description: 'Platform to read from a multi-platform image (default linux/amd64)',
    },
    {
      name: 'cache-dir',
      type: 'string',
      valueName: 'dir',
      description: 'Cache layer inventories here; a rescan reads only new layers',
    },
    ...MATCH_OPTIONS,
  ],
  configSchema: {
    properties: {
      platform: { type: 'string', description: 'Platform to read from a multi-platform image.' },
      'cache-dir': { type: 'string', description: 'Directory of the per-layer inventory cache.' },
      ...MATCH_CONFIG_PROPERTIES,
    },
  },
  // The action keeps the layer inventories and the OSV DB across workflow runs (docs/scan.md).
  actionCaches: [
    {
      name: 'layers',
      option: 'cache-dir',
      defaultPath: (env) => join(env.RUNNER_TEMP || tmpdir(), 'portcullis-layers'),
    },
    {
      name: 'osv-db',
      option: 'db-dir',
      // The CLI's default (vulndb/store.ts defaultDbDir), repeated to keep this file light.
      defaultPath: (env) =>
        env.PORTCULLIS_DB_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'portcullis', 'osv'),
      daily: true,
      refreshOption: 'update-db',
    },
  ],
  load: () => import('./run.js'),
};
