import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import {
  type ChangedLines,
  combine,
  DiscoveryCache,
  EXIT,
  errorMessage,
  exitCodeFor,
  finishGate,
  type GateDefinition,
  type GateReport,
  type Logger,
  loadConfig,
  type OptionValues,
  PortcullisError,
  parseThreshold,
  type RunReport,
  readBaseline,
  type Threshold,
  writeBaseline,
} from './core/index.js';
import { configSchema, GATES, gateByName } from './gates/index.js';
import { VERSION } from './version.js';

export interface RunRequest {
  /** A gate name, or `check` for every configured gate. */
  command: string;
  targets: string[];
  cwd: string;
  configPath?: string;
  failOn?: string;
  noFail: boolean;
  baselinePath?: string;
  updateBaseline?: boolean;
  options: OptionValues;
  env: Readonly<Record<string, string | undefined>>;
  log: Logger;
  readStdin?: () => Promise<string>;
  /** Limit `check` to these gates. */
  only?: string[];
  /** Lowest severity shown in reports; separate from `failOn`, which decides the verdict. */
  reportSeverity?: string;
  /** Gate only findings on these lines (a pull request's diff). */
  changed?: ChangedLines;
  /** Called with the chosen gates before the first runs; it may fill `options` (the action's caches). */
  beforeGates?: (gates: readonly GateDefinition[]) => Promise<void>;
}

function threshold(value: unknown, source: string): Threshold | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const t = parseThreshold(String(value));
  if (!t) throw new PortcullisError('USAGE', `${source}: unknown severity "${String(value)}"`);
  return t;
}

function selectGates(req: RunRequest, config: Record<string, unknown>): GateDefinition[] {
  if (req.command !== 'check') {
    const def = gateByName(req.command);
    if (!def) throw new PortcullisError('USAGE', `unknown gate "${req.command}"`);
    return [def];
  }
  const wanted = req.only?.length ? req.only : (config.gates as string[] | undefined);
  if (wanted?.length) {
    return wanted.map((n) => {
      const def = gateByName(n);
      if (!def) throw new PortcullisError('USAGE', `unknown gate "${n}"`);
      return def;
    });
  }
  // A gate that needs named targets (attest, verify, scan) runs under a bare `check` only when its
  // section names them in `paths`; its section may otherwise hold settings for its own command.
  const configured = GATES.filter((g) => {
    const section = config[g.name] as { enabled?: boolean; paths?: unknown[] } | undefined;
    return section && section.enabled !== false && (g.defaultTargets.length > 0 || !!section.paths?.length);
  });
  return configured.length ? configured : GATES.filter((g) => g.defaultTargets.length > 0);
}

/**
 * Runs one gate or several through the shared pipeline. Usage and config problems throw
 * (exit 2); a gate that crashes or cannot look is recorded as an error, so it fails closed.
 */
export async function runGates(req: RunRequest): Promise<RunReport> {
  const config = loadConfig(req.cwd, configSchema(), req.configPath);
  const gates = selectGates(req, config.data);
  const reportSeverity = threshold(req.reportSeverity, 'report-severity');
  const globalFailOn = threshold(req.failOn, '--fail-on') ?? threshold(config.data['fail-on'], 'fail-on');
  const baselineFile = req.baselinePath
    ? isAbsolute(req.baselinePath)
      ? req.baselinePath
      : resolve(req.cwd, req.baselinePath)
    : undefined;
  const baseline =
    baselineFile && !req.updateBaseline && existsSync(baselineFile) ? readBaseline(baselineFile) : undefined;
  if (baselineFile && !req.updateBaseline && !baseline) {
    throw new PortcullisError('CONFIG_UNREADABLE', `baseline not found: ${req.baselinePath}`, {
      file: req.baselinePath,
    });
  }
  const reports: GateReport[] = [];
  const discovery = new DiscoveryCache();
  const shared = new Map<string, unknown>();
  let noFail = req.noFail;
  await req.beforeGates?.(gates);
  for (const def of gates) {
    const section = (config.data[def.name] ?? {}) as Record<string, unknown>;
    const configuredFailOn = globalFailOn ?? threshold(section['fail-on'], `${def.name}.fail-on`);
    const configured = Array.isArray(section.paths) ? (section.paths as string[]) : undefined;
    const targets = req.targets.length ? req.targets : (configured ?? def.defaultTargets);
    let outcome: Awaited<ReturnType<Awaited<ReturnType<GateDefinition['load']>>['run']>>;
    try {
      const impl = await def.load();
      outcome = await impl.run({
        cwd: req.cwd,
        targets,
        config: section,
        configFile: config.file,
        options: req.options,
        env: req.env,
        log: req.log,
        readStdin: req.readStdin,
        discovery,
        shared,
      });
    } catch (error) {
      if (exitCodeFor(error) === EXIT.usage) throw error;
      if (!(error instanceof PortcullisError))
        req.log.debug(error instanceof Error ? (error.stack ?? '') : '');
      outcome = {
        findings: [],
        rules: [],
        errors: [
          { file: error instanceof PortcullisError ? error.file : undefined, message: errorMessage(error) },
        ],
      };
    }
    const failOn = configuredFailOn ?? outcome.failOn ?? def.defaultFailOn;
    noFail ||= outcome.noFail === true;
    reports.push(
      finishGate(def.name, outcome, { failOn, baseline, reportSeverity, changed: req.changed }, req.cwd),
    );
  }
  const run = combine(
    { name: 'portcullis', version: VERSION },
    req.command,
    reports,
    globalFailOn ?? reports[0]?.failOn ?? 'error',
    noFail,
  );
  if (baselineFile && req.updateBaseline)
    writeBaseline(
      baselineFile,
      run.gates.flatMap((g) => g.findings),
    );
  return run;
}
