import { resolve } from 'node:path';
import * as core from '@actions/core';
import { parseOutputs, writeOutputs } from '../cli/output.js';
import {
  countBySeverity,
  EXIT,
  errorMessage,
  exitCodeFor,
  exitCodeOf,
  type GateDefinition,
  type Logger,
  type OptionValues,
} from '../core/index.js';
import { GATES, gateByName } from '../gates/index.js';
import { annotations } from '../platform/github/annotate.js';
import type { RestoredCache } from '../platform/github/cache.js';
import { boolInput, gateInputs, listInput } from '../platform/github/inputs.js';
import { failureMessage, pullRequestScope, stickyComment } from '../platform/github/run-context.js';
import { summaryMarkdown } from '../platform/github/summary.js';
import { runGates } from '../run.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The cache module, or undefined with a warning: a broken cache never decides the step. */
async function loadCaches(log: Logger): Promise<typeof import('../platform/github/cache.js') | undefined> {
  try {
    return await import('../platform/github/cache.js');
  } catch (error) {
    log.warn(`The action cache could not be loaded: ${errorMessage(error)}`);
    return undefined;
  }
}

/**
 * Restores the action caches of the gates about to run that declare any (scan's layers and OSV
 * DB), filling their directory options, and returns the save to call after the run. Only then is
 * @actions/cache loaded, so the other actions start fast.
 */
async function restoreGateCaches(
  gates: readonly GateDefinition[],
  options: OptionValues,
  env: Env,
  log: Logger,
): Promise<() => Promise<void>> {
  const cached = gates.filter((g) => g.actionCaches?.length);
  const caches = cached.length ? await loadCaches(log) : undefined;
  if (!caches) return async () => {};
  const restored: RestoredCache[] = [];
  for (const g of cached) restored.push(...(await caches.restoreActionCaches(g, options, env, log)));
  return () => caches.saveActionCaches(restored, log);
}

/** The targets a gate's own input names, e.g. the scan action's `image`. */
function targetsInputOf(gate: string, input: (name: string) => string): string[] {
  const own = gateByName(gate)?.targetsInput;
  return own ? listInput(input(own.name)) : [];
}

/**
 * The body of every Portcullis action: inputs → gate(s) → annotations, summary, SARIF, pull
 * request comment and outputs → setFailed. `gate` is a gate name, or `check` for the root action.
 */
export async function runAction(gate: string): Promise<void> {
  try {
    const input = (name: string) => core.getInput(name);
    const flag = (name: string, fallback: boolean) => (input(name) ? boolInput(name, input(name)) : fallback);
    const env = process.env;
    const cwd = resolve(input('working-directory') || '.');
    const specs = gate === 'check' ? GATES.flatMap((g) => g.options) : (gateByName(gate)?.options ?? []);
    const log: Logger = { info: core.info, warn: core.warning, debug: core.debug };
    const token = input('github-token');
    for (const secret of [token, env.PORTCULLIS_REGISTRY_PASSWORD, env.CI_REGISTRY_PASSWORD])
      if (secret) core.setSecret(secret);
    const scope = await pullRequestScope(
      env,
      token,
      flag('only-changed', false) || flag('pr-comment', false),
      log,
    );
    const options = gateInputs(specs, input);
    let saveCaches = async () => {};
    const run = await runGates({
      command: gate,
      targets: [...listInput(input('paths')), ...targetsInputOf(gate, input)],
      cwd,
      configPath: input('config') || undefined,
      failOn: input('fail-on') || undefined,
      reportSeverity: input('report-severity') || undefined,
      noFail: flag('no-fail', false),
      baselinePath: input('baseline') || undefined,
      options,
      env,
      log,
      only: gate === 'check' ? listInput(input('gates')) : undefined,
      changed: flag('only-changed', false) ? scope?.changed : undefined,
      readStdin: async () => '',
      beforeGates: async (gates) => {
        saveCaches = await restoreGateCaches(gates, options, env, log);
      },
    });
    await saveCaches();
    const sarifFile = input('sarif-file') || `portcullis-${gate}.sarif`;
    const outputs = parseOutputs(
      [`sarif=${sarifFile}`, 'text', ...listInput(input('format'))],
      input('output-file') || undefined,
    );
    writeOutputs(run, outputs, cwd, (s) => process.stdout.write(s), false, env);

    if (flag('annotations', true)) {
      const { list, omitted } = annotations(run, Number(input('max-annotations') || 20));
      const write = { error: core.error, warning: core.warning, notice: core.notice };
      for (const a of list) write[a.level](a.message, a.properties);
      if (omitted > 0) core.notice(`${omitted} more findings are in ${sarifFile} and the job summary.`);
    }
    const links = {
      serverUrl: env.GITHUB_SERVER_URL,
      repository: env.GITHUB_REPOSITORY,
      sha: env.GITHUB_SHA,
    };
    if (flag('summary', true) && env.GITHUB_STEP_SUMMARY)
      await core.summary.addRaw(summaryMarkdown(run, links)).write();
    if (flag('pr-comment', false) && scope) await stickyComment(run, scope, gate, links, env, log);

    const counts = countBySeverity(run.gates.flatMap((g) => g.findings));
    core.setOutput('passed', String(run.passed));
    core.setOutput('findings', String(counts.total));
    core.setOutput('counts', JSON.stringify(counts));
    core.setOutput('sarif-file', resolve(cwd, sarifFile));
    for (const g of run.gates) {
      core.setOutput(`${g.gate}-passed`, String(g.passed));
      // A gate's own outputs, e.g. attest's Rekor log index and bundle path.
      const own = g.extra.outputs;
      if (own && typeof own === 'object')
        for (const [name, value] of Object.entries(own))
          core.setOutput(name, typeof value === 'string' ? value : JSON.stringify(value));
    }
    const code = exitCodeOf(run);
    if (code !== EXIT.passed) core.setFailed(failureMessage(run, gate, code));
  } catch (error) {
    core.setOutput('passed', 'false');
    core.setFailed(`portcullis ${gate}: ${errorMessage(error)} (exit ${exitCodeFor(error)})`);
  }
}
