import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { RFC3161Timestamp } from '@sigstore/core';
import type { GateOutcome } from '../../../../src/core/gate.js';
import { silentLogger } from '../../../../src/core/gate.js';
import { run as attestRun } from '../../../../src/gates/attest/run.js';
import { run as verifyRun } from '../../../../src/gates/attest/verify/run.js';

export interface GateCall {
  cwd: string;
  targets: string[];
  config?: Record<string, unknown>;
  options?: Record<string, unknown>;
  env?: Record<string, string | undefined>;
}

/**
 * Runs the attest gate. @sigstore/mock's TSA now and then writes a GeneralizedTime that
 * @sigstore/core cannot parse; such a bundle is reported as `invalid time` here so that
 * `withTsaRetry` signs again. Verification itself is never retried or relaxed.
 */
export async function attest(call: GateCall): Promise<GateOutcome> {
  const out = await attestRun({
    cwd: call.cwd,
    targets: call.targets,
    config: call.config ?? {},
    options: (call.options ?? {}) as never,
    env: call.env ?? {},
    log: silentLogger,
  });
  const file = out.extra?.bundlePath;
  if (typeof file === 'string') {
    const bundle = JSON.parse(readFileSync(isAbsolute(file) ? file : join(call.cwd, file), 'utf8'));
    for (const ts of bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? []) {
      void RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp, 'base64')).signingTime;
    }
  }
  return out;
}

export async function verify(call: GateCall): Promise<{ out: GateOutcome; rules: string[] }> {
  const out = await verifyRun({
    cwd: call.cwd,
    targets: call.targets,
    config: call.config ?? {},
    options: (call.options ?? {}) as never,
    env: call.env ?? {},
    log: silentLogger,
  });
  return { out, rules: [...new Set(out.findings.map((f) => f.ruleId))].sort() };
}

/** The in-toto statement inside a bundle file's DSSE envelope. */
export function statementOf(bundle: { dsseEnvelope: { payload: string } }): Record<string, any> {
  return JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
}
