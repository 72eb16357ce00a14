import { exposesProc } from '../host-paths.js';
import { hostPathRule } from './host-path-rule.js';

/**
 * ProcMount (-9): the host's /proc mounted into a container. Kubesec looks for the substring
 * `/proc`, so `/host/proc` matches too; we match `/proc`, paths under it, and `/`.
 */
export const ProcMount = hostPathRule({
  id: 'ProcMount',
  title: "Host's /proc mounted into the pod",
  points: -9,
  selector: 'volumes[] .hostPath .path == /proc',
  reason:
    'Mounting the proc directory from the host system into a container gives access to information about other containers running on the same host and can allow container breakout',
  substring: '/proc',
  exposes: exposesProc,
});
