/**
 * Every shipped snippet, expanded with its defaults, is a file Infra Coach itself finds nothing
 * wrong with: no error, no warning, no info. A snippet teaches by example, so it must be clean.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../src/core/engine';
import { SNIPPET_REFS } from '../../src/core/knowledge/snippetRefs';

const ROOT = path.resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { snippets: { language: string; path: string }[] } };

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

/** The file name each snippet file is linted under, so the engine picks the right kind. */
const FILE_NAMES: Record<string, string> = {
  'dockerfile.code-snippets': 'Dockerfile',
  'kubernetes.code-snippets': 'manifest.yaml',
  'compose.code-snippets': 'compose.yaml',
};

/**
 * What a user gets by pressing Tab through the snippet: placeholders keep their default text,
 * choices their first option, bare tabstops and variables nothing. Nested placeholders expand
 * from the inside out.
 */
export function expandSnippet(body: string): string {
  let text = body;
  for (let guard = 0; guard < 20; guard++) {
    const next = text
      .replace(/\$\{\d+\|([^|},]*)(?:,[^|}]*)*\|\}/g, '$1')
      .replace(/\$\{\d+:([^{}$]*)\}/g, '$1')
      .replace(/\$\{\d+\}/g, '')
      .replace(/\$\d+/g, '')
      .replace(/\$\{[A-Z_]+(?::([^{}$]*))?\}/g, (_all, fallback: string | undefined) => fallback ?? '');
    if (next === text) break;
    text = next;
  }
  return text.replace(/\\\$/g, '$');
}

function snippetsOf(file: string): Record<string, Snippet> {
  return JSON.parse(readFileSync(path.join(ROOT, 'snippets', file), 'utf8')) as Record<string, Snippet>;
}

describe('snippets', () => {
  it('expands placeholders, choices, tabstops and escaped dollars', () => {
    assert.equal(expandSnippet('FROM ${1:node}:${2|22,20|} $0'), 'FROM node:22 ');
    assert.equal(expandSnippet('a ${1:outer ${2:inner}} b'), 'a outer inner b');
    assert.equal(expandSnippet('x$1 ${3} \\$HOME'), 'x  $HOME');
  });

  it('every snippet file of the manifest exists and names its language', () => {
    const files = manifest.contributes.snippets.map((s) => path.basename(s.path)).sort();
    assert.deepEqual(files, Object.keys(FILE_NAMES).sort());
  });

  it('every snippet the learning views offer exists', () => {
    for (const [id, ref] of Object.entries(SNIPPET_REFS)) {
      assert.ok(snippetsOf(ref.file)[ref.name], `${id}: snippets/${ref.file} has no snippet named "${ref.name}"`);
    }
  });

  for (const [file, fileName] of Object.entries(FILE_NAMES)) {
    describe(file, () => {
      const snippets = snippetsOf(file);
      it('has snippets, each with a prefix and a description', () => {
        assert.ok(Object.keys(snippets).length >= 1);
        for (const [name, s] of Object.entries(snippets)) {
          assert.ok(s.prefix && s.prefix.length, `${name} has a prefix`);
          assert.ok(s.description && s.description.length > 20, `${name} has a description`);
        }
      });
      for (const [name, snippet] of Object.entries(snippets)) {
        it(`"${name}" expands to a file with no finding`, () => {
          const text = expandSnippet(Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body);
          assert.doesNotMatch(text, /\$\{|\$\d/, 'every tabstop was expanded');
          const result = lint({ text, fileName: `/snippets/${fileName}` });
          assert.ok(result.kind, `${name} is read as a ${fileName}`);
          assert.deepEqual(
            result.diagnostics.filter((d) => d.severity !== 'hint').map((d) => `${d.range.start.line + 1}: ${d.rule} ${d.message}`),
            [],
            `${name} expanded to:\n${text}`,
          );
          assert.deepEqual(result.failures, []);
        });
      }
    });
  }
});
