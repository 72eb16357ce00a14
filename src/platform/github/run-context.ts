import {
  type ChangedLines,
  EXIT,
  type ExitCode,
  errorMessage,
  gateErrorText,
  type Logger,
  meetsThreshold,
  type RunReport,
} from '../../core/index.js';
import { commentMarkdown, commentMarker } from './pr-comment.js';
import { GitHubApi, type PullRequest, pullRequestOf } from './pull-request.js';
import type { LinkContext } from './summary.js';

export interface PullRequestScope {
  pr: PullRequest;
  api: GitHubApi;
  /** Undefined when the diff could not be read: then every finding counts (fail closed). */
  changed?: ChangedLines;
}

/** On a pull request, the API client and the changed lines; undefined on other events or when not wanted. */
export async function pullRequestScope(
  env: Readonly<Record<string, string | undefined>>,
  token: string,
  wanted: boolean,
  log: Logger,
): Promise<PullRequestScope | undefined> {
  if (!wanted) return undefined;
  const pr = pullRequestOf(env);
  if (!pr) return undefined;
  const api = new GitHubApi(env.GITHUB_API_URL ?? 'https://api.github.com', token);
  try {
    return { pr, api, changed: await api.changedLines(pr) };
  } catch (error) {
    log.warn(
      `could not read the files of pull request #${pr.number} (${errorMessage(error)}): every finding counts`,
    );
    return { pr, api };
  }
}

/** Writes or updates the sticky comment. A comment that cannot be written warns and never fails the step. */
export async function stickyComment(
  run: RunReport,
  scope: PullRequestScope,
  gate: string,
  links: LinkContext,
  env: Readonly<Record<string, string | undefined>>,
  log: Logger,
): Promise<void> {
  if (scope.pr.fromFork) {
    log.warn('pr-comment skipped: this pull request comes from a fork, and its token cannot write comments');
    return;
  }
  const category = gate === 'check' ? run.gates.map((g) => g.gate).join(',') : gate;
  const marker = commentMarker(env.GITHUB_WORKFLOW ?? 'workflow', category);
  const body = commentMarkdown(run, {
    ...links,
    marker,
    changed: scope.changed,
    pullNumber: scope.pr.number,
  });
  try {
    const how = await scope.api.upsertComment(scope.pr, marker, body);
    log.info(`pull request comment ${how}`);
  } catch (error) {
    log.warn(`pr-comment skipped: ${errorMessage(error)} (does the job have pull-requests: write?)`);
  }
}

/** Says which threshold failed the step, so that `report-severity` and `fail-on` are never confused. */
export function failureMessage(run: RunReport, gate: string, code: ExitCode): string {
  if (code === EXIT.incomplete) {
    const errors = run.gates.flatMap((g) => g.errors.map(gateErrorText));
    return `portcullis ${gate} could not complete: ${errors.join('; ')}`;
  }
  const reasons = run.gates
    .filter((g) => !g.passed)
    .map((g) => {
      const failing = g.findings.filter((f) => !f.suppressed && meetsThreshold(f.severity, g.failOn)).length;
      return g.failingHidden
        ? `${g.gate}: findings at or above fail-on "${g.failOn}" that are below report-severity "${g.reportSeverity}" and so not shown`
        : `${g.gate}: ${failing} finding${failing === 1 ? '' : 's'} at or above fail-on "${g.failOn}"`;
    });
  return `portcullis ${gate} failed on fail-on (not report-severity): ${reasons.join('; ')}`;
}
