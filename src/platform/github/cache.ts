import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cache from '@actions/cache';
import type { ActionCache, GateDefinition, Logger, OptionValues } from '../../core/index.js';

type Env = Readonly<Record<string, string | undefined>>;

/** A directory restored before the gate ran, saved after it only if its content changed. */
export interface RestoredCache {
  name: string;
  path: string;
  /** The key a save writes. */
  key: string;
  /** The key the restore found, exact or by prefix; undefined on a miss or a service failure. */
  restoredKey?: string;
  /** Names, sizes and times of the directory's files after the restore. */
  before: string;
}

/**
 * The keys of one cache: `portcullis-<gate>-<name>-<os>-<YYYY-MM-DD>` for a daily cache, the
 * same plus a unique suffix otherwise (cache entries are immutable), and the prefix as restore
 * key so the newest earlier entry (e.g. yesterday's DB) is restored when the key itself is missing.
 * See https://github.com/actions/toolkit/tree/main/packages/cache#restore-cache.
 */
export function cacheKeys(
  gate: string,
  spec: ActionCache,
  env: Env,
  now: Date,
): { key: string; restoreKeys: string[] } {
  const prefix = `portcullis-${gate}-${spec.name}-${env.RUNNER_OS || process.platform}-`;
  const day = now.toISOString().slice(0, 10);
  const key = spec.daily
    ? `${prefix}${day}`
    : `${prefix}${day}-${Date.now().toString(36)}${process.pid.toString(36)}`;
  return { key, restoreKeys: [prefix] };
}

/** What a directory holds, cheaply: relative path, size and mtime of every file, sorted. */
export function fingerprint(dir: string): string {
  const lines: string[] = [];
  const walk = (sub: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(join(dir, sub), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else {
        const s = statSync(join(dir, rel), { throwIfNoEntry: false });
        if (s) lines.push(`${rel} ${s.size} ${s.mtimeMs}`);
      }
    }
  };
  walk('');
  return lines.sort().join('\n');
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Restores the gate's declared caches before its run. Fills each empty directory option with the
 * declared default so the gate uses the restored path, and turns on the refresh option of a
 * daily cache whose entry for today is missing. A service failure only warns: the gate decides.
 */
export async function restoreActionCaches(
  gate: GateDefinition,
  options: OptionValues,
  env: Env,
  log: Logger,
  now = new Date(),
): Promise<RestoredCache[]> {
  const restored: RestoredCache[] = [];
  const available = cache.isFeatureAvailable();
  if (!available && gate.actionCaches?.length)
    log.info('The GitHub Actions cache service is not available: nothing is kept across runs.');
  for (const spec of gate.actionCaches ?? []) {
    const set = options[spec.option];
    const path = typeof set === 'string' && set ? set : spec.defaultPath(env);
    options[spec.option] = path;
    if (!available) continue;
    const { key, restoreKeys } = cacheKeys(gate.name, spec, env, now);
    let restoredKey: string | undefined;
    try {
      restoredKey = await cache.restoreCache([path], key, restoreKeys);
      log.info(
        restoredKey
          ? `Restored ${spec.name} cache ${restoredKey} into ${path}`
          : `No ${spec.name} cache yet (${key})`,
      );
    } catch (error) {
      log.warn(`Could not restore the ${spec.name} cache: ${message(error)}`);
    }
    if (spec.daily && spec.refreshOption && restoredKey !== key && options[spec.refreshOption] === undefined)
      options[spec.refreshOption] = true;
    restored.push({ name: spec.name, path, key, restoredKey, before: fingerprint(path) });
  }
  return restored;
}

/**
 * Saves the caches whose directory changed during the run (new layers, a refreshed DB). A cache
 * that did not change, e.g. a DB whose refresh failed, is not saved under today's key. Failures warn.
 */
export async function saveActionCaches(restored: RestoredCache[], log: Logger): Promise<void> {
  for (const r of restored) {
    const after = fingerprint(r.path);
    if (!after || after === r.before) {
      log.debug(`${r.name} cache unchanged: not saved`);
      continue;
    }
    try {
      const id = await cache.saveCache([r.path], r.key);
      if (id === -1)
        log.warn(`The ${r.name} cache was not saved (${r.key}); the next run starts without it.`);
      else log.info(`Saved ${r.name} cache ${r.key}`);
    } catch (error) {
      log.warn(`Could not save the ${r.name} cache: ${message(error)}`);
    }
  }
}
