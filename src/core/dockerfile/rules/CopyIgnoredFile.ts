import type { FileHost } from '../../config';
import { basename, dirname, isAbsolutePath, joinPath } from '../../paths';
import { defineRule } from '../../rule';
import { Dockerignore, cleanPath } from '../dockerignore';
import type { Dockerfile, Instruction, Word } from '../model';
import { instructionsOf } from './instructionIndex';

export const CopyIgnoredFile = defineRule<Dockerfile>(
  {
    id: 'CopyIgnoredFile',
    title: 'COPY or ADD source is excluded by .dockerignore',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'A COPY or ADD source that .dockerignore excludes is never sent to the builder, so the instruction fails or copies nothing.',
  },
  ({ model, fileName, config, host, report }) => {
    const copies = instructionsOf(model, 'COPY');
    const adds = instructionsOf(model, 'ADD');
    if (!host || (copies.length === 0 && adds.length === 0)) return;
    const ignore = loadDockerignore(fileName, config.dockerfile.buildContext, host);
    if (!ignore || ignore.matcher.patterns.length === 0) return;
    for (const ins of [...copies, ...adds]) {
      if (ins.flags.some((f) => f.name === 'from')) continue;
      for (const source of sources(ins)) {
        const path = contextPath(model, ins, source);
        if (path === undefined) continue;
        const match = excludedBy(ignore.matcher, path);
        if (!match) continue;
        const line = match.pattern.line;
        report({
          range: source.range,
          message: `${ins.keyword} source '${source.value}' is excluded by ${basename(ignore.path)} (line ${line + 1}: '${match.pattern.pattern}'), so the builder never receives it. Remove the pattern or add an exception ('!${path === '.' ? '…' : path}').`,
          related: [
            {
              message: `'${match.pattern.pattern}' excludes it`,
              range: { start: { line, character: 0 }, end: { line, character: ignore.lineLengths[line] ?? 0 } },
              path: ignore.path,
            },
          ],
        });
      }
    }
  },
);

interface LoadedIgnore {
  path: string;
  matcher: Dockerignore;
  lineLengths: number[];
}

interface ParsedIgnore {
  matcher: Dockerignore;
  lineLengths: number[];
}

const parsedCache = new Map<string, ParsedIgnore>();

/**
 * The ignore file BuildKit would use: `<Dockerfile>.dockerignore` beside the Dockerfile first,
 * then `.dockerignore` at the root of the build context (the Dockerfile's folder unless configured).
 * The context's path is worked out only when the first file is missing, as this runs for every
 * Dockerfile with a COPY or ADD.
 */
function loadDockerignore(fileName: string, buildContext: string | undefined, host: FileHost): LoadedIgnore | undefined {
  const beside = fileName + '.dockerignore';
  const text = host.readFile(beside);
  if (text !== undefined) return loaded(beside, text);
  const atRoot = contextIgnorePath(dirname(fileName), buildContext);
  const rootText = host.readFile(atRoot);
  return rootText === undefined ? undefined : loaded(atRoot, rootText);
}

/**
 * The last answer of contextIgnorePath: the Dockerfiles of one workspace lint mostly share a folder and
 * the context setting, and normalising the joined path took more than half of this rule's time.
 */
let lastFolder: string | undefined;
let lastContext: string | undefined;
let lastPath = '';

function contextIgnorePath(folder: string, buildContext: string | undefined): string {
  if (folder !== lastFolder || buildContext !== lastContext) {
    const context = buildContext ? (isAbsolutePath(buildContext) ? buildContext : joinPath(folder, buildContext)) : folder;
    lastPath = joinPath(context, '.dockerignore');
    lastFolder = folder;
    lastContext = buildContext;
  }
  return lastPath;
}

function loaded(path: string, text: string): LoadedIgnore {
  let parsed = parsedCache.get(text);
  if (!parsed) {
    parsed = { matcher: new Dockerignore(text), lineLengths: text.split(/\r?\n/).map((l) => l.length) };
    if (parsedCache.size > 32) parsedCache.clear();
    parsedCache.set(text, parsed);
  }
  return { path, matcher: parsed.matcher, lineLengths: parsed.lineLengths };
}

/** The source words of COPY/ADD: every argument but the destination, minus heredocs and URLs. */
function sources(ins: Instruction): Word[] {
  const args = ins.args.slice(0, -1);
  return args.filter((a) => !a.value.startsWith('<<') && !/^[a-z][a-z0-9+.-]*:\/\//i.test(a.value) && !/^git@/.test(a.value));
}

/** The source as a path inside the build context, or undefined when it cannot be known or leaves the context. */
function contextPath(model: Dockerfile, ins: Instruction, source: Word): string | undefined {
  const value = source.value.includes('$') ? model.expand(source.text, ins) : source.value;
  if (value === undefined || value === '') return undefined;
  const clean = cleanPath(value.replace(/^\/+/, ''));
  if (clean === '..' || clean.startsWith('../')) return undefined;
  return clean;
}

/**
 * BuildKit matches the source text itself (wildcards included) against the patterns. The whole
 * context (`.`) counts as excluded only by a pattern that excludes everything. Unlike BuildKit,
 * which skips the check when the file has `!` exceptions, a source is still reported when no
 * exception can bring back anything below it.
 */
function excludedBy(matcher: Dockerignore, path: string): ReturnType<Dockerignore['excludes']> {
  if (path === '.') {
    const all = [...matcher.patterns].reverse().find((p) => !p.exception && (p.pattern === '*' || p.pattern === '**' || p.pattern === '**/*'));
    if (!all || matcher.hasExceptions) return undefined;
    return { pattern: all };
  }
  const match = matcher.excludes(path);
  if (!match || (matcher.hasExceptions && matcher.mayReincludeBelow(path))) return undefined;
  return match;
}
