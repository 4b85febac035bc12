/**
 * Hovers for Kubernetes manifests: a plain-language note for common kinds and fields, then the field's
 * official description, type, allowed values, required-ness and default from the bundled schema; on a
 * selector, the objects of the file it matches.
 */
import type { LanguageContext } from '../language';
import { escapeMarkdown, inlineCode } from '../text';
import type { HoverResult, Position, Range } from '../types';
import { contextualConcept, KIND_CONCEPTS, type Concept } from './concepts';
import { formatSelector, selectedObjects, selectorOf, selectorPath } from './labels';
import type { KubeDocument, KubernetesModel, PathSegment } from './model';
import { description, kindInfo, kubernetesSchema, own, typeLabel, versionsOfKind, type KindInfo, type SchemaField } from './schema';

export function kubernetesHover(model: KubernetesModel, position: Position, _context: LanguageContext): HoverResult | null {
  const at = model.pathAt(model.lines.offsetAt(position));
  if (!at || at.path.length === 0) return null;
  const { doc, path, onKey } = at;
  if (doc.skipped || !doc.isKubernetesObject) return null;
  const range = hoverRange(model, doc, path, onKey);
  if (!range) return null;
  const top = path[0];
  if (path.length === 1 && top === 'kind') return { contents: kindHover(doc), range };
  if (path.length === 1 && top === 'apiVersion') return { contents: apiVersionHover(doc), range };
  const contents = fieldHover(model, doc, path);
  return contents ? { contents, range } : null;
}

function hoverRange(model: KubernetesModel, doc: KubeDocument, path: PathSegment[], onKey: boolean): Range | undefined {
  const last = path[path.length - 1];
  if (onKey && typeof last === 'string') return model.rangeOf(model.pairAt(doc, path), 'key');
  return model.rangeOf(model.nodeAt(doc, path));
}

function conceptBlock(concept: Concept | undefined): string[] {
  return concept ? [`**${concept.title}**`, '', concept.text, '', '---', ''] : [];
}

/** Official text is not user input, but may hold `<placeholders>` a Markdown renderer would swallow. */
function official(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function lifecycleLine(doc: KubeDocument, info: KindInfo | undefined): string | undefined {
  if (!info || (info.deprecated === undefined && !info.removed)) return undefined;
  const parts = [`⚠️ ${inlineCode(`${doc.apiVersion} ${doc.kind}`)}`];
  if (info.deprecated) parts.push(`deprecated in Kubernetes ${info.deprecated}`);
  else parts.push('deprecated');
  if (info.removed) parts.push(`removed in ${info.removed}`);
  let line = parts.join(', ') + '.';
  if (info.replacement) line += ` Use ${inlineCode(info.replacement)}.`;
  if (info.note) line += ` ${info.note}`;
  return line;
}

function kindHover(doc: KubeDocument): string {
  const schema = kubernetesSchema();
  const kind = doc.kind ?? '';
  const info = kindInfo(doc.apiVersion, kind);
  const lines = conceptBlock(KIND_CONCEPTS[kind]);
  const typeDoc = info?.t ? description(schema, schema.types[info.t]?.d) : undefined;
  lines.push(`**${escapeMarkdown(kind)}** ${doc.apiVersion ? `(${inlineCode(doc.apiVersion)})` : ''}`.trim());
  if (typeDoc) lines.push('', official(typeDoc));
  if (!info) {
    const served = versionsOfKind(kind);
    lines.push('', served.length > 0 ? `Kubernetes serves ${escapeMarkdown(kind)} as ${served.map((v) => inlineCode(v)).join(', ')}.` : 'Not a built-in Kubernetes kind: a custom resource, validated by its CustomResourceDefinition in the cluster.');
  }
  const life = lifecycleLine(doc, info);
  if (life) lines.push('', life);
  return lines.join('\n');
}

function apiVersionHover(doc: KubeDocument): string {
  const apiVersion = doc.apiVersion ?? '';
  const slash = apiVersion.indexOf('/');
  const group = slash < 0 ? 'the core group' : `the ${inlineCode(apiVersion.slice(0, slash))} group`;
  const version = apiVersion.slice(slash + 1);
  const maturity = /alpha/.test(version) ? 'an alpha version: off by default, may change or vanish without notice' : /beta/.test(version) ? 'a beta version: may still change before it becomes stable' : 'a stable version';
  const lines = [
    `**apiVersion** ${inlineCode(apiVersion)}`,
    '',
    `Which API serves this object: ${group}, version ${inlineCode(version)} (${maturity}). Together with \`kind\` it selects the schema the API server validates the object against.`,
  ];
  const served = doc.kind ? versionsOfKind(doc.kind) : [];
  if (served.length > 0) lines.push('', `${escapeMarkdown(doc.kind ?? '')} is served as ${served.map((v) => inlineCode(v)).join(', ')}.`);
  const life = lifecycleLine(doc, kindInfo(doc.apiVersion, doc.kind));
  if (life) lines.push('', life);
  return lines.join('\n');
}

interface Resolved {
  /** The deepest schema field on the path. */
  field: SchemaField;
  /** The path segments up to it. */
  fieldPath: PathSegment[];
  /** Set when the cursor is on a key or value inside a map-typed field (a label, an annotation...). */
  mapKey?: string;
  ownerType: string;
}

function resolve(rootType: string, path: PathSegment[]): Resolved | undefined {
  const schema = kubernetesSchema();
  let type = rootType;
  let found: Resolved | undefined;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (typeof segment === 'number') {
      if (!type.startsWith('[]')) return found;
      type = type.slice(2);
      continue;
    }
    if (type.startsWith('{}')) {
      if (found) found.mapKey = segment;
      return found;
    }
    const owner = own(schema.types, type);
    const field = owner ? own(owner.p, segment) : undefined;
    if (!field) return found;
    found = { field, fieldPath: path.slice(0, i + 1), ownerType: type };
    type = field.t;
  }
  return found;
}

function dotted(path: PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function fieldHover(model: KubernetesModel, doc: KubeDocument, path: PathSegment[]): string | undefined {
  const info = kindInfo(doc.apiVersion, doc.kind);
  const resolved = info?.t ? resolve(info.t, path) : undefined;
  const concept = contextualConcept(doc.kind, resolved ? resolved.fieldPath : path);
  if (!resolved) {
    return concept ? conceptBlock(concept).slice(0, -3).join('\n') : undefined;
  }
  const schema = kubernetesSchema();
  const { field, fieldPath, mapKey, ownerType } = resolved;
  const lines = conceptBlock(concept);
  const facts = [typeLabel(field.t), field.r ? '**required**' : 'optional'];
  if (field.df) facts.push(`default ${inlineCode(field.df)}`);
  if (field.dep) facts.push('deprecated');
  lines.push(`${inlineCode(dotted(fieldPath))} · ${facts.join(' · ')}`);
  if (mapKey !== undefined) lines.push('', `Entry ${inlineCode(mapKey)} of this map.`);
  if (field.e) lines.push('', `Allowed values: ${field.e.map((v) => inlineCode(v)).join(', ')}`);
  const text = description(schema, field.d);
  if (text) lines.push('', official(text));
  lines.push('', `*${escapeMarkdown(typeLabel(ownerType))} in ${escapeMarkdown(doc.kind ?? '')} ${escapeMarkdown(doc.apiVersion ?? '')}, Kubernetes ${schema.kubernetesVersion} API*`);
  const selection = selectorSection(model, doc, fieldPath);
  if (selection) lines.push('', '---', '', selection);
  return lines.join('\n');
}

/** On a Service, workload, PDB or NetworkPolicy selector: what it matches in this file. */
function selectorSection(model: KubernetesModel, doc: KubeDocument, fieldPath: PathSegment[]): string | undefined {
  const selPath = selectorPath(doc.kind);
  if (!selPath || fieldPath.length < selPath.length || selPath.some((s, i) => fieldPath[i] !== s)) return undefined;
  const selector = selectorOf(model, doc);
  if (!selector) return undefined;
  const matched = selectedObjects(model, doc, selector).filter((m) => m.doc !== doc || doc.kind !== 'Pod');
  const shown = formatSelector(selector);
  if (matched.length === 0) {
    return `**Selects** ${shown ? inlineCode(shown) : 'everything'}: no Pod or Pod template in this file matches. If the Pods are defined in another file, that is fine; otherwise check the labels for a typo.`;
  }
  const items = matched.map((m) => {
    const line = model.lines.positionAt(m.doc.start).line + 1;
    const own = m.doc === doc ? ' (its own Pod template)' : m.doc.kind === 'Pod' ? '' : ' (Pod template)';
    return `- ${escapeMarkdown(m.doc.kind ?? '')} ${inlineCode(m.doc.name ?? '(unnamed)')}${own}, line ${line}`;
  });
  return [`**Selects** ${inlineCode(shown)} — matches in this file:`, '', ...items].join('\n');
}
