/**
 * `RUN --mount=type=cache,target=/root/.cache,sharing=locked`: a CSV list of key=value options,
 * split with exact ranges and checked against what BuildKit accepts.
 */
import type { Flag, Mount, MountOption, Token, Word } from './model';

export const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
export const MOUNT_KEYS = new Set([
  'type', 'from', 'source', 'src', 'target', 'dst', 'destination', 'readonly', 'ro', 'readwrite', 'rw',
  'required', 'id', 'sharing', 'mode', 'uid', 'gid', 'size', 'env',
]);
const BARE_KEYS = new Set(['readonly', 'ro', 'readwrite', 'rw', 'required']);
const SHARING = ['shared', 'private', 'locked'];

export interface MountProblem {
  token: Token;
  message: string;
}

/** Makes tokens for spans of the flag's raw value text. */
export type SpanToken = (start: number, end: number, value?: string) => Token | Word;

class ParsedMount implements Mount {
  constructor(
    readonly flag: Flag,
    readonly type: string,
    readonly options: MountOption[],
  ) {}
  option(key: string): MountOption | undefined {
    const aliases = ALIASES[key] ?? [key];
    for (let i = this.options.length - 1; i >= 0; i--) if (aliases.includes(this.options[i].key)) return this.options[i];
    return undefined;
  }
}

const ALIASES: Record<string, string[]> = {
  target: ['target', 'dst', 'destination'],
  dst: ['target', 'dst', 'destination'],
  destination: ['target', 'dst', 'destination'],
  source: ['source', 'src'],
  src: ['source', 'src'],
  readonly: ['readonly', 'ro'],
  ro: ['readonly', 'ro'],
  readwrite: ['readwrite', 'rw'],
  rw: ['readwrite', 'rw'],
};

/** Splits `raw` (the flag value as written) into options; problems are appended to `problems`. */
export function parseMount(flag: Flag, raw: string, token: SpanToken, problems: MountProblem[]): Mount {
  const options: MountOption[] = [];
  let i = 0;
  // The whole value may itself be quoted: --mount="type=cache,target=/x".
  let end = raw.length;
  if (raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw[raw.length - 1] === raw[0]) {
    i = 1;
    end--;
  }
  while (i <= end) {
    let j = i;
    let quote = '';
    while (j < end) {
      const ch = raw[j];
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"') quote = ch;
      else if (ch === ',') break;
      j++;
    }
    if (j > i) {
      const field = raw.slice(i, j);
      const eq = field.indexOf('=');
      const keyEnd = eq < 0 ? j : i + eq;
      const key = raw.slice(i, keyEnd).trim().toLowerCase();
      const option: MountOption = { key, keyToken: token(i, keyEnd) };
      if (eq >= 0) {
        const vs = keyEnd + 1;
        option.value = token(vs, j, raw.slice(vs, j).replace(/"/g, '')) as Word;
      }
      options.push(option);
      if (!MOUNT_KEYS.has(key)) {
        problems.push({ token: option.keyToken, message: `Unknown --mount option "${key}"; valid options are ${[...MOUNT_KEYS].join(', ')}.` });
      } else if (eq < 0 && !BARE_KEYS.has(key)) {
        problems.push({ token: option.keyToken, message: `--mount option "${key}" needs a value: write ${key}=<value>.` });
      } else if (option.value) checkValue(option, problems);
    }
    i = j + 1;
  }
  const typeOption = options.find((o) => o.key === 'type');
  const type = typeOption?.value?.value.toLowerCase() ?? 'bind';
  const mount = new ParsedMount(flag, type, options);
  if (typeOption?.value && !typeOption.value.value.includes('$') && !MOUNT_TYPES.includes(type)) {
    problems.push({ token: typeOption.value, message: `Unknown mount type "${typeOption.value.value}"; use bind, cache, tmpfs, secret or ssh.` });
  }
  if (mount.option('size') && type !== 'tmpfs' && MOUNT_TYPES.includes(type)) {
    problems.push({ token: mount.option('size')!.keyToken, message: `size applies only to tmpfs mounts, not ${type}.` });
  }
  return mount;
}

function checkValue(option: MountOption, problems: MountProblem[]): void {
  const v = option.value!;
  const value = v.value;
  if (value.includes('$')) return; // expanded at build time
  const bad = (message: string) => problems.push({ token: v, message });
  switch (option.key) {
    case 'sharing':
      if (!SHARING.includes(value)) bad(`sharing must be shared, private or locked, not "${value}".`);
      break;
    case 'mode':
      if (!/^[0-7]{1,4}$/.test(value)) bad(`mode must be an octal permission such as 0755, not "${value}".`);
      break;
    case 'uid':
    case 'gid':
      if (!/^\d+$/.test(value)) bad(`${option.key} must be a number, not "${value}".`);
      break;
    case 'readonly':
    case 'ro':
    case 'readwrite':
    case 'rw':
    case 'required':
      if (!/^(?:1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/.test(value)) bad(`${option.key} takes true or false, not "${value}".`);
      break;
    case 'target':
    case 'dst':
    case 'destination':
      if (!value) bad('The mount target is empty; give a path in the container.');
      break;
  }
}
