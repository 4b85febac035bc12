/**
 * The parsed Compose file, shared by schema validation, every rule, the hovers, the fixes and the
 * explain narrative. Parsed once per document version by the engine.
 */
import { isMap, parseDocument, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { FileHost } from '../config';
import type { RuleMeta } from '../rule';
import { toDiagnostic } from '../rule';
import { LineIndex } from '../text';
import type { LintDiagnostic, Range } from '../types';
import { MAX_SYNTAX_FINDINGS, moreSyntaxErrors } from '../syntaxLimit';
import { excessiveNesting } from '../yamlNesting';
import { readYamlFast } from '../yaml/fastDocument';
import { dotEnvPath, interpolate, parseDotEnv, type Env } from './interpolation';
import { entries, entry, resolve, scalarString, spanOf, type Entry, type YamlDoc } from './yamlNodes';

export interface ComposeService {
  name: string;
  /** The service's key under `services:`. */
  keyNode: Scalar;
  pair: Pair;
  /** The service's mapping (aliases followed), undefined when the value is not a mapping. */
  map: YAMLMap | undefined;
  entries: Entry[];
  get(key: string): Entry | undefined;
}

export type TopLevelSection = 'volumes' | 'networks' | 'secrets' | 'configs';

export const YAML_SYNTAX: RuleMeta = {
  id: 'compose-invalid-yaml',
  aliases: ['invalid-yaml'],
  title: 'Compose file is not valid YAML',
  severity: 'error',
  appliesTo: 'compose',
  fixable: false,
  enabledByDefault: true,
  summary: 'Docker Compose refuses a file it cannot parse as YAML (bad indentation, a duplicate key, an unclosed quote); nothing else in the file can be checked until it parses.',
};

const EMPTY_ENV: Env = new Map();
const PARSE_OPTIONS = { merge: true, uniqueKeys: true, prettyErrors: false, strict: false } as const;

export class ComposeModel {
  readonly lines: LineIndex;
  readonly doc: YamlDoc | undefined;
  readonly root: YAMLMap | undefined;
  readonly topEntries: Entry[];
  readonly services: ComposeService[];
  readonly syntaxErrors: LintDiagnostic[] = [];
  private envCache: { source: string | undefined; env: Env } | undefined;
  /** Where the `.env` is; every rule that reads variables asks. */
  private envPath: string | undefined;
  private readonly sectionCache = new Map<TopLevelSection, Map<string, Entry>>();
  /** Memo for derived data (schema findings, dependency graph) keyed by its producer. */
  readonly memo = new Map<string, unknown>();

  constructor(
    readonly text: string,
    readonly fileName: string,
  ) {
    this.lines = new LineIndex(text);
    let doc: YamlDoc | undefined;
    // The parser and the checks walk the tree recursively: a file nested this deep would exhaust the stack.
    const tooDeep = excessiveNesting(text);
    if (tooDeep) {
      const message = `The nesting is too deep to analyse (over ${tooDeep.limit} levels), so the file was not checked. Flatten it: no real Compose file nests this deep.`;
      this.syntaxErrors.push(this.yamlError(tooDeep.offset, tooDeep.offset + 1, message, 'error', false));
    } else {
      try {
        // The fast reader builds yaml's own tree for the usual Compose file and declines anything else.
        doc = readYamlFast(text, PARSE_OPTIONS) ?? parseDocument(text, PARSE_OPTIONS);
      } catch (error) {
        this.syntaxErrors.push(this.yamlError(0, Math.min(text.length, 1), `YAML could not be read: ${error instanceof Error ? error.message : String(error)}`, 'error'));
      }
    }
    this.doc = doc;
    if (doc) this.reportParserProblems(doc);
    const contents = doc?.contents;
    this.root = isMap(contents) ? contents : undefined;
    this.topEntries = doc && this.root ? entries(doc, this.root) : [];
    this.services = this.readServices();
  }

  /**
   * One finding per line (one mistake often trips several parser errors there; the first says it best)
   * and at most MAX_SYNTAX_FINDINGS in all, the last counting the rest: a line of 18,000 quotes once
   * gave 9,000 findings. Only the kept ones are built.
   */
  private reportParserProblems(doc: YamlDoc): void {
    const problems = [...doc.errors.map((e) => ({ e, severity: 'error' as const })), ...doc.warnings.map((e) => ({ e, severity: 'warning' as const }))].sort((a, b) => a.e.pos[0] - b.e.pos[0]);
    const seenLines = new Set<number>();
    const firstPerLine = problems.filter(({ e }) => {
      const line = this.lines.positionAt(e.pos[0]).line;
      if (seenLines.has(line)) return false;
      seenLines.add(line);
      return true;
    });
    const shown = firstPerLine.length > MAX_SYNTAX_FINDINGS ? MAX_SYNTAX_FINDINGS - 1 : firstPerLine.length;
    for (const { e, severity } of firstPerLine.slice(0, shown)) this.syntaxErrors.push(this.yamlError(e.pos[0], e.pos[1], firstLine(e.message), severity));
    const next = firstPerLine[shown];
    if (next) this.syntaxErrors.push(this.yamlError(next.e.pos[0], next.e.pos[1], moreSyntaxErrors(firstPerLine.length - shown), 'error', false));
  }

  private yamlError(start: number, end: number, message: string, severity: 'error' | 'warning', advice = true): LintDiagnostic {
    const span = this.errorSpan(start, end);
    const text = advice ? `${message} Fix the YAML first: Compose stops at the first syntax error.` : message;
    return toDiagnostic({ ...YAML_SYNTAX, severity }, severity, { range: this.lines.range(span[0], span[1]), message: text });
  }

  /**
   * The parser points at one character, often the start of a line or the end of the file; widen
   * that to the token the user has to look at (the duplicate key, the misindented key, the last line).
   */
  private errorSpan(start: number, end: number): [number, number] {
    const text = this.text;
    let from = Math.min(start, text.length);
    // At the end of the file (an unclosed quote or bracket): point at the last line with content.
    if (from >= text.length || (text.slice(from).trim() === '' && from > 0)) {
      let line = this.lines.positionAt(Math.max(0, Math.min(from, text.length) - 1)).line;
      while (line > 0 && this.lines.lineText(line).trim() === '') line--;
      from = this.lines.lineStart(line);
      while (text[from] === ' ' || text[from] === '\t') from++;
      return [from, Math.max(from + 1, this.lines.lineEnd(line))];
    }
    while (from < text.length && (text[from] === ' ' || text[from] === '\t')) from++;
    if (end > from + 1) return [from, end];
    // At a line break (CRLF's \r included): an empty range at the line end, never one ending inside the break.
    if (text[from] === '\r' || text[from] === '\n') return [from, from];
    let to = from;
    while (to < text.length && !/[\s:,\]}]/.test(text[to])) to++;
    return [from, Math.max(to, Math.min(text.length, from + 1))];
  }

  private readServices(): ComposeService[] {
    const section = this.top('services');
    const doc = this.doc;
    if (!doc || !section || !isMap(section.value)) return [];
    return entries(doc, section.value).map((e) => {
      const map = isMap(e.value) ? e.value : undefined;
      const list = map ? entries(doc, map) : [];
      return { name: e.key, keyNode: e.keyNode, pair: e.pair, map, entries: list, get: (key: string) => list.find((x) => x.key === key) };
    });
  }

  top(key: string): Entry | undefined {
    return this.topEntries.find((e) => e.key === key);
  }

  service(name: string): ComposeService | undefined {
    return this.services.find((s) => s.name === name);
  }

  /** The named volumes, networks, secrets or configs declared at the top level. */
  declared(section: TopLevelSection): Map<string, Entry> {
    let names = this.sectionCache.get(section);
    if (!names) {
      names = new Map();
      const s = this.top(section);
      if (this.doc && s && isMap(s.value)) for (const e of entries(this.doc, s.value)) names.set(e.key, e);
      this.sectionCache.set(section, names);
    }
    return names;
  }

  entry(map: Node | null | undefined, key: string): Entry | undefined {
    return this.doc ? entry(this.doc, map, key) : undefined;
  }

  /** A node with aliases followed. */
  resolve(node: unknown): Node | null {
    return this.doc ? resolve(this.doc, node) : null;
  }

  entriesOf(map: Node | null | undefined): Entry[] {
    return this.doc && isMap(map) ? entries(this.doc, map) : [];
  }

  range(span: readonly [number, number] | undefined): Range {
    const [start, end] = span ?? [0, 0];
    return this.lines.range(start, end);
  }

  /** Range of a node as written, or of the entry's key (or the merge alias that brought it in). */
  rangeOf(node: Node | null | undefined): Range {
    return this.range(spanOf(node));
  }

  /** Where to report about an entry's value: the value as written here, or the merge alias. */
  valueRange(e: Entry): Range {
    if (e.via) return this.range(spanOf(e.via));
    return this.range(spanOf(e.rawValue) ?? e.at);
  }

  /** Variables from the `.env` beside the file (read through the host, cached per content). */
  env(host: FileHost | undefined): Env {
    if (!host) return EMPTY_ENV;
    const source = host.readFile((this.envPath ??= dotEnvPath(this.fileName)));
    if (this.envCache && this.envCache.source === source) return this.envCache.env;
    const env = source === undefined ? EMPTY_ENV : parseDotEnv(source);
    this.envCache = { source, env };
    return env;
  }

  /** A scalar's text with variables substituted, as Compose would see it. */
  str(node: Node | null | undefined, env: Env): string | undefined {
    const raw = scalarString(node);
    if (raw === undefined || !raw.includes('$')) return raw;
    return interpolate(raw, env).value;
  }
}

function firstLine(message: string): string {
  const line = message.split('\n')[0].trim();
  return line.endsWith('.') || line.endsWith(':') ? line.replace(/:$/, '.') : line + '.';
}

export function parseCompose(text: string, fileName: string): ComposeModel {
  return new ComposeModel(text, fileName);
}
