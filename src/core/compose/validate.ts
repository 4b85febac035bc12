/**
 * Validates a Compose file against the specification's JSON schema in one walk over the YAML
 * nodes, so every problem has the exact range of the key or value the user wrote. Implements the
 * subset of JSON Schema the Compose schema uses (scripts/extract-compose-schema.mjs refuses any
 * other keyword); a dependency such as ajv would validate plain data and lose the positions.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { RuleMeta } from '../rule';
import { toDiagnostic } from '../rule';
import type { LintDiagnostic } from '../types';
import type { ComposeModel } from './model';
import { composeSchema, deref, propertySchema, regex, typeAccepts, type JsonSchema } from './schema';
import { resolve, scalarString, spanOf, yamlTypeOf } from './yamlNodes';
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

interface Where {
  /** Dotted path for messages, e.g. `services.web.ports`. */
  path: string;
  /** Span of the value as written (an alias or the merge alias it came through). */
  value: [number, number];
  /** Span of the key that holds the value, for problems about the whole value (a missing key). */
  key: [number, number];
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
      new Walker(model, problems).check(contents, composeSchema(), { path: '', value: span, key: [span[0], span[0]] });
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

  check(node: Node | null, schema: JsonSchema, where: Where): void {
    const s = deref(schema);
    if (s.oneOf) {
      this.oneOf(node, s, where);
      return;
    }
    const interpolated = isScalar(node) && typeof node.value === 'string' && node.value.includes('$');
    if (s.type && !typeAccepts(s, node, interpolated)) {
      this.typeError(node, [s], where);
      return;
    }
    if (isMap(node)) this.object(node, s, where);
    else if (isSeq(node)) this.array(node, s, where);
    else if (!interpolated) this.scalar(node, s, where);
  }

  private oneOf(node: Node | null, s: JsonSchema, where: Where): void {
    const branches = oneOfBranches(s);
    const interpolated = isScalar(node) && typeof node.value === 'string' && node.value.includes('$');
    const candidates = branches.filter((b) => typeAccepts(b, node, interpolated));
    if (candidates.length === 0) {
      this.typeError(node, branches, where);
      return;
    }
    // The usual case, one branch of the right type: its problems are the answer, no trial needed.
    if (candidates.length === 1) {
      this.check(node, candidates[0], where);
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
    const span = node && spanOf(node) && spanOf(node)![1] > spanOf(node)![0] ? where.value : where.key;
    this.out.push({ span, message: `\`${where.path || 'the file'}\` must be ${list}, not ${actual}.`, severity: 'error' });
  }

  private object(node: Node, s: JsonSchema, where: Where): void {
    const present = new Set<string>();
    for (const e of this.model.entriesOf(node)) {
      present.add(e.key);
      const path = where.path ? `${where.path}.${e.key}` : e.key;
      const valueSpan = e.via ? (spanOf(e.via) ?? e.at) : nonEmpty(spanOf(e.rawValue)) ?? e.at;
      const sub = propertySchema(s, e.key);
      if (sub) {
        if (sub.deprecated && path !== 'version') {
          this.out.push({ span: e.at, message: `\`${path}\` is deprecated: ${sub.description ?? 'see the Compose specification'}`, severity: 'warning', deprecated: true });
        }
        this.check(e.value, sub, { path, value: valueSpan, key: e.at });
        continue;
      }
      if (s.additionalProperties === false) this.unknownKey(e.key, e.at, s, where);
    }
    for (const required of s.required ?? []) {
      if (present.has(required)) continue;
      const sub = s.properties?.[required];
      const values = sub?.enum ? ` (one of ${sub.enum.map((v) => `\`${String(v)}\``).join(', ')})` : '';
      this.out.push({ span: where.key[1] > where.key[0] ? where.key : where.value, message: `\`${where.path}\` needs the key \`${required}\`${values}.`, severity: 'error' });
    }
  }

  private unknownKey(key: string, span: [number, number], s: JsonSchema, where: Where): void {
    const known = Object.keys(s.properties ?? {});
    const patterns = Object.keys(s.patternProperties ?? {});
    if (known.length === 0 && patterns.some((p) => p !== '^x-')) {
      this.out.push({ span, message: `\`${key}\` is not a valid name under \`${where.path}\`: use only letters, digits, \`.\`, \`_\` and \`-\`.`, severity: 'error' });
      return;
    }
    const suggestion = closest(key, known);
    const place = where.path ? `in \`${where.path}\`` : 'at the top level';
    const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : patterns.includes('^x-') ? ' Custom keys must start with `x-`.' : '';
    this.out.push({ span, message: `Unknown key \`${key}\` ${place}; Compose refuses keys the specification does not define.${hint}`, severity: 'error', suggestion });
  }

  private array(node: Node, s: JsonSchema, where: Where): void {
    if (!isSeq(node)) return;
    const seen = new Map<string, number>();
    node.items.forEach((raw, i) => {
      const item = this.model.doc ? resolve(this.model.doc, raw) : null;
      const span = spanOf(raw as Node) ?? where.value;
      if (s.items) this.check(item, s.items, { path: `${where.path}[${i}]`, value: span, key: span });
      if (s.uniqueItems) {
        const text = scalarString(item);
        if (text === undefined) return;
        if (seen.has(text)) this.out.push({ span, message: `\`${text}\` is listed twice in \`${where.path}\`; Compose refuses duplicate entries here. Remove one.`, severity: 'error' });
        else seen.set(text, i);
      }
    });
  }

  private scalar(node: Node | null, s: JsonSchema, where: Where): void {
    if (!isScalar(node)) return;
    const value = node.value;
    if (s.enum && !s.enum.some((v) => v === value)) {
      const options = s.enum.map((v) => `\`${String(v)}\``).join(', ');
      const suggestion = typeof value === 'string' ? closest(value, s.enum.map(String)) : undefined;
      this.out.push({
        span: where.value,
        message: `\`${String(value)}\` is not a valid value for \`${where.path}\`; use one of ${options}.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
        severity: 'error',
        suggestion,
      });
      return;
    }
    if (s.pattern && typeof value === 'string' && !regex(s.pattern).test(value)) {
      this.out.push({ span: where.value, message: `\`${value}\` is not a valid value for \`${where.path}\` (it must match \`${s.pattern}\`).`, severity: 'error' });
      return;
    }
    if (typeof value === 'number') {
      if (s.minimum !== undefined && value < s.minimum) this.out.push({ span: where.value, message: `\`${where.path}\` must be at least ${s.minimum}.`, severity: 'error' });
      if (s.maximum !== undefined && value > s.maximum) this.out.push({ span: where.value, message: `\`${where.path}\` must be at most ${s.maximum}.`, severity: 'error' });
    }
  }
}

const branchesOf = new WeakMap<JsonSchema, JsonSchema[]>();

/** A `oneOf`'s branches with their `$ref`s followed, worked out once per schema node. */
function oneOfBranches(s: JsonSchema): JsonSchema[] {
  let branches = branchesOf.get(s);
  if (!branches) branchesOf.set(s, (branches = (s.oneOf ?? []).map(deref)));
  return branches;
}

function nonEmpty(span: [number, number] | undefined): [number, number] | undefined {
  return span && span[1] > span[0] ? span : undefined;
}
