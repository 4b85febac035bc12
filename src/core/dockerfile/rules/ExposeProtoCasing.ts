import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { instructionsOf } from './instructionIndex';

export const ExposeProtoCasing = defineRule<Dockerfile>(
  {
    id: 'ExposeProtoCasing',
    title: 'EXPOSE protocol is not lowercase',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'The protocol of an EXPOSE port (tcp, udp, sctp) should be written in lowercase, the form Docker stores and tools compare against.',
  },
  ({ model, report }) => {
    for (const ins of instructionsOf(model, 'EXPOSE')) {
      for (const arg of ins.args) {
        const slash = arg.text.lastIndexOf('/');
        if (slash < 0) continue;
        const proto = arg.text.slice(slash + 1);
        const lower = proto.toLowerCase();
        if (!proto || lower === proto || proto.includes('$')) continue;
        const range = model.lines.range(arg.start + slash + 1, arg.end);
        report({
          range,
          message: `Protocol '${proto}' in EXPOSE should be lowercase ('${lower}').`,
          fixes: [{ title: `Write '${lower}'`, safe: true, edits: [{ range, newText: lower }] }],
        });
      }
    }
  },
);
