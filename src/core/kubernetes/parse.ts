/**
 * Builds the KubernetesModel: every YAML document of the file through the `yaml` package, with node
 * ranges as offsets into the whole file. Parses are cached per document text, so after an edit only the
 * documents whose text changed are parsed again; the others are reused (their offsets shifted).
 */
import { Composer, Parser, YAMLParseError, isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { baseName } from '../fileKind';
import { LineIndex } from '../text';
import type { LintDiagnostic, Range } from '../types';
import { splitDocuments, type TextChunk } from './documents';
import type { KubeDocument, KubernetesModel, PathSegment } from './model';
import { duplicateKeyDiagnostic, syntaxDiagnostic, YAML_SYNTAX } from './syntax';
import { forgetValidation } from './validate';
import { toDiagnostic } from '../rule';
import { capSyntaxFindings, moreSyntaxErrors } from '../syntaxLimit';
import { excessiveNesting } from '../yamlNesting';
import { readYamlFast } from '../yaml/fastDocument';

/** The options the documents are composed with; the fast reader builds the same Document from them. */
const PARSE_OPTIONS = { prettyErrors: false, logLevel: 'error' } as const;

/** What one chunk of text parsed to, kept across edits. Offsets in `docs` are as of `start`. */
interface ChunkParse {
  text: string;
  start: number;
  docs: KubeDocument[];
  helm: boolean;
  /**
   * Anchors or aliases tie distant nodes together, so such a document is never patched in place.
   * Computed on the first edit, not at parse time: most documents are never edited.
   */
  anchors?: boolean;
}

function hasAnchors(chunk: ChunkParse): boolean {
  chunk.anchors ??= (chunk.text.includes('&') || chunk.text.includes('*')) && ANCHOR_OR_ALIAS.test(chunk.text);
  return chunk.anchors;
}

const ANCHOR_OR_ALIAS = /(?:^|[\s[{,])[&*][^\s,\]}]/;

/** Groups whose kinds configure tools rather than describe cluster objects. */
const CONFIG_GROUPS = /^(?:kustomize\.config\.k8s\.io|config\.kubernetes\.io|kubectl\.config\.k8s\.io)\//;

/**
 * Helm's built-in objects and actions. `{{ ... }}` alone is not enough: Argo CD notification templates and
 * Prometheus alert annotations hold Go templates inside ordinary strings of valid manifests.
 */
const HELM_MARKERS = /\{\{-?\s*(?:\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\.Template|\$\.Values|include\s|template\s|toYaml\b|if\s|else\b|end\b|range\s|with\s|define\s|tpl\s|required\s|default\s)|^\s*\{\{/m;

function isHelmTemplate(text: string, fileName: string): boolean {
  if (!text.includes('{{')) return false;
  return HELM_MARKERS.test(text) || /(?:^|[\\/])templates[\\/]/.test(fileName);
}

function scalarString(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

function mapGet(map: YAMLMap, key: string): Pair | undefined {
  for (const item of map.items) {
    const k = item.key;
    if (isScalar(k) ? k.value === key || String(k.value) === key : k === key) return item as Pair;
  }
  return undefined;
}

function describe(doc: Document.Parsed, index: number, start: number, end: number, helm: boolean, kustomization: boolean): KubeDocument {
  const contents = doc.contents;
  const root = isMap(contents) ? contents : undefined;
  const apiVersion = root ? scalarString(mapGet(root, 'apiVersion')?.value) : undefined;
  const kind = root ? scalarString(mapGet(root, 'kind')?.value) : undefined;
  const metadata = root ? mapGet(root, 'metadata')?.value : undefined;
  const name = isMap(metadata) ? scalarString(mapGet(metadata, 'name')?.value) : undefined;
  const namespace = isMap(metadata) ? scalarString(mapGet(metadata, 'namespace')?.value) : undefined;
  let skipped: KubeDocument['skipped'];
  if (helm) skipped = 'helm';
  else if (contents === null || (isScalar(contents) && contents.value === null)) skipped = 'empty';
  else if (!root || !apiVersion || !kind) skipped = 'not-an-object';
  const isKubernetesObject = !skipped && !kustomization && !CONFIG_GROUPS.test(apiVersion ?? '');
  return {
    index,
    yaml: doc,
    ...(root ? { root } : {}),
    ...(apiVersion !== undefined ? { apiVersion } : {}),
    ...(kind !== undefined ? { kind } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(namespace !== undefined ? { namespace } : {}),
    start,
    end,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    ...(skipped ? { skipped } : {}),
    isKubernetesObject,
  };
}

/**
 * A document nested deeper than the parser's stack allows is not parsed: it becomes an empty document
 * holding one syntax error at the place it got too deep, so no check reads it and the user sees why.
 */
function tooDeepChunk(chunk: TextChunk, offset: number, limit: number, kustomization: boolean): ChunkParse {
  const parser = new Parser();
  parser.offset = chunk.start;
  const doc = Array.from(new Composer(PARSE_OPTIONS).compose(parser.parse(''), true, chunk.start))[0] as Document.Parsed;
  const at = chunk.start + offset;
  doc.errors.push(new YAMLParseError([at, at + 1], 'RESOURCE_EXHAUSTION', `The nesting is too deep to analyse (over ${limit} levels), so this document was not checked. Flatten it: no real manifest nests this deep`));
  return { text: chunk.text, start: chunk.start, docs: [describe(doc, 0, chunk.start, chunk.end, false, kustomization)], helm: false };
}

function parseChunk(chunk: TextChunk, fileName: string, kustomization: boolean): ChunkParse {
  const tooDeep = excessiveNesting(chunk.text);
  if (tooDeep) return tooDeepChunk(chunk, tooDeep.offset, tooDeep.limit, kustomization);
  const helm = isHelmTemplate(chunk.text, fileName);
  // Most manifests are one plain block mapping per chunk: the fast reader builds yaml's own tree for
  // them in a fraction of the Parser + Composer time, and declines the rest (see src/core/yaml).
  const fast = readYamlFast(chunk.text, PARSE_OPTIONS);
  if (fast) {
    const doc = describe(fast, 0, 0, chunk.end - chunk.start, helm, kustomization);
    // Its ranges are offsets into the chunk: move them to file coordinates.
    if (chunk.start !== 0) shiftDocument(doc, chunk.start);
    return { text: chunk.text, start: chunk.start, docs: [doc], helm };
  }
  const parser = new Parser();
  // Tokens then carry whole-file offsets, so every node range is in file coordinates.
  parser.offset = chunk.start;
  const composer = new Composer(PARSE_OPTIONS);
  const docs = Array.from(composer.compose(parser.parse(chunk.text))) as Document.Parsed[];
  const kube = docs.map((doc, i) => {
    const start = docs.length === 1 ? chunk.start : i === 0 ? chunk.start : doc.range[0];
    const end = docs.length === 1 ? chunk.end : i === docs.length - 1 ? chunk.end : doc.range[2];
    return describe(doc, 0, start, end, helm, kustomization);
  });
  return { text: chunk.text, start: chunk.start, docs: kube, helm };
}

/** Adds `delta` to every offset at or after `from` that a reused document holds (in place: no allocation). */
function shiftDocument(doc: KubeDocument, delta: number, from = -Infinity): void {
  if (doc.start >= from) doc.start += delta;
  if (doc.end >= from) doc.end += delta;
  const y = doc.yaml;
  shiftRange(y.range, delta, from);
  for (const e of y.errors) shiftRange(e.pos, delta, from);
  for (const e of y.warnings) shiftRange(e.pos, delta, from);
  shiftNode(y.contents, delta, from);
}

function shiftRange(r: number[], delta: number, from: number): void {
  for (let i = 0; i < r.length; i++) if (r[i] >= from) r[i] += delta;
}

/**
 * Recursive rather than with an explicit stack: a quarter faster on the Argo CD manifest's tree (every
 * document after an edit is shifted). The depth is bounded: documents nested deeper are never parsed.
 */
function shiftNode(node: unknown, delta: number, from: number): void {
  if (!node || typeof node !== 'object') return;
  if (isPair(node)) {
    shiftNode(node.key, delta, from);
    shiftNode(node.value, delta, from);
    return;
  }
  const n = node as YamlNode;
  if (n.range) shiftRange(n.range, delta, from);
  if (isMap(n) || isSeq(n)) {
    const items = n.items as unknown[];
    for (let i = 0; i < items.length; i++) shiftNode(items[i], delta, from);
  }
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Where an entry of a block collection starts: its key, or the item itself. */
function entryStart(item: unknown): number | undefined {
  const node = (isPair(item) ? item.key : item) as YamlNode | null;
  return node?.range?.[0];
}

interface Target {
  parent: YAMLMap | YAMLSeq;
  index: number;
  /** Whole lines of the entry: from its line start to the next entry's line start. */
  start: number;
  end: number;
  /** Column of the key, or of the item's dash. */
  column: number;
}

/**
 * Re-parses only the block entry (a key with its value, or a list item) that an edit touched, when the
 * edit stays inside one entry of a document that otherwise parsed cleanly. A one-line change in a 1.4 MB
 * CustomResourceDefinition then costs a parse of a few lines instead of the whole object. Returns
 * undefined whenever the shortcut could differ from a full parse; the caller then parses the document.
 */
function patchChunk(old: ChunkParse, chunk: TextChunk, fileName: string, kustomization: boolean): ChunkParse | undefined {
  const doc = old.docs[0];
  if (old.docs.length !== 1 || old.helm || isHelmTemplate(chunk.text, fileName) || hasAnchors(old) || excessiveNesting(chunk.text)) return undefined;
  const y = doc.yaml;
  if (y.errors.length > 0 || y.warnings.length > 0 || !isMap(y.contents) || y.contents.flow) return undefined;
  const a = old.text;
  const b = chunk.text;
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let q = 0;
  while (q < max - p && a.charCodeAt(a.length - 1 - q) === b.charCodeAt(b.length - 1 - q)) q++;
  if (old.start !== chunk.start) shiftDocument(doc, chunk.start - old.start);
  const base = chunk.start;
  const regionStart = base + p;
  const regionEnd = base + a.length - q;
  const delta = b.length - a.length;

  // Descend to the deepest block entry whose lines hold the whole edit.
  const ancestors: object[] = [];
  let collection: YAMLMap | YAMLSeq = y.contents;
  let spanEnd = base + a.length;
  let target: Target | undefined;
  for (;;) {
    ancestors.push(collection);
    const items = collection.items as unknown[];
    let next: { item: unknown; start: number; end: number } | undefined;
    for (let i = 0; i < items.length; i++) {
      const first = entryStart(items[i]);
      if (first === undefined) return undefined;
      const start = lineStartOf(a, first - base) + base;
      const following = i + 1 < items.length ? entryStart(items[i + 1]) : undefined;
      const end = following === undefined ? spanEnd : lineStartOf(a, following - base) + base;
      if (regionStart < start || regionEnd > end - 1 || end <= start) continue;
      const prefix = a.slice(start - base, first - base);
      const ok = isPair(items[i]) ? /^ *$/.test(prefix) : /^ *- +$/.test(prefix);
      if (ok) target = { parent: collection, index: i, start, end, column: isPair(items[i]) ? first - start : prefix.indexOf('-') };
      next = { item: items[i], start, end };
      break;
    }
    if (!next) break;
    const value = isPair(next.item) ? next.item.value : next.item;
    if (!(isMap(value) || isSeq(value)) || value.flow) break;
    collection = value;
    spanEnd = next.end;
  }
  if (!target) return undefined;

  const slice = b.slice(target.start - base, target.end - base + delta);
  const parser = new Parser();
  parser.offset = target.start;
  const parsed = Array.from(new Composer(PARSE_OPTIONS).compose(parser.parse(slice))) as Document.Parsed[];
  const fresh = parsed[0]?.contents;
  if (parsed.length !== 1 || parsed[0].errors.length > 0 || parsed[0].warnings.length > 0 || ANCHOR_OR_ALIAS.test(slice)) return undefined;
  const isMapEntry = isMap(target.parent);
  if (isMapEntry ? !isMap(fresh) : !isSeq(fresh)) return undefined;
  const collectionNode = fresh as YAMLMap | YAMLSeq;
  if (collectionNode.flow || collectionNode.items.length !== 1) return undefined;
  const entry = collectionNode.items[0] as unknown;
  // Measured from the entry's own line: text before it (a blank line, say) must not pass for indentation.
  const first = isMapEntry ? (entryStart(entry) ?? -1) : (collectionNode.range?.[0] ?? -1);
  const column = first < target.start ? -1 : first - (lineStartOf(b, first - base) + base);
  if (column !== target.column) return undefined;
  if (isMapEntry) {
    const key = isPair(entry) && isScalar(entry.key) ? entry.key.value : undefined;
    if (key === undefined || (target.parent as YAMLMap).items.some((other, i) => i !== target.index && isScalar(other.key) && other.key.value === key)) return undefined;
  }

  if (delta !== 0) shiftDocument(doc, delta, regionStart);
  (target.parent.items as unknown[])[target.index] = entry;
  forgetValidation(ancestors);
  // A new identity for the document, so caches keyed by it (values, schema findings) start afresh.
  const copy = Object.assign(Object.create(Object.getPrototypeOf(y) as object) as Document.Parsed, y);
  const updated = describe(copy, 0, chunk.start, chunk.end, false, kustomization);
  return { text: chunk.text, start: chunk.start, docs: [updated], helm: false, anchors: false };
}

/**
 * The last parse of each file, by name, so the next version of the same file can reuse the documents
 * that did not change. A few files are kept; an editor lints the one being typed in.
 */
const MAX_FILES = 16;
const previous = new Map<string, ChunkParse[]>();

export function clearKubernetesParseCache(): void {
  previous.clear();
}

function poolKey(text: string): string {
  return text.length + '\0' + text.slice(0, 48) + '\0' + text.slice(-48);
}

export function parseKubernetes(text: string, fileName: string): KubernetesModel {
  const kustomization = /^kustomization\.ya?ml$/i.test(baseName(fileName));
  // Keyed by length and ends, then compared whole: hashing every document's full text would cost more.
  const pool = new Map<string, ChunkParse[]>();
  for (const old of previous.get(fileName) ?? []) {
    const key = poolKey(old.text);
    const list = pool.get(key);
    if (list) list.push(old);
    else pool.set(key, [old]);
  }
  const split = splitDocuments(text);
  const chunks: (ChunkParse | undefined)[] = [];
  for (const chunk of split) {
    const candidates = pool.get(poolKey(chunk.text));
    const at = candidates ? candidates.findIndex((c) => c.text === chunk.text) : -1;
    const reused = at >= 0 ? candidates?.splice(at, 1)[0] : undefined;
    if (reused) {
      const delta = chunk.start - reused.start;
      if (delta !== 0) for (const d of reused.docs) shiftDocument(d, delta);
      reused.start = chunk.start;
    }
    chunks.push(reused);
  }
  // One document edited: try re-parsing just the entry that changed inside it.
  const missing = chunks.flatMap((c, i) => (c ? [] : [i]));
  const leftover = [...pool.values()].flat();
  if (missing.length === 1 && leftover.length === 1) chunks[missing[0]] = patchChunk(leftover[0], split[missing[0]], fileName, kustomization);
  for (let i = 0; i < split.length; i++) chunks[i] ??= parseChunk(split[i], fileName, kustomization);
  const parsed = chunks as ChunkParse[];
  previous.delete(fileName);
  previous.set(fileName, parsed);
  if (previous.size > MAX_FILES) previous.delete(previous.keys().next().value as string);
  return new KubernetesFile(text, parsed);
}

const jsValues = new WeakMap<Document.Parsed, unknown>();

class KubernetesFile implements KubernetesModel {
  readonly lines: LineIndex;
  readonly documents: KubeDocument[] = [];
  readonly syntaxErrors: LintDiagnostic[] = [];

  constructor(
    readonly text: string,
    chunks: ChunkParse[],
  ) {
    this.lines = new LineIndex(text);
    for (const chunk of chunks) {
      for (const doc of chunk.docs) {
        doc.index = this.documents.length;
        doc.range = this.lines.range(doc.start, doc.end);
        this.documents.push(doc);
        if (chunk.helm) continue;
        // One mistake often yields several parser errors on the same line; the first says it best.
        let lastLine = -1;
        for (const error of doc.yaml.errors) {
          const d = error.code === 'DUPLICATE_KEY' ? duplicateKeyDiagnostic(this, error) : syntaxDiagnostic(this, error);
          if (d.rule === YAML_SYNTAX.id && d.range.start.line === lastLine) continue;
          if (d.rule === YAML_SYNTAX.id) lastLine = d.range.start.line;
          this.syntaxErrors.push(d);
        }
      }
    }
    this.syntaxErrors = capSyntaxFindings(this.syntaxErrors, (hidden, at) => toDiagnostic(YAML_SYNTAX, YAML_SYNTAX.severity, { range: at.range, message: moreSyntaxErrors(hidden) }));
  }

  nodeAt(doc: KubeDocument, path: readonly PathSegment[]): YamlNode | undefined {
    let node: unknown = doc.yaml.contents;
    for (const segment of path) {
      node = this.resolve(doc, node);
      if (typeof segment === 'number') {
        if (!isSeq(node)) return undefined;
        node = node.items[segment];
      } else {
        if (!isMap(node)) return undefined;
        node = mapGet(node, segment)?.value;
      }
      if (node === undefined || node === null) return undefined;
    }
    return (this.resolve(doc, node) ?? undefined) as YamlNode | undefined;
  }

  pairAt(doc: KubeDocument, path: readonly PathSegment[]): Pair | undefined {
    const last = path[path.length - 1];
    if (typeof last !== 'string') return undefined;
    const parent = path.length === 1 ? (doc.yaml.contents as unknown) : this.nodeAt(doc, path.slice(0, -1));
    const map = this.resolve(doc, parent);
    return isMap(map) ? mapGet(map, last) : undefined;
  }

  rangeOf(node: YamlNode | Pair | undefined, part?: 'key' | 'value'): Range | undefined {
    if (!node) return undefined;
    if (isPair(node)) {
      const key = node.key as YamlNode | null;
      const value = node.value as YamlNode | null;
      if (part === 'key') return key?.range ? this.lines.range(key.range[0], key.range[1]) : undefined;
      if (part === 'value') return value?.range ? this.lines.range(value.range[0], value.range[1]) : undefined;
      const start = key?.range?.[0] ?? value?.range?.[0];
      const end = value?.range?.[1] ?? key?.range?.[1];
      return start === undefined || end === undefined ? undefined : this.lines.range(start, end);
    }
    return node.range ? this.lines.range(node.range[0], node.range[1]) : undefined;
  }

  valueOf(doc: KubeDocument): unknown {
    if (jsValues.has(doc.yaml)) return jsValues.get(doc.yaml);
    let value: unknown;
    try {
      value = doc.yaml.toJS({ maxAliasCount: 1000 });
    } catch {
      value = undefined; // an alias bomb or a broken document: rules see no value rather than a crash
    }
    jsValues.set(doc.yaml, value);
    return value;
  }

  pathAt(offset: number): { doc: KubeDocument; path: PathSegment[]; onKey: boolean } | undefined {
    const doc = this.documentAt(offset);
    if (!doc) return undefined;
    const path: PathSegment[] = [];
    let node: unknown = doc.yaml.contents;
    let onKey = false;
    for (;;) {
      if (isMap(node)) {
        const hit = node.items.find((item) => within(item.key, offset) || within(item.value, offset));
        if (!hit || !isScalar(hit.key)) break;
        path.push(String(hit.key.value));
        if (within(hit.key, offset)) {
          onKey = true;
          break;
        }
        node = hit.value;
      } else if (isSeq(node)) {
        const i = node.items.findIndex((item) => within(item, offset));
        if (i < 0) break;
        path.push(i);
        node = node.items[i];
      } else break;
    }
    return { doc, path, onKey };
  }

  /** The document whose span holds `offset` (binary search; documents are in file order). */
  documentAt(offset: number): KubeDocument | undefined {
    let lo = 0;
    let hi = this.documents.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = this.documents[mid];
      if (offset < d.start) hi = mid - 1;
      else if (offset >= d.end && !(mid === this.documents.length - 1 && offset === d.end)) lo = mid + 1;
      else return d;
    }
    return undefined;
  }

  private resolve(doc: KubeDocument, node: unknown): unknown {
    return isAlias(node) ? node.resolve(doc.yaml) : node;
  }
}

function within(node: unknown, offset: number): boolean {
  const range = (node as YamlNode | null)?.range;
  return !!range && offset >= range[0] && offset <= range[1];
}
