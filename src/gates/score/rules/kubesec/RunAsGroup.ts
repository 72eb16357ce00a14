import { above10000, securityContextRule } from './factories.js';

/** RunAsGroup (+1): Run as a high-UID group to avoid conflicts with the host's groups */
export const RunAsGroup = securityContextRule({
  id: 'RunAsGroup',
  title: 'Containers run as a high GID',
  points: 1,
  selector: '.spec, .spec.containers[] | .securityContext .runAsGroup -gt 10000',
  reason: "Run as a high-UID group to avoid conflicts with the host's groups",
  field: ['securityContext', 'runAsGroup'],
  podLevel: true,
  classify: above10000,
  want: 'securityContext.runAsGroup > 10000',
});
