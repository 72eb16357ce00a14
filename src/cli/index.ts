import { Command, CommanderError, Option } from 'commander';
import {
  EXIT,
  type ExitCode,
  errorMessage,
  exitCodeFor,
  exitCodeOf,
  type GateDefinition,
  helpUriFor,
  type Logger,
  type OptionSpec,
  type OptionValues,
} from '../core/index.js';
import { GATES } from '../gates/index.js';
import { runGates } from '../run.js';
import { VERSION } from '../version.js';
import { parseOutputs, writeOutputs } from './output.js';

export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTty: boolean;
  readStdin: () => Promise<string>;
}

function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function addGateOption(cmd: Command, spec: OptionSpec, seen: Set<string>): void {
  if (seen.has(spec.name)) return;
  seen.add(spec.name);
  const value = spec.valueName ?? 'value';
  const flags = spec.type === 'boolean' ? `--${spec.name}` : `--${spec.name} <${value}>`;
  const opt = new Option(flags, spec.description);
  if (spec.type === 'number') opt.argParser((v) => Number(v));
  if (spec.type === 'list')
    opt.argParser((v: string, prev: string[] | undefined) => [
      ...(prev ?? []),
      ...v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ]);
  cmd.addOption(opt);
}

function gateOptionValues(specs: readonly OptionSpec[], raw: Record<string, unknown>): OptionValues {
  const values: OptionValues = {};
  for (const s of specs) {
    const v = raw[camel(s.name)];
    if (v !== undefined) values[s.name] = v as OptionValues[string];
  }
  return values;
}

/** `--list-rules`: every rule of a gate as a table, or as JSON with `--format json`. */
async function listRules(gate: string, formats: readonly string[]): Promise<string> {
  const def = GATES.find((g) => g.name === gate);
  const metas = ((await def?.load())?.ruleMetas?.() ?? []).map((m) => ({ ...m, helpUri: helpUriFor(m) }));
  if (formats.includes('json')) return `${JSON.stringify(metas, null, 2)}\n`;
  const width = Math.max(8, ...metas.map((m) => m.id.length));
  return metas.map((m) => `${m.id.padEnd(width)}  ${m.severity.padEnd(8)}  ${m.title}\n`).join('');
}

/** Runs the CLI and returns the exit code; never calls process.exit itself. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT.passed;
  const log: Logger = {
    info: () => {},
    warn: (m) => io.stderr(`portcullis: warning: ${m}\n`),
    debug: (m) => {
      if (io.env.PORTCULLIS_DEBUG) io.stderr(`${m}\n`);
    },
  };
  const program = new Command('portcullis')
    .description('Gates for the container supply chain: pin, lint, scan, attest and score.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();

  const commands: { name: string; summary: string; targets: string; specs: OptionSpec[] }[] = [
    ...GATES.map((g: GateDefinition) => ({
      name: g.name,
      summary: g.summary,
      targets: g.targetsName,
      specs: g.options,
    })),
    {
      name: 'check',
      summary: 'Run every gate configured in portcullis.yaml.',
      targets: 'paths',
      specs: GATES.flatMap((g) => g.options.filter((o) => o.type !== 'boolean' || !o.cliOnly)),
    },
  ];
  for (const c of commands) {
    const cmd = program
      .command(c.name)
      .description(c.summary)
      .argument(`[${c.targets}...]`)
      .option(
        '-f, --format <format>',
        'output format: text, json, sarif, gitlab, junit (repeatable; fmt=FILE writes a file)',
        (v: string, prev: string[] = []) => [...prev, v],
      )
      .option('-o, --output <file>', 'write formats given without =FILE to this file')
      .option('-c, --config <file>', 'config file (default: portcullis.yaml or .portcullis.yaml)')
      .option('--fail-on <severity>', 'lowest severity that fails the gate (or none)')
      .option(
        '--report-severity <severity>',
        'lowest severity shown in reports (the verdict still uses --fail-on)',
      )
      .option('--no-fail', 'report findings but never fail on them')
      .option('--baseline <file>', 'suppress findings recorded in this baseline file')
      .option('--update-baseline', 'write the current findings to --baseline instead of suppressing')
      .option('-q, --quiet', 'print nothing on success with the text format');
    if (c.name === 'check') cmd.option('--gates <list>', 'comma-separated gates to run');
    else
      cmd.option(
        '--list-rules',
        'print every rule of this gate with its metadata (with --format json: as JSON)',
      );
    const seen = new Set<string>();
    for (const s of c.specs) addGateOption(cmd, s, seen);
    cmd.action(async (targets: string[], raw: Record<string, unknown>) => {
      if (raw.listRules) {
        io.stdout(await listRules(c.name, (raw.format as string[] | undefined) ?? []));
        return;
      }
      const run = await runGates({
        command: c.name,
        targets,
        cwd: io.cwd,
        configPath: raw.config as string | undefined,
        failOn: raw.failOn as string | undefined,
        reportSeverity: raw.reportSeverity as string | undefined,
        noFail: raw.fail === false,
        baselinePath: raw.baseline as string | undefined,
        updateBaseline: Boolean(raw.updateBaseline),
        options: gateOptionValues(c.specs, raw),
        env: io.env,
        log,
        readStdin: io.readStdin,
        only:
          typeof raw.gates === 'string'
            ? raw.gates
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean)
            : undefined,
      });
      exitCode = exitCodeOf(run);
      const outputs = parseOutputs(
        (raw.format as string[] | undefined) ?? [],
        raw.output as string | undefined,
      );
      const quietPass = raw.quiet && exitCode === EXIT.passed;
      writeOutputs(
        run,
        outputs.filter((o) => !(quietPass && o.format === 'text' && !o.file)),
        io.cwd,
        io.stdout,
        io.isTty,
        io.env,
      );
    });
  }
  // Not a gate: writes an SBOM of one image (docs/scan.md#sbom). Loaded on demand.
  program
    .command('sbom')
    .description('Write an SBOM (CycloneDX 1.6, SPDX 2.3 or JSON) of a container image, without a daemon.')
    .argument(
      '<image>',
      'docker://name:tag (or a bare name), docker-archive:file, oci:dir[:ref], oci-archive:file',
    )
    .option('-f, --format <format>', 'cyclonedx (default), spdx or json')
    .option('-o, --output <file>', 'write the SBOM to this file instead of stdout')
    .option('--platform <os/arch>', 'platform to read from a multi-platform image (default linux/amd64)')
    .option('--cache-dir <dir>', 'cache layer inventories here; a rescan reads only new layers')
    .option('--verbose', 'show progress on stderr even when it is not a terminal')
    .action(async (image: string, raw: Record<string, unknown>) => {
      const { runSbomCommand } = await import('../gates/scan/index.js');
      exitCode = await runSbomCommand(image, raw, { ...io, stderrIsTty: Boolean(process.stderr.isTTY) });
    });
  // Not a gate: the local vulnerability DB of the scan gate (docs/rules/scan.md#vulnerability-data).
  program
    .command('db')
    .description('Update or describe the local OSV vulnerability DB used by `portcullis scan`.')
    .argument('<action>', 'update (download the osv.dev dumps) or status')
    .option('--db-dir <dir>', 'DB directory (default ~/.cache/portcullis/osv or PORTCULLIS_DB_DIR)')
    .option('--ecosystem <name...>', 'osv.dev ecosystems to download (default: the 13 the scan gate matches)')
    .option(
      '--mirror <url>',
      'base URL serving <ecosystem>/all.zip instead of osv.dev (or PORTCULLIS_OSV_MIRROR)',
    )
    .option('--nvd', "also download NVD's CVE feeds, for `scan --cpe-match` (large; off by default)")
    .option(
      '--nvd-mirror <url>',
      'base URL serving nvdcve-2.0-<year>.json.gz instead of NVD (or PORTCULLIS_NVD_MIRROR)',
    )
    .action(async (action: string, raw: Record<string, unknown>) => {
      const { runDbCommand } = await import('../gates/scan/vulndb/command.js');
      exitCode = await runDbCommand(action, raw, io);
    });
  // Not a gate: the sigstore-conformance verify protocol over the verify gate (docs/attest.md#verify-bundle).
  program
    .command('verify-bundle')
    .description('Verify one Sigstore bundle, as the sigstore-conformance CLI protocol asks.')
    .argument('<file-or-digest>', 'the artifact, or sha256:<hex> of it')
    .requiredOption('--bundle <file>', 'the Sigstore bundle')
    .option('--certificate-identity <san>', "required identity in the signing certificate's SAN")
    .option('--certificate-oidc-issuer <url>', 'required OIDC issuer of the signing certificate')
    .option('--key <file>', 'PEM public key, for a key-signed bundle')
    .option('--trusted-root <file>', "Sigstore trusted root JSON (default: Sigstore's TUF repository)")
    .option('--staging', 'the bundle is from the staging instance (give its --trusted-root)')
    .option('-f, --format <format>', 'text (default), json, sarif, gitlab or junit')
    .action(async (target: string, raw: Record<string, unknown>) => {
      const { runVerifyBundleCommand } = await import('../gates/attest/index.js');
      exitCode = await runVerifyBundleCommand(target, raw, io);
    });
  // Not a gate: downloaded files against a signed checksums file (docs/attest.md#verify-checksums).
  program
    .command('verify-checksums')
    .description('Check downloaded files against a checksums file and its Sigstore or OpenPGP signature.')
    .argument('<checksums>', 'a sha256sum/sha512sum-format file, such as SHA256SUMS or checksums.txt')
    .argument('[files...]', 'check only these files (each must be listed); default: every listed file')
    .option('--signature <file>', 'signature of the checksums file: a Sigstore bundle, or OpenPGP .asc/.sig')
    .option('--public-key <file>', 'armored OpenPGP public key(s) the signature must come from')
    .option('--key <file>', 'PEM public key, for a key-signed Sigstore bundle')
    .option('--trusted-root <file>', "Sigstore trusted root JSON (default: Sigstore's TUF repository)")
    .option('--certificate-identity <san>', 'required Sigstore certificate identity (SAN)')
    .option('--certificate-identity-regexp <pattern>', 'certificate identity pattern, anchored')
    .option('--certificate-oidc-issuer <url>', 'required OIDC issuer of the Sigstore certificate')
    .option('--certificate-oidc-issuer-regexp <pattern>', 'OIDC issuer pattern, anchored')
    .option(
      '--signer-workflow <workflow>',
      'required signer workflow, owner/repo/.github/workflows/x.yml[@ref]',
    )
    .option('--source-repository <repo>', 'required source repository, owner/repo or URL')
    .option('--source-ref <ref>', 'required source ref, e.g. refs/tags/v1.2.3')
    .option('--source-ref-regexp <pattern>', 'source ref pattern, anchored')
    .option('-f, --format <format>', 'text (default), json, sarif, gitlab or junit')
    .action(async (sums: string, files: string[], raw: Record<string, unknown>) => {
      const { runVerifyChecksumsCommand } = await import('../gates/attest/index.js');
      exitCode = await runVerifyChecksumsCommand(sums, files, raw, io);
    });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.passed : EXIT.usage;
    }
    io.stderr(`portcullis: ${errorMessage(error)}\n`);
    return exitCodeFor(error);
  }
  return exitCode;
}
