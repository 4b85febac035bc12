import * as assert from 'node:assert/strict';
import { FLAGS, KEYWORDS } from '../../../../src/core/dockerfile/instructions';
import { MOUNT_KEYS, MOUNT_TYPES } from '../../../../src/core/dockerfile/mounts';
import { PREDEFINED_ARGS } from '../../../../src/core/dockerfile/scope';
import { predefinedArgDoc } from '../../../../src/core/dockerfile/knowledge/argDocs';
import { DIRECTIVE_DOCS, HEREDOC_DOC } from '../../../../src/core/dockerfile/knowledge/directiveDocs';
import { renderDoc, type Doc } from '../../../../src/core/dockerfile/knowledge/doc';
import { FLAG_DOCS, MOUNT_OPTION_DOCS, MOUNT_TYPE_DOCS } from '../../../../src/core/dockerfile/knowledge/flagDocs';
import { describeVariants, pinningOf } from '../../../../src/core/dockerfile/knowledge/imageDocs';
import { INSTRUCTION_DOCS } from '../../../../src/core/dockerfile/knowledge/instructionDocs';

/** A sentence first, a docs.docker.com link last. */
function wellFormed(doc: Doc, what: string): void {
  assert.match(doc.summary, /^\S.*[.:]$/s, `${what}: the summary is one sentence`);
  assert.match(doc.link, /^https:\/\/docs\.docker\.com\//, `${what}: links to Docker's docs`);
  const rendered = renderDoc(doc).split('\n\n');
  assert.equal(rendered[0], doc.summary, `${what}: the sentence comes first`);
  assert.match(rendered[rendered.length - 1], /^\[.+\]\(https:\/\/docs\.docker\.com\/[^)]+\)$/, `${what}: the link comes last`);
}

describe('Dockerfile hover knowledge', () => {
  it('documents every instruction the parser knows', () => {
    for (const keyword of KEYWORDS) wellFormed(INSTRUCTION_DOCS[keyword] ?? assert.fail(`no doc for ${keyword}`), keyword);
    assert.deepEqual(Object.keys(INSTRUCTION_DOCS).filter((k) => !KEYWORDS.has(k)), [], 'docs for instructions the parser does not know');
  });

  it('documents every flag of every instruction', () => {
    for (const [keyword, flags] of Object.entries(FLAGS)) {
      for (const flag of Object.keys(flags)) wellFormed(FLAG_DOCS[`${keyword} --${flag}`] ?? assert.fail(`no doc for ${keyword} --${flag}`), `${keyword} --${flag}`);
    }
  });

  it('documents every mount type and option', () => {
    for (const type of MOUNT_TYPES) wellFormed(MOUNT_TYPE_DOCS[type] ?? assert.fail(`no doc for type=${type}`), type);
    for (const key of MOUNT_KEYS) wellFormed(MOUNT_OPTION_DOCS[key]?.doc ?? assert.fail(`no doc for ${key}`), key);
  });

  it('documents every predefined ARG, directive and heredocs', () => {
    for (const name of PREDEFINED_ARGS) {
      const doc = predefinedArgDoc(name) ?? assert.fail(`no doc for ${name}`);
      assert.ok(doc.summary.includes(name.toUpperCase()), `${name}: the summary names it`);
    }
    for (const name of ['syntax', 'escape', 'check']) wellFormed(DIRECTIVE_DOCS[name], name);
    wellFormed(HEREDOC_DOC, 'heredoc');
  });

  it('recognises image variants and how a reference pins its base', () => {
    const variant = (repository: string, tag?: string) => describeVariants(repository, tag).map((t) => /^\*\*([^*]+)\*\*/.exec(t)?.[1]);
    assert.deepEqual(variant('library/node', '20-alpine3.20'), ['alpine']);
    assert.deepEqual(variant('library/python', '3.12-slim-bookworm'), ['slim', 'bookworm']);
    assert.deepEqual(variant('distroless/static-debian12', 'nonroot'), ['distroless']);
    assert.deepEqual(variant('windows/nanoserver', 'ltsc2022'), ['Nano Server', 'ltsc']);
    assert.deepEqual(variant('library/node', 'onbuild'), ['onbuild']);
    assert.deepEqual(variant('library/busybox', '1.36'), ['busybox']);
    assert.deepEqual(variant('library/node', '20'), []);
    assert.equal(pinningOf(undefined, undefined), 'untagged');
    assert.equal(pinningOf('latest', undefined), 'latest');
    assert.equal(pinningOf('20-alpine', undefined), 'floating');
    assert.equal(pinningOf('1.27.3-alpine', undefined), 'version');
    assert.equal(pinningOf('latest', 'sha256:' + 'a'.repeat(64)), 'digest');
  });
});
