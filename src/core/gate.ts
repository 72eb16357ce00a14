import type { DiscoveryCache } from './discover.js';
import type { Finding, GateError } from './finding.js';
import type { GateName, RuleMeta } from './rule.js';
import type { Threshold } from './severity.js';

/** A JSON Schema fragment (draft-07), kept loose on purpose: it is data handed to ajv. */
export type JsonSchema = Record<string, unknown>;

/** One `artifacts: reports:` entry of a GitLab component, written with `--format <format>=<file>`. */
export interface GitlabReport {
  report:
    | 'codequality'
    | 'container_scanning'
    | 'cyclonedx'
    | 'dependency_scanning'
    | 'sast'
    | 'secret_detection';
  format: string;
  file: string;
}

/** A gate-specific option: a CLI flag `--<name>` and an action input `<name>`, from one declaration. */
export interface OptionSpec {
  name: string;
  type: 'boolean' | 'string' | 'number' | 'list';
  description: string;
  /** Placeholder shown in `--help` for valued options. */
  valueName?: string;
  /** Only on the CLI, never an action input. */
  cliOnly?: boolean;
}

export type OptionValues = Record<string, string | boolean | number | string[] | undefined>;

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, debug() {} };

/** What a gate receives: where to look, its config section and its options. No globals. */
export interface GateContext {
  cwd: string;
  /** Paths, globs, image references or `-`, as the user gave them. */
  targets: string[];
  /** The gate's section of portcullis.yaml, already validated against its schema. */
  config: Record<string, unknown>;
  /** The config file the section came from, for messages. */
  configFile?: string;
  options: OptionValues;
  env: Readonly<Record<string, string | undefined>>;
  log: Logger;
  /** Reads standard input, for targets named `-`. */
  readStdin?: () => Promise<string>;
  /** One discovery pass for every gate of the run: pass it to `discover({ cache })`. */
  discovery?: DiscoveryCache;
  /** Run-scoped store shared by the gates of one run, keyed by owner (e.g. the registry cache). */
  shared?: Map<string, unknown>;
}

/** What a gate returns: findings, the errors that stopped it looking, and what it looked at. */
export interface GateOutcome {
  findings: Finding[];
  errors: GateError[];
  rules: RuleMeta[];
  /** Informational lines for the report, e.g. "shellcheck not found: SC rules skipped". */
  notes?: string[];
  /** Files or images looked at. */
  scanned?: string[];
  /** Gate-specific additions to the JSON document (never renames of core fields). */
  extra?: Record<string, unknown>;
  /**
   * A threshold from the gate's anchor config (e.g. `.hadolint.yaml` failure-threshold). Used only
   * when neither the command line nor portcullis.yaml sets one.
   */
  failOn?: Threshold;
  /** The anchor config asked to report without failing (e.g. hadolint's `no-fail`). */
  noFail?: boolean;
  /** Gate-specific output formats, e.g. `kubesec` or `hadolint-json`, rendered from the outcome. */
  render?: Record<string, () => string>;
}

/** The heavy half of a gate, loaded on demand. */
export interface GateImplementation {
  run(ctx: GateContext): Promise<GateOutcome>;
  /** Every rule the gate can report, for `--list-rules`. */
  ruleMetas?(): RuleMeta[];
}

/**
 * A directory the GitHub action keeps across workflow runs with `@actions/cache`: restored before
 * the gate runs, saved after it when its content changed (src/platform/github/cache.ts).
 */
export interface ActionCache {
  /** Short name in the cache key `portcullis-<gate>-<name>-<os>-<YYYY-MM-DD>`. */
  name: string;
  /** The gate option that names the directory; the action sets it to `defaultPath` when the input is empty. */
  option: string;
  defaultPath(env: Readonly<Record<string, string | undefined>>): string;
  /** One entry per UTC day (e.g. a vulnerability DB); otherwise every run that changes it saves a new entry. */
  daily?: boolean;
  /** A boolean option turned on when today's entry is missing, unless the input sets it (e.g. `update-db`). */
  refreshOption?: string;
}

/**
 * A gate's light-weight definition: names, options and config schema, cheap to import.
 * The heavy part is loaded on demand so the CLI and the actions start fast.
 */
export interface GateDefinition {
  name: GateName;
  summary: string;
  /** Which positional arguments the gate takes, for `--help`. */
  targetsName: string;
  /** A GitHub action input naming the targets in the gate's own words (scan: `image`), besides `paths`. */
  targetsInput?: { name: string; description: string };
  defaultTargets: string[];
  /** The GitLab component's default targets when they differ from `defaultTargets`; CI variables expand in the job. */
  gitlabTargets?: string;
  defaultFailOn: Threshold;
  options: OptionSpec[];
  configSchema: JsonSchema;
  /** Extra output format names this gate renders itself. */
  formats?: string[];
  /**
   * The GitLab report artifacts its component writes (`artifacts: reports: <report>`), each from
   * one output format. Default: Code Quality from the `gitlab` format.
   */
  gitlabReports?: GitlabReport[];
  /** Directories the GitHub action caches across runs; loaded lazily, only by this gate's action. */
  actionCaches?: ActionCache[];
  load(): Promise<GateImplementation>;
}
