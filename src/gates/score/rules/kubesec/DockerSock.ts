import { exposesRuntimeSocket } from '../host-paths.js';
import { hostPathRule } from './host-path-rule.js';

/**
 * DockerSock (-9): Mounting the docker.socket leaks information about other containers and can
 * allow container breakout. Kubesec looks for the substring `/var/run/docker.sock`; we match the
 * Docker, containerd and CRI-O sockets exactly, and the directories that hold them.
 */
export const DockerSock = hostPathRule({
  id: 'DockerSock',
  title: 'Container runtime socket mounted from the host',
  points: -9,
  selector: 'volumes[] .hostPath .path == /var/run/docker.sock',
  reason:
    'Mounting the docker.socket leaks information about other containers and can allow container breakout',
  substring: '/var/run/docker.sock',
  exposes: exposesRuntimeSocket,
  equivalents: ['kubescape:C-0074', 'checkov:CKV_K8S_27'],
});
