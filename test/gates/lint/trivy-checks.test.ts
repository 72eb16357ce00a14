import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contextFor } from '../../../src/gates/lint/context.js';
import { RULES_B } from '../../../src/gates/lint/rules/set-b.js';

/** trivy-checks example file → the Trivy id and our rule with the same check. */
const CHECKS: [file: string, trivy: string, rule: string][] = [
  ['port22', 'DS-0004', 'PL010'],
  ['multiple_entrypoint_instructions_listed', 'DS-0007', 'DL4004'],
  ['run_using_wget_and_curl', 'DS-0014', 'DL4001'],
  ['yum_clean_all_missing', 'DS-0015', 'DL3032'],
  ['multiple_cmd_instructions_listed', 'DS-0016', 'DL4003'],
  ['update_instruction_alone', 'DS-0017', 'PL009'],
  ['missing_dnf_clean_all', 'DS-0019', 'DL3040'],
  ['missing_zypper_clean', 'DS-0020', 'DL3036'],
  ['maintainer_is_deprecated', 'DS-0022', 'DL4000'],
  ['run_apt_get_dist_upgrade', 'DS-0024', 'PL008'],
];

const dir = join(import.meta.dirname, '../../fixtures/lint/trivy-checks');

describe("trivy-checks' own examples (MIT, see the fixture README)", () => {
  it.each(CHECKS)('%s (%s) with %s', async (file, trivy, id) => {
    const rule = RULES_B.find((r) => r.meta.id === id)!;
    expect(rule.meta.equivalents).toContain(`trivy:${trivy}`);
    const doc = parse(readFileSync(join(dir, `${file}.yaml`), 'utf8')) as {
      dockerfile: { good: string[]; bad: string[] };
    };
    for (const good of doc.dockerfile.good) expect(rule.check(await contextFor(good)), good).toEqual([]);
    for (const bad of doc.dockerfile.bad)
      expect(rule.check(await contextFor(bad)).length, bad).toBeGreaterThan(0);
  });
});
