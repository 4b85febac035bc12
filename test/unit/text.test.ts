import * as assert from 'node:assert/strict';
import { LineIndex, applyEdits, inlineCode, escapeMarkdown } from '../../src/core/text';

describe('LineIndex', () => {
  it('maps offsets and positions across LF, CRLF and CR line ends', () => {
    const idx = new LineIndex('ab\r\ncd\ref\ngh');
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.positionAt(4), { line: 1, character: 0 });
    assert.deepEqual(idx.positionAt(7), { line: 2, character: 0 });
    assert.equal(idx.offsetAt({ line: 3, character: 1 }), 11);
    assert.equal(idx.lineText(0), 'ab');
    assert.equal(idx.lineText(1), 'cd');
    assert.equal(idx.lineEnd(0), 2);
  });

  it('clamps positions past the end of a line or the text', () => {
    const idx = new LineIndex('abc\nd');
    assert.equal(idx.offsetAt({ line: 0, character: 99 }), 3);
    assert.equal(idx.offsetAt({ line: 9, character: 0 }), 5);
  });

  it('maps an offset between the \\r and \\n of a CRLF to the end of its line, never past it', () => {
    const idx = new LineIndex('ab\r\ncd');
    assert.deepEqual(idx.positionAt(3), { line: 0, character: 2 });
    assert.deepEqual(idx.range(2, 3), { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } });
    assert.deepEqual(idx.positionAt(4), { line: 1, character: 0 });
  });
});

describe('applyEdits', () => {
  it('applies edits from last to first so earlier ranges stay valid', () => {
    const text = 'one two three';
    const out = applyEdits(text, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, newText: '1' },
      { range: { start: { line: 0, character: 8 }, end: { line: 0, character: 13 } }, newText: '3' },
    ]);
    assert.equal(out, '1 two 3');
  });
});

describe('markdown escaping', () => {
  it('neutralises HTML and link syntax from user text', () => {
    assert.equal(escapeMarkdown('<img src=x>[a](command:x)'), '&lt;img src=x&gt;\\[a\\]\\(command:x\\)');
  });
  it('builds code spans that backticks in the text cannot close', () => {
    assert.equal(inlineCode('a`b'), '``a`b``');
    assert.equal(inlineCode('`x'), '`` `x ``');
  });
});
