/**
 * Text edits that add or change keys in block YAML without reformatting anything around them: new
 * lines take the indentation of their siblings and the file's line ending; comments stay where they are.
 * Flow collections (`{a: 1}`) are left alone except an empty `{}`, which is expanded into a block.
 * Nothing is edited inside a document the parser could not read: its nodes are the parser's best guess,
 * so text added "after" a mapping may land under another key and the finding would come straight back.
 */
import { isMap, isScalar, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { TextEdit } from '../../types';
import type { KubernetesModel } from '../model';
import { pairOf, trimEnd } from './yamlNodes';

/** The file's line ending, judged by its first line break (scanning a 2 MB file per fix would be slow). */
export function lineEnding(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n';
}

/**
 * Whether the document holding `node` parsed cleanly. A repeated key is still well-formed YAML and is
 * reported on its own, so it does not block fixes elsewhere in the document.
 */
export function editable(model: KubernetesModel, node: YamlNode): boolean {
  const at = node.range?.[0];
  if (at === undefined) return false;
  const doc = model.documents.find((d) => d.start <= at && at <= d.end);
  return doc !== undefined && doc.yaml.errors.every((e) => e.code === 'DUPLICATE_KEY');
}

/** Column of a block mapping's keys, or undefined for a flow or empty mapping. */
export function mapIndent(model: KubernetesModel, map: YAMLMap): number | undefined {
  if (map.flow || map.items.length === 0) return undefined;
  const key = map.items[0].key as YamlNode | null;
  if (!key?.range) return undefined;
  return model.lines.positionAt(key.range[0]).character;
}

/** `['a', 'b']` and `v` as nested block lines: `a:`, `  b: v`. */
export function nestedLines(path: readonly string[], value: string): string[] {
  return path.map((key, i) => '  '.repeat(i) + (i === path.length - 1 ? `${key}: ${value}` : `${key}:`));
}

/** Inserts `lines` (relative indentation) as the last entries of a block mapping. */
export function appendToMap(model: KubernetesModel, map: YAMLMap, lines: readonly string[]): TextEdit | undefined {
  const indent = mapIndent(model, map);
  if (indent === undefined || !map.range || !editable(model, map)) return undefined;
  const { text, lines: index } = model;
  const end = trimEnd(text, map.range[0], map.range[1]);
  const lastLine = index.positionAt(end).line;
  const eol = lineEnding(text);
  const block = lines.map((l) => ' '.repeat(indent) + l).join(eol) + eol;
  if (lastLine + 1 >= index.lineCount) {
    const at = index.positionAt(text.length);
    return { range: { start: at, end: at }, newText: (text.endsWith('\n') ? '' : eol) + block };
  }
  const at = { line: lastLine + 1, character: 0 };
  return { range: { start: at, end: at }, newText: block };
}

/**
 * Makes `path` below `map` hold `value`: replaces an existing scalar, or adds the missing keys under the
 * deepest mapping that exists. Undefined when the YAML there is not block mappings (nothing safe to do).
 */
export function setPath(model: KubernetesModel, map: YAMLMap, path: readonly string[], value: string): TextEdit | undefined {
  if (!editable(model, map)) return undefined;
  let node: YAMLMap = map;
  for (let i = 0; i < path.length; i++) {
    const pair = pairOf(node, path[i]);
    if (!pair) return appendToMap(model, node, nestedLines(path.slice(i), value));
    const child = pair.value;
    if (i === path.length - 1) {
      if (!isScalar(child) || !child.range) return undefined;
      return { range: model.lines.range(child.range[0], child.range[1]), newText: value };
    }
    if (isMap(child) && !child.flow) {
      node = child;
      continue;
    }
    // `key:` with no value, or an empty `{}`: write the rest as a block below the key.
    const empty = child === null || (isScalar(child) && (child.value === null || child.value === undefined)) || (isMap(child) && child.items.length === 0);
    const key = pair.key as YamlNode;
    if (!empty || !key.range) return undefined;
    const keyPos = model.lines.positionAt(key.range[0]);
    const eol = lineEnding(model.text);
    const indent = ' '.repeat(keyPos.character + 2);
    const rest = nestedLines(path.slice(i + 1), value).map((l) => indent + l);
    if (isMap(child) && child.range) {
      // Replace from just after the colon through `{}`.
      const colon = model.text.indexOf(':', key.range[1]);
      const start = colon >= 0 && colon < child.range[0] ? colon + 1 : child.range[0];
      return { range: model.lines.range(start, child.range[1]), newText: eol + rest.join(eol) };
    }
    // Nothing after the key: add the block after the line, keeping any comment on it.
    const at = { line: keyPos.line, character: model.lines.lineEnd(keyPos.line) - model.lines.lineStart(keyPos.line) };
    return { range: { start: at, end: at }, newText: eol + rest.join(eol) };
  }
  return undefined;
}
