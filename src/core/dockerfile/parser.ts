// Placeholder until the Dockerfile parser lands (issue 3): yields an empty model.
import { LineIndex } from '../text';
import type { RuleMeta } from '../rule';
import type { Dockerfile } from './model';

export const dockerfileSyntaxChecks: readonly RuleMeta[] = [];

export function parseDockerfile(text: string): Dockerfile {
  return {
    text,
    lines: new LineIndex(text),
    directives: [],
    escapeChar: '\\',
    instructions: [],
    comments: [],
    stages: [],
    globalArgs: [],
    syntaxErrors: [],
    variables: () => [],
    valueOf: () => undefined,
    expand: () => undefined,
    shell: () => undefined,
    stageByRef: () => undefined,
  };
}
