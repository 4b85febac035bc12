/** Helpers for the rules about variable references: where the name sits, and a fix that renames it. */
import type { Fix } from '../../types';
import type { Dockerfile, VariableRef } from '../model';

/** Offsets of the variable's name inside `$NAME` / `${NAME…}`. */
export function nameSpan(ref: VariableRef): { start: number; end: number } {
  const at = ref.token.text.indexOf(ref.name);
  const start = ref.token.start + Math.max(0, at);
  return { start, end: start + ref.name.length };
}

export function renameFix(model: Dockerfile, ref: VariableRef, name: string): Fix {
  const span = nameSpan(ref);
  return {
    title: `Change to $${name}`,
    safe: false,
    edits: [{ range: model.lines.range(span.start, span.end), newText: name }],
  };
}

/** A build variable's name; special parameters such as `$$` or `$1` are none. Matches `[A-Za-z_][A-Za-z0-9_]*` without a regex call per reference. */
export function isName(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (i > 0 && c >= 48 && c <= 57))) return false;
  }
  return true;
}
