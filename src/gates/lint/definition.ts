import type { GateDefinition } from '../../core/gate.js';
import { HADOLINT_FORMATS } from './formats.js';

const ruleList = { type: 'array', items: { type: 'string' } };
const labelTypes = ['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email'];

/**
 * The lint gate: a hadolint-compatible Dockerfile linter that reads `.hadolint.yaml`, hadolint's
 * pragmas and `HADOLINT_*` variables. See docs/lint.md.
 */
export const lintGate: GateDefinition = {
  name: 'lint',
  summary: 'Dockerfile lint, compatible with hadolint (DL and SC rules) plus supply-chain checks',
  targetsName: 'dockerfiles',
  defaultTargets: ['.'],
  // hadolint's default failure-threshold is info.
  defaultFailOn: 'info',
  options: [
    { name: 'fix', type: 'boolean', description: 'Apply the safe fixes in place', cliOnly: true },
    {
      name: 'hadolint-config',
      type: 'string',
      valueName: 'file',
      description: "A .hadolint.yaml to read instead of searching hadolint's locations",
    },
    { name: 'ignore', type: 'list', valueName: 'rule', description: 'Rules to ignore, e.g. DL3008,SC2086' },
    {
      name: 'trusted-registry',
      type: 'list',
      valueName: 'registry',
      description: 'Registries FROM may use (DL3026), e.g. docker.io,*.example.com',
    },
    {
      name: 'failure-threshold',
      type: 'string',
      valueName: 'severity',
      description: "hadolint's failure threshold (error, warning, info, style, ignore, none); --fail-on wins",
    },
    { name: 'override-error', type: 'list', valueName: 'rule', description: 'Rules reported as errors' },
    { name: 'override-warning', type: 'list', valueName: 'rule', description: 'Rules reported as warnings' },
    { name: 'override-info', type: 'list', valueName: 'rule', description: 'Rules reported as info' },
    { name: 'override-style', type: 'list', valueName: 'rule', description: 'Rules reported as style' },
    {
      name: 'require-label',
      type: 'list',
      valueName: 'label:type',
      description: 'Labels every image must have, e.g. maintainer:text,org.opencontainers.image.source:url',
    },
    { name: 'strict-labels', type: 'boolean', description: 'Report labels that are not in the label schema' },
    {
      name: 'disable-ignore-pragma',
      type: 'boolean',
      description: 'Ignore `# hadolint ignore=` and `# portcullis ignore=` comments',
    },
    { name: 'enable', type: 'list', valueName: 'rule', description: 'Turn on rules that are off by default' },
    { name: 'skip-shellcheck', type: 'boolean', description: 'Do not run ShellCheck on RUN scripts' },
  ],
  configSchema: {
    properties: {
      'hadolint-config': { type: 'string', description: 'Path of a .hadolint.yaml to read.' },
      ignored: { ...ruleList, description: 'Rules never reported (hadolint `ignored`).' },
      override: {
        type: 'object',
        additionalProperties: false,
        description: 'Rule severities (hadolint `override`).',
        properties: { error: ruleList, warning: ruleList, info: ruleList, style: ruleList },
      },
      'trusted-registries': {
        ...ruleList,
        description: 'Registries FROM may use (hadolint `trustedRegistries`).',
      },
      'label-schema': {
        type: 'object',
        additionalProperties: { type: 'string', enum: labelTypes },
        description: 'Required labels and their value types (hadolint `label-schema`).',
      },
      'strict-labels': { type: 'boolean', description: 'Report labels outside the schema.' },
      'disable-ignore-pragma': { type: 'boolean', description: 'Ignore inline ignore pragmas.' },
      enable: { ...ruleList, description: 'Rules that are off by default to turn on.' },
      shellcheck: { type: 'boolean', description: 'Run ShellCheck when it is installed (default true).' },
    },
  },
  formats: [...HADOLINT_FORMATS],
  load: () => import('./run.js'),
};
