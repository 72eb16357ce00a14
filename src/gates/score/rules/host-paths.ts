import { posix } from 'node:path';

/** Container runtime sockets: Docker, containerd and CRI-O, under both `/run` and `/var/run`. */
export const RUNTIME_SOCKETS = [
  '/var/run/docker.sock',
  '/run/docker.sock',
  '/var/run/containerd/containerd.sock',
  '/run/containerd/containerd.sock',
  '/var/run/crio/crio.sock',
  '/run/crio/crio.sock',
  '/var/run/cri-dockerd.sock',
  '/run/cri-dockerd.sock',
];

/** `//a/./b/` → `/a/b`; relative or non-string paths give undefined. */
export function normaliseHostPath(v: unknown): string | undefined {
  if (typeof v !== 'string' || !v.startsWith('/')) return undefined;
  const p = posix.normalize(v);
  return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
}

function within(dir: string, path: string): boolean {
  return dir === '/' || path === dir || path.startsWith(`${dir}/`);
}

/** True when the host path is a runtime socket, or a directory that contains one. */
export function exposesRuntimeSocket(path: string): boolean {
  return RUNTIME_SOCKETS.some((s) => within(path, s));
}

/** True when the host path is `/proc`, inside it, or a directory that contains it (`/`). */
export function exposesProc(path: string): boolean {
  return path === '/' || within('/proc', path);
}
