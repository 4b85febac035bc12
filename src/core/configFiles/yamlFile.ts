/**
 * Reading a YAML configuration file with positions, so every problem points at its line and
 * column. Shared by the readers of `.hadolint.yaml` and the other YAML-based config files.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { LineIndex } from '../text';
import type { ConfigProblem } from './source';

export class YamlConfigFile {
  readonly problems: ConfigProblem[] = [];
  private readonly lines: LineIndex;

  constructor(
    readonly path: string,
    readonly text: string,
  ) {
    this.lines = new LineIndex(text);
  }

  /** The top-level mapping, or undefined (with a problem) when the file is not valid YAML or not a mapping. */
  root(): YAMLMap | undefined {
    const doc = parseDocument(this.text, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      // Later errors are mostly consequences of the first; one precise message is clearer.
      const e = doc.errors[0];
      this.problemAt(e.pos[0], e.pos[1], 'error', `${firstLine(e.message)}; the file is ignored until this is fixed.`);
      return undefined;
    }
    const contents = doc.contents;
    if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return undefined;
    if (!isMap(contents)) {
      this.problem(contents, 'error', 'The file must be a mapping of keys to values (for example `ignored: [DL3008]`); the file is ignored.');
      return undefined;
    }
    return contents;
  }

  problem(node: Node | Pair | null | undefined, severity: 'error' | 'warning', message: string): void {
    const range = nodeRange(node);
    this.problemAt(range[0], range[1], severity, message);
  }

  problemAt(start: number, end: number, severity: 'error' | 'warning', message: string): void {
    this.problems.push({ file: this.path, range: this.lines.range(start, Math.max(start, end)), severity, message });
  }

  /** Keys of a mapping with their pairs and values (null when empty), reporting keys that are not plain strings. */
  entries(map: YAMLMap): { key: string; pair: Pair; value: Node | null }[] {
    const out: { key: string; pair: Pair; value: Node | null }[] = [];
    for (const pair of map.items) {
      const key = pair.key as Node | null;
      if (!isScalar(key) || typeof key.value !== 'string') {
        this.problem(key, 'error', 'Keys must be plain names; this entry is ignored.');
        continue;
      }
      const value = pair.value as Node | null;
      // `key:` with nothing after it counts as absent, so problems point at the key.
      out.push({ key: key.value, pair, value: isScalar(value) && value.value === null ? null : value });
    }
    return out;
  }

  /** A list of non-empty strings, or undefined (with a problem naming `what`). Bad items are dropped one by one. */
  stringList(value: Node | null, key: string, what: string, at: Node | Pair): { value: string; node: Node }[] | undefined {
    if (!isSeq(value)) {
      this.problem(value ?? at, 'error', `\`${key}\` must be a list of ${what}, for example \`${key}: [${exampleFor(what)}]\`; it is ignored.`);
      return undefined;
    }
    const out: { value: string; node: Node }[] = [];
    for (const item of value.items as (Node | null)[]) {
      if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number') && String(item.value).trim() !== '') {
        out.push({ value: String(item.value).trim(), node: item });
      } else {
        this.problem(item, 'error', `Each entry of \`${key}\` must be a plain string such as ${exampleFor(what).split(',')[0]}; this entry is ignored.`);
      }
    }
    return out;
  }

  boolean(value: Node | null, key: string, at: Node | Pair): boolean | undefined {
    if (isScalar(value) && typeof value.value === 'boolean') return value.value;
    this.problem(value ?? at, 'error', `\`${key}\` must be \`true\` or \`false\`; it is ignored.`);
    return undefined;
  }
}

function exampleFor(what: string): string {
  return what.includes('registr') ? 'docker.io, ghcr.io' : 'DL3008, DL3009';
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function nodeRange(node: Node | Pair | null | undefined): [number, number] {
  if (!node) return [0, 0];
  if ('range' in node && node.range) return [node.range[0], node.range[1]];
  if ('key' in node) {
    const key = node.key as Node | null;
    const value = node.value as Node | null;
    const start = key?.range?.[0] ?? value?.range?.[0] ?? 0;
    const end = value?.range?.[1] ?? key?.range?.[1] ?? start;
    return [start, end];
  }
  return [0, 0];
}
