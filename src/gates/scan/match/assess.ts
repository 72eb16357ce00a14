import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { PortcullisError } from '../../../core/errors.js';
import type { Finding, GateError } from '../../../core/finding.js';
import type { OptionValues } from '../../../core/gate.js';
import type { RuleMeta } from '../../../core/rule.js';
import { isSeverity, type Severity, type Threshold } from '../../../core/severity.js';
import type { Inventory } from '../inventory.js';
import type { ImageScan } from '../report/render.js';
import {
  CONFIG_RULE_METAS,
  checkImageConfig,
  type ImageConfigDocument,
} from '../secrets/image-config/index.js';
import { SECRET_RULE_METAS } from '../secrets/rules/index.js';
import type { SecretHit } from '../secrets/types.js';
import {
  type AdvisoryDb,
  type DbMeta,
  defaultDbDir,
  loadAdvisories,
  parseMaxAge,
  queryOsvOnline,
  type UpdateOptions,
  VulnDbError,
} from '../vulndb/index.js';
import { distroQuery, languageQuery, onlineDistroEcosystem } from './ecosystems.js';
import {
  findIgnore,
  type IgnoreEntry,
  IgnoreFileError,
  imagePurl,
  keepWithin,
  parseIgnoreFile,
  parseOwnIgnores,
  parseVex,
} from './ignore/index.js';
import { matchInventory } from './matcher.js';
import { applyPolicy, type Tiers } from './policy.js';
import { keepSeverities, parseSeverityList } from './severity-filter.js';
import type { VulnStatus } from './status.js';

/** A secret found in a layer's file, as the walk recorded it. */
export interface LayerSecret {
  hit: SecretHit;
  layerIndex: number;
  /** The later layer that deleted or replaced the file: the secret is still in layer `layerIndex`. */
  removedInLayer?: number;
}

export interface AssessInput {
  inventory: Inventory;
  /** The image config, for the config and history rules. */
  imageConfig?: ImageConfigDocument;
  secrets?: LayerSecret[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  options: OptionValues;
  /** The `scan:` section of portcullis.yaml. */
  config: Record<string, unknown>;
  configFile?: string;
  toolVersion: string;
  now?: Date;
  startTime?: Date;
}

export interface AssessResult {
  findings: Finding[];
  rules: RuleMeta[];
  errors: GateError[];
  notes: string[];
  failOn?: Threshold;
  extra: Record<string, unknown>;
  /** The image's inventory and findings; the gate renders the reports of all its images at once. */
  report: ImageScan;
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string' && value)
    return value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return [];
}

function pick<T>(option: T | undefined, config: T | undefined): T | undefined {
  return option !== undefined ? option : config;
}

function readIgnores(input: AssessInput): IgnoreEntry[] {
  const at = (p: string): string => (isAbsolute(p) ? p : resolve(input.cwd, p));
  const files = list(input.options['ignore-file']);
  const explicit = files.length > 0;
  if (!explicit)
    for (const name of ['.trivyignore', '.trivyignore.yaml', '.trivyignore.yml'])
      if (existsSync(at(name))) files.push(name);
  const entries: IgnoreEntry[] = [];
  for (const file of files) {
    if (!existsSync(at(file)))
      throw new PortcullisError('PATH_NOT_FOUND', `ignore file not found: ${file}`, { file });
    entries.push(...parseIgnoreFile(readFileSync(at(file), 'utf8'), file));
  }
  entries.push(...parseOwnIgnores(input.config.ignore, input.configFile ?? 'portcullis.yaml'));
  for (const file of [...list(input.options.vex), ...list(input.config.vex)]) {
    if (!existsSync(at(file)))
      throw new PortcullisError('PATH_NOT_FOUND', `VEX document not found: ${file}`, { file });
    entries.push(...parseVex(readFileSync(at(file), 'utf8'), file));
  }
  const image = imagePurl(input.inventory.image);
  return keepWithin(entries, [...input.inventory.packages.map((p) => p.purl), ...(image ? [image] : [])]);
}

/** `--online`: the advisories osv.dev's batch API returns for the inventory's packages. */
async function onlineDb(input: AssessInput): Promise<AdvisoryDb> {
  const os = input.inventory.os;
  const osEcosystem = os ? onlineDistroEcosystem(os) : undefined;
  const queries = input.inventory.packages.flatMap((p) => {
    const q = p.type === 'os' ? (osEcosystem ? distroQuery(p, osEcosystem) : undefined) : languageQuery(p);
    return q ? q.names.map((name) => ({ ecosystem: q.ecosystem, name, version: q.version })) : [];
  });
  const apiUrl = input.env.PORTCULLIS_OSV_API;
  return queryOsvOnline(queries, apiUrl ? { baseUrl: apiUrl } : {});
}

/** `--update-db` from the mirrors `db update` also honours; NVD's feeds too when CPE matching needs them. */
function updateOptions(env: AssessInput['env'], withNvd: boolean): Omit<UpdateOptions, 'dir'> {
  const mirror = env.PORTCULLIS_OSV_MIRROR;
  const nvdMirror = env.PORTCULLIS_NVD_MIRROR;
  return {
    ...(mirror ? { baseUrl: mirror } : {}),
    ...(withNvd ? { nvd: nvdMirror ? { baseUrl: nvdMirror } : {} } : {}),
  };
}

function dbNote(meta: DbMeta): string {
  return `vulnerability data: ${meta.records} advisories built ${meta.builtAt}, ${meta.digest}`;
}

/**
 * Assesses an image's inventory, config and secrets under the gate's options and config: loads
 * the vulnerability data (fail-closed), matches, applies ignores, VEX and the policy, and adds
 * secret and config findings. Every problem that stops a check is an error (exit 3).
 */
export async function assessInventory(input: AssessInput): Promise<AssessResult> {
  const now = input.now ?? new Date();
  const o = input.options;
  const c = input.config;
  const scanners = new Set(
    list(pick(o.scanners, c.scanners)).length
      ? list(pick(o.scanners, c.scanners))
      : ['vuln', 'secret', 'config'],
  );
  const secretsConfig = (c.secrets ?? {}) as { enabled?: boolean; severity?: string; disable?: string[] };
  const disabled = secretsConfig.disable ?? [];
  const errors: GateError[] = [];
  const notes: string[] = [];
  const findings: Finding[] = [];
  const rules = new Map<string, RuleMeta>();
  const imageRef = input.inventory.image.reference;
  const extra: Record<string, unknown> = {};
  let failOn: Threshold | undefined;

  let ignores: IgnoreEntry[] = [];
  try {
    ignores = readIgnores(input);
  } catch (error) {
    if (error instanceof IgnoreFileError)
      errors.push({ file: error.file, message: error.message, code: 'CONFIG_INVALID' });
    else throw error;
  }

  if (scanners.has('vuln')) {
    const maxAge = pick(
      o['max-db-age'] as string | undefined,
      c['max-db-age'] as string | number | undefined,
    );
    const absolute = (p: string): string => (isAbsolute(p) ? p : resolve(input.cwd, p));
    const osvPaths = [...list(o.osv), ...list(c.osv)].map(absolute);
    const nvdPaths = [...list(o.nvd), ...list(c.nvd)].map(absolute);
    const cpeMatch = Boolean(pick(o['cpe-match'], c['cpe-match']));
    if (nvdPaths.length && !cpeMatch)
      notes.push('NVD data was given but is only read with --cpe-match: not used');
    try {
      const loaded = o.online
        ? { db: await onlineDb(input), notes: ['--online: package names and versions were sent to osv.dev'] }
        : await loadAdvisories({
            osvPaths,
            ...(cpeMatch ? { nvdPaths } : {}),
            dbDir:
              (o['db-dir'] as string | undefined) ??
              (c['db-dir'] as string | undefined) ??
              defaultDbDir(input.env),
            ...(o['update-db'] ? { update: updateOptions(input.env, cpeMatch && !nvdPaths.length) } : {}),
            ...(maxAge !== undefined ? { maxAgeHours: parseMaxAge(maxAge) } : {}),
            now,
          });
      const { db } = loaded;
      notes.push(...loaded.notes, dbNote(db.meta));
      extra.vulnerabilityDb = {
        builtAt: db.meta.builtAt,
        digest: db.meta.digest,
        records: db.meta.records,
        sources: db.meta.sources,
      };
      try {
        const pkgTypes = list(pick(o['pkg-types'], c['pkg-types'])) as ('os' | 'library')[];
        const matched = matchInventory(input.inventory, db, {
          ...(pkgTypes.length ? { pkgTypes } : {}),
          cpeMatch,
        });
        errors.push(...matched.errors.map((message) => ({ message, code: 'INCOMPLETE' })));
        notes.push(...matched.notes);
        extra.osCoverage = matched.osCoverage;
        extra.osEcosystems = matched.osEcosystems;
        extra.packagesChecked = matched.packagesChecked;
        const os = input.inventory.os;
        const policy = applyPolicy(
          {
            matches: matched.matches,
            imageRef,
            osCoverage: matched.osCoverage,
            ...(os ? { osName: `${os.family} ${os.versionId}`, osSource: os.source } : {}),
          },
          {
            ignoreUnfixed: Boolean(pick(o['ignore-unfixed'], c['ignore-unfixed'])),
            ignoreStatus: list(pick(o['ignore-status'], c['ignore-status'])) as VulnStatus[],
            ...(c.policy ? { tiers: c.policy as Tiers } : {}),
            ...(typeof c['max-days-since-fix'] === 'number'
              ? { maxDaysSinceFix: c['max-days-since-fix'] }
              : {}),
            failOnEolOs: Boolean(pick(o['fail-on-eol-os'], c['fail-on-eol-os'])),
            ignores,
            now,
          },
        );
        findings.push(...policy.findings);
        notes.push(...policy.notes);
        for (const r of policy.rules) rules.set(r.id, r);
        failOn = policy.failOn;
      } finally {
        db.close();
      }
    } catch (error) {
      if (error instanceof VulnDbError)
        errors.push({
          ...(error.file ? { file: error.file } : {}),
          message: error.message,
          code: error.dbCode,
        });
      else throw error;
    }
  }

  const secretSeverity = pick(o['secret-severity'] as string | undefined, secretsConfig.severity);
  if (secretSeverity !== undefined && !isSeverity(secretSeverity))
    throw new PortcullisError('USAGE', `secret-severity "${secretSeverity}" is not a severity`);
  if (scanners.has('secret') && secretsConfig.enabled !== false) {
    for (const meta of SECRET_RULE_METAS) rules.set(meta.id, meta);
    for (const s of input.secrets ?? []) {
      if (disabled.includes(s.hit.ruleId)) continue;
      const meta = SECRET_RULE_METAS.find((m) => m.id === s.hit.ruleId);
      const layer = input.inventory.layers.find((l) => l.index === s.layerIndex);
      const finding: Finding = {
        ruleId: s.hit.ruleId,
        severity: (secretSeverity as Severity | undefined) ?? meta?.severity ?? 'high',
        message: `${meta?.title ?? 'Secret'} in /${s.hit.path} (layer ${s.layerIndex}): ${s.hit.masked}${s.removedInLayer !== undefined ? `; deleted in layer ${s.removedInLayer}, but still in layer ${s.layerIndex} of the image` : ''}`,
        file: s.hit.path,
        line: s.hit.line,
        column: s.hit.column,
        endLine: s.hit.line,
        endColumn: s.hit.endColumn,
        security: true,
        snippet: `${s.hit.ruleId} ${s.hit.path} ${s.hit.masked}`,
        data: {
          kind: 'secret',
          masked: s.hit.masked,
          layer: layer ?? { index: s.layerIndex },
          ...(s.removedInLayer !== undefined ? { removedInLayer: s.removedInLayer } : {}),
        },
      };
      const trivyIds = (meta?.equivalents ?? []).map((e) => e.replace(/^trivy:/, ''));
      const entry = findIgnore(ignores, { ids: [s.hit.ruleId, ...trivyIds], paths: [s.hit.path] }, now);
      if (entry)
        finding.suppressed = {
          kind: 'config',
          justification: `${entry.reason ?? 'ignored'} (${entry.file})`,
        };
      findings.push(finding);
    }
  }

  if (scanners.has('config') && input.imageConfig) {
    for (const meta of CONFIG_RULE_METAS) rules.set(meta.id, meta);
    for (const hit of checkImageConfig(input.imageConfig, disabled)) {
      const meta = CONFIG_RULE_METAS.find((m) => m.id === hit.ruleId);
      const line = (hit.historyIndex ?? 0) + 1;
      const finding: Finding = {
        ruleId: hit.ruleId,
        severity: meta?.severity ?? 'medium',
        message: hit.message,
        file: imageRef,
        line,
        column: 1,
        endLine: line,
        endColumn: 1,
        security: true,
        snippet: `${hit.ruleId} ${hit.message}`,
        data: {
          kind: 'config',
          ...(hit.historyIndex !== undefined ? { historyIndex: hit.historyIndex } : {}),
          ...(hit.layerIndex !== undefined
            ? {
                layer: input.inventory.layers.find((l) => l.index === hit.layerIndex) ?? {
                  index: hit.layerIndex,
                },
              }
            : {}),
        },
      };
      const entry = findIgnore(ignores, { ids: [hit.ruleId, ...(meta?.equivalents ?? [])], paths: [] }, now);
      if (entry)
        finding.suppressed = {
          kind: 'config',
          justification: `${entry.reason ?? 'ignored'} (${entry.file})`,
        };
      findings.push(finding);
    }
  }

  const severities = parseSeverityList(pick(o.severity, c.severity));
  const kept = severities ? keepSeverities(findings, severities, notes) : findings;
  const db = extra.vulnerabilityDb as ImageScan['vulnerabilityDb'];
  const report: ImageScan = {
    inventory: input.inventory,
    findings: kept,
    startTime: input.startTime ?? now,
    ...(db ? { vulnerabilityDb: { builtAt: db.builtAt, digest: db.digest } } : {}),
  };
  return {
    findings: kept,
    rules: [...rules.values()],
    errors,
    notes,
    ...(failOn ? { failOn } : {}),
    extra,
    report,
  };
}
