import { readFileSync, writeFileSync } from 'node:fs';
import { PortcullisError } from './errors.js';
import type { Finding } from './finding.js';

/** A baseline records accepted findings by fingerprint, so a team can fail only on new ones. */
export interface Baseline {
  version: 1;
  findings: { fingerprint: string; ruleId: string; file: string }[];
}

export function readBaseline(path: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new PortcullisError('CONFIG_UNREADABLE', `cannot read baseline ${path}`, { file: path, cause });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new PortcullisError('CONFIG_INVALID', `baseline ${path} is not valid JSON`, { file: path, cause });
  }
  const b = data as Partial<Baseline>;
  if (
    b?.version !== 1 ||
    !Array.isArray(b.findings) ||
    b.findings.some((f) => typeof f?.fingerprint !== 'string')
  ) {
    throw new PortcullisError('CONFIG_INVALID', `baseline ${path} is not a portcullis baseline (version 1)`, {
      file: path,
    });
  }
  return b as Baseline;
}

export function createBaseline(findings: readonly Finding[]): Baseline {
  return {
    version: 1,
    findings: findings
      .filter((f) => f.fingerprint)
      .map((f) => ({ fingerprint: f.fingerprint as string, ruleId: f.ruleId, file: f.file })),
  };
}

export function writeBaseline(path: string, findings: readonly Finding[]): void {
  writeFileSync(path, `${JSON.stringify(createBaseline(findings), null, 2)}\n`);
}

/** Marks findings present in the baseline as suppressed; they stay in the report. */
export function applyBaseline(findings: Finding[], baseline: Baseline): void {
  const known = new Set(baseline.findings.map((f) => f.fingerprint));
  for (const f of findings) {
    if (!f.suppressed && f.fingerprint && known.has(f.fingerprint)) {
      f.suppressed = { kind: 'baseline', justification: 'present in baseline' };
    }
  }
}
