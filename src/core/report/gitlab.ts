import type { RunReport } from '../result.js';
import { gitlabSeverity } from '../severity.js';

/** GitLab Code Quality report (a JSON array in the CodeClimate subset GitLab reads). */
export function renderGitlab(run: RunReport): string {
  const issues = run.gates.flatMap((g) =>
    g.findings
      .filter((f) => !f.suppressed)
      .map((f) => ({
        type: 'issue',
        check_name: f.ruleId,
        description: `${f.ruleId}: ${f.message}`,
        categories: [f.security ? 'Security' : 'Style'],
        fingerprint: f.fingerprint,
        severity: gitlabSeverity(f.severity),
        location: { path: f.file, lines: { begin: f.line, end: f.endLine } },
      })),
  );
  return `${JSON.stringify(issues, null, 2)}\n`;
}
