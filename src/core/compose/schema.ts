/**
 * The Compose specification's JSON schema (see schema/README.md), loaded on first use so that
 * activating the extension for a Dockerfile never pays for it.
 */
import type { Node } from 'yaml';
import { isMap, isSeq } from 'yaml';
import { yamlTypeOf } from './yamlNodes';

export interface JsonSchema {
  $ref?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  uniqueItems?: boolean;
  required?: string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  deprecated?: boolean;
  default?: unknown;
  definitions?: Record<string, JsonSchema>;
}

let root: JsonSchema | undefined;
const patterns = new Map<string, RegExp>();

export function composeSchema(): JsonSchema {
  // Read on first use: the Node bundles load it from compose-schema.json beside them (scripts/build.mjs,
  // lazy-json); a browser bundle inlines it, since a worker cannot read files.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  root ??= require('./schema/compose-schema.json') as JsonSchema;
  return root;
}

export function regex(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) {
    re = new RegExp(pattern, 'u');
    patterns.set(pattern, re);
  }
  return re;
}

/** Follows `$ref`s; keeps the referring node's description, which is usually the more specific one. */
const derefCache = new WeakMap<JsonSchema, JsonSchema>();

export function deref(schema: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  let done = derefCache.get(schema);
  if (!done) {
    done = follow(schema);
    derefCache.set(schema, done);
  }
  return done;
}

function follow(schema: JsonSchema): JsonSchema {
  let current = schema;
  let description = schema.description;
  for (let hops = 0; current.$ref && hops < 16; hops++) {
    const name = current.$ref.replace(/^#\/definitions\//, '');
    const target = composeSchema().definitions?.[name];
    if (!target) break;
    current = target;
    description ??= current.description;
  }
  return description === current.description ? current : { ...current, description };
}

/** Whether a node's YAML type is one the (dereferenced) schema could accept at its top. */
export function typeAccepts(schema: JsonSchema, node: Node | null, lenientStrings: boolean): boolean {
  const s = deref(schema);
  if (s.oneOf) return s.oneOf.some((b) => typeAccepts(b, node, lenientStrings));
  if (!s.type) return true;
  const types = Array.isArray(s.type) ? s.type : [s.type];
  const actual = yamlTypeOf(node);
  return types.some((t) => {
    if (t === actual) return true;
    if (t === 'integer') return actual === 'number' && Number.isInteger(Number((node as { value?: unknown }).value));
    // An interpolated string can become a number or boolean once Compose substitutes it.
    return lenientStrings && actual === 'string' && (t === 'number' || t === 'boolean');
  });
}

/** The schema branch that describes this node, choosing among `oneOf` alternatives by the node's type. */
export function branchFor(schema: JsonSchema, node: Node | null): JsonSchema {
  const s = deref(schema);
  if (!s.oneOf) return s;
  const fit = s.oneOf.find((b) => typeAccepts(b, node, true)) ?? s.oneOf[0];
  const chosen = branchFor(fit, node);
  return chosen.description || !s.description ? chosen : { ...chosen, description: s.description };
}

/** The schema of a child key of a mapping, or undefined when the key is not allowed. */
export function propertySchema(schema: JsonSchema, key: string): JsonSchema | undefined {
  const direct = schema.properties?.[key];
  if (direct) return direct;
  for (const [pattern, sub] of Object.entries(schema.patternProperties ?? {})) if (regex(pattern).test(key)) return sub;
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}

/** The schema for a child node (a key of a mapping or an item of a list) below a node described by `schema`. */
export function childSchema(schema: JsonSchema, parent: Node | null, key: string | number): JsonSchema | undefined {
  const s = branchFor(schema, parent);
  if (typeof key === 'number' || isSeq(parent)) return s.items;
  if (isMap(parent) || s.properties || s.patternProperties) return propertySchema(s, String(key));
  return undefined;
}
