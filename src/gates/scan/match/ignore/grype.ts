import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { nameMatcher } from './grype-match.js';
import type { GrypeFixState, GrypePackageRule, IgnoreEntry } from './types.js';
import { IgnoreFileError } from './types.js';

const RULE_KEYS = new Set([
  'vulnerability',
  'reason',
  'fix-state',
  'package',
  'vex-status',
  'vex-justification',
  'include-aliases',
  'namespace',
  'match-type',
]);
const PACKAGE_KEYS: Record<string, keyof GrypePackageRule> = {
  name: 'name',
  version: 'version',
  language: 'language',
  type: 'type',
  location: 'location',
  'upstream-name': 'upstreamName',
};
const FIX_STATES = new Set<GrypeFixState>(['fixed', 'not-fixed', 'wont-fix', 'unknown']);
const VEX_STATUSES = new Set(['not_affected', 'fixed', 'affected', 'under_investigation']);

/** True when the YAML text is a Grype configuration with an `ignore:` list. */
export function isGrypeConfig(text: string): boolean {
  const doc = parseDocument(text);
  return !doc.errors.length && isMap(doc.contents) && doc.contents.has('ignore');
}

function asString(value: unknown, where: string, file: string, line: number): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' && typeof value !== 'number')
    throw new IgnoreFileError(file, line, `${where} must be a string`);
  return String(value);
}

function packageRule(
  value: unknown,
  where: string,
  file: string,
  line: number,
): GrypePackageRule | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value))
    throw new IgnoreFileError(file, line, `${where}.package must be a mapping`);
  const rule: GrypePackageRule = {};
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    const field = PACKAGE_KEYS[key];
    if (!field) throw new IgnoreFileError(file, line, `${where}.package: unknown field "${key}"`);
    const text = asString(raw, `${where}.package.${key}`, file, line);
    if (text !== undefined) rule[field] = text;
  }
  for (const key of ['name', 'upstreamName'] as const)
    if (rule[key] !== undefined)
      try {
        nameMatcher(rule[key]);
      } catch (error) {
        throw new IgnoreFileError(
          file,
          line,
          `${where}.package: ${key === 'name' ? 'name' : 'upstream-name'} is not a valid regular expression (${(error as Error).message})`,
        );
      }
  return Object.keys(rule).length ? rule : undefined;
}

/**
 * Reads the `ignore:` rules of a Grype configuration (`.grype.yaml`). A rule ignores a finding
 * when every condition it gives holds: `vulnerability` (with `include-aliases`), `fix-state`
 * and `package` (`name`, `version`, `language`, `type`, `location`, `upstream-name`). Rules with
 * `vex-status` steer VEX documents in Grype and suppress nothing themselves; Portcullis already
 * applies `not_affected` and `fixed` statements, as Grype does by default with `--vex`.
 * A rule has no expiry. Unknown fields, bad values and rules without a condition are errors.
 * @see https://github.com/anchore/grype#specifying-matches-to-ignore
 */
export function parseGrypeIgnore(text: string, file: string): IgnoreEntry[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new IgnoreFileError(file, e.linePos?.[0]?.line ?? 1, e.message);
  }
  const root = doc.contents;
  if (!isMap(root))
    throw new IgnoreFileError(file, 1, 'expected a Grype configuration with an "ignore" list');
  const list = root.get('ignore', true);
  if (list === undefined || list === null) return [];
  if (!isSeq(list)) throw new IgnoreFileError(file, 1, '"ignore" must be a list of rules');
  const entries: IgnoreEntry[] = [];
  list.items.forEach((item, i) => {
    const where = `ignore[${i}]`;
    const line = isMap(item) && item.range ? counter.linePos(item.range[0]).line : 1;
    if (!isMap(item)) throw new IgnoreFileError(file, line, `${where} must be a mapping`);
    const rule = item.toJSON() as Record<string, unknown>;
    for (const key of Object.keys(rule))
      if (!RULE_KEYS.has(key)) throw new IgnoreFileError(file, line, `${where}: unknown field "${key}"`);
    for (const key of ['namespace', 'match-type'])
      if (asString(rule[key], `${where}.${key}`, file, line) !== undefined)
        throw new IgnoreFileError(
          file,
          line,
          `${where}: "${key}" is not supported (it names Grype's own database and matchers)`,
        );
    const id = asString(rule.vulnerability, `${where}.vulnerability`, file, line);
    const reason = asString(rule.reason, `${where}.reason`, file, line);
    const fixState = asString(rule['fix-state'], `${where}.fix-state`, file, line);
    if (fixState !== undefined && !FIX_STATES.has(fixState as GrypeFixState))
      throw new IgnoreFileError(
        file,
        line,
        `${where}.fix-state "${fixState}" is not one of fixed, not-fixed, wont-fix, unknown`,
      );
    const includeAliases = rule['include-aliases'];
    if (includeAliases !== undefined && includeAliases !== null && typeof includeAliases !== 'boolean')
      throw new IgnoreFileError(file, line, `${where}.include-aliases must be true or false`);
    const vexStatus = asString(rule['vex-status'], `${where}.vex-status`, file, line);
    if (vexStatus !== undefined && !VEX_STATUSES.has(vexStatus))
      throw new IgnoreFileError(
        file,
        line,
        `${where}.vex-status "${vexStatus}" is not one of ${[...VEX_STATUSES].join(', ')}`,
      );
    const vexJustification = asString(rule['vex-justification'], `${where}.vex-justification`, file, line);
    if (vexJustification !== undefined && vexStatus === undefined)
      throw new IgnoreFileError(file, line, `${where}: vex-justification needs a vex-status`);
    const pkg = packageRule(rule.package, where, file, line);
    if (vexStatus !== undefined) return;
    if (id === undefined && fixState === undefined && pkg === undefined)
      throw new IgnoreFileError(
        file,
        line,
        `${where} sets no condition (vulnerability, fix-state or package), so it would ignore nothing`,
      );
    entries.push({
      ...(id !== undefined ? { id } : {}),
      ...(fixState !== undefined ? { fixState: fixState as GrypeFixState } : {}),
      ...(pkg ? { package: pkg } : {}),
      ...(includeAliases === true ? { includeAliases: true } : {}),
      reason: reason ?? 'ignored by a Grype rule',
      file,
      line,
      source: 'grype',
    });
  });
  return entries;
}
