import { isAbsolute, resolve } from 'node:path';
import type { GateContext } from '../../../core/gate.js';

/** A path as given, resolved against the working directory. */
export function abs(cwd: string, path: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/** A list option or config key. */
export function stringList(ctx: GateContext, name: string): string[] {
  const v = ctx.options[name] ?? ctx.config[name];
  return Array.isArray(v) ? v.map(String) : [];
}

/** A string option or config key; empty means unset. */
export function option(ctx: GateContext, name: string): string | undefined {
  const v = ctx.options[name] ?? ctx.config[name];
  return typeof v === 'string' && v ? v : undefined;
}
