import type { Cycle, LifecycleSnapshot } from './types.js';

/** A release cycle an image tag belongs to, e.g. node 16 for `node:16-alpine`. */
export interface CycleMatch {
  product: string;
  cycle: Cycle;
  /** Human label, e.g. `debian 10 (Buster)`. */
  label: string;
}

export type CycleStatus = { state: 'eol' | 'near' | 'ok'; date?: string; daysLeft?: number };

/** Distribution releases that appear as tag suffixes of other images (`-buster`, `-jammy`, `-alpine3.15`). */
const DISTRO_PRODUCTS = ['debian', 'ubuntu'];

function codenameKey(c: Cycle): string | undefined {
  return c.codename?.split(/\s+/)[0]?.toLowerCase();
}

function versionMatches(version: string, cycle: string): boolean {
  return (
    version === cycle ||
    version.startsWith(`${cycle}.`) ||
    version.startsWith(`${cycle}u`) ||
    version.startsWith(`${cycle}_`)
  );
}

function byVersion(cycles: Cycle[], version: string): Cycle | undefined {
  return cycles
    .filter((c) => versionMatches(version, c.cycle))
    .sort((a, b) => b.cycle.length - a.cycle.length)[0];
}

function byCodename(cycles: Cycle[], token: string): Cycle | undefined {
  return cycles.find((c) => codenameKey(c) === token);
}

function label(product: string, c: Cycle): string {
  return `${product} ${c.cycle}${c.codename ? ` (${c.codename})` : ''}`;
}

/** The snapshot's product for an image repository, Docker Hub `library/` and mirror prefixes dropped. */
export function productFor(snapshot: LifecycleSnapshot, repository: string): string | undefined {
  const name = repository.replace(/^(.*\/)?library\//, '');
  return snapshot.images[name] ?? snapshot.images[name.split('/').pop() ?? name];
}

/**
 * The release cycles an image tag names: the image's own version (`python:3.8-slim` → python
 * 3.8, `debian:buster-slim` → debian 10, `centos:centos7` → centos 7) and the distribution it
 * is built on (`node:20-buster` → debian 10, `node:18-alpine3.15` → alpine 3.15).
 */
export function cyclesFor(
  snapshot: LifecycleSnapshot,
  repository: string,
  tag: string | undefined,
): CycleMatch[] {
  if (!tag) return [];
  const out = new Map<string, CycleMatch>();
  const add = (product: string, c: Cycle | undefined) => {
    if (c) out.set(`${product}@${c.cycle}`, { product, cycle: c, label: label(product, c) });
  };
  const tokens = tag.toLowerCase().split('-');
  const product = productFor(snapshot, repository);
  const own = product ? (snapshot.products[product] ?? []) : [];
  if (product) {
    const version = tokens[0].replace(/^(centos|v)(?=\d)/, '');
    add(product, /^\d/.test(version) ? byVersion(own, version) : undefined);
    for (const t of tokens) add(product, byCodename(own, t));
  }
  for (const t of tokens) {
    for (const distro of DISTRO_PRODUCTS) add(distro, byCodename(snapshot.products[distro] ?? [], t));
    const alpine = /^alpine(\d+\.\d+)/.exec(t);
    if (alpine) add('alpine-linux', byVersion(snapshot.products['alpine-linux'] ?? [], alpine[1]));
  }
  return [...out.values()];
}

const DAY = 86_400_000;

/**
 * Whether a cycle is past its end of life on `today` (YYYY-MM-DD), or within `warnDays` of it.
 * With `extended`, paid or LTS extended support (Debian LTS, Ubuntu ESM) counts as support.
 */
export function cycleStatus(c: Cycle, today: string, warnDays: number, extended: boolean): CycleStatus {
  const end =
    extended && c.extendedSupport !== undefined && c.extendedSupport !== false ? c.extendedSupport : c.eol;
  if (end === true) return { state: 'eol' };
  if (end === false || end === undefined) return { state: 'ok' };
  const daysLeft = Math.round((Date.parse(end) - Date.parse(today)) / DAY);
  if (daysLeft <= 0) return { state: 'eol', date: end, daysLeft };
  return { state: daysLeft <= warnDays ? 'near' : 'ok', date: end, daysLeft };
}
