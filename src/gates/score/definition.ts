import type { GateDefinition } from '../../core/gate.js';

const exemption = {
  type: 'object',
  additionalProperties: false,
  required: ['rule', 'reason'],
  properties: {
    path: { type: 'string', description: 'Glob of manifest paths, e.g. `charts/vendor/**`.' },
    kind: { type: 'string', description: 'Object kind, e.g. DaemonSet.' },
    name: { type: 'string', description: 'Object name (a glob).' },
    namespace: { type: 'string' },
    container: { type: 'string', description: 'Only findings about this container.' },
    rule: {
      oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      description: 'Rule id(s), or `*`.',
    },
    reason: {
      type: 'string',
      minLength: 1,
      description: 'Why; shown as the SARIF suppression justification.',
    },
    expires: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: 'YYYY-MM-DD; after it the exemption fails the gate (PK003).',
    },
  },
};

/**
 * The score gate: Kubesec-compatible scoring of Kubernetes manifests, a stricter default
 * verdict, Pod Security Standards and exemptions. See docs/score.md.
 */
export const scoreGate: GateDefinition = {
  name: 'score',
  summary: 'Kubernetes manifests: Kubesec-compatible scores, Pod Security Standards, exact lines',
  targetsName: 'paths',
  defaultTargets: ['.'],
  defaultFailOn: 'medium',
  options: [
    {
      name: 'min-score',
      type: 'string',
      valueName: 'N|Kind=N,…',
      description: 'Minimum score, for every workload or per kind (e.g. 3 or Deployment=5,default=2)',
    },
    {
      name: 'profile',
      type: 'string',
      valueName: 'level',
      description: 'Also check a Pod Security Standards level: baseline or restricted',
    },
    {
      name: 'mode',
      type: 'string',
      valueName: 'mode',
      description:
        'strict (default: criticals always fail, every container must comply) or kubesec (its plain sum)',
    },
    {
      name: 'kustomize',
      type: 'string',
      valueName: 'dir',
      description: 'Render this kustomization with `kubectl kustomize` and score the result',
    },
    {
      name: 'suggest',
      type: 'boolean',
      description: 'Report per namespace the strictest Pod Security Standards level already met',
    },
    {
      name: 'pod-spec-path',
      type: 'list',
      valueName: 'Kind[.group]=path',
      description:
        'Where a custom resource keeps its PodSpec, e.g. Workflow.argoproj.io=spec.templates.0.podSpec',
    },
  ],
  configSchema: {
    properties: {
      'min-score': {
        description: 'Minimum score: a number, or one per kind with an optional `default`.',
        oneOf: [{ type: 'integer' }, { type: 'object', additionalProperties: { type: 'integer' } }],
      },
      profile: { type: 'string', enum: ['privileged', 'baseline', 'restricted'] },
      mode: { type: 'string', enum: ['strict', 'kubesec'] },
      kustomize: { type: 'string', description: 'A kustomization directory to render and score.' },
      suggest: { type: 'boolean' },
      'extra-rules': { type: 'boolean', description: 'Run the PK rules beyond Kubesec (default true).' },
      'pod-spec-paths': {
        type: 'array',
        description: 'PodSpec locations for custom resources.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'path'],
          properties: {
            kind: { type: 'string' },
            group: { type: 'string', description: 'API group, e.g. argoproj.io; any when absent.' },
            path: { type: 'string', description: 'Dotted path, e.g. spec.template.spec.' },
          },
        },
      },
      exemptions: {
        type: 'array',
        items: exemption,
        description: 'Exemptions for manifests you cannot annotate.',
      },
    },
  },
  formats: ['kubesec', 'markdown'],
  load: () => import('./run.js'),
};
