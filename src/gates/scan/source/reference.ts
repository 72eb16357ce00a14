import { PortcullisError } from '../../../core/errors.js';

export type ImageReference =
  | { transport: 'docker'; ref: string }
  | { transport: 'docker-archive' | 'oci' | 'oci-archive'; path: string; ref?: string };

const LOCAL = ['docker-archive', 'oci-archive', 'oci'] as const;

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
  if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(input) && !input.includes('/')) {
    throw new PortcullisError(
      'USAGE',
      `unknown image transport in "${input}": use docker://, docker-archive:, oci: or oci-archive:`,
    );
  }
  return { transport: 'docker', ref: input };
}
