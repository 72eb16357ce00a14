import { isJson, type Json, list, type Subject, type Violation } from '../../model.js';
import { goFormat } from './helpers.js';
import type { KubesecRule } from './types.js';
import { kubesecMeta } from './types.js';

/** Who is anonymous: the user Kubesec checks, plus the group every unauthenticated request is in. */
const ANONYMOUS = new Set(['system:anonymous', 'system:unauthenticated']);

/** BindingsToSystemAnonymous (-30): any unauthenticated user gets the role's permissions. */
export const BindingsToSystemAnonymous: KubesecRule = {
  meta: kubesecMeta('BindingsToSystemAnonymous', 'Role bound to anonymous users', -30, ['kubescape:C-0262']),
  points: -30,
  selector: '.subjects[] .name == "system:anonymous"',
  reason:
    'Binding a Role or a ClusterRole to user system:anonymous gives any unauthenticated user the permissions granted by that role',
  kinds: ['RoleBinding', 'ClusterRoleBinding'],
  count(doc: Json) {
    const names = list(doc.subjects)
      .filter(isJson)
      .map((s) => s.name);
    return goFormat(names).includes('system:anonymous') ? 1 : 0;
  },
  violations(s: Subject): Violation[] {
    if (s.object.kind !== 'RoleBinding' && s.object.kind !== 'ClusterRoleBinding') return [];
    const out: Violation[] = [];
    list(s.object.value.subjects).forEach((sub, i) => {
      if (isJson(sub) && ANONYMOUS.has(String(sub.name)))
        out.push({
          path: ['subjects', i, 'name'],
          message: `binds ${s.object.value.roleRef ? 'its role' : 'a role'} to ${String(sub.name)}`,
        });
    });
    return out;
  },
};
