import * as assert from 'node:assert/strict';
import * as api from '../../../src/api';
import { clearCaches, explain, hover, ignoreFix, lint, parseDocument } from '../../../src/core/engine';
import { countDockerfileParses } from '../parseCounter';

// What the parse cache keeps, seen through the number of Dockerfile parses (EngineOptions.keepParse).
const A = { text: 'FROM alpine:3.19\nRUN apk add curl\n', fileName: 'cache-probe/a/Dockerfile' };
const B = { text: 'FROM alpine:3.19\nRUN echo b\n', fileName: 'cache-probe/b/Dockerfile' };
const AT = { line: 0, character: 1 };

describe('parse cache', () => {
  const parses = countDockerfileParses();

  it('keeps an editor lint for hover, explain and the ignore fix', () => {
    const result = lint(A);
    assert.ok(hover(A, AT));
    assert.ok(hover(A, { line: 1, character: 1 }));
    assert.ok(explain(A));
    const finding = result.diagnostics.find((d) => d.rule.startsWith('DL'));
    assert.ok(finding, 'the probe text has a hadolint finding');
    assert.ok(ignoreFix(A, finding));
    assert.equal(parses.count, 1);
  });

  it('fills the cache from hover and hits it on the next hover', () => {
    hover(A, AT);
    hover(A, AT);
    hover(A, { line: 1, character: 2 });
    assert.equal(parses.count, 1);
  });

  it('keeps no one-shot lint once another one-shot lint ran', () => {
    lint(A, { keepParse: false });
    lint(B, { keepParse: false });
    hover(A, AT);
    assert.equal(parses.count, 3);
  });

  it('serves the read right after a one-shot lint without moving it into the cache', () => {
    lint(A, { keepParse: false });
    assert.ok(parseDocument(A));
    assert.equal(parses.count, 1, 'the cross-file index reads the lint’s parse');
    lint(B, { keepParse: false });
    parseDocument(A);
    assert.equal(parses.count, 3, 'parseDocument did not keep the one-shot parse');
  });

  it('moves a one-shot parse into the cache when an editor call asks for it', () => {
    lint(A, { keepParse: false });
    hover(A, AT);
    lint(B, { keepParse: false });
    hover(A, AT);
    assert.equal(parses.count, 2);
  });

  it('leaves a cached parse of the same text where it is', () => {
    lint(A);
    lint(A, { keepParse: false });
    lint(B, { keepParse: false });
    hover(A, AT);
    assert.equal(parses.count, 2);
  });

  it('is one-shot for the Node API lint, kept for its hover', () => {
    api.lint(A.text, { fileName: A.fileName });
    api.lint(B.text, { fileName: B.fileName });
    api.hover(A.text, { fileName: A.fileName }, { line: 1, column: 2 });
    api.hover(A.text, { fileName: A.fileName }, { line: 2, column: 2 });
    assert.equal(parses.count, 3);
    api.lint(A.text, { fileName: A.fileName, keepParse: true });
    assert.equal(parses.count, 3, 'the hovers cached the parse');
  });

  it('reports the same findings whether the parse is kept or not', () => {
    const kept = lint(A);
    clearCaches();
    assert.deepEqual(lint(A, { keepParse: false }), kept);
  });
});
