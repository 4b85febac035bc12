import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { instructionsOf } from './instructionIndex';

const MAX_PORT = 65535;

export const DL3011 = defineRule<Dockerfile>(
  {
    id: 'DL3011',
    title: 'Valid UNIX ports range from 0 to 65535',
    severity: 'error',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'A TCP or UDP port is a 16-bit number; an EXPOSE above 65535 can never be reached.',
  },
  ({ model, report }) => {
    // A literal port is the parser's: its `dockerfile-invalid-port` finding carries DL3011 as an alias,
    // so hadolint pragmas and settings reach it. This rule adds the ports only expansion reveals.
    for (const instruction of instructionsOf(model, 'EXPOSE')) {
      for (const word of instruction.args) {
        if (!word.value.includes('$')) continue;
        const text = model.expand(word.value, instruction);
        if (text === undefined) continue;
        // `8080`, `8000-8100`, `53/udp`; host mappings such as `80:80` are ExposeInvalidFormat's concern.
        const match = /^(\d+)(?:-(\d+))?(?:\/[A-Za-z]+)?$/.exec(text);
        if (!match) continue;
        const tooHigh = [match[1], match[2]].find((part) => part !== undefined && Number(part) > MAX_PORT);
        if (tooHigh === undefined) continue;
        report({
          range: word.range,
          message: `Port ${tooHigh}${text !== word.value ? ` (from ${word.value})` : ''} is out of range: ports go from 0 to ${MAX_PORT}.`,
        });
      }
    }
  },
);
