import type { Rule } from '../../rule';
import type { Dockerfile } from '../model';
import { ConsistentInstructionCasing } from './ConsistentInstructionCasing';
import { CopyIgnoredFile } from './CopyIgnoredFile';
import { ExposeInvalidFormat } from './ExposeInvalidFormat';
import { ExposeProtoCasing } from './ExposeProtoCasing';
import { FromAsCasing } from './FromAsCasing';
import { InvalidDefaultArgInFrom } from './InvalidDefaultArgInFrom';
import { InvalidDefinitionDescription } from './InvalidDefinitionDescription';
import { LegacyKeyValueFormat } from './LegacyKeyValueFormat';
import { NoEmptyContinuation } from './NoEmptyContinuation';
import { StageNameCasing } from './StageNameCasing';
import { UndefinedArgInFrom } from './UndefinedArgInFrom';
import { UndefinedVar } from './UndefinedVar';

/**
 * BuildKit's build checks that no hadolint rule covers, under their BuildKit names. The checks
 * hadolint also has are reported by the DL rule with the BuildKit name as an alias.
 */
export const buildkitRules: Rule<Dockerfile>[] = [
  StageNameCasing,
  FromAsCasing,
  NoEmptyContinuation,
  ConsistentInstructionCasing,
  UndefinedArgInFrom,
  UndefinedVar,
  LegacyKeyValueFormat,
  InvalidDefaultArgInFrom,
  CopyIgnoredFile,
  InvalidDefinitionDescription,
  ExposeProtoCasing,
  ExposeInvalidFormat,
];
