/** Entry paths inside the image root: no leading slash, no `.` or empty parts. */

export type PathCheck =
  | { ok: true; path: string }
  | { ok: false; reason: 'ABSOLUTE_PATH' | 'PATH_TRAVERSAL' };

/** A tar entry name as a root-relative path; absolute names and `..` parts are refused, never followed. */
export function entryPath(name: string): PathCheck {
  const stripped = name.replace(/^(\.\/)+/, '');
  if (stripped.startsWith('/')) return { ok: false, reason: 'ABSOLUTE_PATH' };
  const parts = stripped.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) return { ok: false, reason: 'PATH_TRAVERSAL' };
  return { ok: true, path: parts.join('/') };
}

export function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/**
 * Where a symlink at `linkPath` points, as a root-relative path. An absolute target is relative to the
 * image root. `undefined` when a relative target climbs above the root: such a link is never followed.
 */
export function symlinkTarget(linkPath: string, target: string): string | undefined {
  const base = target.startsWith('/') ? [] : dirname(linkPath).split('/').filter(Boolean);
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      // `..` at the root of an absolute target stays at the root, as in the kernel.
      if (base.length === 0) {
        if (target.startsWith('/')) continue;
        return undefined;
      }
      base.pop();
    } else base.push(part);
  }
  return base.join('/');
}

/** Normalises a root-relative path after symlink substitution (`..` at the root stays at the root). */
export function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}
