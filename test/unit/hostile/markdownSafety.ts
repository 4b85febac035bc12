/**
 * Finds the places where a Markdown text, as VS Code renders a hover or the Markdown preview, would
 * turn file content into markup: a raw HTML tag or autolink (`<img …>`, `<command:…>`), or a link
 * whose target runs a command or script (`[x](command:…)`, `[x]: command:…`). Text inside code spans
 * and fenced code blocks is shown literally, and a backslash-escaped character is plain text, so
 * both are blanked before the search.
 */

/** ASCII punctuation, the characters CommonMark lets a backslash escape. */
const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** Replaces code spans and escaped characters with spaces, keeping the rest of one paragraph line. */
function blankInline(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length && ESCAPABLE.test(text[i + 1])) {
      out += '  ';
      i += 2;
      continue;
    }
    if (c === '`') {
      let run = 1;
      while (text[i + run] === '`') run++;
      // A span closes at the next backtick run of exactly the same length; without one the backticks are literal.
      const close = closingRun(text, i + run, run);
      if (close < 0) {
        out += '`'.repeat(run);
        i += run;
        continue;
      }
      out += ' '.repeat(close + run - i);
      i = close + run;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

function closingRun(text: string, from: number, length: number): number {
  for (let j = text.indexOf('`', from); j >= 0; j = text.indexOf('`', j)) {
    let run = 1;
    while (text[j + run] === '`') run++;
    if (run === length) return j;
    j += run;
  }
  return -1;
}

/** The Markdown with code (fenced blocks, code spans) and escaped characters blanked out. */
export function markupOf(markdown: string): string {
  const lines = markdown.split(/\r\n|\r|\n/);
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (opener && opener[1][0] === fence[0] && opener[1].length >= fence.length && line.trim() === opener[1]) fence = undefined;
      out.push('');
      continue;
    }
    if (opener) {
      fence = opener[1];
      out.push('');
      continue;
    }
    out.push(line);
  }
  // Code spans may cross line breaks inside one paragraph, so blank them over the joined text.
  return blankInline(out.join('\n'));
}

const DANGEROUS_SCHEME = '(?:command|javascript|vbscript|data|file):';

const PROBLEMS: readonly { what: string; pattern: RegExp }[] = [
  { what: 'raw HTML tag or autolink', pattern: /<[A-Za-z!?/]/ },
  { what: 'link to a command or script', pattern: new RegExp(`\\]\\s*\\(\\s*<?\\s*${DANGEROUS_SCHEME}`, 'i') },
  { what: 'link reference definition to a command or script', pattern: new RegExp(`^ {0,3}\\[[^\\]]*\\]:\\s*<?\\s*${DANGEROUS_SCHEME}`, 'im') },
];

/** What in `markdown` would render as markup from injected text, or undefined when nothing would. */
export function unsafeMarkup(markdown: string): string | undefined {
  const markup = markupOf(markdown);
  for (const { what, pattern } of PROBLEMS) {
    const m = pattern.exec(markup);
    if (m) return `${what} at ${JSON.stringify(markdown.slice(Math.max(0, m.index - 30), m.index + 50))}`;
  }
  return undefined;
}
