/**
 * The Compose schema's nodes prepared once for validation: `$ref`s followed, `type` lists turned
 * into bit sets, `oneOf` branches, patterns and enums made ready. Interpreting the JSON Schema
 * afresh at every YAML node (dereferencing, building type lists, compiling pattern keys) was over
 * half of the validator's time.
 */
import type { Node } from 'yaml';
import { deref, regex, type JsonSchema } from './schema';
import { isMap, isScalar, isSeq } from './nodeTypes';

export const OBJECT = 1;
export const ARRAY = 2;
export const STRING = 4;
const NUMBER = 8;
const BOOLEAN = 16;
const NULL = 32;
const INTEGER = 64;
const ANY = OBJECT | ARRAY | STRING | NUMBER | BOOLEAN | NULL | INTEGER;

const TYPE_BITS: Record<string, number> = { object: OBJECT, array: ARRAY, string: STRING, number: NUMBER, boolean: BOOLEAN, null: NULL, integer: INTEGER };

export interface CompiledSchema {
  /** The node with `$ref`s followed: its description, enum, bounds and the like for messages. */
  readonly schema: JsonSchema;
  /** The YAML types the node accepts at its top, over all `oneOf` branches; every type when it names none. */
  readonly accepts: number;
  readonly branches: readonly CompiledSchema[] | undefined;
  /**
   * Nothing under this node can be a problem (an empty schema, such as the one for `x-` extension keys):
   * the walk skips the whole subtree, often a large anchored block, instead of visiting it for nothing.
   */
  readonly inert: boolean;
  /** Keywords read for every node, copied out of the schema's JSON objects, whose many shapes make each read slow. */
  readonly typed: boolean;
  readonly deprecated: boolean;
  readonly required: readonly string[] | undefined;
  readonly uniqueItems: boolean;
  readonly enumValues: ReadonlySet<unknown> | undefined;
  readonly pattern: RegExp | undefined;
  /** The schemas below this node, compiled on first use: the schema is recursive, so never all at once. */
  children?: Children;
}

interface Children {
  /** `properties` as a Map: a keyed read of the schema's many differently shaped objects was a slow, megamorphic lookup. */
  properties: Map<string, CompiledSchema>;
  patterns: (readonly [RegExp, CompiledSchema])[];
  additional: CompiledSchema | undefined;
  items: CompiledSchema | undefined;
}

const compiled = new WeakMap<JsonSchema, CompiledSchema>();

/** The prepared form of a schema node, built once. */
export function compile(schema: JsonSchema): CompiledSchema {
  let c = compiled.get(schema);
  if (!c) {
    const s = deref(schema);
    const branches = s.oneOf?.map(compile);
    c = {
      schema: s,
      accepts: branches ? branches.reduce((bits, b) => bits | b.accepts, 0) : typeBits(s.type),
      branches,
      inert: isInert(s),
      typed: s.type !== undefined,
      deprecated: s.deprecated === true,
      required: s.required,
      uniqueItems: s.uniqueItems === true,
      enumValues: s.enum ? new Set(s.enum) : undefined,
      pattern: s.pattern ? regex(s.pattern) : undefined,
    };
    compiled.set(schema, c);
  }
  return c;
}

/** True when the validator could report nothing for any value: no keyword it checks is present. */
function isInert(s: JsonSchema): boolean {
  return (
    !s.oneOf &&
    !s.type &&
    !s.properties &&
    !s.patternProperties &&
    (s.additionalProperties === undefined || s.additionalProperties === true) &&
    !s.items &&
    !s.required &&
    !s.enum &&
    !s.pattern &&
    s.minimum === undefined &&
    s.maximum === undefined &&
    !s.uniqueItems
  );
}

function childrenOf(c: CompiledSchema): Children {
  if (!c.children) {
    const s = c.schema;
    const additional = s.additionalProperties;
    c.children = {
      properties: new Map(Object.entries(s.properties ?? {}).map(([key, sub]) => [key, compile(sub)])),
      patterns: Object.entries(s.patternProperties ?? {}).map(([p, sub]) => [regex(p), compile(sub)] as const),
      additional: typeof additional === 'object' ? compile(additional) : undefined,
      items: s.items ? compile(s.items) : undefined,
    };
  }
  return c.children;
}

/** The compiled schema of a mapping's key, or undefined when the key is not allowed. Same lookup as `propertySchema`. */
export function compiledProperty(c: CompiledSchema, key: string): CompiledSchema | undefined {
  const children = childrenOf(c);
  const direct = children.properties.get(key);
  if (direct) return direct;
  // A key such as `constructor` still finds what a read of the schema's object finds; other misses skip that slow read.
  const inherited = key in Object.prototype ? c.schema.properties?.[key] : undefined;
  if (inherited) return compile(inherited);
  for (const [re, sub] of children.patterns) if (re.test(key)) return sub;
  return children.additional;
}

export function compiledItems(c: CompiledSchema): CompiledSchema | undefined {
  return childrenOf(c).items;
}

function typeBits(type: string | string[] | undefined): number {
  if (type === undefined) return ANY;
  let bits = 0;
  for (const t of Array.isArray(type) ? type : [type]) bits |= TYPE_BITS[t] ?? 0;
  return bits;
}

/** `yamlTypeOf` as a bit, asked once per node the schema walk visits: its type decides everything there. */
export function typeBit(node: Node | null): number {
  if (node === null) return NULL;
  if (isMap(node)) return OBJECT;
  if (isSeq(node)) return ARRAY;
  if (!isScalar(node)) return NULL;
  const v = node.value;
  if (v === null || v === undefined) return NULL;
  if (typeof v === 'number' || typeof v === 'bigint') return NUMBER;
  return typeof v === 'boolean' ? BOOLEAN : STRING;
}

/**
 * Whether a node's YAML type (`actual`, its `typeBit`) is one of `accepts`: an integer-valued number passes as `integer`, and
 * an interpolated string (`lenientStrings`) as a number or boolean, which it may become once
 * Compose substitutes it. The same answer as `typeAccepts` in schema.ts, from the bits.
 */
export function acceptsNode(accepts: number, actual: number, node: Node | null, lenientStrings: boolean): boolean {
  if (accepts & actual) return true;
  if (actual === NUMBER && accepts & INTEGER) return Number.isInteger(Number((node as { value?: unknown }).value));
  return lenientStrings && actual === STRING && (accepts & (NUMBER | BOOLEAN)) !== 0;
}
