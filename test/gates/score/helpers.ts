import { parseManifests } from '../../../src/gates/score/input/parse.js';
import { locate } from '../../../src/gates/score/locate.js';
import type { ManifestObject, Subject, Violation } from '../../../src/gates/score/model.js';
import { workloadOf } from '../../../src/gates/score/workloads.js';

const indent = (text: string, n: number) =>
  text
    .split('\n')
    .map((l) => (l ? ' '.repeat(n) + l : l))
    .join('\n');

/** A Deployment whose pod spec body starts at line 8, column 7. */
export const deployment = (spec: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  template:\n    spec:\n${indent(spec, 6)}\n`;

/** A Pod whose spec body starts at line 6, column 3. */
export const pod = (spec: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${indent(spec, 2)}\n`;

/** A CronJob whose pod spec body starts at line 11, column 11. */
export const cronJob = (spec: string) =>
  `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n${indent(spec, 10)}\n`;

export function objects(text: string, file = 'm.yaml'): ManifestObject[] {
  const parsed = parseManifests({ file, text });
  if (parsed.errors.length) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.objects;
}

export function subject(text: string): Subject {
  const [object] = objects(text);
  return { object, workload: workloadOf(object) };
}

/** Violations as `[line, column, endLine, endColumn]`, the exact place each points to. */
export function positions(s: Subject, violations: Violation[]): number[][] {
  return violations.map((v) => {
    const r = locate(s.object, v.path);
    return [r.line, r.column, r.endLine, r.endColumn];
  });
}

/** The range of the `nth` occurrence of `needle` in `text`, found by plain text search. */
export function find(text: string, needle: string, nth = 0): number[] {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${needle} not found`);
  }
  const before = text.slice(0, at).split('\n');
  const line = before.length;
  const column = before[before.length - 1].length + 1;
  return [line, column, line, column + needle.length];
}
