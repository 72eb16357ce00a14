import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { EXIT, exitCodeFor, PortcullisError } from '../../../core/errors.js';
import type { Finding, GateError } from '../../../core/finding.js';
import type { GateContext, GateOutcome } from '../../../core/gate.js';
import type { RuleMeta } from '../../../core/rule.js';
import type { Threshold } from '../../../core/severity.js';
import { registryCacheOf } from '../../../registry/index.js';
import { VERSION } from '../../../version.js';
import { analyzeImage } from '../analyze.js';
import { type ImageScan, renderImageScans } from '../report/render.js';
import { secretCataloger } from '../secrets/cataloger.js';
import { secretsFromLayers } from '../secrets/image.js';
import type { ImageConfigDocument } from '../secrets/image-config/types.js';
import { openImage } from '../source/index.js';
import { assessInventory } from './assess.js';

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string' && value) return value.split(',').map((s) => s.trim());
  return [];
}

/**
 * The scan gate for each image named in `ctx.targets`: inventory (part 1), then vulnerability
 * matching, secrets, config and history checks and the policy (part 2). An image that cannot be
 * read, or data that cannot be used, is an error (exit 3), never a pass.
 */
export async function runScan(ctx: GateContext): Promise<GateOutcome> {
  const findings: Finding[] = [];
  const errors: GateError[] = [];
  const rules = new Map<string, RuleMeta>();
  const notes: string[] = [];
  const scanned: string[] = [];
  const extra: Record<string, unknown> = { images: [] as unknown[] };
  const reports: ImageScan[] = [];
  let failOn: Threshold | undefined;
  const scanners = list(ctx.options.scanners ?? ctx.config.scanners);
  const secretsOn =
    (scanners.length === 0 || scanners.includes('secret')) &&
    (ctx.config.secrets as { enabled?: boolean } | undefined)?.enabled !== false;
  const allowPaths = list(
    (ctx.config.secrets as { 'allow-paths'?: string[] } | undefined)?.['allow-paths'],
  ).map((p) => new RegExp(p));
  if (ctx.targets.length === 0)
    throw new PortcullisError(
      'USAGE',
      'scan needs an image reference, e.g. portcullis scan docker-archive:app.tar',
    );
  for (const reference of ctx.targets) {
    const startTime = new Date();
    try {
      const platform =
        (ctx.options.platform as string | undefined) ?? (ctx.config.platform as string | undefined);
      const source = await openImage(reference, {
        cwd: ctx.cwd,
        env: ctx.env,
        registryCache: registryCacheOf(ctx.shared),
        ...(platform ? { platform } : {}),
      });
      try {
        const cacheDir =
          (ctx.options['cache-dir'] as string | undefined) ?? (ctx.config['cache-dir'] as string | undefined);
        // One walk of the layers: the package catalogers and, when on, the secret cataloger.
        const walked = await analyzeImage(source, {
          cwd: ctx.cwd,
          env: ctx.env,
          ...(cacheDir ? { cacheDir } : {}),
          ...(secretsOn
            ? {
                extraCatalogers: [secretCataloger({ allowPaths })],
                extrasKey: `secrets ${VERSION} ${JSON.stringify(allowPaths.map(String))}`,
              }
            : {}),
        });
        const inventory = walked.inventory;
        const secrets = secretsOn ? secretsFromLayers(walked.layers) : [];
        // A skipped entry or an unreadable package database leaves the inventory incomplete:
        // like `portcullis sbom`, the gate does not pass on it.
        for (const p of inventory.problems)
          errors.push({
            file: p.path ? `${reference}:/${p.path}` : reference,
            message: `${p.code}: ${p.message}`,
            code: p.code,
          });
        const result = await assessInventory({
          inventory,
          imageConfig: source.config as ImageConfigDocument,
          secrets,
          cwd: ctx.cwd,
          env: ctx.env,
          options: ctx.options,
          config: ctx.config,
          ...(ctx.configFile ? { configFile: ctx.configFile } : {}),
          toolVersion: VERSION,
          startTime,
        });
        findings.push(...result.findings);
        errors.push(...result.errors);
        notes.push(...result.notes);
        for (const r of result.rules) rules.set(r.id, r);
        failOn ??= result.failOn;
        (extra.images as unknown[]).push({
          reference,
          os: inventory.os ?? null,
          packages: inventory.packages.length,
          ...result.extra,
        });
        reports.push(result.report);
        scanned.push(reference);
      } finally {
        await source.close?.();
      }
    } catch (error) {
      if (exitCodeFor(error) === EXIT.usage) throw error;
      errors.push({ file: reference, message: error instanceof Error ? error.message : String(error) });
    }
  }
  // One document for all images: a GitLab report or a BOM holds every image's findings.
  const render = renderImageScans(reports, VERSION, { notes, errors });
  const sbomOutput = (ctx.options['sbom-output'] ?? ctx.config['sbom-output']) as string | undefined;
  if (sbomOutput) writeSbom(resolve(ctx.cwd, sbomOutput), render['cyclonedx-vex'], errors, notes);
  return {
    findings,
    errors,
    rules: [...rules.values()],
    notes,
    scanned,
    extra,
    ...(failOn ? { failOn } : {}),
    render,
  };
}

/** `--sbom-output`: the CycloneDX SBOM with VEX, beside whatever formats were asked for. */
function writeSbom(
  file: string,
  bom: (() => string) | undefined,
  errors: GateError[],
  notes: string[],
): void {
  if (!bom) {
    errors.push({ file, message: 'no image could be read, so no SBOM was written' });
    return;
  }
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bom());
    notes.push(`CycloneDX SBOM with VEX written to ${file}`);
  } catch (error) {
    errors.push({ file, message: `could not write the SBOM: ${(error as Error).message}` });
  }
}
