import { PortcullisError } from '../../../core/errors.js';

export type ImageReference =
  | { transport: 'docker'; ref: string }
  | { transport: 'docker-archive' | 'oci' | 'oci-archive'; path: string; ref?: string };

const LOCAL = ['docker-archive', 'oci-archive', 'oci'] as const;
/** skopeo transports that need a daemon or local storage; anything else is an image name (`nginx:latest`). */
const UNSUPPORTED = [
  'containers-storage',
  'docker-daemon',
  'dir',
  'ostree',
  'sif',
  'tarball',
  'podman',
  'containerd',
] as const;

/**
 * Parses an image reference with skopeo's transport names: `docker://name:tag`, a bare name (also a
 * registry pull), `docker-archive:file.tar[:name:tag]`, `oci:dir[:ref]` and `oci-archive:file.tar[:ref]`.
 * See https://github.com/containers/image/blob/main/docs/containers-transports.5.md
 */
export function parseImageReference(input: string): ImageReference {
  if (input.startsWith('docker://')) return { transport: 'docker', ref: input.slice('docker://'.length) };
  for (const transport of LOCAL) {
    const prefix = `${transport}:`;
    if (!input.startsWith(prefix)) continue;
    const rest = input.slice(prefix.length);
    if (!rest) throw new PortcullisError('USAGE', `"${input}" names no path`);
    const colon = rest.indexOf(':');
    if (colon < 0) return { transport, path: rest };
    const ref = rest.slice(colon + 1);
    return ref ? { transport, path: rest.slice(0, colon), ref } : { transport, path: rest.slice(0, colon) };
  }
  const other = UNSUPPORTED.find((t) => input.startsWith(`${t}:`));
  if (other) {
    throw new PortcullisError(
      'USAGE',
      `the ${other}: transport is not supported (no daemon or local storage is read): use docker://, docker-archive: (e.g. from docker save), oci: or oci-archive:`,
    );
  }
  return { transport: 'docker', ref: input };
}
