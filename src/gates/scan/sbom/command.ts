import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT, type ExitCode, errorMessage, exitCodeFor, PortcullisError } from '../../../core/errors.js';
import { VERSION } from '../../../version.js';
import { buildInventory } from '../analyze.js';
import { renderSbom, SBOM_FORMATS, type SbomFormat } from './index.js';

export interface SbomCommandOptions {
  format?: string;
  output?: string;
  platform?: string;
  cacheDir?: string;
  verbose?: boolean;
}

export interface SbomIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Progress is shown when stderr is a terminal outside CI, or with --verbose. */
  stderrIsTty: boolean;
}

const MiB = 1024 * 1024;

function createdAt(env: SbomIo['env']): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
}

/**
 * `portcullis sbom <image>`: reads the image without a daemon, builds its inventory and writes a
 * CycloneDX 1.6 (default), SPDX 2.3 or JSON SBOM. Skipped hostile entries and unreadable databases are
 * printed on stderr and give exit code 3 after the SBOM is written: it may be incomplete.
 */
export async function runSbomCommand(
  image: string,
  options: SbomCommandOptions,
  io: SbomIo,
): Promise<ExitCode> {
  try {
    const format = (options.format ?? 'cyclonedx') as SbomFormat;
    if (!SBOM_FORMATS.includes(format)) {
      throw new PortcullisError(
        'USAGE',
        `unknown SBOM format "${options.format}": use ${SBOM_FORMATS.join(', ')}`,
      );
    }
    const progress = options.verbose || (io.stderrIsTty && !io.env.CI);
    let lastLayer = -1;
    let lastPrinted = 0;
    const inventory = await buildInventory(image, {
      cwd: io.cwd,
      env: io.env,
      ...(options.platform ? { platform: options.platform } : {}),
      ...(options.cacheDir ? { cacheDir: resolve(io.cwd, options.cacheDir) } : {}),
      ...(progress
        ? {
            onProgress: ({ layer, layers, bytes, size }) => {
              if (layer === lastLayer && bytes - lastPrinted < 16 * MiB && bytes !== size) return;
              lastLayer = layer;
              lastPrinted = bytes;
              const total = size ? ` of ${(size / MiB).toFixed(1)} MB` : '';
              io.stderr(`portcullis: layer ${layer + 1}/${layers}: ${(bytes / MiB).toFixed(1)} MB${total}\n`);
            },
          }
        : {}),
    });
    const text = renderSbom(inventory, format, { created: createdAt(io.env), toolVersion: VERSION });
    if (options.output) writeFileSync(resolve(io.cwd, options.output), text);
    else io.stdout(text);
    if (inventory.osNote) io.stderr(`portcullis: note: ${inventory.osNote}\n`);
    if (progress) {
      const cached = inventory.layers.filter((l) => l.cached).length;
      io.stderr(
        `portcullis: ${inventory.packages.length} packages in ${inventory.layers.length} layers (${cached} from the cache)\n`,
      );
    }
    for (const p of inventory.problems) io.stderr(`portcullis: error: ${p.code}: ${p.message}\n`);
    return inventory.problems.length ? EXIT.incomplete : EXIT.passed;
  } catch (error) {
    io.stderr(`portcullis: ${errorMessage(error)}\n`);
    return exitCodeFor(error);
  }
}
