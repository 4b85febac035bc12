import type { Rule } from '../../rule';
import type { ComposeModel } from '../model';
import { containerNameScaled } from './containerNameScaled';
import { dependencyCycle } from './dependencyCycle';
import { dependencyWithoutHealthcheck } from './dependencyWithoutHealthcheck';
import { dockerSocket } from './dockerSocket';
import { healthyWithoutHealthcheck } from './healthyWithoutHealthcheck';
import { hostNetwork } from './hostNetwork';
import { noBuildAndImage } from './noBuildAndImage';
import { noDuplicateContainerNames } from './noDuplicateContainerNames';
import { noDuplicateExportedPorts } from './noDuplicateExportedPorts';
import { noQuotesInVolumes } from './noQuotesInVolumes';
import { noUnboundPortInterfaces } from './noUnboundPortInterfaces';
import { noVersionField } from './noVersionField';
import { privileged } from './privileged';
import { requireProjectNameField } from './requireProjectNameField';
import { requireQuotesInPorts } from './requireQuotesInPorts';
import { secretInEnvironment } from './secretInEnvironment';
import { serviceContainerNameRegex } from './serviceContainerNameRegex';
import { serviceDependenciesAlphabeticalOrder } from './serviceDependenciesAlphabeticalOrder';
import { serviceImageRequireExplicitTag } from './serviceImageRequireExplicitTag';
import { serviceKeysOrder } from './serviceKeysOrder';
import { servicePortsAlphabeticalOrder } from './servicePortsAlphabeticalOrder';
import { servicesAlphabeticalOrder } from './servicesAlphabeticalOrder';
import { topLevelPropertiesOrder } from './topLevelPropertiesOrder';
import { undefinedConfig, undefinedNetwork, undefinedSecret, undefinedVolume } from './undefinedReferences';
import { undefinedService } from './undefinedService';
import { undefinedVariable } from './undefinedVariable';

/** dclint's fifteen rules, under dclint's names and default severities. */
export const dclintRules: readonly Rule<ComposeModel>[] = [
  noBuildAndImage,
  noDuplicateContainerNames,
  noDuplicateExportedPorts,
  noQuotesInVolumes,
  noUnboundPortInterfaces,
  noVersionField,
  requireProjectNameField,
  requireQuotesInPorts,
  serviceContainerNameRegex,
  serviceDependenciesAlphabeticalOrder,
  serviceImageRequireExplicitTag,
  serviceKeysOrder,
  servicePortsAlphabeticalOrder,
  servicesAlphabeticalOrder,
  topLevelPropertiesOrder,
];

/** Checks of what Compose will actually do with the file, which dclint does not make. */
export const semanticRules: readonly Rule<ComposeModel>[] = [
  undefinedService,
  undefinedVolume,
  undefinedNetwork,
  undefinedSecret,
  undefinedConfig,
  healthyWithoutHealthcheck,
  dependencyCycle,
  privileged,
  dockerSocket,
  hostNetwork,
  secretInEnvironment,
  containerNameScaled,
  dependencyWithoutHealthcheck,
  undefinedVariable,
];

export const composeRules: readonly Rule<ComposeModel>[] = [...dclintRules, ...semanticRules];
