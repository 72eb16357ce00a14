import type { Finding } from '../../core/finding.js';
import { helpUriFor } from '../../core/rule.js';
import { type DockerfileModel, type Instr, parseDockerfile } from './parse/dockerfile.js';
import { initShell } from './parse/shell.js';
import type { LintContext, LintSettings, RunCommand } from './rule.js';

export const DEFAULT_SETTINGS: LintSettings = { trustedRegistries: [], labelSchema: {}, strictLabels: false };

/** Builds the context rules receive from an already parsed Dockerfile. */
export function makeContext(dockerfile: DockerfileModel, file: string, settings: LintSettings): LintContext {
  const withTriggers: Instr[] = dockerfile.instructions.flatMap((i) => (i.trigger ? [i, i.trigger] : [i]));
  let commands: RunCommand[] | undefined;
  const range = (start: number, end: number) => dockerfile.index.range(start, Math.max(start, end));
  return {
    file,
    dockerfile,
    settings,
    instructions: dockerfile.instructions,
    withTriggers,
    stages: dockerfile.stages,
    // Built on first use: reading `instr.scripts` is what parses the shell.
    get commands() {
      commands ??= withTriggers.flatMap((instr) =>
        instr.scripts.flatMap((script) => script.commands.map((command) => ({ instr, script, command }))),
      );
      return commands;
    },
    range,
    finding(meta, at, message, options = {}): Finding {
      return {
        ruleId: meta.id,
        severity: options.severity ?? meta.severity,
        message,
        file,
        ...range(at.start, at.end),
        helpUri: helpUriFor(meta),
        snippet: dockerfile.text.slice(at.start, at.end).replace(/\s+/g, ' ').trim(),
        ...(meta.security ? { security: true } : {}),
        ...(options.fix ? { fix: options.fix } : {}),
        ...(options.data ? { data: options.data } : {}),
      };
    },
    fix(description, edits) {
      return { description, edits: edits.map((e) => ({ ...range(e.start, e.end), newText: e.newText })) };
    },
  };
}

/** Parses `source` and builds a rule context; loads the shell grammar on first use. */
export async function contextFor(
  source: string,
  file = 'Dockerfile',
  settings: Partial<LintSettings> = {},
): Promise<LintContext> {
  await initShell();
  return makeContext(parseDockerfile(source), file, { ...DEFAULT_SETTINGS, ...settings });
}
