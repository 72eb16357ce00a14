import type { Finding, Fix, Range } from '../../core/finding.js';
import type { Rule, RuleMeta } from '../../core/rule.js';
import type { Severity } from '../../core/severity.js';
import type { DockerfileModel, Instr, Stage } from './parse/dockerfile.js';
import type { Command, ShellScript } from './parse/shell.js';

export type { DockerfileModel, Flag, Heredoc, Instr, Stage } from './parse/dockerfile.js';
export type { Command, ShellArg, ShellScript } from './parse/shell.js';

/** Value types of hadolint's `label-schema` (https://github.com/hadolint/hadolint#linting-labels). */
export type LabelType = 'text' | 'url' | 'semver' | 'hash' | 'rfc3339' | 'spdx' | 'email';

/** The lint settings a rule may read, after `.hadolint.yaml`, `portcullis.yaml`, env and flags are merged. */
export interface LintSettings {
  /** hadolint's `trustedRegistries`; empty means every registry is allowed (DL3026 is quiet). */
  trustedRegistries: string[];
  /** hadolint's `label-schema`: label name → value type. */
  labelSchema: Record<string, LabelType>;
  /** hadolint's `strict-labels`: labels outside the schema are reported. */
  strictLabels: boolean;
}

/** One simple command of a RUN (or ONBUILD RUN) script, with where it came from. */
export interface RunCommand {
  instr: Instr;
  script: ShellScript;
  command: Command;
}

/** Options for a finding made by `LintContext.finding`. */
export interface FindingOptions {
  /** Severity other than the rule's default (rare: rules normally keep their meta severity). */
  severity?: Severity;
  fix?: Fix;
  data?: Record<string, unknown>;
}

/** What every lint rule receives: one parsed Dockerfile, the settings, and helpers. */
export interface LintContext {
  /** Path of the file as reported in findings. */
  file: string;
  dockerfile: DockerfileModel;
  settings: LintSettings;
  /** Top-level instructions in file order (ONBUILD triggers are inside `instr.trigger`). */
  instructions: readonly Instr[];
  /**
   * Every instruction in file order with each ONBUILD trigger right after its ONBUILD
   * (a trigger has `onbuild` set). Use this for rules hadolint applies inside ONBUILD.
   */
  withTriggers: readonly Instr[];
  stages: readonly Stage[];
  /** Every simple command of every shell-form RUN and shell heredoc, ONBUILD RUN included. */
  commands: readonly RunCommand[];
  /** The 1-based range of file offsets `[start, end)` of `dockerfile.text`. */
  range(start: number, end: number): Range;
  /** A finding of `meta`'s rule at file offsets `[start, end)`. */
  finding(
    meta: RuleMeta,
    at: { start: number; end: number },
    message: string,
    options?: FindingOptions,
  ): Finding;
  /** A fix that replaces file offsets `[start, end)` with `newText`. */
  fix(description: string, edits: { start: number; end: number; newText: string }[]): Fix;
}

/** A lint rule: metadata plus a pure check over one parsed Dockerfile. */
export type LintRule = Rule<LintContext>;
