/**
 * Validates a Compose file against the specification's JSON schema in one walk over the YAML
 * nodes, so every problem has the exact range of the key or value the user wrote. Implements the
 * subset of JSON Schema the Compose schema uses (scripts/extract-compose-schema.mjs refuses any
 * other keyword); a dependency such as ajv would validate plain data and lose the positions.
 */
import type { Node, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { isAlias, isMap, isScalar } from './nodeTypes';
import type { RuleMeta } from '../rule';
import { toDiagnostic } from '../rule';
import type { LintDiagnostic } from '../types';
import type { ComposeModel } from './model';
import { acceptsNode, ARRAY, compile, compiledItems, compiledProperty, OBJECT, STRING, typeBit, type CompiledSchema } from './compiledSchema';
import { composeSchema, deref, type JsonSchema } from './schema';
import { entries, resolve, scalarString, spanOf, yamlTypeOf, type Entry } from './yamlNodes';
import { closestName as closest } from '../suggest';

export const SCHEMA_CHECK: RuleMeta = {
  id: 'compose-schema',
  aliases: ['invalid-schema'],
  title: 'Not allowed by the Compose specification',
  severity: 'error',
  appliesTo: 'compose',
  fixable: true,
  enabledByDefault: true,
  summary: 'An unknown key, a value of the wrong type or a value outside the allowed set makes `docker compose` refuse the whole file; the finding says what the specification expects there.',
};

interface Problem {
  span: [number, number];
  message: string;
  severity: 'error' | 'warning';
  /** A replacement key for a misspelt one. */
  suggestion?: string;
  deprecated?: boolean;
}

/**
 * Where a node sits. Its dotted path for messages (`services.web.ports[0]`) and its spans are
 * worked out only when a problem is reported: most nodes have none.
 */
interface Where {
  parent: Where | undefined;
  /** The key in the parent mapping, or the index in the parent list. */
  step: string | number;
  /** The mapping entry that holds the value. */
  entry?: Entry;
  /** The list item as written. */
  item?: Node;
  /** The whole file's span, at the top. */
  span?: [number, number];
}

/** Dotted path for messages, e.g. `services.web.ports`; empty at the top. */
function pathOf(where: Where): string {
  if (!where.parent) return '';
  const parent = pathOf(where.parent);
  if (typeof where.step === 'number') return `${parent}[${where.step}]`;
  return parent ? `${parent}.${where.step}` : where.step;
}

/** Span of the value as written (an alias or the merge alias it came through). */
function valueSpan(where: Where): [number, number] {
  const e = where.entry;
  if (e) return e.via ? (spanOf(e.via) ?? e.at) : (nonEmpty(spanOf(e.rawValue)) ?? e.at);
  if (where.parent) return spanOf(where.item) ?? valueSpan(where.parent);
  return where.span ?? [0, 0];
}

/** Span of the key that holds the value, for problems about the whole value (a missing key). */
function keySpan(where: Where): [number, number] {
  if (where.entry) return where.entry.at;
  if (where.parent) return valueSpan(where);
  const span = where.span ?? [0, 0];
  return [span[0], span[0]];
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'empty',
};

export function schemaDiagnostics(model: ComposeModel): LintDiagnostic[] {
  const cached = model.memo.get('schema') as LintDiagnostic[] | undefined;
  if (cached) return cached;
  const problems: Problem[] = [];
  const doc = model.doc;
  if (doc && doc.errors.length === 0) {
    const contents = doc.contents as Node | null;
    if (contents && !isMap(contents) && !(isScalar(contents) && contents.value === null)) {
      problems.push({ span: spanOf(contents) ?? [0, 0], message: 'A Compose file must be a mapping with top-level keys such as `services`, `volumes` and `networks`.', severity: 'error' });
    } else if (isMap(contents)) {
      const span = spanOf(contents) ?? [0, 0];
      new Walker(model, problems).check(contents, compile(composeSchema()), { parent: undefined, step: '', span });
    }
  }
  const out = problems.map((p) =>
    toDiagnostic({ ...SCHEMA_CHECK, severity: p.severity }, p.severity, {
      range: model.range(p.span),
      message: p.message,
      fixes: p.suggestion ? [{ title: `Change to \`${p.suggestion}\``, edits: [{ range: model.range(p.span), newText: p.suggestion }], safe: false }] : [],
      ...(p.deprecated ? { tags: ['deprecated' as const] } : {}),
    }),
  );
  model.memo.set('schema', out);
  return out;
}

class Walker {
  constructor(
    private readonly model: ComposeModel,
    private readonly out: Problem[],
  ) {}

  check(node: Node | null, c: CompiledSchema, where: Where): void {
    if (c.inert) return;
    const type = typeBit(node);
    const interpolated = isInterpolated(node, type);
    if (c.branches) {
      this.oneOf(node, type, interpolated, c.branches, where);
      return;
    }
    if (c.typed && !acceptsNode(c.accepts, type, node, interpolated)) {
      this.typeError(node, [c.schema], where);
      return;
    }
    if (type === OBJECT) this.object(node as YAMLMap, c, where);
    else if (type === ARRAY) this.array(node as YAMLSeq, c, where);
    else if (!interpolated) this.scalar(node, c, where);
  }

  private oneOf(node: Node | null, type: number, interpolated: boolean, branches: readonly CompiledSchema[], where: Where): void {
    let candidates: CompiledSchema[] | undefined;
    let only: CompiledSchema | undefined;
    for (const b of branches) {
      if (!acceptsNode(b.accepts, type, node, interpolated)) continue;
      if (only === undefined) only = b;
      else (candidates ??= [only]).push(b);
    }
    if (!only) {
      this.typeError(node, branches.map((b) => b.schema), where);
      return;
    }
    // The usual case, one branch of the right type: its problems are the answer, no trial needed.
    if (!candidates) {
      this.check(node, only, where);
      return;
    }
    let best: Problem[] | undefined;
    for (const branch of candidates) {
      const trial: Problem[] = [];
      new Walker(this.model, trial).check(node, branch, where);
      const errors = trial.filter((p) => p.severity === 'error');
      if (errors.length === 0) {
        this.out.push(...trial);
        return;
      }
      if (!best || errors.length < best.length) best = trial;
    }
    this.out.push(...(best ?? []));
  }

  private typeError(node: Node | null, schemas: JsonSchema[], where: Where): void {
    const expected = new Set<string>();
    const collect = (x: JsonSchema) => {
      const d = deref(x);
      if (d.oneOf) d.oneOf.forEach(collect);
      else for (const t of Array.isArray(d.type) ? d.type : d.type ? [d.type] : []) expected.add(t);
    };
    schemas.forEach(collect);
    if (expected.has('number')) expected.delete('integer');
    const words = [...expected].map((t) => TYPE_WORDS[t] ?? t);
    const list = words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
    const actual = TYPE_WORDS[yamlTypeOf(node)] ?? yamlTypeOf(node);
    const span = node && spanOf(node) && spanOf(node)![1] > spanOf(node)![0] ? valueSpan(where) : keySpan(where);
    this.out.push({ span, message: `\`${pathOf(where) || 'the file'}\` must be ${list}, not ${actual}.`, severity: 'error' });
  }

  private object(node: YAMLMap, c: CompiledSchema, where: Where): void {
    const s = c.schema;
    const doc = this.model.doc;
    for (const e of doc ? entries(doc, node) : []) {
      const sub = compiledProperty(c, e.key);
      if (sub) {
        const child: Where = { parent: where, step: e.key, entry: e };
        if (sub.deprecated) {
          const path = pathOf(child);
          if (path !== 'version') this.out.push({ span: e.at, message: `\`${path}\` is deprecated: ${sub.schema.description ?? 'see the Compose specification'}`, severity: 'warning', deprecated: true });
        }
        this.check(e.value, sub, child);
        continue;
      }
      if (s.additionalProperties === false) this.unknownKey(e.key, e.at, s, where);
    }
    if (!c.required) return;
    for (const required of c.required) {
      if (this.model.entry(node, required)) continue;
      const sub = s.properties?.[required];
      const values = sub?.enum ? ` (one of ${sub.enum.map((v) => `\`${String(v)}\``).join(', ')})` : '';
      this.out.push({ span: nonEmpty(keySpan(where)) ?? valueSpan(where), message: `\`${pathOf(where)}\` needs the key \`${required}\`${values}.`, severity: 'error' });
    }
  }

  private unknownKey(key: string, span: [number, number], s: JsonSchema, where: Where): void {
    const known = Object.keys(s.properties ?? {});
    const patterns = Object.keys(s.patternProperties ?? {});
    const path = pathOf(where);
    if (known.length === 0 && patterns.some((p) => p !== '^x-')) {
      this.out.push({ span, message: `\`${key}\` is not a valid name under \`${path}\`: use only letters, digits, \`.\`, \`_\` and \`-\`.`, severity: 'error' });
      return;
    }
    const suggestion = closest(key, known);
    const place = path ? `in \`${path}\`` : 'at the top level';
    const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : patterns.includes('^x-') ? ' Custom keys must start with `x-`.' : '';
    this.out.push({ span, message: `Unknown key \`${key}\` ${place}; Compose refuses keys the specification does not define.${hint}`, severity: 'error', suggestion });
  }

  private array(node: YAMLSeq, c: CompiledSchema, where: Where): void {
    const itemSchema = compiledItems(c);
    const doc = this.model.doc;
    const seen = c.uniqueItems ? new Set<string>() : undefined;
    if (!itemSchema && !seen) return;
    const items = node.items as unknown[];
    for (let i = 0; i < items.length; i++) {
      const raw = items[i];
      // Most items are no alias: asking first skips the resolver's own, slower checks.
      const item = !doc ? null : isAlias(raw) ? resolve(doc, raw) : ((raw as Node | null) ?? null);
      const child: Where = { parent: where, step: i, item: raw as Node };
      if (itemSchema) this.check(item, itemSchema, child);
      if (!seen) continue;
      const text = scalarString(item);
      if (text === undefined) continue;
      if (seen.has(text)) this.out.push({ span: valueSpan(child), message: `\`${text}\` is listed twice in \`${pathOf(where)}\`; Compose refuses duplicate entries here. Remove one.`, severity: 'error' });
      else seen.add(text);
    }
  }

  private scalar(node: Node | null, c: CompiledSchema, where: Where): void {
    if (!isScalar(node)) return;
    const s = c.schema;
    const value = node.value;
    if (c.enumValues && !c.enumValues.has(value)) {
      const enumValues = s.enum ?? [];
      const options = enumValues.map((v) => `\`${String(v)}\``).join(', ');
      const suggestion = typeof value === 'string' ? closest(value, enumValues.map(String)) : undefined;
      this.out.push({
        span: valueSpan(where),
        message: `\`${String(value)}\` is not a valid value for \`${pathOf(where)}\`; use one of ${options}.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
        severity: 'error',
        suggestion,
      });
      return;
    }
    if (c.pattern && typeof value === 'string' && !c.pattern.test(value)) {
      this.out.push({ span: valueSpan(where), message: `\`${value}\` is not a valid value for \`${pathOf(where)}\` (it must match \`${s.pattern}\`).`, severity: 'error' });
      return;
    }
    if (typeof value === 'number') {
      if (s.minimum !== undefined && value < s.minimum) this.out.push({ span: valueSpan(where), message: `\`${pathOf(where)}\` must be at least ${s.minimum}.`, severity: 'error' });
      if (s.maximum !== undefined && value > s.maximum) this.out.push({ span: valueSpan(where), message: `\`${pathOf(where)}\` must be at most ${s.maximum}.`, severity: 'error' });
    }
  }
}

/** A string that Compose will substitute variables in: its final type is only known then. */
function isInterpolated(node: Node | null, type: number): boolean {
  if (type !== STRING) return false;
  const value = (node as Scalar).value;
  return typeof value === 'string' && value.includes('$');
}

function nonEmpty(span: [number, number] | undefined): [number, number] | undefined {
  return span && span[1] > span[0] ? span : undefined;
}
