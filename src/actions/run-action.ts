import { resolve } from 'node:path';
import * as core from '@actions/core';
import { parseOutputs, writeOutputs } from '../cli/output.js';
import { countBySeverity, EXIT, errorMessage, exitCodeFor, exitCodeOf, type Logger } from '../core/index.js';
import { GATES, gateByName } from '../gates/index.js';
import { annotations } from '../platform/github/annotate.js';
import { boolInput, gateInputs, listInput } from '../platform/github/inputs.js';
import { summaryMarkdown } from '../platform/github/summary.js';
import { runGates } from '../run.js';

/**
 * The body of every Portcullis action: inputs → gate(s) → annotations, summary, SARIF and
 * outputs → setFailed. `gate` is a gate name, or `check` for the root action.
 */
export async function runAction(gate: string): Promise<void> {
  try {
    const input = (name: string) => core.getInput(name);
    const flag = (name: string, fallback: boolean) => (input(name) ? boolInput(name, input(name)) : fallback);
    const cwd = resolve(input('working-directory') || '.');
    const specs = gate === 'check' ? GATES.flatMap((g) => g.options) : (gateByName(gate)?.options ?? []);
    const log: Logger = { info: core.info, warn: core.warning, debug: core.debug };
    const run = await runGates({
      command: gate,
      targets: listInput(input('paths')),
      cwd,
      configPath: input('config') || undefined,
      failOn: input('fail-on') || undefined,
      noFail: flag('no-fail', false),
      baselinePath: input('baseline') || undefined,
      options: gateInputs(specs, input),
      env: process.env,
      log,
      only: gate === 'check' ? listInput(input('gates')) : undefined,
      readStdin: async () => '',
    });
    const sarifFile = input('sarif-file') || `portcullis-${gate}.sarif`;
    const extra = listInput(input('format'));
    const outputs = parseOutputs([`sarif=${sarifFile}`, 'text', ...extra], input('output-file') || undefined);
    writeOutputs(run, outputs, cwd, (s) => process.stdout.write(s), false, process.env);

    if (flag('annotations', true)) {
      const { list, omitted } = annotations(run, Number(input('max-annotations') || 20));
      const write = { error: core.error, warning: core.warning, notice: core.notice };
      for (const a of list) write[a.level](a.message, a.properties);
      if (omitted > 0) core.notice(`${omitted} more findings are in ${sarifFile} and the job summary.`);
    }
    if (flag('summary', true) && process.env.GITHUB_STEP_SUMMARY) {
      const env = process.env;
      await core.summary
        .addRaw(
          summaryMarkdown(run, {
            serverUrl: env.GITHUB_SERVER_URL,
            repository: env.GITHUB_REPOSITORY,
            sha: env.GITHUB_SHA,
          }),
        )
        .write();
    }
    const counts = countBySeverity(run.gates.flatMap((g) => g.findings));
    core.setOutput('passed', String(run.passed));
    core.setOutput('findings', String(counts.total));
    core.setOutput('counts', JSON.stringify(counts));
    core.setOutput('sarif-file', resolve(cwd, sarifFile));
    for (const g of run.gates) core.setOutput(`${g.gate}-passed`, String(g.passed));
    const code = exitCodeOf(run);
    if (code === EXIT.incomplete) {
      core.setFailed(
        `portcullis ${gate} could not complete: ${run.gates.flatMap((g) => g.errors.map((e) => e.message)).join('; ')}`,
      );
    } else if (code === EXIT.failed) {
      core.setFailed(`portcullis ${gate} failed: findings at or above fail-on "${run.failOn}"`);
    }
  } catch (error) {
    core.setOutput('passed', 'false');
    core.setFailed(`portcullis ${gate}: ${errorMessage(error)} (exit ${exitCodeFor(error)})`);
  }
}
