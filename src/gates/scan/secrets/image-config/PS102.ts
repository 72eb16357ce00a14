import { configMeta } from './meta.js';
import type { ConfigRule } from './types.js';

const REMOTE_SHELL_PORTS: Record<string, string> = {
  '22': 'SSH',
  '23': 'Telnet',
  '3389': 'RDP',
  '5900': 'VNC',
};

/** The image exposes a remote-shell port such as 22. */
export const PS102: ConfigRule = {
  meta: configMeta('PS102', 'The image exposes a remote-shell port (22, 23, 3389, 5900)', 'medium', [
    'trivy:DS-0004',
    'hadolint:DL3011',
  ]),
  check(config) {
    return Object.keys(config.config?.ExposedPorts ?? {}).flatMap((port) => {
      const service = REMOTE_SHELL_PORTS[port.split('/')[0] ?? ''];
      return service ? [{ ruleId: 'PS102', message: `the image exposes ${port} (${service})` }] : [];
    });
  },
};
