import { createRequire } from 'node:module';
import type { Instr, LabelType, LintContext } from '../rule.js';
import { pairs } from './helpers-b.js';

/** One `key=value` of a LABEL instruction with its file offsets. */
export interface LabelPair {
  instr: Instr;
  key: string;
  value: string;
  start: number;
  end: number;
}

/** Every label pair of every top-level LABEL, in file order. */
export function labelPairs(ctx: LintContext): LabelPair[] {
  return ctx.instructions
    .filter((i) => i.keyword === 'LABEL')
    .flatMap((instr) => pairs(instr).map((kv) => ({ ...kv, instr, value: kv.value ?? '' })));
}

/** Schema labels of one type (`label-schema` in `.hadolint.yaml`). */
export function schemaLabels(ctx: LintContext, type: LabelType): Set<string> {
  return new Set(
    Object.entries(ctx.settings.labelSchema)
      .filter(([, t]) => t === type)
      .map(([k]) => k),
  );
}

const require = createRequire(import.meta.url);
let spdx: Set<string> | undefined;

/** SPDX license identifiers, current and deprecated (https://spdx.org/licenses/). */
export function isSpdxId(value: string): boolean {
  spdx ??= new Set([
    ...(require('spdx-license-ids/index.json') as string[]),
    ...(require('spdx-license-ids/deprecated.json') as string[]),
  ]);
  return spdx.has(value);
}

/** RFC 3986 absolute URI: a scheme, then URI characters, at most one fragment. */
export function isUri(value: string): boolean {
  const m = /^[A-Za-z][A-Za-z0-9+.-]*:(.*)$/.exec(value);
  if (!m) return false;
  const [rest, ...fragments] = m[1].split('#');
  if (fragments.length > 1) return false;
  const chars = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?[\]]|%[0-9A-Fa-f]{2})*$/;
  return chars.test(rest) && chars.test(fragments[0] ?? '');
}

/** RFC 3339 date-time (`2024-01-31T12:00:00Z`, fractional seconds and offsets allowed). */
export function isRfc3339(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/.exec(
    value,
  );
  if (!m) return false;
  const [month, day, hour, minute, second] = [m[2], m[3], m[4], m[5], m[6]].map(Number);
  const offH = m[9] === undefined ? 0 : Number(m[9]);
  const offM = m[10] === undefined ? 0 : Number(m[10]);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= 31 &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 60 &&
    offH <= 23 &&
    offM <= 59
  );
}

/** Semantic Versioning 2.0.0 (https://semver.org/#is-there-a-suggested-regular-expression-regex-to-check-a-semver-string). */
export function isSemver(value: string): boolean {
  return /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/.test(
    value,
  );
}

/** A short (7) or full (40) lower-case hex git commit hash. */
export function isGitHash(value: string): boolean {
  return /^[0-9a-f]+$/.test(value) && (value.length === 7 || value.length === 40);
}

/** RFC 5322 addr-spec: dot-atom or quoted local part, dot-atom or literal domain. */
export function isEmail(value: string): boolean {
  const atom = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  const dotAtom = `${atom}(?:\\.${atom})*`;
  const quoted = '"(?:[^"\\\\\\r\\n]|\\\\.)*"';
  const literal = '\\[[^\\[\\]\\\\\\s]*\\]';
  return new RegExp(`^(?:${dotAtom}|${quoted})@(?:${dotAtom}|${literal})$`).test(value);
}
