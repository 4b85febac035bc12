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
          // `ENV KEY`, joined once for the message and the fix title (the rule reports hundreds per corpus pass).
          const written = `${ins.keyword} ${pair.key.text}`;
          const fix = equalsFix(model, written, pair);
          report({
            range: pair.token.range,
            message: `Use "${written}=…" instead of the legacy "${written} …" form: in the legacy form everything after the key, spaces included, is one value.`,
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
function equalsFix(model: Dockerfile, written: string, pair: KeyValue): Fix | undefined {
  const value = pair.value!;
  const raw = value.text;
  const single = isSingleWord(raw, model.escapeChar);
  if (!single && (/["'\r\n]/.test(raw) || raw.includes(model.escapeChar))) return undefined;
  const gap = { start: pair.key.range.end, end: value.range.start };
  const title = `Rewrite as ${written}=…`;
  if (single) return { title, safe: true, edits: [{ range: gap, newText: '=' }] };
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
  const escape = escapeChar.charCodeAt(0);
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === escape && quote !== 39) {
      i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (isSpace(c, text, i)) return false;
  }
  return quote === 0;
}

/** `/\s/` on one character; ASCII by code, as a regex call per character was a third of the rule's time. */
function isSpace(c: number, text: string, i: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i]);
}
