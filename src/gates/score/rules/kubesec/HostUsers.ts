import { podFieldRule } from './factories.js';

/** HostUsers (+1): A user namespace for a Pod is enabled by setting the hostUsers field of Pod .spec, which can prevent various attacks */
export const HostUsers = podFieldRule({
  id: 'HostUsers',
  title: 'Pod runs in a user namespace',
  points: 1,
  selector: '.spec .hostUsers == false',
  reason:
    'A user namespace for a Pod is enabled by setting the hostUsers field of Pod .spec, which can prevent various attacks',
  field: 'hostUsers',
  matches: (v) => v === false,
  want: 'hostUsers: false',
});
