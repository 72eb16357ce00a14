import { at, type Path, type Violation } from '../../model.js';
import type { PssCheck } from './types.js';
import { pssMeta } from './types.js';

const HANDLERS: Path[] = [
  ['livenessProbe'],
  ['readinessProbe'],
  ['startupProbe'],
  ['lifecycle', 'postStart'],
  ['lifecycle', 'preStop'],
];

/** Baseline (PSA 1.34+): probes and lifecycle handlers may not target another host. */
export const hostProbesAndHostLifecycle: PssCheck = {
  meta: pssMeta('hostProbesAndHostLifecycle', 'baseline', 'Probe or lifecycle host'),
  checkId: 'hostProbesAndHostLifecycle',
  level: 'baseline',
  check(w) {
    const out: Violation[] = [];
    for (const c of w.containers)
      for (const handler of HANDLERS)
        for (const kind of ['httpGet', 'tcpSocket']) {
          const field = [...handler, kind, 'host'];
          const host = at(c.value, field);
          if (typeof host === 'string' && host !== '')
            out.push({
              path: [...c.path, ...field],
              container: c.name,
              message: `container "${c.name}" uses ${field.join('.')} ${JSON.stringify(host)}`,
            });
        }
    return out;
  },
};
