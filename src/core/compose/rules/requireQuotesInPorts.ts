import type { Node } from 'yaml';
import { isScalar, isSeq } from '../nodeTypes';
import { composeRule, fix } from './common';

const SECTIONS = ['ports', 'expose'] as const;

function singleQuoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export const requireQuotesInPorts = composeRule(
  {
    id: 'require-quotes-in-ports',
    title: 'Port entry not in single quotes',
    severity: 'warning',
    fixable: true,
    summary: 'A YAML 1.1 parser reads an unquoted `22:22` as the base-60 number 1342; quoting every `ports` and `expose` entry (in single quotes, dclint\'s default) keeps them strings everywhere.',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      for (const section of SECTIONS) {
        const e = s.get(section);
        if (!e || e.via || !isSeq(e.value)) continue;
        for (const item of e.value.items as Node[]) {
          if (!isScalar(item) || item.type === 'QUOTE_SINGLE') continue;
          if (item.type !== 'PLAIN' && item.type !== 'QUOTE_DOUBLE') continue;
          const range = model.rangeOf(item);
          const text = typeof item.value === 'string' ? item.value : (item.source ?? String(item.value));
          report({
            range,
            message: `Port ${JSON.stringify(text)} in \`${section}\` of service "${s.name}" should be in single quotes, so no YAML parser can read it as a number.`,
            fixes: fix('Put the port in single quotes', { range, newText: singleQuoted(text) }),
          });
        }
      }
    }
  },
);
