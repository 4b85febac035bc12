/**
 * Hovers: on a key, the specification's description plus a concept note for the keys people trip
 * on; on a service, volume, network, secret or config name used elsewhere, its definition; on a
 * `${VAR}`, its value from `.env`; on an alias, what it stands for.
 */
import { isAlias, isMap, isSeq, type Node, type Pair } from 'yaml';
import type { LanguageContext } from '../language';
import { escapeMarkdown, inlineCode } from '../text';
import type { HoverResult, Position } from '../types';
import { COMPOSE_CONCEPTS, YAML_NOTES } from './concepts';
import { isHostPath, parseImage } from './facts';
import { interpolate } from './interpolation';
import type { ComposeModel, TopLevelSection } from './model';
import { branchFor, composeSchema, deref, propertySchema, type JsonSchema } from './schema';
import { isMergeKey, keyText, scalarString, spanOf, type Entry } from './yamlNodes';

interface Step {
  /** The key (or list index) of this step. */
  key: string | number;
  /** The node the key belongs to (a mapping or list, aliases followed). */
  parent: Node;
  pair?: Pair;
  /** The value node at this step, as written. */
  node: Node | null;
}

interface Located {
  steps: Step[];
  /** The position is on the last step's key (not its value). */
  onKey: boolean;
  /** The innermost scalar or alias under the position. */
  leaf?: Node;
}

function contains(node: Node | null | undefined, offset: number): boolean {
  const r = node?.range;
  return !!r && r[0] <= offset && offset <= r[1];
}

function locate(model: ComposeModel, offset: number): Located | undefined {
  const root = model.doc?.contents as Node | null | undefined;
  if (!root || !contains(root, offset)) return undefined;
  const steps: Step[] = [];
  let current: Node | null = root;
  for (let depth = 0; current && depth < 64; depth++) {
    if (isAlias(current)) return { steps, onKey: false, leaf: current };
    if (isMap(current)) {
      const pair: Pair | undefined = (current.items as Pair[]).find((p) => contains(p.key as Node, offset) || contains(p.value as Node, offset));
      if (!pair) return steps.length ? { steps, onKey: false } : undefined;
      const key = keyText(pair) ?? '';
      const value: Node | null = (pair.value as Node | null) ?? null;
      steps.push({ key, parent: current, pair, node: value });
      if (contains(pair.key as Node, offset)) return { steps, onKey: true, leaf: pair.key as Node };
      current = value;
      continue;
    }
    if (isSeq(current)) {
      const index = current.items.findIndex((item) => contains(item as Node, offset));
      if (index < 0) return steps.length ? { steps, onKey: false } : undefined;
      const item = current.items[index] as Node;
      steps.push({ key: index, parent: current, node: item });
      current = item;
      continue;
    }
    return { steps, onKey: false, leaf: current };
  }
  return { steps, onKey: false };
}

/** Walks the schema along the path; returns the schema of the last step and its concept key. */
function schemaAlong(model: ComposeModel, steps: Step[]): { schema?: JsonSchema; concept: string; extension: boolean } {
  let schema: JsonSchema | undefined = composeSchema();
  const concept: string[] = [];
  let extension = false;
  for (const step of steps) {
    if (typeof step.key === 'string' && step.key.startsWith('x-')) extension = true;
    if (!schema) {
      if (typeof step.key === 'string') concept.push('?');
      continue;
    }
    const parent = model.resolve(step.parent);
    const branch = branchFor(schema, parent);
    if (typeof step.key === 'number') {
      schema = branch.items;
      continue;
    }
    const direct = branch.properties?.[step.key];
    concept.push(direct ? step.key : '*');
    schema = direct ?? propertySchema(branch, step.key);
  }
  return { schema: schema && (schema.$ref || schema.oneOf ? deref(schema) : schema), concept: concept.join('.'), extension };
}

function describe(schema: JsonSchema | undefined, node: Node | null): string | undefined {
  if (!schema) return undefined;
  const branch = branchFor(schema, node);
  return schema.description ?? branch.description;
}

function allowedValues(schema: JsonSchema | undefined, node: Node | null): string | undefined {
  if (!schema) return undefined;
  const values = branchFor(schema, node).enum;
  return values ? `Allowed values: ${values.map((v) => inlineCode(String(v))).join(', ')}.` : undefined;
}

/** A fenced YAML snippet of an entry as written (at most 20 lines). */
function snippet(model: ComposeModel, e: Entry): string {
  const { lines } = model;
  const start = lines.positionAt(e.keyNode.range?.[0] ?? 0).line;
  let endOffset = (e.rawValue?.range?.[1] ?? e.at[1]) || e.at[1];
  while (endOffset > 0 && /\s/.test(model.text[endOffset - 1])) endOffset--;
  const end = Math.max(start, lines.positionAt(endOffset).line);
  const shown = Math.min(end, start + 19);
  const body: string[] = [];
  const indent = lines.lineText(start).length - lines.lineText(start).trimStart().length;
  for (let l = start; l <= shown; l++) body.push(lines.lineText(l).slice(Math.min(indent, lines.lineText(l).length - lines.lineText(l).trimStart().length)));
  if (shown < end) body.push('# …');
  const text = body.join('\n');
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((s) => s.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}yaml\n${text}\n${fence}`;
}

function definitionHover(model: ComposeModel, kind: 'service' | TopLevelSection, name: string): string | undefined {
  if (kind === 'service') {
    const s = model.service(name);
    if (!s) return `Service ${inlineCode(name)} is not defined in this file.`;
    const e = model.entriesOf(model.top('services')?.value).find((x) => x.key === name);
    return e ? `**Service ${inlineCode(name)}**, defined at line ${model.lines.positionAt(s.keyNode.range?.[0] ?? 0).line + 1}:\n\n${snippet(model, e)}` : undefined;
  }
  const singular = kind.slice(0, -1);
  const e = model.declared(kind).get(name);
  if (!e) return `${singular[0].toUpperCase()}${singular.slice(1)} ${inlineCode(name)} is not declared under the top-level \`${kind}:\`.`;
  return `**${singular[0].toUpperCase()}${singular.slice(1)} ${inlineCode(name)}**, declared at line ${model.lines.positionAt(e.at[0]).line + 1}:\n\n${snippet(model, e)}`;
}

/** Names used as references: which definition the scalar or key at this path points to. */
function referenceAt(model: ComposeModel, loc: Located): { kind: 'service' | TopLevelSection; name: string } | undefined {
  const keys = loc.steps.map((s) => s.key);
  if (keys[0] !== 'services' || keys.length < 4) return undefined;
  const field = keys[2];
  const last = loc.steps[loc.steps.length - 1];
  const leafText = scalarString(loc.leaf);
  if (leafText === undefined) return undefined;
  const listItem = typeof last.key === 'number' && keys.length === 4;
  const mapKey = loc.onKey && keys.length === 4;
  if (field === 'depends_on' && (listItem || mapKey)) return { kind: 'service', name: leafText };
  if (field === 'links' && listItem) return { kind: 'service', name: leafText.split(':')[0] };
  if (field === 'networks' && (listItem || mapKey)) return { kind: 'networks', name: leafText };
  if ((field === 'secrets' || field === 'configs') && (listItem || (keys.length === 5 && keys[4] === 'source'))) return { kind: field, name: leafText };
  if (field === 'volumes' && listItem) {
    const source = leafText.split(':')[0];
    if (leafText.includes(':') && !isHostPath(source)) return { kind: 'volumes', name: source };
  }
  if (field === 'volumes' && keys.length === 5 && keys[4] === 'source' && !isHostPath(leafText)) return { kind: 'volumes', name: leafText };
  return undefined;
}

function variableHover(model: ComposeModel, offset: number, leaf: Node, context: LanguageContext): { text: string; span: [number, number] } | undefined {
  const span = spanOf(leaf);
  if (!span) return undefined;
  const source = model.text.slice(span[0], span[1]);
  if (!source.includes('$')) return undefined;
  const env = model.env(context.host);
  const { uses } = interpolate(source, env);
  const use = uses.filter((u) => span[0] + u.start <= offset && offset <= span[0] + u.end).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  if (!use) return undefined;
  const value = env.get(use.name);
  const fallback = use.operator && (use.operator.endsWith('-') || use.operator.endsWith('?')) ? use.argument ?? source.slice(use.start, use.end).replace(/^\$\{[A-Za-z0-9_]+[:?+-]+/, '').replace(/\}$/, '') : undefined;
  const lines = [`**Variable ${inlineCode(use.name)}** — substituted by Compose when it reads the file (from the shell, or from \`.env\` beside this file).`];
  if (value !== undefined) lines.push(`Value in \`.env\`: ${inlineCode(value)}`);
  else if (fallback !== undefined && !use.operator?.endsWith('?')) lines.push(`Not set in \`.env\`; the default ${inlineCode(fallback)} applies unless the shell sets it.`);
  else if (use.operator?.endsWith('?')) lines.push('Not set in `.env`: Compose stops with an error unless the shell sets it.');
  else lines.push('Not set in `.env` and no default: Compose substitutes an empty string unless the shell sets it.');
  lines.push(`The whole value becomes ${inlineCode(interpolate(scalarString(leaf) ?? '', env).value)}.`);
  return { text: lines.join('\n\n'), span: [span[0] + use.start, span[0] + use.end] };
}

function imageHover(value: string): string {
  const ref = parseImage(value);
  const parts = [`Repository ${inlineCode(ref.repository)}`];
  parts.push(ref.tag ? `tag ${inlineCode(ref.tag)}` : 'no tag (Docker uses `latest`)');
  if (ref.digest) parts.push(`pinned by digest ${inlineCode(ref.digest)}`);
  return parts.join(', ') + '.';
}

export function composeHover(model: ComposeModel, position: Position, context: LanguageContext): HoverResult | null {
  if (!model.doc) return null;
  const offset = model.lines.offsetAt(position);
  const loc = locate(model, offset);
  if (!loc || loc.steps.length === 0) return null;
  const last = loc.steps[loc.steps.length - 1];
  const sections: string[] = [];
  let span = spanOf(loc.leaf) ?? spanOf(last.pair?.key as Node) ?? [offset, offset];

  if (loc.leaf && !loc.onKey) {
    const variable = variableHover(model, offset, loc.leaf, context);
    if (variable) return { contents: variable.text, range: model.range(variable.span) };
  }
  if (loc.leaf && isAlias(loc.leaf)) {
    const target = model.resolve(loc.leaf);
    // A block mapping's range starts below its `&name`, so find the anchor itself.
    const anchorAt = target?.range ? model.text.lastIndexOf(`&${loc.leaf.source}`, target.range[0]) : -1;
    const anchored = anchorAt >= 0 ? model.lines.positionAt(anchorAt).line + 1 : undefined;
    return { contents: `${YAML_NOTES.alias}${anchored ? ` Anchor ${inlineCode('&' + loc.leaf.source)} is at line ${anchored}.` : ''}${isMergeKey(last.pair ?? ({} as Pair)) ? `\n\n${YAML_NOTES.merge}` : ''}`, range: model.rangeOf(loc.leaf) };
  }
  if (loc.onKey && last.pair && isMergeKey(last.pair)) return { contents: YAML_NOTES.merge, range: model.rangeOf(last.pair.key as Node) };

  const reference = referenceAt(model, loc);
  if (reference) {
    const text = definitionHover(model, reference.kind, reference.name);
    if (text) return { contents: text, range: model.range(span) };
  }

  const { schema, concept, extension } = schemaAlong(model, loc.steps);
  const path = loc.steps.map((s) => (typeof s.key === 'number' ? `[${s.key}]` : s.key)).reduce((acc, k) => (k.startsWith('[') ? acc + k : acc ? `${acc}.${k}` : k), '');
  if (extension) {
    sections.push(`**${escapeMarkdown(String(loc.steps[0].key))}**`, YAML_NOTES.extension);
    return { contents: sections.join('\n\n'), range: model.range(span) };
  }
  const value = model.resolve(last.node);
  const description = describe(schema, value);
  const keyName = typeof last.key === 'number' ? `${String(loc.steps[loc.steps.length - 2]?.key ?? '')} item` : last.key;
  sections.push(`**${escapeMarkdown(keyName)}** — ${inlineCode(path)}`);
  if (concept === 'services.*' && loc.onKey) sections.push(serviceSummary(model, String(last.key)));
  // Descriptions come from the bundled specification, not the user's file, so they are Markdown-safe.
  if (description) sections.push(description);
  else if (!schema) sections.push('Not a key of the Compose specification here; Compose will refuse it.');
  const note = COMPOSE_CONCEPTS[concept];
  if (note) sections.push(note);
  if (!loc.onKey) {
    const allowed = allowedValues(schema, value);
    if (allowed) sections.push(allowed);
    if (concept === 'services.*.image' && scalarString(value)) sections.push(imageHover(model.str(value, model.env(context.host)) ?? ''));
  } else if (last.pair) span = spanOf(last.pair.key as Node) ?? span;
  const link = docsLink(loc.steps);
  if (link) sections.push(`[Compose file reference](${link})`);
  return { contents: sections.join('\n\n'), range: model.range(span) };
}

function serviceSummary(model: ComposeModel, name: string): string {
  const s = model.service(name);
  if (!s) return '';
  const image = scalarString(s.get('image')?.value);
  const build = s.get('build');
  const source = build ? `built from ${inlineCode(scalarString(build.value) ?? scalarString(model.entry(build.value, 'context')?.value) ?? '.')}` : image ? `runs image ${inlineCode(image)}` : 'has neither `image` nor `build`';
  return `Service ${inlineCode(name)} ${source}.`;
}

const TOP_LEVEL_PAGES = new Set(['services', 'networks', 'volumes', 'configs', 'secrets', 'include', 'models']);

function docsLink(steps: Step[]): string | undefined {
  const base = 'https://docs.docker.com/reference/compose-file/';
  const top = steps[0]?.key;
  if (typeof top !== 'string') return undefined;
  if (top === 'services' && typeof steps[2]?.key === 'string') {
    const key = steps[2].key;
    if (key === 'build') return `${base}build/`;
    if (key === 'deploy') return `${base}deploy/`;
    if (key === 'develop') return `${base}develop/`;
    // The key is the file's text: an odd one would break out of the link's target, so it gets no anchor.
    return /^[a-z0-9_]+$/.test(key) ? `${base}services/#${key}` : `${base}services/`;
  }
  if (TOP_LEVEL_PAGES.has(top)) return `${base}${top}/`;
  if (top === 'version' || top === 'name') return `${base}version-and-name/`;
  return undefined;
}

