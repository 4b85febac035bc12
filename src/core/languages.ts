import type { LanguageSupport } from './language';
import type { FileKind } from './types';
import { dockerfileSupport } from './dockerfile';
import { kubernetesSupport } from './kubernetes';
import { composeSupport } from './compose';

/** The engine for each file kind. */
export const languages: { [K in FileKind]: LanguageSupport<unknown> } = {
  dockerfile: dockerfileSupport as LanguageSupport<unknown>,
  kubernetes: kubernetesSupport as LanguageSupport<unknown>,
  compose: composeSupport as LanguageSupport<unknown>,
};
