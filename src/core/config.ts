import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { PortcullisError } from './errors.js';
import type { JsonSchema } from './gate.js';

export const CONFIG_NAMES = ['portcullis.yaml', '.portcullis.yaml', 'portcullis.yml', '.portcullis.yml'];

export interface LoadedConfig {
  /** The file it came from, or undefined when no config exists (all defaults). */
  file?: string;
  data: Record<string, unknown>;
}

/** Finds the config: the explicit path, else the first of CONFIG_NAMES in cwd. */
export function findConfig(cwd: string, explicit?: string): string | undefined {
  if (explicit) {
    const abs = isAbsolute(explicit) ? explicit : resolve(cwd, explicit);
    if (!existsSync(abs))
      throw new PortcullisError('CONFIG_UNREADABLE', `config file not found: ${explicit}`, {
        file: explicit,
      });
    return abs;
  }
  return CONFIG_NAMES.map((n) => join(cwd, n)).find((p) => existsSync(p));
}

interface Located {
  line: number;
  col: number;
}

/** Walks a YAML document along a JSON pointer, returning the node (or, with `key`, the key node). */
function locate(doc: ReturnType<typeof parseDocument>, pointer: string, key?: string): YamlNode | undefined {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = doc.contents;
  for (const seg of segments) {
    if (!node || typeof node !== 'object' || !('items' in node)) return undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
      node = pair?.value;
    } else {
      node = (node as { items: unknown[] }).items[Number(seg)];
    }
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    return (pair?.key as YamlNode | undefined) ?? undefined;
  }
  return node as YamlNode | undefined;
}

function describe(e: ErrorObject): { key?: string; text: string } {
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      return { key, text: `unknown key "${key}" in ${where}` };
    }
    case 'enum':
      return {
        text: `${where} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    default:
      return { text: `${where} ${e.message ?? 'is invalid'}` };
  }
}

/**
 * Parses and validates a config file against the shipped JSON Schema. Every problem is
 * reported with the file, line and key, and the error's exit code is 2.
 */
export function parseConfig(text: string, file: string, schema: JsonSchema): LoadedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number): Located => lineCounter.linePos(offset);
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const at = pos(first.pos[0]);
    throw new PortcullisError(
      'CONFIG_INVALID',
      `${file}:${at.line}:${at.col}: invalid YAML: ${first.message.split('\n')[0]}`,
      {
        file,
      },
    );
  }
  const data = (doc.toJS() ?? {}) as unknown;
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    throw new PortcullisError(
      'CONFIG_INVALID',
      `${file}:1:1: the config must be a mapping of gate sections`,
      { file },
    );
  }
  const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: false });
  const validate = ajv.compile(schema);
  if (!validate(data)) {
    const messages = (validate.errors ?? [])
      .filter((e) => e.keyword !== 'if')
      .map((e) => {
        const d = describe(e);
        const node = locate(doc, e.instancePath, d.key) ?? locate(doc, e.instancePath);
        const at = node?.range ? pos(node.range[0]) : { line: 1, col: 1 };
        return `${file}:${at.line}:${at.col}: ${d.text}`;
      });
    throw new PortcullisError('CONFIG_INVALID', [...new Set(messages)].join('\n'), { file });
  }
  return { file, data: data as Record<string, unknown> };
}

export function loadConfig(cwd: string, schema: JsonSchema, explicit?: string): LoadedConfig {
  const file = findConfig(cwd, explicit);
  if (!file) return { data: {} };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new PortcullisError('CONFIG_UNREADABLE', `cannot read config ${file}`, { file, cause });
  }
  return parseConfig(text, explicit ?? file, schema);
}
