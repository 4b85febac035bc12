import { defineRule } from '../../rule';
import type { Fix } from '../../types';
import type { Dockerfile, KeyValue } from '../model';
import { instructionsOf } from './instructionIndex';

/** ENV findings come before LABEL ones, as the two instruction lists are walked in this order. */
const KEYWORDS = ['ENV', 'LABEL'];

export const LegacyKeyValueFormat = defineRule<Dockerfile>(
  {
    id: 'LegacyKeyValueFormat',
    title: 'ENV or LABEL uses the legacy "key value" form',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'ENV and LABEL should use key=value; the old whitespace form sets a single key whose value is the whole rest of the line, which surprises readers.',
  },
  ({ model, report }) => {
    for (const keyword of KEYWORDS) {
      for (const ins of instructionsOf(model, keyword)) {
        for (const pair of ins.pairs ?? []) {
          if (!pair.legacy || !pair.value) continue;
          const fix = equalsFix(model, ins.keyword, pair);
          report({
            range: pair.token.range,
            message: `Use "${ins.keyword} ${pair.key.text}=…" instead of the legacy "${ins.keyword} ${pair.key.text} …" form: in the legacy form everything after the key, spaces included, is one value.`,
            fixes: fix ? [fix] : [],
          });
        }
      }
    }
  },
);

/**
 * `KEY value` → `KEY=value`, quoting a value that holds spaces. Values that already mix quotes,
 * escapes or line continuations are left to the user: rewriting them could change the value.
 */
function equalsFix(model: Dockerfile, keyword: string, pair: KeyValue): Fix | undefined {
  const value = pair.value!;
  const raw = value.text;
  const gap = { start: pair.key.range.end, end: value.range.start };
  const title = `Rewrite as ${keyword} ${pair.key.text}=…`;
  if (isSingleWord(raw, model.escapeChar)) return { title, safe: true, edits: [{ range: gap, newText: '=' }] };
  if (/["'\r\n]/.test(raw) || raw.includes(model.escapeChar)) return undefined;
  return {
    title,
    safe: true,
    edits: [
      { range: gap, newText: '="' },
      { range: { start: value.range.end, end: value.range.end }, newText: '"' },
    ],
  };
}

const SPACE = /\s/;

/** True when the text has no whitespace outside quotes, so it stays one word after `=`. */
function isSingleWord(text: string, escapeChar: string): boolean {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === escapeChar && quote !== "'") {
      i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (SPACE.test(c)) return false;
  }
  return quote === '';
}
