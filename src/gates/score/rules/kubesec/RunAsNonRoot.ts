import { isBool, securityContextRule } from './factories.js';

/** RunAsNonRoot (+1): Force the running image to run as a non-root user to ensure least privilege */
export const RunAsNonRoot = securityContextRule({
  id: 'RunAsNonRoot',
  title: 'Containers run as a non-root user',
  points: 1,
  selector: '.spec, .spec.containers[] | .securityContext .runAsNonRoot == true',
  reason: 'Force the running image to run as a non-root user to ensure least privilege',
  field: ['securityContext', 'runAsNonRoot'],
  podLevel: true,
  classify: isBool,
  want: 'securityContext.runAsNonRoot: true',
  equivalents: ['pss:runAsNonRoot', 'polaris:runAsRootAllowed'],
});
