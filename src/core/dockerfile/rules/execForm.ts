/**
 * Turning a shell-form command into exec form. The conversion is exact only when the shell would
 * do nothing but split words: no variables, globs, operators, redirections or builtins.
 */

/** Shell builtins and keywords: as an exec-form program they would not exist. */
const SHELL_ONLY = new Set(['cd', 'export', 'source', '.', 'set', 'unset', 'if', 'for', 'while', 'until', 'case', 'eval', 'ulimit', 'umask', 'trap', 'alias', 'shift', 'wait', 'read', '{', '(', '!', 'local', 'readonly', 'return', 'exit']);

/** Outside quotes these mean something to the shell. */
const SPECIAL = new Set(['$', '`', '|', '&', ';', '<', '>', '(', ')', '*', '?', '[', ']', '{', '}', '~', '#', '\\', '!', '\n', '\r']);

/** The words of `text` when running it through `sh -c` would only split them; undefined otherwise. */
export function exactExecForm(text: string, escapeChar: string): string[] | undefined {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = '';
      else current += c;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = '';
      else if (c === '$' || c === '`' || c === '\\' || c === escapeChar) return undefined;
      else current += c;
      continue;
    }
    if (c === ' ' || c === '\t') {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
      continue;
    }
    if (SPECIAL.has(c) || c === escapeChar) return undefined;
    inWord = true;
    if (c === '"' || c === "'") quote = c;
    else current += c;
  }
  if (quote) return undefined;
  if (inWord) words.push(current);
  // `exec` in shell form replaces the shell; exec form has no shell to replace.
  if (words[0] === 'exec') words.shift();
  if (words.length === 0 || SHELL_ONLY.has(words[0]) || words[0].includes('=')) return undefined;
  return words;
}

export function toJsonArray(words: readonly string[]): string {
  return '[' + words.map((w) => JSON.stringify(w)).join(', ') + ']';
}
