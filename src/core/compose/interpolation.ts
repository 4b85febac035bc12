/**
 * Compose's variable interpolation: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:?message}`, `${VAR?message}`, `${VAR:+replacement}`, `${VAR+replacement}`, and `$$` for a
 * literal dollar. Values come from the `.env` file beside the compose file; the shell's own
 * environment is unknown to an editor, which is why an unresolved variable is only a warning.
 */

export type Env = ReadonlyMap<string, string>;

export interface VariableUse {
  name: string;
  /** Offsets into the interpolated string: the whole `${...}` or `$VAR`. */
  start: number;
  end: number;
  /** `-` / `:-` default, `+` / `:+` replacement, `?` / `:?` required with a message. */
  operator?: '-' | ':-' | '+' | ':+' | '?' | ':?';
  /** Text after the operator (the default, replacement or error message), itself interpolated. */
  argument?: string;
}

export interface Interpolated {
  value: string;
  uses: VariableUse[];
  /** Variables that have no value in the env and no default or replacement to fall back on. */
  missing: VariableUse[];
}

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

export function hasInterpolation(text: string): boolean {
  return text.includes('$');
}

/** Evaluates every variable in `text`; unresolved ones become empty strings, as in Compose. */
export function interpolate(text: string, env: Env): Interpolated {
  const uses: VariableUse[] = [];
  const missing: VariableUse[] = [];
  const value = expand(text, 0, text.length, env, uses, missing, 0);
  return { value, uses, missing };
}

function expand(text: string, from: number, to: number, env: Env, uses: VariableUse[], missing: VariableUse[], depth: number): string {
  let out = '';
  let i = from;
  while (i < to) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0 || dollar >= to) {
      out += text.slice(i, to);
      break;
    }
    out += text.slice(i, dollar);
    const next = text[dollar + 1];
    if (next === '$') {
      out += '$';
      i = dollar + 2;
      continue;
    }
    if (next === '{') {
      const close = matchingBrace(text, dollar + 2, to);
      if (close < 0) {
        out += text.slice(dollar, to);
        break;
      }
      out += braced(text, dollar, close, env, uses, missing, depth);
      i = close + 1;
      continue;
    }
    NAME.lastIndex = dollar + 1;
    const m = NAME.exec(text);
    if (m && dollar + 1 + m[0].length <= to) {
      const use: VariableUse = { name: m[0], start: dollar, end: dollar + 1 + m[0].length };
      uses.push(use);
      const v = env.get(use.name);
      if (v === undefined) missing.push(use);
      out += v ?? '';
      i = use.end;
      continue;
    }
    out += '$';
    i = dollar + 1;
  }
  return out;
}

function matchingBrace(text: string, from: number, to: number): number {
  let depth = 1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function braced(text: string, dollar: number, close: number, env: Env, uses: VariableUse[], missing: VariableUse[], depth: number): string {
  NAME.lastIndex = dollar + 2;
  const m = NAME.exec(text);
  if (!m || dollar + 2 + m[0].length > close) return text.slice(dollar, close + 1);
  const name = m[0];
  let rest = dollar + 2 + name.length;
  let operator: VariableUse['operator'];
  for (const op of [':-', ':?', ':+', '-', '?', '+'] as const) {
    if (text.startsWith(op, rest)) {
      operator = op;
      rest += op.length;
      break;
    }
  }
  if (!operator && rest !== close) return text.slice(dollar, close + 1);
  const use: VariableUse = { name, start: dollar, end: close + 1, operator };
  uses.push(use);
  const set = env.get(name);
  const empty = set === undefined || set === '';
  // The argument is only evaluated when it is used, as in the shell; variables inside an unused default are not "missing".
  const argument = () => (depth > 8 ? text.slice(rest, close) : expand(text, rest, close, env, uses, missing, depth + 1));
  switch (operator) {
    case ':-':
      return empty ? argument() : (set as string);
    case '-':
      return set === undefined ? argument() : set;
    case ':+':
      return empty ? '' : argument();
    case '+':
      return set === undefined ? '' : argument();
    case ':?':
    case '?':
      if (operator === ':?' ? empty : set === undefined) {
        use.argument = text.slice(rest, close);
        missing.push(use);
      }
      return set ?? '';
    default:
      if (set === undefined) missing.push(use);
      return set ?? '';
  }
}

/**
 * Reads a `.env` file the way Compose does for the common cases: `KEY=value`, `export KEY=value`,
 * comments, single quotes (literal), double quotes (with `\n` escapes), ` #` comments after
 * unquoted values, and `${VAR}` references to keys defined earlier in the file.
 */
export function parseDotEnv(text: string): Map<string, string> {
  const env = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, key, rest] = m;
    let value: string;
    if (rest.startsWith("'")) {
      const end = rest.indexOf("'", 1);
      value = end < 0 ? rest.slice(1) : rest.slice(1, end);
    } else if (rest.startsWith('"')) {
      const end = closingDoubleQuote(rest);
      value = rest.slice(1, end < 0 ? undefined : end).replace(/\\(["\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
      value = interpolate(value, env).value;
    } else {
      value = interpolate(rest.replace(/\s+#.*$/, '').trim(), env).value;
    }
    env.set(key, value);
  }
  return env;
}

function closingDoubleQuote(s: string): number {
  for (let i = 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i;
  }
  return -1;
}

/** The path of `.env` beside a compose file, with the file's own separator. */
export function dotEnvPath(fileName: string): string {
  const cut = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  if (cut < 0) return '.env';
  return fileName.slice(0, cut + 1) + '.env';
}
