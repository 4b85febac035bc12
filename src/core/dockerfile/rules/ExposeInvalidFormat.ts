import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { instructionsOf } from './instructionIndex';

export const ExposeInvalidFormat = defineRule<Dockerfile>(
  {
    id: 'ExposeInvalidFormat',
    title: 'EXPOSE holds an IP address or a host port mapping',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'EXPOSE documents the ports the container listens on; host addresses and host ports belong to `docker run -p` or a Compose file, not to the image.',
  },
  ({ model, report }) => {
    for (const ins of instructionsOf(model, 'EXPOSE')) {
      for (const arg of ins.args) {
        const colon = lastColonOutsideVariables(arg.text);
        if (colon < 0) continue;
        const containerPort = arg.text.slice(colon + 1);
        report({
          range: arg.range,
          message: `EXPOSE '${arg.text}' publishes a host address or port, which an image cannot do: keep only the container port${containerPort ? ` ('${containerPort}')` : ''} and map host ports when the container is run. This will become an error in a future BuildKit.`,
          fixes: containerPort
            ? [{ title: `Expose only '${containerPort}'`, safe: false, edits: [{ range: arg.range, newText: containerPort }] }]
            : [],
        });
      }
    }
  },
);

/** Position of the last `:` that is not part of a `${VAR:-default}` expression, or -1. */
function lastColonOutsideVariables(text: string): number {
  let depth = 0;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (c === '}' && depth > 0) depth--;
    else if (c === ':' && depth === 0) last = i;
  }
  return last;
}
