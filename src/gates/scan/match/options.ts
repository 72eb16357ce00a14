import type { JsonSchema, OptionSpec } from '../../../core/gate.js';

/**
 * The scan gate's matching, policy and secrets options (flags and action inputs), named as
 * Trivy and Grype name them. The image options (platform, cache) belong to part 1.
 */
export const MATCH_OPTIONS: OptionSpec[] = [
  {
    name: 'osv',
    type: 'list',
    valueName: 'path',
    description:
      'OSV data to match against instead of the cached DB: a file, a directory or an all.zip (repeatable)',
  },
  {
    name: 'cpe-match',
    type: 'boolean',
    description:
      'Also match language packages on guessed CPEs against NVD data; such findings are marked low confidence (off by default)',
  },
  {
    name: 'nvd',
    type: 'list',
    valueName: 'path',
    description:
      'NVD CVE JSON 2.0 data for --cpe-match: a feed file (.json or .json.gz) or a directory (repeatable)',
  },
  {
    name: 'db-dir',
    type: 'string',
    valueName: 'dir',
    description: 'Directory of the local vulnerability DB (default ~/.cache/portcullis/osv)',
  },
  {
    name: 'update-db',
    type: 'boolean',
    description: 'Refresh the local vulnerability DB from the osv.dev dumps before scanning',
  },
  {
    name: 'max-db-age',
    type: 'string',
    valueName: 'age',
    description: 'Fail when the vulnerability DB is older than this, e.g. 24h or 7d',
  },
  {
    name: 'severity',
    type: 'list',
    valueName: 'severities',
    description:
      "Trivy's --severity: report and gate only these severities, e.g. HIGH,CRITICAL (default: all)",
  },
  {
    name: 'sbom-output',
    type: 'string',
    valueName: 'file',
    description:
      'Also write a CycloneDX 1.6 SBOM of the image(s) with the vulnerabilities (VEX) to this file',
  },
  {
    name: 'ignore-unfixed',
    type: 'boolean',
    description: 'Leave out vulnerabilities that have no fixed version (Grype --only-fixed)',
  },
  {
    name: 'ignore-status',
    type: 'list',
    valueName: 'status',
    description:
      'Leave out vulnerabilities with these statuses (affected, will_not_fix, fix_deferred, end_of_life, …)',
  },
  {
    name: 'pkg-types',
    type: 'list',
    valueName: 'type',
    description: 'Package types to check: os, library (default both)',
  },
  {
    name: 'scanners',
    type: 'list',
    valueName: 'scanner',
    description: 'What to look for: vuln, secret, config (default all three)',
  },
  {
    name: 'ignore-file',
    type: 'list',
    valueName: 'path',
    description: '.trivyignore or .trivyignore.yaml files (default: those in the working directory)',
  },
  {
    name: 'vex',
    type: 'list',
    valueName: 'path',
    description: 'OpenVEX or CycloneDX VEX documents; not_affected statements suppress findings',
  },
  {
    name: 'fail-on-eol-os',
    type: 'boolean',
    description: 'Fail when the OS release is end of life, unknown or unsupported',
  },
  {
    name: 'secret-severity',
    type: 'string',
    valueName: 'severity',
    description: 'Severity of secret findings (default: each rule’s own)',
  },
];

const severityEnum = { enum: ['critical', 'high', 'medium', 'low', 'unknown'] };
const tierEnum = { enum: ['fail', 'fail-if-fixed', 'warn', 'ignore'] };
const stringList = { type: 'array', items: { type: 'string' } };

/** The `scan:` section keys this part reads. */
export const MATCH_CONFIG_PROPERTIES: Record<string, JsonSchema> = {
  osv: { ...stringList, description: 'OSV data paths used instead of the cached DB.' },
  'db-dir': { type: 'string', description: 'Directory of the local vulnerability DB.' },
  'cpe-match': {
    type: 'boolean',
    description: 'Also match language packages on guessed CPEs against NVD data (low confidence).',
  },
  nvd: { ...stringList, description: 'NVD CVE JSON 2.0 files or directories for cpe-match.' },
  'max-db-age': {
    type: ['string', 'number'],
    description: 'Maximum age of the vulnerability DB, e.g. 24h or 7d (hours when a number).',
  },
  severity: {
    type: ['string', 'array'],
    items: { type: 'string' },
    description: 'Report and gate only these severities (Trivy --severity), e.g. HIGH,CRITICAL.',
  },
  'sbom-output': { type: 'string', description: 'Write a CycloneDX SBOM with VEX to this file.' },
  'ignore-unfixed': { type: 'boolean', description: 'Leave out vulnerabilities without a fixed version.' },
  'ignore-status': { ...stringList, description: 'Statuses to leave out.' },
  'pkg-types': { type: 'array', items: { enum: ['os', 'library'] } },
  scanners: { type: 'array', items: { enum: ['vuln', 'secret', 'config'] } },
  'fail-on-eol-os': {
    type: 'boolean',
    description: 'Fail when the OS release is end of life, unknown or unsupported.',
  },
  'max-days-since-fix': {
    type: 'integer',
    minimum: 0,
    description: 'A fix published fewer days ago than this only warns.',
  },
  policy: {
    type: 'object',
    additionalProperties: false,
    description:
      'Anchore-style tiers: the action for each severity (fail, fail-if-fixed, warn, ignore). When set, tiers decide the verdict.',
    properties: { critical: tierEnum, high: tierEnum, medium: tierEnum, low: tierEnum, unknown: tierEnum },
  },
  ignore: {
    type: 'array',
    description:
      'Accepted findings: each needs an id and a reason; purl, paths and expires (YYYY-MM-DD) are optional.',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'reason'],
      properties: {
        id: { type: 'string' },
        purl: { type: 'string' },
        paths: stringList,
        reason: { type: 'string', minLength: 1 },
        expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      },
    },
  },
  vex: { ...stringList, description: 'VEX documents to apply.' },
  secrets: {
    type: 'object',
    additionalProperties: false,
    properties: {
      enabled: { type: 'boolean', description: 'Scan file contents for secrets (default true).' },
      severity: severityEnum,
      'allow-paths': {
        ...stringList,
        description: 'Regular expressions of image paths not to scan for secrets.',
      },
      disable: { ...stringList, description: 'Secret or config rule ids to turn off.' },
    },
  },
};
