/**
 * Validates each Kubernetes object against the bundled schema for its apiVersion and kind, walking the
 * YAML nodes (no conversion to JavaScript values) so every finding has the exact range of its key or
 * value. Findings are cached per parsed document and survive edits elsewhere in the file.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parse, Scalar, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import { baseName } from '../fileKind';
import type { KubeDocument } from './model';
import { closest, compareMinor, kindInfo, description, groupOf, isBuiltInGroup, kubernetesSchema, own, typeLabel, versionsOfKind, type KubernetesSchema, type SchemaField, type SchemaType } from './schema';

export type SchemaCheck = 'schema-unknown-field' | 'schema-type' | 'schema-required' | 'schema-enum' | 'schema-unknown-kind';

export interface SchemaFinding {
  check: SchemaCheck;
  /** The key or value at fault; its range is read when reported, so the finding survives edits elsewhere. */
  node: YamlNode;
  message: string;
  /** A replacement for the range (the suggested field name, kind or apiVersion). */
  replacement?: { text: string; title: string };
}

interface Walk {
  schema: KubernetesSchema;
  findings: SchemaFinding[];
  /** Kustomize patches and other partial objects: fields may be missing on purpose. */
  partial: boolean;
}

/** Booleans in YAML 1.1, which Kubernetes' YAML reader still follows; YAML 1.2 reads them as strings. */
const YAML11_TRUE = /^(?:y|Y|yes|Yes|YES|on|On|ON)$/;
const YAML11_FALSE = /^(?:n|N|no|No|NO|off|Off|OFF)$/;
const YAML11_BOOL_WORDS = /^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/;
/** Kubernetes resource quantity: a number with an optional binary (Ki...), decimal (m, k, M...) or exponent suffix. */
const QUANTITY = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[KMGTPE]i|[mkMGTPE]|[eE][+-]?\d+)?$/;

/** Findings per parsed document, for a whole object and for a patch (which may leave fields out). */
const cache = new WeakMap<object, { whole?: SchemaFinding[]; patch?: SchemaFinding[] }>();

/**
 * Findings per large mapping and type, so that after an edit deep inside a big object (a CRD's schema)
 * only the mappings on the path to the edit are walked again. The parser forgets the ancestors it changes.
 */
const subtreeCache = new WeakMap<object, Map<string, SchemaFinding[]>>();
const SUBTREE_CACHE_MIN = 2048;

/** Drops cached findings of mappings whose content changed in place (the parser's incremental path). */
export function forgetValidation(nodes: readonly object[]): void {
  for (const n of nodes) subtreeCache.delete(n);
}

/**
 * Schema findings for one document. `patchFile` says the file is a
 * Kustomize patch (by its name or its kustomization), where required fields may be absent on purpose.
 */
export function schemaFindings(doc: KubeDocument, patchFile: boolean): SchemaFinding[] {
  let entry = cache.get(doc.yaml);
  if (!entry) cache.set(doc.yaml, (entry = {}));
  const partial = patchFile || looksLikePatch(doc);
  const key = partial ? 'patch' : 'whole';
  return (entry[key] ??= computeFindings(doc, partial));
}

function computeFindings(doc: KubeDocument, partial: boolean): SchemaFinding[] {
  if (doc.skipped || !doc.isKubernetesObject || !doc.root || doc.yaml.errors.length > 0) return [];
  const walk: Walk = { schema: kubernetesSchema(), findings: [], partial };
  validateObject(walk, doc.root, doc.apiVersion ?? '', doc.kind ?? '', doc.root);
  return walk.findings;
}

/**
 * A workload whose containers name no image and that has no selector cannot be applied as it is: it is a
 * strategic-merge patch kept in a base or overlay folder, to be merged into the real object by Kustomize.
 */
function looksLikePatch(doc: KubeDocument): boolean {
  const spec = doc.root ? pairOf(doc.root, 'spec')?.value : undefined;
  if (!isMap(spec) || pairOf(spec, 'selector')) return false;
  let podSpec: unknown = pairOf(spec, 'template')?.value;
  podSpec = isMap(podSpec) ? pairOf(podSpec, 'spec')?.value : undefined;
  const containers = isMap(podSpec) ? pairOf(podSpec, 'containers')?.value : undefined;
  return isSeq(containers) && containers.items.length > 0 && containers.items.every((c) => isMap(c) && !pairOf(c, 'image'));
}

/** Kustomize patch files: named so, or listed as patches in the kustomization beside them. */
export function isPatchFile(fileName: string, kustomization: string | undefined): boolean {
  const name = baseName(fileName);
  if (/patch/i.test(name)) return true;
  if (!kustomization) return false;
  let config: unknown;
  try {
    config = parse(kustomization);
  } catch {
    return false;
  }
  const c = config as { patchesStrategicMerge?: unknown; patches?: unknown } | null;
  const listed = [...(Array.isArray(c?.patchesStrategicMerge) ? c.patchesStrategicMerge : []), ...(Array.isArray(c?.patches) ? c.patches.map((p: unknown) => (p as { path?: unknown } | null)?.path) : [])];
  return listed.some((p) => typeof p === 'string' && baseName(p) === name);
}

function report(w: Walk, check: SchemaCheck, node: YamlNode | null | undefined, message: string, replacement?: SchemaFinding['replacement']): void {
  if (!node?.range) return;
  w.findings.push({ check, node, message, ...(replacement ? { replacement } : {}) });
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
}

/** Validates one object (a document's root, or an item of a List) by its own apiVersion and kind. */
function validateObject(w: Walk, root: YAMLMap, apiVersion: string, kind: string, anchorMap: YAMLMap): void {
  const info = kindInfo(apiVersion, kind);
  if (info?.t) {
    validateMap(w, root, info.t, kindAnchor(anchorMap));
    return;
  }
  if (kind === 'List' || (kind.endsWith('List') && !info)) {
    const items = pairOf(root, 'items')?.value;
    if (isSeq(items)) {
      for (const item of items.items) {
        if (!isMap(item)) continue;
        const v = pairOf(item, 'apiVersion')?.value;
        const k = pairOf(item, 'kind')?.value;
        if (isScalar(v) && isScalar(k) && typeof v.value === 'string' && typeof k.value === 'string') validateObject(w, item, v.value, k.value, item);
      }
    }
    if (kind === 'List') return;
  }
  if (info) return; // removed from the package: the lifecycle rules explain it
  unknownKind(w, anchorMap, apiVersion, kind);
}

/**
 * A built-in group with a stable version (`v1`, `apps/v1`) serves a fixed set of kinds; anything else
 * there is a mistake (`apiVersion: v1` with `kind: Deployment`, a misspelt kind). Alpha and beta versions
 * and other groups may serve kinds the bundled schema does not list, so they are left alone.
 */
function unknownKind(w: Walk, root: YAMLMap, apiVersion: string, kind: string): void {
  const version = apiVersion.slice(apiVersion.indexOf('/') + 1);
  if (!/^v\d+$/.test(version) || !isBuiltInGroup(apiVersion) || /List$/.test(kind)) return;
  const apiVersionNode = pairOf(root, 'apiVersion')?.value as YamlNode;
  const served = versionsOfKind(kind);
  if (served.length > 0) {
    const target = served[0];
    report(w, 'schema-unknown-kind', apiVersionNode, `${kind} is not served by ${apiVersion}; it belongs to ${served.join(', ')}. Set apiVersion: ${target}.`, { text: target, title: `Change apiVersion to ${target}` });
    return;
  }
  const retired = Object.entries(w.schema.kinds)
    .filter(([, byKind]) => own(byKind, kind)?.removed)
    .map(([v, byKind]) => ({ apiVersion: v, ...own(byKind, kind) }))
    .sort((a, b) => compareMinor(a.removed ?? '0', b.removed ?? '0'));
  if (retired.length > 0) {
    const last = retired[retired.length - 1];
    const instead = last.replacement && last.replacement !== apiVersion ? ` Use ${last.replacement}.` : '';
    report(w, 'schema-unknown-kind', apiVersionNode, `${apiVersion} never served ${kind}; it existed only as ${retired.map((r) => r.apiVersion).join(', ')}, the last removed in Kubernetes ${last.removed}.${instead}${last.note ? ' ' + last.note : ''}`);
    return;
  }
  const known = Object.keys(own(w.schema.kinds, apiVersion) ?? {}).filter((k) => !k.endsWith('List'));
  const allKinds = new Set(Object.values(w.schema.kinds).flatMap((byKind) => Object.keys(byKind)));
  const guess = closest(kind, allKinds);
  const where = guess ? versionsOfKind(guess)[0] : undefined;
  const hint = guess ? ` Did you mean ${guess}${where && where !== apiVersion ? ` (${where})` : ''}?` : known.length > 0 ? ` ${apiVersion} serves: ${known.join(', ')}.` : '';
  report(w, 'schema-unknown-kind', pairOf(root, 'kind')?.value as YamlNode, `${apiVersion} (${groupOf(apiVersion) || 'core group'}) has no kind ${kind}.${hint}`, guess ? { text: guess, title: `Change kind to ${guess}` } : undefined);
}

function kindAnchor(root: YAMLMap): YamlNode | undefined {
  return (pairOf(root, 'kind')?.key as YamlNode | undefined) ?? root;
}

function validateMap(w: Walk, map: YAMLMap, typeName: string, anchor: YamlNode | undefined): void {
  const range = map.range;
  if (!range || range[2] - range[0] < SUBTREE_CACHE_MIN) return checkMap(w, map, typeName, anchor);
  const key = (w.partial ? 'p:' : 'w:') + typeName;
  let byType = subtreeCache.get(map);
  const hit = byType?.get(key);
  if (hit) {
    for (const f of hit) w.findings.push(f);
    return;
  }
  const outer = w.findings;
  w.findings = [];
  checkMap(w, map, typeName, anchor);
  const found = w.findings;
  w.findings = outer;
  for (const f of found) outer.push(f);
  if (!byType) subtreeCache.set(map, (byType = new Map()));
  byType.set(key, found);
}

const requiredFields = new Map<string, [string, SchemaField][]>();

function requiredOf(type: SchemaType, typeName: string): [string, SchemaField][] {
  let list = requiredFields.get(typeName);
  if (!list) requiredFields.set(typeName, (list = Object.entries(type.p).filter(([, f]) => f.r === 1)));
  return list;
}

function checkMap(w: Walk, map: YAMLMap, typeName: string, anchor: YamlNode | undefined): void {
  const type = w.schema.types[typeName];
  if (!type) return;
  let merged = false;
  for (const pair of map.items) {
    const key = pair.key;
    if (!isScalar(key)) continue;
    const name = String(key.value);
    if (name === '<<') {
      merged = true; // a YAML merge key: the merged fields are checked where they are written
      continue;
    }
    if (w.partial && name.startsWith('$')) continue; // strategic-merge directives ($patch, $retainKeys...)
    const field = own(type.p, name);
    if (!field) {
      const suggestion = closest(name, Object.keys(type.p));
      const where = typeLabel(typeName);
      report(
        w,
        'schema-unknown-field',
        key,
        suggestion
          ? `${where} has no field "${name}". Did you mean "${suggestion}"?`
          : `${where} has no field "${name}"; the API server rejects unknown fields. Known fields: ${Object.keys(type.p).join(', ')}.`,
        suggestion ? { text: suggestion, title: `Rename to ${suggestion}` } : undefined,
      );
      continue;
    }
    validateValue(w, pair.value as YamlNode | null, field, field.t, name, key);
  }
  if (merged || w.partial) return;
  for (const [name, field] of requiredOf(type, typeName)) {
    if (map.items.some((p) => isScalar(p.key) && String(p.key.value) === name)) continue;
    const what = description(w.schema, field.d);
    report(w, 'schema-required', anchor ?? (map as YamlNode), `Missing required field "${name}" (${typeLabel(field.t)}) in ${typeLabel(typeName)}.${what ? ' ' + firstSentence(what) : ''}`);
  }
}

function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s|$)/s.exec(text);
  return (m ? m[0] : text).replace(/\s+/g, ' ');
}

/** Label for the value the user wrote, for messages. */
function written(node: Scalar): string {
  const v = node.value;
  if (typeof v !== 'string' && node.source) return `${typeof v === 'boolean' ? 'the boolean' : 'the number'} ${node.source}`;
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  if (v === null) return 'null';
  return `${typeof v === 'number' ? (Number.isInteger(v) ? 'the integer' : 'the number') : 'the boolean'} ${String(v)}`;
}

function validateValue(w: Walk, node: YamlNode | null, field: SchemaField | undefined, t: string, name: string, anchor: YamlNode | undefined): void {
  if (!node || isAlias(node) || t === '*' || t.includes('|')) return;
  if (isScalar(node) && node.value === null) return; // an empty value counts as unset, as the API server reads it
  if (t.startsWith('[]')) {
    if (!isSeq(node)) return typeError(w, node, name, t);
    const inner = t.slice(2);
    node.items.forEach((item, i) => {
      const itemNode = item as YamlNode | null;
      const itemAnchor = isMap(itemNode) ? ((itemNode.items[0]?.key as YamlNode | undefined) ?? itemNode) : itemNode ?? undefined;
      validateValue(w, itemNode, field, inner, `${name}[${i}]`, itemAnchor);
    });
    return;
  }
  if (t.startsWith('{}')) {
    if (!isMap(node)) return typeError(w, node, name, t);
    const inner = t.slice(2);
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      validateValue(w, pair.value as YamlNode | null, field, inner, `${name}.${String(pair.key.value)}`, pair.key);
    }
    return;
  }
  if (t.length > 1 && t !== 's' && w.schema.types[t]) {
    if (!isMap(node)) return typeError(w, node, name, t);
    validateMap(w, node, t, anchor);
    return;
  }
  if (!isScalar(node)) return typeError(w, node, name, t);
  const v = node.value;
  const plain = node.type === Scalar.PLAIN;
  switch (t) {
    case 's':
      if (typeof v !== 'string') return typeError(w, node, name, t, `Quote it: "${node.source ?? String(v)}".`);
      if (plain && YAML11_BOOL_WORDS.test(v)) return typeError(w, node, name, t, `Kubernetes reads an unquoted ${v} as a boolean (YAML 1.1); quote it: "${v}".`, true);
      if (field?.e && !field.e.includes(v)) enumError(w, node, name, v, field.e);
      return;
    case 'b':
      if (typeof v === 'boolean') return;
      if (typeof v === 'string' && plain && (YAML11_TRUE.test(v) || YAML11_FALSE.test(v))) return;
      return typeError(w, node, name, t, typeof v === 'string' ? `Write true or false without quotes.` : undefined);
    case 'i':
      if (typeof v === 'number' && Number.isInteger(v)) return;
      return typeError(w, node, name, t, typeof v === 'string' && /^-?\d+$/.test(v) ? `Remove the quotes: ${v}.` : undefined);
    case 'n':
      if (typeof v === 'number') return;
      return typeError(w, node, name, t);
    case 'x':
      if (typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v))) return;
      return typeError(w, node, name, t);
    case 'q':
      if (typeof v === 'number') return;
      if (typeof v === 'string' && QUANTITY.test(v.trim())) return;
      if (typeof v === 'string') {
        report(w, 'schema-type', node, `"${v}" is not a Kubernetes quantity for ${name}. Write a number with an optional suffix: 500m or 0.5 CPU, 128Mi or 1Gi memory (Ki, Mi, Gi are powers of 1024; k, M, G powers of 1000).`);
        return;
      }
      return typeError(w, node, name, t);
    default:
      return;
  }
}

function typeError(w: Walk, node: YamlNode, name: string, t: string, advice?: string, yaml11 = false): void {
  const got = isScalar(node) ? (yaml11 ? 'a YAML 1.1 boolean' : written(node)) : isSeq(node) ? 'a list' : isMap(node) ? 'a mapping' : 'another value';
  report(w, 'schema-type', node, `${name} must be ${article(typeLabel(t))}, not ${got}.${advice ? ' ' + advice : ''}`);
}

function article(label: string): string {
  if (label.startsWith('any ')) return label;
  return /^[aeiouAEIOU]/.test(label) ? `an ${label}` : `a ${label}`;
}

function enumError(w: Walk, node: YamlNode, name: string, value: string, allowed: string[]): void {
  const guess = closest(value, allowed);
  report(
    w,
    'schema-enum',
    node,
    `${name} does not accept "${value}". Allowed: ${allowed.join(', ')}.${guess ? ` Did you mean ${guess}?` : ''}`,
    guess ? { text: guess, title: `Change to ${guess}` } : undefined,
  );
}
