import type { LintRule } from '../rule.js';

/** Credential formats with a fixed, recognisable shape (low false-positive rate by construction). */
const PATTERNS: [name: string, re: RegExp][] = [
  ['AWS access key id', /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g],
  ['GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g],
  ['GitHub fine-grained token', /\bgithub_pat_[A-Za-z0-9_]{60,}\b/g],
  ['GitLab token', /\bglpat-[A-Za-z0-9_-]{20,}\b/g],
  ['npm token', /\bnpm_[A-Za-z0-9]{36}\b/g],
  ['Slack token', /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g],
  ['Stripe live key', /\b[rs]k_live_[A-Za-z0-9]{20,}\b/g],
  ['Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/g],
  ['private key', /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----/g],
];

/** A cheap first pass: the fixed prefixes every pattern starts with. */
const QUICK = /AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|npm_|xox[abposr]-|k_live_|AIza|PRIVATE KEY/;

/**
 * PL021: a credential is written into the Dockerfile itself, so it lands in the repository and in
 * the image config or history. Only formats with an unmistakable shape are matched.
 */
export const PL021: LintRule = {
  meta: {
    id: 'PL021',
    title: 'Hard-coded credential in the Dockerfile',
    severity: 'error',
    gate: 'lint',
    security: true,
    equivalents: ['trivy:secret', 'gitleaks', 'trivy:DS-0031'],
  },
  check(ctx) {
    const text = ctx.dockerfile.text;
    if (!QUICK.test(text)) return [];
    return ctx.instructions.flatMap((i) => {
      const body = text.slice(i.start, i.end);
      return PATTERNS.flatMap(([name, re]) =>
        [...body.matchAll(re)].map((m) => {
          const start = i.start + (m.index ?? 0);
          return ctx.finding(
            PL021.meta,
            { start, end: start + m[0].length },
            `Hard-coded ${name} in the Dockerfile`,
          );
        }),
      );
    });
  },
};
