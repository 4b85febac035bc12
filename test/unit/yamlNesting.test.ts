import * as assert from 'node:assert/strict';
import { excessiveNesting } from '../../src/core/yamlNesting';

describe('excessiveNesting', () => {
  it('passes ordinary block, sequence and flow YAML', () => {
    const text = 'a:\n  b:\n    - c: [1, {d: [2]}]\n    - - e\n      - f\n';
    assert.equal(excessiveNesting(text, 8), undefined);
  });

  it('finds the first bracket past the limit in nested flow collections', () => {
    const text = 'k: ' + '['.repeat(10) + ']'.repeat(10) + '\n';
    assert.deepEqual(excessiveNesting(text, 5), { offset: 3 + 4, limit: 5 });
  });

  it('counts indented block mappings and stacked sequence dashes', () => {
    const keys = Array.from({ length: 10 }, (_, i) => ' '.repeat(i) + `k${i}:`).join('\n');
    assert.equal(excessiveNesting(keys, 10), undefined);
    assert.ok(excessiveNesting(keys, 9));
    assert.ok(excessiveNesting('- - - - x\n', 3));
    assert.equal(excessiveNesting('- - - - x\n', 4), undefined);
  });

  it('ignores brackets in quoted strings, comments, plain scalars and block scalar text', () => {
    const text = [
      'a: "[[[[[[["',
      "b: '{{{{{{{'",
      'c: x[[[[[[[ # [[[[[[[',
      'd: |',
      '  [[[[[[[[',
      '          deeply: indented',
      'e: ok',
    ].join('\n');
    assert.equal(excessiveNesting(text, 3), undefined);
  });
});
