import { isBool, securityContextRule } from './factories.js';

/** ReadOnlyRootFilesystem (+1): An immutable root filesystem can prevent malicious binaries being added to PATH and increase attack cost */
export const ReadOnlyRootFilesystem = securityContextRule({
  id: 'ReadOnlyRootFilesystem',
  title: 'Containers run with a read-only root filesystem',
  points: 1,
  selector: 'containers[] .securityContext .readOnlyRootFilesystem == true',
  reason:
    'An immutable root filesystem can prevent malicious binaries being added to PATH and increase attack cost',
  field: ['securityContext', 'readOnlyRootFilesystem'],
  podLevel: false,
  classify: isBool,
  want: 'securityContext.readOnlyRootFilesystem: true',
  equivalents: [
    'pss:none',
    'kube-score:container-security-context-readonlyrootfilesystem',
    'polaris:notReadOnlyRootFilesystem',
    'checkov:CKV_K8S_22',
  ],
});
