import { createHash } from 'node:crypto';
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
  // A gate that could not look fails the job; the merge request widget says why instead of showing nothing.
  const incomplete = run.gates.flatMap((g) =>
    g.errors.map((e) => {
      const description = `portcullis ${g.gate} could not complete: ${e.message}`;
      return {
        type: 'issue',
        check_name: `portcullis/${g.gate}/incomplete`,
        description,
        categories: ['Bug Risk'],
        fingerprint: createHash('sha256')
          .update(`${g.gate}\u0000${e.file ?? ''}\u0000${e.message}`)
          .digest('hex'),
        severity: 'blocker',
        location: { path: e.file ?? '.', lines: { begin: 1, end: 1 } },
      };
    }),
  );
  return `${JSON.stringify([...issues, ...incomplete], null, 2)}\n`;
}
