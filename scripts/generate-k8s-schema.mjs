#!/usr/bin/env node
/**
 * Generates src/core/kubernetes/schema/k8s-schema.json, the offline Kubernetes schema the extension ships.
 *
 * Source: the npm packages `kubernetes-models` (pinned to 5.1.0, Kubernetes 1.36) and
 * `@kubernetes-models/apimachinery`. Their `.d.ts` files carry each field's official description (JSDoc),
 * its TypeScript type (enums as string-literal unions) and its required-ness (non-optional properties).
 * TypeScript has one `number`, so the packages' precompiled validators are probed to tell integers from
 * floats. Which API versions are deprecated or removed, and what replaces them, is not in the packages:
 * that table below comes from the Kubernetes deprecated-API migration guide.
 *
 * Run with `npm run generate:k8s-schema`; the output is committed so builds and tests need no generation.
 */
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'src', 'core', 'kubernetes', 'schema', 'k8s-schema.json');

function packageDir(name) {
  // The packages are ESM-only with an `exports` map, so resolve their package.json through the file system.
  for (let dir = ROOT; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    try {
      statSync(join(candidate, 'package.json'));
      return candidate;
    } catch {
      if (dirname(dir) === dir) throw new Error(`Cannot find ${name}; run npm install first.`);
    }
  }
}

const MODELS = packageDir('kubernetes-models');
const APIMACHINERY = packageDir('@kubernetes-models/apimachinery');
const modelsVersion = JSON.parse(readFileSync(join(MODELS, 'package.json'), 'utf8')).version;
const apimachineryVersion = JSON.parse(readFileSync(join(APIMACHINERY, 'package.json'), 'utf8')).version;
if (modelsVersion !== '5.1.0') throw new Error(`kubernetes-models ${modelsVersion} found; the schema is pinned to 5.1.0.`);

/** Kubernetes minor version the package describes (its 5.0.0 changelog: "Update to Kubernetes v1.36.0"). */
const KUBERNETES_VERSION = '1.36';

/**
 * Deprecated and removed API versions, from the Kubernetes deprecation guide: `deprecated` is the minor
 * release that started warning, `removed` the first release that no longer serves it, `replacement` the
 * apiVersion to use instead (absent when the API went away with no successor).
 */
const LIFECYCLE = [
  ...['Deployment', 'DaemonSet', 'ReplicaSet'].map((kind) => ({ apiVersion: 'extensions/v1beta1', kind, deprecated: '1.9', removed: '1.16', replacement: 'apps/v1' })),
  ...['Deployment', 'StatefulSet', 'ControllerRevision'].map((kind) => ({ apiVersion: 'apps/v1beta1', kind, deprecated: '1.9', removed: '1.16', replacement: 'apps/v1' })),
  ...['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ControllerRevision'].map((kind) => ({ apiVersion: 'apps/v1beta2', kind, deprecated: '1.9', removed: '1.16', replacement: 'apps/v1' })),
  { apiVersion: 'extensions/v1beta1', kind: 'NetworkPolicy', deprecated: '1.9', removed: '1.16', replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'extensions/v1beta1', kind: 'PodSecurityPolicy', deprecated: '1.11', removed: '1.16', replacement: 'policy/v1beta1', note: 'PodSecurityPolicy itself was removed in 1.25; use Pod Security Admission.' },
  { apiVersion: 'extensions/v1beta1', kind: 'Ingress', deprecated: '1.14', removed: '1.22', replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'networking.k8s.io/v1beta1', kind: 'Ingress', deprecated: '1.19', removed: '1.22', replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'networking.k8s.io/v1beta1', kind: 'IngressClass', deprecated: '1.19', removed: '1.22', replacement: 'networking.k8s.io/v1' },
  ...['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'].map((kind) => ({ apiVersion: 'admissionregistration.k8s.io/v1beta1', kind, deprecated: '1.16', removed: '1.22', replacement: 'admissionregistration.k8s.io/v1' })),
  { apiVersion: 'apiextensions.k8s.io/v1beta1', kind: 'CustomResourceDefinition', deprecated: '1.16', removed: '1.22', replacement: 'apiextensions.k8s.io/v1' },
  { apiVersion: 'apiregistration.k8s.io/v1beta1', kind: 'APIService', deprecated: '1.19', removed: '1.22', replacement: 'apiregistration.k8s.io/v1' },
  { apiVersion: 'authentication.k8s.io/v1beta1', kind: 'TokenReview', deprecated: '1.19', removed: '1.22', replacement: 'authentication.k8s.io/v1' },
  ...['LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview', 'SubjectAccessReview'].map((kind) => ({ apiVersion: 'authorization.k8s.io/v1beta1', kind, deprecated: '1.19', removed: '1.22', replacement: 'authorization.k8s.io/v1' })),
  { apiVersion: 'certificates.k8s.io/v1beta1', kind: 'CertificateSigningRequest', deprecated: '1.19', removed: '1.22', replacement: 'certificates.k8s.io/v1' },
  { apiVersion: 'coordination.k8s.io/v1beta1', kind: 'Lease', deprecated: '1.19', removed: '1.22', replacement: 'coordination.k8s.io/v1' },
  ...['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'].map((kind) => ({ apiVersion: 'rbac.authorization.k8s.io/v1beta1', kind, deprecated: '1.17', removed: '1.22', replacement: 'rbac.authorization.k8s.io/v1' })),
  { apiVersion: 'scheduling.k8s.io/v1beta1', kind: 'PriorityClass', deprecated: '1.14', removed: '1.22', replacement: 'scheduling.k8s.io/v1' },
  ...['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'].map((kind) => ({ apiVersion: 'storage.k8s.io/v1beta1', kind, deprecated: '1.19', removed: '1.22', replacement: 'storage.k8s.io/v1' })),
  { apiVersion: 'batch/v1beta1', kind: 'CronJob', deprecated: '1.21', removed: '1.25', replacement: 'batch/v1' },
  { apiVersion: 'discovery.k8s.io/v1beta1', kind: 'EndpointSlice', deprecated: '1.21', removed: '1.25', replacement: 'discovery.k8s.io/v1' },
  { apiVersion: 'events.k8s.io/v1beta1', kind: 'Event', deprecated: '1.19', removed: '1.25', replacement: 'events.k8s.io/v1' },
  { apiVersion: 'autoscaling/v2beta1', kind: 'HorizontalPodAutoscaler', deprecated: '1.22', removed: '1.25', replacement: 'autoscaling/v2' },
  { apiVersion: 'autoscaling/v2beta2', kind: 'HorizontalPodAutoscaler', deprecated: '1.23', removed: '1.26', replacement: 'autoscaling/v2' },
  { apiVersion: 'policy/v1beta1', kind: 'PodDisruptionBudget', deprecated: '1.21', removed: '1.25', replacement: 'policy/v1' },
  { apiVersion: 'policy/v1beta1', kind: 'Eviction', deprecated: '1.22', removed: '1.25', replacement: 'policy/v1' },
  { apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy', deprecated: '1.21', removed: '1.25', note: 'PodSecurityPolicy has no successor API: enforce the Pod Security Standards with Pod Security Admission (namespace labels pod-security.kubernetes.io/*).' },
  { apiVersion: 'node.k8s.io/v1beta1', kind: 'RuntimeClass', deprecated: '1.20', removed: '1.25', replacement: 'node.k8s.io/v1' },
  ...['FlowSchema', 'PriorityLevelConfiguration'].flatMap((kind) => [
    { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1', kind, deprecated: '1.23', removed: '1.26', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
    { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', kind, deprecated: '1.26', removed: '1.29', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
    { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', kind, deprecated: '1.29', removed: '1.32', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  ]),
  { apiVersion: 'storage.k8s.io/v1beta1', kind: 'CSIStorageCapacity', deprecated: '1.24', removed: '1.27', replacement: 'storage.k8s.io/v1' },
  { apiVersion: 'v1', kind: 'Endpoints', deprecated: '1.33', replacement: 'discovery.k8s.io/v1', note: 'EndpointSlice replaces Endpoints; most users never write either by hand (a Service with a selector manages them).' },
  { apiVersion: 'v1', kind: 'ComponentStatus', deprecated: '1.19', note: 'Query the control-plane components\' health endpoints instead.' },
];

// ---------------------------------------------------------------------------------------------
// Reading the declarations

function walk(dir, out = []) {
  for (const entry of readdirSync(dir)) {
    if (entry === '_schemas' || entry === 'node_modules') continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (entry.endsWith('.d.ts') && entry !== 'index.d.ts') out.push(path);
  }
  return out;
}

function jsDocOf(node) {
  const docs = node.jsDoc ?? [];
  const doc = docs[docs.length - 1];
  if (!doc) return { text: '', deprecated: false };
  const text = typeof doc.comment === 'string' ? doc.comment : (doc.comment ?? []).map((c) => c.text ?? '').join('');
  const deprecated = (doc.tags ?? []).some((t) => t.tagName.text === 'deprecated');
  return { text: text.trim(), deprecated };
}

function propName(member) {
  const n = member.name;
  if (ts.isStringLiteral(n) || ts.isIdentifier(n)) return n.text;
  return undefined;
}

/** Interfaces by canonical name (`IoK8sApiCoreV1Container`) with their file's local names resolved. */
const interfaces = new Map();
/** Canonical names of type aliases to primitives (Quantity, IntOrString, Time...). */
const primitiveAliases = new Map();

for (const file of [...walk(MODELS), ...walk(APIMACHINERY)]) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const local = new Map(); // local interface/alias name -> canonical
  for (const stmt of source.statements) {
    if (ts.isExportDeclaration(stmt) && stmt.isTypeOnly && stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
      for (const el of stmt.exportClause.elements) {
        if (el.propertyName && el.name.text.startsWith('IIoK8s')) local.set(el.propertyName.text, el.name.text.slice(1));
      }
    }
  }
  for (const stmt of source.statements) {
    if (ts.isInterfaceDeclaration(stmt)) {
      const canonical = local.get(stmt.name.text);
      if (!canonical) continue;
      interfaces.set(canonical, { node: stmt, local, file: relative(ROOT, file) });
    } else if (ts.isTypeAliasDeclaration(stmt)) {
      const canonical = local.get(stmt.name.text);
      if (canonical) primitiveAliases.set(canonical, stmt.type);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Short type names: `IoK8sApiCoreV1Container` -> `core.v1.Container`

function shortName(canonical) {
  return canonical
    .replace(/^IoK8sApimachineryPkgApisMetaV1/, 'meta.v1.')
    .replace(/^IoK8sApimachineryPkgApiResource/, 'resource.')
    .replace(/^IoK8sApimachineryPkgUtilIntstr/, 'intstr.')
    .replace(/^IoK8sApimachineryPkgRuntime/, 'runtime.')
    .replace(/^IoK8sApimachineryPkgVersion/, 'version.')
    .replace(/^IoK8sApiextensionsApiserverPkgApisApiextensions(V1beta1|V1)/, (_, v) => `apiextensions.${v.toLowerCase()}.`)
    .replace(/^IoK8sKubeAggregatorPkgApisApiregistration(V1beta1|V1)/, (_, v) => `apiregistration.${v.toLowerCase()}.`)
    .replace(/^IoK8sApi([A-Z][a-z]+)(V\d+(?:(?:alpha|beta)\d+)?)/, (_, g, v) => `${g.toLowerCase()}.${v.toLowerCase()}.`);
}

// ---------------------------------------------------------------------------------------------
// Types: compact strings. s string, b boolean, i integer, n number, q quantity, x int-or-string,
// * anything; []T array; {}T map; a type name refers to `types`; A|B a union.

const referenced = new Set();

function typeString(node, ctx) {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { t: 's' };
    case ts.SyntaxKind.NumberKeyword:
      return { t: 'n' };
    case ts.SyntaxKind.BooleanKeyword:
      return { t: 'b' };
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
      return { t: '*' };
    case ts.SyntaxKind.LiteralType:
      if (ts.isStringLiteral(node.literal)) return { t: 's', e: [node.literal.text] };
      return { t: '*' };
    case ts.SyntaxKind.UnionType: {
      const parts = node.types.map((t) => typeString(t, ctx));
      if (parts.every((p) => p.t === 's' && p.e)) return { t: 's', e: parts.flatMap((p) => p.e) };
      const kinds = new Set(parts.map((p) => p.t));
      if (kinds.has('n') && kinds.has('s') && kinds.size === 2) return { t: 'x' };
      return { t: [...kinds].join('|') };
    }
    case ts.SyntaxKind.TypeLiteral: {
      const index = node.members.find((m) => ts.isIndexSignatureDeclaration(m));
      if (index && node.members.length === 1) {
        const inner = typeString(index.type, ctx);
        return { t: '{}' + inner.t, ...(inner.e ? { e: inner.e } : {}) };
      }
      return { t: '*' };
    }
    case ts.SyntaxKind.ArrayType: {
      const inner = typeString(node.elementType, ctx);
      return { t: '[]' + inner.t, ...(inner.e ? { e: inner.e } : {}) };
    }
    case ts.SyntaxKind.TypeReference: {
      const name = node.typeName.getText();
      if (name === 'Array' && node.typeArguments?.length === 1) {
        const inner = typeString(node.typeArguments[0], ctx);
        return { t: '[]' + inner.t, ...(inner.e ? { e: inner.e } : {}) };
      }
      const canonical = name.startsWith('IIoK8s') ? name.slice(1) : ctx.local.get(name);
      if (!canonical) return { t: '*' };
      if (canonical === 'IoK8sApimachineryPkgApiResourceQuantity') return { t: 'q' };
      if (canonical === 'IoK8sApimachineryPkgUtilIntstrIntOrString') return { t: 'x' };
      const alias = primitiveAliases.get(canonical);
      if (alias) return typeString(alias, ctx);
      const target = interfaces.get(canonical);
      if (!target) return { t: '*' };
      // An interface with no members is free-form JSON (RawExtension, JSON, FieldsV1...).
      if (target.node.members.length === 0) return { t: '*' };
      referenced.add(canonical);
      return { t: shortName(canonical) };
    }
    default:
      return { t: '*' };
  }
}

// ---------------------------------------------------------------------------------------------
// Descriptions: a string table, since the same text recurs in every API version of a type.

const strings = [];
const stringIds = new Map();
function str(text) {
  if (!text) return undefined;
  let id = stringIds.get(text);
  if (id === undefined) {
    id = strings.length;
    strings.push(text);
    stringIds.set(text, id);
  }
  return id;
}

/** The default the description states, e.g. "Defaults to 1." -> "1". Vague phrases ("defaults to the ...") yield nothing. */
function defaultOf(description, allowed) {
  const m = /\bDefault(?:s)? (?:to|is|value is)\s+("[^"]*"|'[^']*'|`[^`]*`|[^\s.,;()]+(?:\s(?:seconds|second|minutes))?)/i.exec(description);
  if (!m) return undefined;
  const quoted = /^["'`]/.test(m[1]);
  const value = m[1].replace(/^["'`]|["'`]$/g, '');
  if (quoted || allowed?.includes(value)) return value;
  // Unquoted: keep numbers, booleans, durations, sizes, paths and capitalised constants; drop prose.
  return /^(?:[-+]?\d[\w.%]*(?:\s\w+)?|true|false|[A-Z][A-Za-z0-9]*|\/[\w/.-]*|\*)$/.test(value) ? value : undefined;
}

const types = {};
const pendingNumbers = []; // [canonical, prop, typeString] needing integer probing

function buildType(canonical) {
  const short = shortName(canonical);
  if (types[short]) return;
  const { node, local } = interfaces.get(canonical);
  const doc = jsDocOf(node);
  const entry = { ...(doc.text ? { d: str(doc.text) } : {}), p: {} };
  types[short] = entry;
  for (const member of node.members) {
    if (!ts.isPropertySignature(member) || !member.type) continue;
    const name = propName(member);
    if (!name) continue;
    const mdoc = jsDocOf(member);
    const type = typeString(member.type, { local });
    const prop = { t: type.t };
    if (type.e) prop.e = type.e;
    if (!member.questionToken) prop.r = 1;
    if (mdoc.text) prop.d = str(mdoc.text);
    const df = mdoc.text ? defaultOf(mdoc.text, type.e) : undefined;
    if (df) prop.df = df;
    if (mdoc.deprecated || /^Deprecated[:.]|\bDeprecated: /.test(mdoc.text)) prop.dep = 1;
    entry.p[name] = prop;
    if (/(^|\]|\})n$/.test(type.t)) pendingNumbers.push([canonical, name, type.t]);
  }
}

// Kinds: interfaces whose apiVersion and kind are literal types.
const kinds = {};
for (const [canonical, { node }] of interfaces) {
  let apiVersion;
  let kind;
  for (const member of node.members) {
    if (!ts.isPropertySignature(member) || !member.type || !ts.isLiteralTypeNode(member.type) || !ts.isStringLiteral(member.type.literal)) continue;
    if (propName(member) === 'apiVersion') apiVersion = member.type.literal.text;
    if (propName(member) === 'kind') kind = member.type.literal.text;
  }
  if (!apiVersion || !kind) continue;
  referenced.add(canonical);
  const doc = jsDocOf(node);
  (kinds[apiVersion] ??= {})[kind] = { t: shortName(canonical), ...(doc.deprecated ? { dep: 'unknown' } : {}) };
}

// Build every type reachable from a kind (breadth first, since building one discovers more).
const done = new Set();
for (let again = true; again; ) {
  again = false;
  for (const canonical of [...referenced]) {
    if (done.has(canonical)) continue;
    done.add(canonical);
    again = true;
    buildType(canonical);
  }
}

// Within a kind, apiVersion and kind are fixed strings; keep them as plain required strings.
for (const byKind of Object.values(kinds)) {
  for (const k of Object.values(byKind)) {
    const p = types[k.t].p;
    if (p.apiVersion) delete p.apiVersion.e;
    if (p.kind) delete p.kind.e;
  }
}

// Lifecycle: deprecated and removed versions.
for (const l of LIFECYCLE) {
  const entry = kinds[l.apiVersion]?.[l.kind];
  const target = entry ?? ((kinds[l.apiVersion] ??= {})[l.kind] = {});
  delete target.dep;
  target.deprecated = l.deprecated;
  if (l.removed) target.removed = l.removed;
  if (l.replacement) target.replacement = l.replacement;
  if (l.note) target.note = l.note;
}
for (const byKind of Object.values(kinds)) {
  for (const k of Object.values(byKind)) {
    if (k.dep === 'unknown') {
      // Marked @deprecated upstream but not in the table: keep the flag without inventing versions.
      delete k.dep;
      k.deprecated = '';
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Integers: probe the packages' validators with 1.5 where TypeScript only says `number`.

const schemaModules = new Map();
for (const [dir, pkg] of [
  [join(MODELS, '_schemas'), 'kubernetes-models'],
  [join(APIMACHINERY, '_schemas'), '@kubernetes-models/apimachinery'],
]) {
  for (const f of readdirSync(dir)) if (f.endsWith('.js')) schemaModules.set(f.slice(0, -3), pathToFileURL(join(dir, f)).href);
}

let probed = 0;
for (const [canonical, prop, t] of pendingNumbers) {
  const url = schemaModules.get(canonical);
  if (!url) continue;
  const { validate } = await import(url);
  const sample = t.startsWith('[]') ? [1.5] : t.startsWith('{}') ? { k: 1.5 } : 1.5;
  validate({ [prop]: sample });
  const integer = (validate.errors ?? []).some((e) => e.instancePath.startsWith('/' + prop) && e.keyword === 'type' && e.params?.type === 'integer');
  if (integer) {
    const p = types[shortName(canonical)].p[prop];
    p.t = p.t.replace(/n$/, 'i');
    probed++;
  }
}

// ---------------------------------------------------------------------------------------------

const sortedKinds = Object.fromEntries(
  Object.keys(kinds)
    .sort()
    .map((v) => [v, Object.fromEntries(Object.keys(kinds[v]).sort().map((k) => [k, kinds[v][k]]))]),
);
const output = {
  kubernetesVersion: KUBERNETES_VERSION,
  source: `kubernetes-models@${modelsVersion} + @kubernetes-models/apimachinery@${apimachineryVersion} (MIT); lifecycle from the Kubernetes deprecated API migration guide`,
  kinds: sortedKinds,
  types: Object.fromEntries(Object.keys(types).sort().map((k) => [k, types[k]])),
  strings,
};
mkdirSync(dirname(OUT), { recursive: true });
const json = JSON.stringify(output);
writeFileSync(OUT, json + '\n');
const kindCount = Object.values(kinds).reduce((n, byKind) => n + Object.keys(byKind).length, 0);
console.log(
  `${relative(ROOT, OUT)}: ${(json.length / 1024).toFixed(0)} KB, ${Object.keys(kinds).length} API versions, ${kindCount} kinds, ${Object.keys(types).length} types, ${strings.length} descriptions, ${probed} integer fields`,
);
