import { parseDocument, type Node } from 'yaml';
import { isScalar } from '../nodeTypes';
import { composeRule, fix } from './common';

/**
 * Plain text that YAML can only read as this very string: no indicator first, no spaces (so no `: ` or
 * ` #`), and a `/` or `:` inside, which no number, boolean or null has. Most volume entries look like
 * this; for them it saves building a YAML document per entry, the rule's main cost.
 */
const SURELY_STRING = /^[A-Za-z0-9_./~$][A-Za-z0-9_./~$:@=+,-]*$/;

/** The value written without quotes, if YAML would read it back as the same string. */
function unquoted(value: string): string | undefined {
  if (!value || value !== value.trim() || /[\n\r]/.test(value)) return undefined;
  if (SURELY_STRING.test(value) && !value.endsWith(':') && /[/:]/.test(value)) return value;
  const doc = parseDocument(`- ${value}\n`);
  const item = (doc.contents as { items?: Node[] } | null)?.items?.[0];
  return doc.errors.length === 0 && isScalar(item) && item.value === value ? value : undefined;
}

export const noQuotesInVolumes = composeRule(
  {
    id: 'no-quotes-in-volumes',
    title: 'Quoted entry in a service\'s `volumes`',
    severity: 'warning',
    fixable: true,
    summary: 'dclint\'s style rule: volume entries are written without quotes, so the list reads the same in every file of a team.',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      const volumes = s.get('volumes');
      if (!volumes || volumes.via || !volumes.value || !('items' in volumes.value)) continue;
      for (const item of (volumes.value as { items: unknown[] }).items) {
        if (!isScalar(item) || (item.type !== 'QUOTE_SINGLE' && item.type !== 'QUOTE_DOUBLE')) continue;
        const range = model.rangeOf(item);
        const plain = unquoted(String(item.value));
        report({
          range,
          message: `Volume entry ${JSON.stringify(String(item.value))} in service "${s.name}" is quoted; write volume entries without quotes.`,
          fixes: fix('Remove the quotes', plain === undefined ? undefined : { range, newText: plain }),
        });
      }
    }
  },
);
