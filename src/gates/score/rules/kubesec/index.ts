import { AllowPrivilegeEscalation } from './AllowPrivilegeEscalation.js';
import { ApparmorAny } from './ApparmorAny.js';
import { ApparmorUnconfined } from './ApparmorUnconfined.js';
import { AutomountServiceAccountToken } from './AutomountServiceAccountToken.js';
import { BindingsToSystemAnonymous } from './BindingsToSystemAnonymous.js';
import { CapDropAll } from './CapDropAll.js';
import { CapDropAny } from './CapDropAny.js';
import { CapSysAdmin } from './CapSysAdmin.js';
import { DockerSock } from './DockerSock.js';
import { HostAliases } from './HostAliases.js';
import { HostIPC } from './HostIPC.js';
import { HostNetwork } from './HostNetwork.js';
import { HostPID } from './HostPID.js';
import { HostUsers } from './HostUsers.js';
import { LimitsCPU } from './LimitsCPU.js';
import { LimitsMemory } from './LimitsMemory.js';
import { Privileged } from './Privileged.js';
import { ProcMount } from './ProcMount.js';
import { ReadOnlyRootFilesystem } from './ReadOnlyRootFilesystem.js';
import { RequestsCPU } from './RequestsCPU.js';
import { RequestsMemory } from './RequestsMemory.js';
import { RunAsGroup } from './RunAsGroup.js';
import { RunAsNonRoot } from './RunAsNonRoot.js';
import { RunAsUser } from './RunAsUser.js';
import { SeccompAny } from './SeccompAny.js';
import { SeccompUnconfined } from './SeccompUnconfined.js';
import { SecretsAsEnvironmentVariables } from './SecretsAsEnvironmentVariables.js';
import { ServiceAccountName } from './ServiceAccountName.js';
import type { KubesecRule } from './types.js';
import { VolumeClaimAccessModeReadWriteOnce } from './VolumeClaimAccessModeReadWriteOnce.js';
import { VolumeClaimRequestsStorage } from './VolumeClaimRequestsStorage.js';

export type { KubesecRule } from './types.js';
export { severityFor, WORKLOAD_KINDS } from './types.js';

/** Kubesec's 30 rules, in the order of its ruleset (kubesec pkg/ruler/ruleset.go). */
export const KUBESEC_RULES: readonly KubesecRule[] = [
  HostNetwork,
  HostPID,
  HostIPC,
  ReadOnlyRootFilesystem,
  RunAsNonRoot,
  RunAsUser,
  RunAsGroup,
  Privileged,
  CapSysAdmin,
  CapDropAny,
  CapDropAll,
  DockerSock,
  ProcMount,
  RequestsCPU,
  LimitsCPU,
  RequestsMemory,
  LimitsMemory,
  ServiceAccountName,
  HostAliases,
  SeccompAny,
  SeccompUnconfined,
  ApparmorAny,
  ApparmorUnconfined,
  VolumeClaimAccessModeReadWriteOnce,
  VolumeClaimRequestsStorage,
  AllowPrivilegeEscalation,
  AutomountServiceAccountToken,
  HostUsers,
  SecretsAsEnvironmentVariables,
  BindingsToSystemAnonymous,
];
